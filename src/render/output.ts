// Everything `extract` prints after the pipeline, in one place: which format, which sources and
// field the user asked for, the progress bar, and the final rendering. The command module only
// hands events and the finished document to it.
import type { ExtractDocument, Fact } from "../model.js";
import { UsageError } from "../cli/errors.js";
import { colourLevel, makePaint } from "./paint.js";
import { renderFacts, renderFieldClaims, renderRecord, terminalWidth } from "./table.js";
import { renderCsv } from "./csv.js";
import { renderMarkdown } from "./markdown.js";
import { renderNdjson } from "./ndjson.js";
import { fieldNames, selectField, sourceMatcher } from "./select.js";
import { Progress } from "./progress.js";

export const FORMATS = ["table", "json", "ndjson", "csv", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputCliOptions {
  format?: string;
  json?: boolean;
  ndjson?: boolean;
  source?: string[];
  field?: string;
  explain?: boolean;
}

export interface OutputPlan {
  format: Format;
  field?: string;
  explain: boolean;
  /** Does this source (by id) stay in the output? */
  keepSource(id: string): boolean;
  /** The facts of a streamed source that stay (all, or those on --field). */
  keepFacts(facts: readonly Fact[]): readonly Fact[];
  /** The document as asked (--field), warning on stderr where the ask finds nothing. */
  select(doc: ExtractDocument, warn: (msg: string) => void): ExtractDocument;
  /** The final text for table, csv and markdown. */
  render(doc: ExtractDocument, stdout: { isTTY?: boolean; columns?: number }, env?: NodeJS.ProcessEnv): string;
}

const ALIASES: Record<string, Format> = { md: "markdown", jsonl: "ndjson", text: "table" };

/** Reads --format, --json, --ndjson, --source, --field and --explain; sets opts.json/ndjson to match. */
export function planOutput(opts: OutputCliOptions): OutputPlan {
  const asked = new Set<Format>();
  if (opts.json) asked.add("json");
  if (opts.ndjson) asked.add("ndjson");
  if (opts.format !== undefined) {
    const f = opts.format.trim().toLowerCase();
    const format = (FORMATS as readonly string[]).includes(f) ? (f as Format) : ALIASES[f];
    if (!format) throw new UsageError(`--format takes one of ${FORMATS.join(", ")}, not ${JSON.stringify(opts.format)}`);
    asked.add(format);
  }
  if (asked.size > 1) throw new UsageError(`choose one output format, not ${[...asked].join(" and ")} (--json is --format json, --ndjson is --format ndjson)`);
  const format: Format = [...asked][0] ?? "table";
  opts.json = format === "json";
  opts.ndjson = format === "ndjson";

  const globs = (opts.source ?? []).flatMap((g) => g.split(",")).map((g) => g.trim()).filter(Boolean);
  if (opts.source?.length && !globs.length) throw new UsageError("--source takes a glob such as 'wire*' or 'reuters/**'");
  const match = globs.length ? sourceMatcher(globs) : () => true;
  const field = opts.field?.trim() || undefined;
  if (opts.field !== undefined && !field) throw new UsageError("--field takes a field name such as value, term, announced or stock");
  const explain = !!opts.explain;

  return {
    format,
    field,
    explain,
    keepSource: match,
    keepFacts: (facts) => (field ? facts.filter((f) => f.fields?.includes(field)) : facts),
    select(doc, warn) {
      if (globs.length && doc.sources.length === 0) warn(`no source matches --source ${globs.join(",")}; source ids are paths relative to the folder named, e.g. 'deal/wire.txt'`);
      if (!field) return doc;
      const known = fieldNames(doc);
      if (!known.includes(field)) warn(`no source makes a claim on field ${JSON.stringify(field)}${known.length ? `; fields found: ${known.join(", ")}` : ""}`);
      return selectField(doc, field);
    },
    render(doc, stdout, env = process.env) {
      if (format === "csv") return renderCsv(doc.facts);
      if (format === "markdown") return renderMarkdown(doc, { explain, field });
      if (format === "ndjson") return renderNdjson(doc);
      if (format === "json") return JSON.stringify(doc, null, 2) + "\n";
      const paint = makePaint(colourLevel(stdout, env));
      const o = { paint, width: terminalWidth(stdout, env), explain };
      const parts = [renderFacts(doc, o)];
      if (field) parts.push(renderFieldClaims(doc.records, field, o));
      else doc.records.forEach((r, i) => parts.push(renderRecord(r, o, doc.records.length > 1 ? `Deal record ${i + 1} of ${doc.records.length}` : "Deal record")));
      return parts.filter(Boolean).join("\n\n") + "\n";
    },
  };
}

/** The progress bar for a run: on stderr, and only when stderr is a terminal. */
export function progressFor(stderr: NodeJS.WriteStream = process.stderr): Progress {
  return new Progress(stderr, { threshold: 30 });
}
