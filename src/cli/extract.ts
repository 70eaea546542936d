// dealfacts extract <paths...>
import type { Command } from "commander";
import { UsageError } from "./errors.js";

export interface ExtractCliOptions {
  json?: boolean;
  ndjson?: boolean;
  refDate?: string;
  type?: string;
  maxBytes?: string;
  rules?: string[];
  jobs?: string;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract money, percentages, dates, organisations and quotes from articles, then the deal record.")
    .argument("<paths...>", "files, folders (read recursively), .jsonl/.ndjson files, or - for stdin")
    .option("--json", "print one JSON document (see the README for its shape)")
    .option("--ndjson", "print one JSON object per line as each source finishes")
    .option("--ref-date <YYYY-MM-DD>", "reference date for sources that carry no date of their own")
    .option("--type <types>", "keep only these fact types, comma-separated (money,percent,date,org,quote,duration,quantity)")
    .option("--max-bytes <n>", "refuse files larger than this many bytes", String(64 * 1024 * 1024))
    .option("--rules <dir>", "add the rule files in DIR to the built-in rules (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--jobs <n>", "worker threads to spread sources over (default: the number of cores); output is the same whatever N")
    .addHelpText("after", `
Examples:
  dealfacts extract articles/                   tables: facts per source, then the deal record
  dealfacts extract articles/ --json | jq '.record.fields.value'
  dealfacts extract feed.jsonl --ndjson         one line per source and fact, as each source finishes
  cat story.txt | dealfacts extract - --ref-date 2025-11-03`)
    .action(async (paths: string[], opts: ExtractCliOptions) => {
      const { runExtractCommand } = await import("./extract-run.js");
      process.exitCode = await runExtractCommand(paths, opts);
    });
}

export function parseCommon(opts: ExtractCliOptions) {
  if (opts.refDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.refDate)) throw new UsageError(`--ref-date takes a date as YYYY-MM-DD, not ${JSON.stringify(opts.refDate)}`);
  if (opts.refDate) {
    const d = new Date(`${opts.refDate}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== opts.refDate) throw new UsageError(`--ref-date ${opts.refDate} is not a real date`);
  }
  const maxBytes = Number(opts.maxBytes);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive number of bytes, not ${JSON.stringify(opts.maxBytes)}`);
  let jobs: number | undefined;
  if (opts.jobs !== undefined) {
    jobs = Number(opts.jobs);
    if (!/^\d+$/.test(opts.jobs) || !Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of threads, 1 or more, not ${JSON.stringify(opts.jobs)}`);
  }
  return { refDate: opts.refDate ?? null, maxBytes, jobs };
}
