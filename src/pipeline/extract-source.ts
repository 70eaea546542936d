// One source in, its entry and facts out: the map stage. Pure apart from the rules it loads, so it
// runs the same in the main thread, in a worker thread, or on another machine.
import type { Fact, FactType, SourceEntry } from "../model.js";
import type { SourceInput } from "../sources/read.js";
import { TextView } from "../sources/textview.js";
import type { RawFact } from "../extract/types.js";
import { extractAll } from "../extract/index.js";
import { findDatelineDay, findPublished } from "./published.js";
import { summarizeSource, tagFields } from "../merge/fields.js";

export interface ExtractOptions {
  /** Reference date for sources that have no date of their own (YYYY-MM-DD). */
  refDate?: string | null;
  types?: readonly FactType[];
}

export interface SourceResult {
  source: SourceEntry;
  facts: Fact[];
}

export function extractSource(input: SourceInput, opts: ExtractOptions = {}): SourceResult {
  return tagSource(readSource(input, opts));
}

/**
 * A source after its first stage (reading and the extractors), before its second (the deal fields
 * its facts are claims on, and its deal summary). Plain data, so the two stages can run in two
 * threads: each then compiles and warms only its own half of the code (see pool.ts).
 */
export interface ReadSource {
  /** Its entry, `deal` still to be filled in. */
  source: SourceEntry;
  /** Its facts with their provenance in the raw text, without their fields. */
  facts: Fact[];
  /** The clean text the extractors read, and their facts with offsets into it. */
  text: string;
  raw: RawFact[];
  furniture: readonly (readonly [number, number])[];
}

/** The first stage: the clean text, the publication date, and every extractor's facts. */
export function readSource(input: SourceInput, opts: ExtractOptions = {}): ReadSource {
  const view = new TextView(input.text, input.format);
  let published = input.published ?? null;
  let publishedFrom: SourceEntry["publishedFrom"] = published ? "jsonl" : null;
  if (!published && view.metaPublished) [published, publishedFrom] = [view.metaPublished, "meta"];
  if (!published) {
    const own = findPublished(view.text);
    if (own) [published, publishedFrom] = [own, "text"];
  }
  if (!published && opts.refDate) [published, publishedFrom] = [opts.refDate, "ref-date"];

  const raw = extractAll(view.text, { refDate: published, sourceId: input.id, types: opts.types ? new Set(opts.types) : undefined });
  const facts: Fact[] = raw.map((f) => {
    const [start, end] = view.toRaw(f.start, f.end);
    return { type: f.type, text: view.raw.slice(start, end), source: input.id, start, end, line: view.lineOf(start), value: f.value, rule: f.rule };
  });
  const source: SourceEntry = {
    id: input.id,
    path: input.path,
    published,
    publishedFrom,
    title: input.title ?? view.title ?? guessTitle(view.text),
    format: view.format,
    chars: view.raw.length,
    deal: undefined,
  };
  if (!published) {
    const day = findDatelineDay(view.text);
    if (day) source.datelineDay = day;
  }
  return { source, facts, text: view.text, raw, furniture: view.furniture };
}

/** The second stage: which deal field each fact is a claim on, and the source's deal summary. */
export function tagSource(r: ReadSource): SourceResult {
  const published = r.source.published;
  const tags = tagFields(r.text, r.raw, published, r.furniture);
  r.facts.forEach((fact, i) => {
    const tag = tags[i];
    if (tag && tag.fields.length) {
      fact.fields = tag.fields;
      fact.cues = tag.cues;
      // Which aspect of the field ("shares|<company>", "market value"): claims on different aspects never clash.
      if (tag.aspects) fact.aspects = tag.aspects;
    }
  });
  r.source.deal = summarizeSource(r.text, r.raw, published);
  return { source: r.source, facts: r.facts };
}

/** A headline: the first non-empty line when it is short and does not read as a sentence. */
function guessTitle(text: string): string | null {
  const m = /^\s*(?:#{1,3}\s+)?([^\n]{8,200})/.exec(text.slice(0, 2000));
  if (!m) return null;
  const line = m[1]!.trim();
  if (/[.:;,]$/.test(line) || /^(by|from|updated|published)\b/i.test(line)) return null;
  return line;
}
