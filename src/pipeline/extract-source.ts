// One source in, its entry and facts out: the map stage. Pure apart from the rules it loads, so it
// runs the same in the main thread, in a worker thread, or on another machine.
import type { Fact, FactType, SourceEntry } from "../model.js";
import type { SourceInput } from "../sources/read.js";
import { TextView } from "../sources/textview.js";
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
  const tags = tagFields(view.text, raw, published, view.furniture);
  const facts: Fact[] = [];
  raw.forEach((f, i) => {
    const [start, end] = view.toRaw(f.start, f.end);
    const fact: Fact = { type: f.type, text: view.raw.slice(start, end), source: input.id, start, end, line: view.lineOf(start), value: f.value, rule: f.rule };
    const tag = tags[i];
    if (tag && tag.fields.length) {
      fact.fields = tag.fields;
      fact.cues = tag.cues;
      // Which aspect of the field ("shares|<company>", "market value"): claims on different aspects never clash.
      if (tag.aspects) fact.aspects = tag.aspects;
    }
    facts.push(fact);
  });
  const source: SourceEntry = {
    id: input.id,
    path: input.path,
    published,
    publishedFrom,
    title: input.title ?? view.title ?? guessTitle(view.text),
    format: view.format,
    chars: view.raw.length,
    deal: summarizeSource(view.text, raw, published),
  };
  if (!published) {
    const day = findDatelineDay(view.text);
    if (day) source.datelineDay = day;
  }
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
