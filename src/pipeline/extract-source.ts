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
  /** Its entry, without its `deal`. */
  source: SourceEntry;
  /** The clean text the extractors read, and their facts with offsets into it. */
  text: string;
  raw: RawFact[];
  /** The source's own text, where it is not the clean text (HTML, Markdown, soft line breaks). */
  rawText: string | null;
  /** Each fact's start, end and line in the source's own text, three numbers a fact. */
  spans: number[];
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
  const spans: number[] = [];
  for (const f of raw) {
    const [start, end] = view.toRaw(f.start, f.end);
    spans.push(start, end, view.lineOf(start));
  }
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
    if (day) source.datelineDay = day;
  }
  return { source, text: view.text, raw, rawText: view.raw === view.text ? null : view.raw, spans, furniture: view.furniture };
}

/**
 * The second stage: the facts with their provenance in the source's own text, which deal field
 * each is a claim on, and the source's deal summary.
 */
export function tagSource(r: ReadSource): SourceResult {
  const published = r.source.published;
  const own = r.rawText ?? r.text;
  const id = r.source.id;
  const tags = tagFields(r.text, r.raw, published, r.furniture);
  const facts: Fact[] = r.raw.map((f, i) => {
    const start = r.spans[3 * i]!, end = r.spans[3 * i + 1]!;
    const fact: Fact = { type: f.type, text: own.slice(start, end), source: id, start, end, line: r.spans[3 * i + 2]!, value: f.value, rule: f.rule };
    const tag = tags[i];
    if (tag && tag.fields.length) {
      fact.fields = tag.fields;
      fact.cues = tag.cues;
      // Which aspect of the field ("shares|<company>", "market value"): claims on different aspects never clash.
      if (tag.aspects) fact.aspects = tag.aspects;
    }
    return fact;
  });
  // The deal summary in its place, before the dateline's day, whichever way the entry came here
  // (JSON between threads keeps no key that was undefined).
  const { datelineDay, ...head } = r.source;
  const source: SourceEntry = { ...head, deal: summarizeSource(r.text, r.raw, published) };
  if (datelineDay) source.datelineDay = datelineDay;
  return { source, facts };
}

/** A headline: the first non-empty line when it is short and does not read as a sentence. */
function guessTitle(text: string): string | null {
  const m = /^\s*(?:#{1,3}\s+)?([^\n]{8,200})/.exec(text.slice(0, 2000));
  if (!m) return null;
  const line = m[1]!.trim();
  if (/[.:;,]$/.test(line) || /^(by|from|updated|published)\b/i.test(line)) return null;
  return line;
}
