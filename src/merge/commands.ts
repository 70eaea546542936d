// The work behind `dealfacts diff`, `dealfacts merge` and `dealfacts fields`, loaded only when one
// of them runs. Inputs are articles (extracted here), saved `extract --json` documents, or
// `extract --ndjson` lines, from files or stdin; all of them become one MergeSet, so a record is
// always built the same way, from sources and claims alone.
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import type { DealRecord, DiffDocument, ExtractDocument, RecordField } from "../model.js";
import { UsageError } from "../cli/errors.js";
import { fieldNames, fieldRules } from "./rules.js";
import { MergeSet, looksLikeOutput } from "./inputs.js";
import { humanValue, guessType } from "../render/format.js";
import { DEFAULT_WIDTH, drawTable, type Column } from "../render/table.js";
import { colourLevel, makePaint, type Paint } from "../render/paint.js";
import { safeText } from "../render/safe.js";

export interface InputOptions {
  refDate?: string | null;
  maxBytes?: number;
}

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
};

/** Gather every input into one set; articles are extracted, dealfacts output is read back. */
export async function gather(paths: string[], opts: InputOptions, warn: (m: string) => void, allowArticles: boolean): Promise<{ set: MergeSet; failed: number }> {
  const set = new MergeSet();
  const articles: string[] = [];
  let stdinText: string | null = null;
  let failed = 0;
  for (const p of paths.length ? paths : ["-"]) {
    if (p === "-") {
      stdinText = await readStdin();
      if (looksLikeOutput(stdinText) || !allowArticles) {
        set.addText(stdinText, "stdin");
        stdinText = null;
      } else articles.push("-");
      continue;
    }
    if (/\.(?:json|ndjson|jsonl)$/i.test(p) || !allowArticles) {
      let text: string;
      try {
        text = await readFile(p, "utf8");
      } catch (e) {
        warn(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
        failed++;
        continue;
      }
      // A .jsonl of articles ({"id","text"}) is a source feed, not dealfacts output.
      if (looksLikeOutput(text) || !allowArticles) set.addText(text, p);
      else articles.push(p);
      continue;
    }
    articles.push(p);
  }
  if (articles.length) {
    const { runExtraction } = await import("../pipeline/run.js");
    const stdin = stdinText !== null ? Readable.from([stdinText]) : undefined;
    for await (const ev of runExtraction(articles, { refDate: opts.refDate ?? null, maxBytes: opts.maxBytes, stdin })) {
      if (ev.kind === "result") {
        set.addSource(ev.result.source);
        for (const f of ev.result.facts) set.addFact(f);
      } else if (ev.kind === "error") {
        set.addError({ source: ev.source, reason: ev.reason });
        warn(`cannot read ${ev.path}: ${ev.reason}`);
        failed++;
      } else if (ev.kind === "skip") warn(`skipped ${ev.path}: ${ev.reason}`);
      else if (ev.kind === "warn") warn(ev.message);
    }
  }
  for (const p of set.problems.slice(0, 20)) warn(`skipped ${p}`);
  if (set.problems.length > 20) warn(`… and ${set.problems.length - 20} more lines skipped`);
  return { set, failed: failed + set.problems.length };
}

/** The field's entry in a record, with `field` and `silent` (the record's sources that say nothing on it). */
export function diffEntry(rec: DealRecord, field: string, allSources: readonly string[]): DiffDocument {
  const entry: RecordField = rec.fields[field] ?? { value: null, text: null, sources: [], conflict: false, claims: [] };
  const speaking = new Set(entry.claims.map((c) => c.source));
  const silent = (rec.sources ?? allSources).filter((s) => !speaking.has(s));
  return { ...entry, field, silent };
}

/** "agree on $38 billion (5 sources)" / "conflict on announced: 3 November 2025 (a, b) vs 2 November 2025 (c)". */
export function verdict(d: DiffDocument): string {
  if (!d.claims.length) return `no source says anything on ${d.field}`;
  const type = String(d.type ?? d.claims[0]?.type ?? guessType(d.value ?? {}));
  const show = (t: string, v: Record<string, unknown> | null) => humanValue(t, v) || "(no value)";
  if (!d.conflict) return `agree on ${show(type, d.value)} (${d.sources.length} source${d.sources.length === 1 ? "" : "s"}: ${d.sources.join(", ")})`;
  const values = (d.values as { value: Record<string, unknown>; type: string; sources: string[]; agrees: boolean; aspect?: string; clashesWith?: number[] }[] | undefined) ?? [];
  const others = values.filter((v) => !v.agrees);
  if (!others.length) {
    // The chosen value clashes with nothing: name the values that clash among themselves, and on what.
    const pairs: string[] = [];
    values.forEach((v, i) => {
      for (const j of v.clashesWith ?? []) {
        const w = values[j];
        if (!w || j < i) continue;
        const on = aspectLabel(v.aspect);
        pairs.push(`${on ? `${on}: ` : ""}${show(v.type, v.value)} (${v.sources.join(", ")}) vs ${show(w.type, w.value)} (${w.sources.join(", ")})`);
      }
    });
    if (pairs.length) return `conflict on ${d.field}: ${pairs.slice(0, 3).join("; ")}`;
  }
  const otherText = others.map((v) => `${show(v.type, v.value)} (${v.sources.join(", ")})`).join(" vs ");
  return `conflict on ${d.field}: ${show(type, d.value)} (${d.sources.join(", ")}) vs ${otherText}`;
}

/** "shares|coppice mills|percent" → "coppice mills shares"; "market value|money" → "market value". */
function aspectLabel(aspect: string | undefined): string {
  const parts = (aspect ?? "").split("|").slice(0, -1).filter(Boolean);
  if (!parts.length) return "";
  return parts.length > 1 ? `${parts.slice(1).join(" ")} ${parts[0]}` : parts[0]!;
}

/** Each source's claim: source, line, what it says (the words and the cue that tied them), value, verdict. */
function claimTable(d: DiffDocument, paint: Paint, width: number): string {
  if (!d.claims.length) return paint.dim(`no source makes a claim on ${d.field}`);
  const cols: Column[] = [
    { head: "source", min: Math.min(28, Math.max(6, ...d.claims.map((c) => c.source.length))), flex: 1, max: 40 },
    { head: "line", min: 4 },
    { head: "says", min: 12, flex: 3 },
    { head: "value", min: 12, flex: 2 },
    { head: "", min: 6 },
  ];
  const type = String(d.type ?? d.claims[0]?.type ?? "");
  const rows = d.claims.map((c) => [
    safeText(c.source),
    c.line ? String(c.line) : "",
    safeText(c.text) + (typeof c.cue === "string" && c.cue ? paint.dim(` · ${safeText(c.cue)}`) : ""),
    safeText(humanValue(String(c.type ?? type), c.value)),
    c.agrees === false ? "differs" : "agrees",
  ]);
  return drawTable(cols, rows, width, paint, (ri, ci, s) => (ci === 4 ? (rows[ri]![4] === "agrees" ? paint.good(s) : paint.bad(s)) : s), 3);
}

export function renderDiff(doc: ExtractDocument, field: string, paint: Paint, width?: number): string {
  const out: string[] = [];
  const all = doc.sources.map((s) => s.id);
  doc.records.forEach((rec, i) => {
    const d = diffEntry(rec, field, all);
    if (doc.records.length > 1 && !d.claims.length) return;
    const parties = rec.parties.map((p) => p.name).join(" / ");
    if (doc.records.length > 1) out.push(paint.heading(`deal ${i + 1} of ${doc.records.length}${parties ? `: ${safeText(parties)}` : ""}`));
    out.push(claimTable(d, paint, width ?? DEFAULT_WIDTH));
    out.push(d.silent.length ? `silent: ${d.silent.map((s) => safeText(s)).join(", ")}` : paint.dim("silent: none (every source says something)"));
    const v = safeText(verdict(d));
    out.push(d.conflict ? paint.bad(v) : d.claims.length ? paint.good(v) : paint.dim(v));
  });
  if (!out.length) out.push(paint.dim(`no source says anything on ${field}`));
  return out.join("\n");
}

export function unknownField(name: string): UsageError {
  return new UsageError(`unknown field ${JSON.stringify(name)}; the fields are: ${fieldNames().join(", ")} (dealfacts fields lists them)`);
}

export interface DiffOptions extends InputOptions {
  field: string;
  json?: boolean;
}

export async function runDiff(paths: string[], opts: DiffOptions): Promise<number> {
  if (!fieldRules().byName.has(opts.field)) throw unknownField(opts.field);
  const warn = (m: string) => process.stderr.write(`dealfacts: ${safeText(m)}\n`);
  const { set, failed } = await gather(paths, opts, warn, true);
  if (!set.sourceCount) {
    warn("no sources to compare");
    return 2;
  }
  const doc = set.document();
  if (opts.json) {
    const d = diffEntry(doc.record, opts.field, doc.sources.map((s) => s.id));
    const json: Record<string, unknown> = { ...d };
    if (doc.records.length > 1) json.records = doc.records.map((r) => diffEntry(r, opts.field, []));
    process.stdout.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    const paint = makePaint(colourLevel(process.stdout));
    process.stdout.write(renderDiff(doc, opts.field, paint, process.stdout.isTTY ? process.stdout.columns : undefined) + "\n");
  }
  return failed ? 1 : 0;
}

export interface MergeOptions {
  ndjson?: boolean;
}

export async function runMerge(paths: string[], opts: MergeOptions): Promise<number> {
  const warn = (m: string) => process.stderr.write(`dealfacts: ${safeText(m)}\n`);
  const { set, failed } = await gather(paths, {}, warn, false);
  if (!set.sourceCount) {
    warn("nothing to merge: give files of `dealfacts extract --ndjson` lines or `--json` documents, or pipe them in");
    process.stdout.write(JSON.stringify(set.document(), null, 2) + "\n");
    return 2;
  }
  const doc = set.document();
  if (opts.ndjson) {
    // Lines again, so merges can be merged: sources, then their facts, then errors.
    const lines: string[] = [];
    for (const s of doc.sources) {
      lines.push(JSON.stringify({ kind: "source", ...s }));
      for (const f of doc.facts) if (f.source === s.id) lines.push(JSON.stringify({ kind: "fact", ...f }));
    }
    for (const e of doc.errors) lines.push(JSON.stringify({ kind: "error", ...e }));
    process.stdout.write(lines.join("\n") + (lines.length ? "\n" : ""));
  } else process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
  return failed || doc.errors.length ? 1 : 0;
}

export function runFields(opts: { json?: boolean }): number {
  const R = fieldRules();
  if (opts.json) {
    process.stdout.write(JSON.stringify(R.fields.map((f) => ({ name: f.name, types: f.types, description: f.description, dealScoped: f.dealScoped, cues: f.cues.map((c) => c.id) })), null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...R.fields.map((f) => f.name.length));
  const tw = Math.max(...R.fields.map((f) => f.types.join(",").length));
  for (const f of R.fields) process.stdout.write(`${f.name.padEnd(w)}  ${f.types.join(",").padEnd(tw)}  ${f.description}\n`);
  return 0;
}
