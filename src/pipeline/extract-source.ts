// One source in, its entry and facts out: the map stage. Pure apart from the rules it loads, so it
// runs the same in the main thread, in a worker thread, or on another machine.
import type { Fact, FactType, SourceEntry } from "../model.js";
import type { SourceInput } from "../sources/read.js";
import { RawOffsets, TextView } from "../sources/textview.js";
import type { RawFact } from "../extract/types.js";
import { extractEarly, extractLate } from "../extract/index.js";
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
  return tagSource(readSource(input, opts), opts);
}

/**
 * A source after its first stage (reading, and the early extractors: extract/index.ts), before its
 * second (the late extractors, the refiners, the deal fields its facts are claims on, and its deal
 * summary). Plain data, so the two stages can run in two threads: each then compiles and warms up
 * only its own part of the code (see pool.ts).
 */
export interface ReadSource {
  /** Its entry, without its `deal`. */
  source: SourceEntry;
  /** The clean text the extractors read. */
  text: string;
  /** The early extractors' facts, offsets into `text`, not yet refined. */
  early: RawFact[];
  /** The source's own text, where it is not the clean text (HTML, Markdown, soft line breaks). */
  rawText: string | null;
  /** The way back from clean offsets to the source's own (see RawOffsets), where there is one. */
  startMap: Uint32Array | null;
  endMap: Uint32Array | null;
  furniture: readonly (readonly [number, number])[];
}

/** The first stage: the clean text, the publication date, and the early extractors' facts. */
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

  const early = extractEarly(view.text, runOptions(input.id, published, publishedFrom !== "ref-date", opts));
  const source: SourceEntry = {
    id: input.id,
    path: input.path,
    published,
    publishedFrom,
    title: input.title ?? view.title ?? guessTitle(view.text),
    format: view.format,
    chars: view.raw.length,
  };
  if (!published) {
    const day = findDatelineDay(view.text);
    if (day) source.datelineDay = day.day;
    if (day?.weekday) source.datelineWeekday = day.weekday;
  }
  const { startMap, endMap } = view.offsets;
  return { source, text: view.text, early, rawText: view.raw === view.text ? null : view.raw, startMap, endMap, furniture: view.furniture };
}

/**
 * The second stage: the late extractors and the refiners, the facts with their provenance in the
 * source's own text, which deal field each is a claim on, and the source's deal summary.
 */
export function tagSource(r: ReadSource, opts: ExtractOptions = {}): SourceResult {
  const published = r.source.published;
  const id = r.source.id;
  const raw = extractLate(r.text, r.early, runOptions(id, published, r.source.publishedFrom !== "ref-date", opts));
  const offsets = new RawOffsets(r.rawText ?? r.text, r.text.length, r.startMap, r.endMap);
  const tags = tagFields(r.text, raw, published, r.furniture);
  const facts: Fact[] = raw.map((f, i) => {
    const [start, end] = offsets.toRaw(f.start, f.end);
    const fact: Fact = { type: f.type, text: offsets.raw.slice(start, end), source: id, start, end, line: offsets.lineOf(start), value: f.value, rule: f.rule };
    const tag = tags[i];
    if (tag && tag.fields.length) {
      fact.fields = tag.fields;
      fact.cues = tag.cues;
      // Which aspect of the field ("shares|<company>", "market value"): claims on different aspects never clash.
      if (tag.aspects) fact.aspects = tag.aspects;
      // Fields on which it is a move down ("fell 4%"): the claim's value is negative.
      if (tag.down) fact.down = tag.down;
    }
    return fact;
  });
  // The deal summary in its place, before the dateline's day, whichever way the entry came here
  // (JSON between threads keeps no key that was undefined).
  const { datelineDay, datelineWeekday, ...head } = r.source;
  const source: SourceEntry = { ...head, deal: summarizeSource(r.text, raw, published) };
  if (datelineDay) source.datelineDay = datelineDay;
  if (datelineWeekday) source.datelineWeekday = datelineWeekday;
  return { source, facts };
}

function runOptions(sourceId: string, refDate: string | null, refPublished: boolean, opts: ExtractOptions) {
  return { refDate, refPublished: refDate !== null && refPublished, sourceId, types: opts.types ? new Set(opts.types) : undefined };
}

/** A headline: the first non-empty line when it is short and does not read as a sentence. */
function guessTitle(text: string): string | null {
  const m = /^\s*(?:#{1,3}\s+)?([^\n]{8,200})/.exec(text.slice(0, 2000));
  if (!m) return null;
  const line = m[1]!.trim();
  if (/[.:;,]$/.test(line) || /^(by|from|updated|published)\b/i.test(line)) return null;
  return line;
}
