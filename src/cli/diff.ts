// dealfacts diff --field <name> [paths...]: every source's claim on one deal field, side by side.
import type { Command } from "commander";
import { parseCommon, type ExtractCliOptions } from "./extract.js";

export interface DiffCliOptions extends ExtractCliOptions {
  field: string;
}

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("Show one deal field side by side: each source's claim (what it says, the value, the line), the sources that say nothing, and whether they agree.")
    .requiredOption("--field <name>", "the deal field (dealfacts fields lists them: value, term, announced, stock, ...)")
    .argument("[paths...]", "articles (files, folders, .jsonl), saved `extract --json` documents or `extract --ndjson` output; - or nothing for stdin")
    .option("--json", "print the field's entry with `field` and `silent` as JSON")
    .option("--ref-date <YYYY-MM-DD>", "reference date for sources that carry no date of their own")
    .option("--max-bytes <n>", "refuse files larger than this many bytes", String(64 * 1024 * 1024))
    .addHelpText("after", `
Examples:
  dealfacts diff --field stock articles/
  dealfacts extract articles/ --json > deal.json; dealfacts diff --field announced deal.json
  dealfacts extract articles/ --json | dealfacts diff --field value --json`)
    .action(async (paths: string[], opts: DiffCliOptions) => {
      const { refDate, maxBytes } = parseCommon(opts);
      const { runDiff } = await import("../merge/commands.js");
      process.exitCode = await runDiff(paths, { field: opts.field, json: opts.json, refDate, maxBytes });
    });
}
