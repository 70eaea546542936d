// dealfacts merge [files...|-]: the reducer. Reads `extract --ndjson` lines (or `--json` documents)
// and prints the document one `extract --json` run over all those sources would print.
import type { Command } from "commander";

export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("Merge `dealfacts extract --ndjson` output (shards from many machines) into one --json document with the deal record.")
    .argument("[files...]", "files of NDJSON lines or JSON documents; - or nothing for stdin")
    .option("--ndjson", "print NDJSON lines again instead of one document, so merges can be merged")
    .addHelpText("after", `
Shards merged in any grouping and any order give the same record as one run over all sources.

Examples:
  dealfacts extract a/ --ndjson > a.ndjson; dealfacts extract b/ --ndjson > b.ndjson
  dealfacts merge a.ndjson b.ndjson > deal.json
  cat shards/*.ndjson | dealfacts merge - | jq .record`)
    .action(async (files: string[], opts: { ndjson?: boolean }) => {
      const { runMerge } = await import("../merge/commands.js");
      process.exitCode = await runMerge(files, opts);
    });
}
