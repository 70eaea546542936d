// NDJSON: one JSON object per line, each with `kind` ("source", "fact", "error"), written as each
// source finishes. parseNdjson reads the lines back into the parts of the `--json` document.
import type { ErrorEntry, Fact, SourceEntry } from "../model.js";

export const sourceLine = (s: SourceEntry) => JSON.stringify({ kind: "source", ...s }) + "\n";
export const factLine = (f: Fact) => JSON.stringify({ kind: "fact", ...f }) + "\n";
export const errorLine = (e: ErrorEntry) => JSON.stringify({ kind: "error", ...e }) + "\n";

export function renderNdjson(doc: { sources: readonly SourceEntry[]; facts: readonly Fact[]; errors: readonly ErrorEntry[] }): string {
  const bySource = new Map<string, Fact[]>();
  for (const f of doc.facts) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  let out = "";
  for (const s of doc.sources) {
    out += sourceLine(s);
    for (const f of bySource.get(s.id) ?? []) out += factLine(f);
  }
  for (const e of doc.errors) out += errorLine(e);
  return out;
}

export interface NdjsonParts {
  sources: SourceEntry[];
  facts: Fact[];
  errors: ErrorEntry[];
}

/** Lines back into sources, facts and errors (without `kind`); blank lines are ignored. */
export function parseNdjson(text: string): NdjsonParts {
  const out: NdjsonParts = { sources: [], facts: [], errors: [] };
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`line ${i + 1} is not JSON: ${(e as Error).message}`);
    }
    const { kind, ...rest } = obj;
    if (kind === "source") out.sources.push(rest as SourceEntry);
    else if (kind === "fact") out.facts.push(rest as Fact);
    else if (kind === "error") out.errors.push(rest as ErrorEntry);
  });
  return out;
}
