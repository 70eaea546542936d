// Sources → facts, one source at a time, as a stream of events. The only place the stages meet.
import type { ErrorEntry, Fact, SourceEntry, ExtractDocument } from "../model.js";
import { readSources, type ReadOptions, type SourceInput } from "../sources/read.js";
import { extractSource, readSource, tagSource, type ExtractOptions, type ReadSource, type SourceResult } from "./extract-source.js";
import { documentRecords } from "../merge/record.js";
import type { RunEvent } from "./events.js";

export { ndjsonOf, type NdjsonText, type RunEvent } from "./events.js";

export interface RunOptions extends ExtractOptions, ReadOptions {}

/** Read and extract every source named by `paths`, yielding results in input order. */
export async function* runExtraction(paths: string[], opts: RunOptions = {}): AsyncGenerator<RunEvent> {
  for await (const ev of readSources(paths, opts)) {
    if (ev.kind !== "source") {
      yield ev;
      continue;
    }
    yield extractOne(ev.input, opts);
  }
}

export function extractOne(input: SourceInput, opts: ExtractOptions): RunEvent {
  try {
    return { kind: "result", result: extractSource(input, opts) };
  } catch (e) {
    return failedOn(input, e);
  }
}

/** The first stage of extractOne (pool.ts runs the two in two threads): its data, or the error. */
export function readOne(input: SourceInput, opts: ExtractOptions): ReadSource | RunEvent {
  try {
    return readSource(input, opts);
  } catch (e) {
    return failedOn(input, e);
  }
}

/** The second stage of extractOne. */
export function tagOne(read: ReadSource, opts: ExtractOptions): RunEvent {
  try {
    return { kind: "result", result: tagSource(read, opts) };
  } catch (e) {
    return failedOn(read.source, e);
  }
}

function failedOn(src: { id: string; path: string }, e: unknown): RunEvent {
  // A bad rule file is the user's to fix for every source: stop with its message (status 2).
  if ((e as Error)?.name === "RuleError") throw e;
  // A bug must not hide the other sources' facts: report it as this source's failure.
  return { kind: "error", source: src.id, path: src.path, reason: `internal error while extracting: ${(e as Error)?.message ?? e}` };
}

/**
 * Gathers results into the `--json` document. Facts that are claims on deal fields are kept apart
 * so the record can be built without holding every fact (`keepFacts: false` for streaming).
 */
export class Collector {
  readonly sources: SourceEntry[] = [];
  readonly facts: Fact[] = [];
  readonly claims: Fact[] = [];
  readonly errors: ErrorEntry[] = [];
  constructor(private readonly keepFacts = true) {}

  add(ev: RunEvent): void {
    if (ev.kind === "result") this.addResult(ev.result);
    else if (ev.kind === "error") this.errors.push({ source: ev.source, reason: ev.reason });
  }

  addResult(r: SourceResult): void {
    this.sources.push(r.source);
    for (const f of r.facts) {
      if (this.keepFacts) this.facts.push(f);
      if (f.fields?.length) this.claims.push(f);
    }
  }

  /** The document, independent of the order sources arrived in. */
  document(): ExtractDocument {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = [...this.sources].sort(byId);
    const order = new Map(sorted.map((s, i) => [s.id, i]));
    const allFacts = [...this.facts].sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
    const { sources, facts, records } = documentRecords(sorted, allFacts, this.claims);
    const errors = [...this.errors].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    return { version: 1, sources, facts, record: records[0] ?? { parties: [], fields: {} }, records, errors };
  }
}
