// The reduce side: reading back what `extract --ndjson` (lines of kind source, fact, error) or
// `extract --json` / `merge` (one document) printed, and building the document of them all. The
// inputs are a set: the same source twice (a shard merged twice) counts once, and the order of
// lines, files or shards does not change the result.
import type { ErrorEntry, ExtractDocument, Fact, SourceEntry } from "../model.js";
import { documentRecords } from "./record.js";

export class MergeSet {
  private readonly sources = new Map<string, SourceEntry>();
  private readonly facts = new Map<string, Fact>();
  private readonly errors = new Map<string, ErrorEntry>();
  /** Lines that could not be read, for the caller to report. */
  readonly problems: string[] = [];

  get sourceCount(): number {
    return this.sources.size;
  }

  addSource(s: SourceEntry): void {
    const had = this.sources.get(s.id);
    if (!had || JSON.stringify(s) < JSON.stringify(had)) this.sources.set(s.id, s);
  }

  addFact(f: Fact): void {
    const k = `${f.source}\u0000${f.start}\u0000${f.end}\u0000${f.type}`;
    const had = this.facts.get(k);
    if (!had || JSON.stringify(f) < JSON.stringify(had)) this.facts.set(k, f);
  }

  addError(e: ErrorEntry): void {
    const k = `${e.source}\u0000${e.reason}`;
    this.errors.set(k, e);
  }

  addDocument(doc: Partial<ExtractDocument>, where: string): void {
    if (!Array.isArray(doc.sources) || !Array.isArray(doc.facts)) {
      this.problems.push(`${where}: a JSON document without "sources" and "facts" arrays`);
      return;
    }
    for (const s of doc.sources) if (isSource(s)) this.addSource(s);
    for (const f of doc.facts) if (isFact(f)) this.addFact(f);
    for (const e of doc.errors ?? []) if (e && typeof e.source === "string") this.addError(e);
  }

  /** One NDJSON line. */
  addLine(line: string, where: string): void {
    const t = line.trim();
    if (!t) return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(t);
    } catch {
      this.problems.push(`${where}: not JSON`);
      return;
    }
    if (!o || typeof o !== "object") return void this.problems.push(`${where}: not a JSON object`);
    const { kind, ...rest } = o;
    if (kind === "source" && isSource(rest)) this.addSource(rest as SourceEntry);
    else if (kind === "fact" && isFact(rest)) this.addFact(rest as Fact);
    else if (kind === "error" && typeof rest.source === "string") this.addError(rest as ErrorEntry);
    else if (kind === undefined && Array.isArray(o.sources) && Array.isArray(o.facts)) this.addDocument(o as Partial<ExtractDocument>, where);
    else this.problems.push(`${where}: a line of unknown kind ${JSON.stringify(kind ?? null)}`);
  }

  /** A whole input: one JSON document, or NDJSON lines. */
  addText(text: string, name: string): void {
    const t = text.replace(/^\ufeff/, "");
    const first = t.trimStart();
    if (first.startsWith("{") && !/^\{[^\n]*"kind"\s*:/.test(first)) {
      try {
        const o = JSON.parse(t);
        if (o && typeof o === "object" && !("kind" in o)) return this.addDocument(o, name);
      } catch {
        // Not one document: read it line by line.
      }
    }
    const lines = t.split("\n");
    lines.forEach((l, i) => this.addLine(l, `${name}:${i + 1}`));
  }

  document(): ExtractDocument {
    const sorted = [...this.sources.values()].sort((a, b) => cmp(a.id, b.id));
    const order = new Map(sorted.map((s, i) => [s.id, i]));
    const allFacts = [...this.facts.values()].sort(
      (a, b) => (order.get(a.source) ?? 1e9) - (order.get(b.source) ?? 1e9) || cmp(a.source, b.source) || a.start - b.start || a.end - b.end || cmp(a.type, b.type),
    );
    const { sources, facts, records } = documentRecords(sorted, allFacts, allFacts.filter((f) => f.fields?.length));
    const errors = [...this.errors.values()].sort((a, b) => cmp(a.source, b.source) || cmp(a.reason, b.reason));
    return { version: 1, sources, facts, record: records[0] ?? { parties: [], fields: {} }, records, errors };
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isSource(s: unknown): s is SourceEntry {
  return !!s && typeof s === "object" && typeof (s as SourceEntry).id === "string";
}

function isFact(f: unknown): f is Fact {
  const x = f as Fact;
  return !!x && typeof x === "object" && typeof x.source === "string" && typeof x.type === "string" && Number.isInteger(x.start) && Number.isInteger(x.end);
}

/** Does this text look like dealfacts output (a document or NDJSON lines) rather than an article? */
export function looksLikeOutput(text: string): boolean {
  const t = text.replace(/^\ufeff/, "").trimStart();
  if (!t.startsWith("{")) return false;
  if (/^\{[^\n]{0,200}"kind"\s*:\s*"(?:source|fact|error)"/.test(t)) return true;
  if (/^\{\s*"version"\s*:/.test(t)) return true;
  try {
    const o = JSON.parse(t);
    return !!o && Array.isArray(o.sources) && Array.isArray(o.facts);
  } catch {
    return false;
  }
}
