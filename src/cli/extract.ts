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
  stdinFormat?: string;
  format?: string;
  source?: string[];
  field?: string;
  explain?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract money, percentages, dates, organisations and quotes from articles, then the deal record.")
    .argument("<paths...>", "files, folders (read recursively), .jsonl/.ndjson files, or - for stdin")
    .option("--format <format>", "output format: table (default), json, ndjson, csv (RFC 4180, one row a fact) or markdown")
    .option("--json", "print one JSON document (same as --format json; see `dealfacts schema`)")
    .option("--ndjson", "print one JSON object per line as each source finishes (same as --format ndjson)")
    .option("--source <glob>", "keep only sources whose id matches GLOB (* ? ** [abc]; repeatable or comma-separated); a glob without / also matches the file name", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--field <name>", "show one deal field's claims: each source's statement on it (value, term, announced, stock, ...)")
    .option("--explain", "show, for each fact, the rule that produced it and the cue words that tied it to its field")
    .option("--ref-date <YYYY-MM-DD>", "reference date for sources that carry no date of their own")
    .option("--type <types>", "keep only these fact types, comma-separated (money,percent,date,org,quote,duration,quantity)")
    .option("--max-bytes <n>", "refuse files larger than this many bytes", String(64 * 1024 * 1024))
    .option("--rules <dir>", "add the rule files in DIR to the built-in rules (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--stdin-format <format>", "how to read - (stdin): text (one source) or jsonl (one source a line, as a Hadoop or Spark mapper)")
    .option("--jobs <n>", "worker threads to spread sources over (default: the number of cores); output is the same whatever N")
    .addHelpText("after", `
Examples:
  dealfacts extract articles/                   tables: facts per source, then the deal record
  dealfacts extract articles/ --json | jq '.record.fields.value'
  dealfacts extract feed.jsonl --ndjson         one line per source and fact, as each source finishes
  dealfacts extract articles/ --format csv > facts.csv
  dealfacts extract articles/ --format markdown --type money,date > facts.md
  dealfacts extract articles/ --source 'wire*' --field value     one field, wire stories only
  dealfacts extract articles/ --explain         why each fact was found and tied to its field
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
  if (opts.stdinFormat !== undefined && opts.stdinFormat !== "text" && opts.stdinFormat !== "jsonl") throw new UsageError(`--stdin-format takes text or jsonl, not ${JSON.stringify(opts.stdinFormat)}`);
  const stdinFormat = opts.stdinFormat as "text" | "jsonl" | undefined;
  return { refDate: opts.refDate ?? null, maxBytes, jobs, stdinFormat };
}
