// What the stages hand on, and a source's NDJSON: plain data and text, with no extractor behind
// them, so a main thread that only reads sources and writes its workers' output loads none.
import type { SourceResult } from "./extract-source.js";

export type RunEvent =
  | { kind: "result"; result: SourceResult; ndjson?: NdjsonText }
  | { kind: "error"; source: string; path: string; reason: string }
  | { kind: "skip"; path: string; reason: string }
  | { kind: "warn"; message: string };

/**
 * A source's NDJSON as a worker hands it over: UTF-8 bytes (their buffer moves between threads
 * without a copy and is written to stdout as it is) and the number of fact lines in them.
 */
export interface NdjsonText {
  bytes: Uint8Array;
  facts: number;
}

/**
 * A source's NDJSON: its source line, then one line per fact. The pool's workers write it where
 * the output is NDJSON, so the main thread passes their text through instead of parsing it and
 * writing it again.
 */
export function ndjsonOf(result: SourceResult, facts: readonly SourceResult["facts"][number][] = result.facts): string {
  // The kind spliced in front of each object's own JSON: the same line as stringifying
  // { kind, ...object }, without a copy of every object (neither has a "kind" of its own).
  let out = withKind("source", JSON.stringify(result.source)) + "\n";
  for (const f of facts) out += withKind("fact", JSON.stringify(f)) + "\n";
  return out;
}

function withKind(kind: string, json: string): string {
  return json === "{}" ? `{"kind":"${kind}"}` : `{"kind":"${kind}",${json.slice(1)}`;
}
