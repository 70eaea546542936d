// The extractors in their run order, then the refiners, in the order written here (as chrono
// keeps its refiners in one configuration). Numbers-first: money and percentages claim their
// spans before dates can misread them ("12.53%" is not a date, "$1,194.09" holds no year).
import type { ExtractContext, Extractor, RawFact } from "./types.js";
import type { FactType } from "../model.js";
import { moneyExtractor } from "./money.js";
import { percentExtractor } from "./percent.js";
import { dateExtractor } from "./date.js";
import { durationExtractor } from "./duration.js";
import { quantityExtractor } from "./quantity.js";
import { orgExtractor } from "./org.js";
import { quoteExtractor } from "./quote.js";

export const EXTRACTORS: readonly Extractor[] = [
  moneyExtractor,
  percentExtractor,
  dateExtractor,
  durationExtractor,
  quantityExtractor,
  orgExtractor,
  quoteExtractor,
];

/** Types whose spans may not overlap one another; the earlier in this list wins. */
const EXCLUSIVE: readonly FactType[] = ["money", "percent", "date", "duration", "quantity"];

export interface RunOptions {
  refDate: string | null;
  /** See ExtractContext.refPublished. */
  refPublished?: boolean;
  sourceId: string;
  /** Keep only these types (others are still extracted where they decide overlaps). */
  types?: ReadonlySet<FactType>;
}

export function extractAll(text: string, opts: RunOptions): RawFact[] {
  return extractLate(text, extractEarly(text, opts), opts);
}

/**
 * The extractors run in two parts, so that two threads can share a source's work (pipeline/
 * pool.ts): the early ones, then the late ones and the refiners. The late ones read only the text
 * and what the early ones found, so extractLate(text, extractEarly(text, o), o) is extractAll.
 */
const LATE: ReadonlySet<Extractor> = new Set([quoteExtractor]);
// Late means last: an early extractor after a late one would no longer see its facts.
if (EXTRACTORS.some((ex, i) => !LATE.has(ex) && EXTRACTORS.slice(0, i).some((e) => LATE.has(e)))) throw new Error("extract/index.ts: the late extractors must come last");

/** What the early extractors find, in run order, not yet refined. */
export function extractEarly(text: string, opts: RunOptions): RawFact[] {
  return runExtractors(text, opts, [], false);
}

/** The late extractors over the early ones' facts, then the refiners. */
export function extractLate(text: string, early: RawFact[], opts: RunOptions): RawFact[] {
  return refine(runExtractors(text, opts, early, true), opts.types);
}

function runExtractors(text: string, opts: RunOptions, found: RawFact[], late: boolean): RawFact[] {
  for (const ex of EXTRACTORS) {
    if (LATE.has(ex) !== late) continue;
    const ctx: ExtractContext = { text, refDate: opts.refDate, refPublished: opts.refPublished === true, sourceId: opts.sourceId, found };
    const more = ex.extract(ctx);
    if (more.length) found = found.concat(more);
  }
  return found;
}

/** Refiners, in order: drop empty or out-of-range spans, remove overlaps among exclusive types, sort. */
export function refine(facts: RawFact[], types?: ReadonlySet<FactType>): RawFact[] {
  const valid = facts.filter((f) => f.end > f.start && f.start >= 0);
  const rank = (t: FactType) => EXCLUSIVE.indexOf(t);
  const exclusive = valid
    .filter((f) => rank(f.type) >= 0)
    .sort((a, b) => rank(a.type) - rank(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // A claimed-character map keeps this linear in the text, however many facts there are.
  const kept: RawFact[] = [];
  const limit = exclusive.reduce((m, f) => Math.max(m, f.end), 0);
  const claimed = new Uint8Array(limit);
  for (const f of exclusive) {
    let free = true;
    for (let i = f.start; i < f.end; i++) if (claimed[i]) { free = false; break; }
    if (!free) continue;
    claimed.fill(1, f.start, f.end);
    kept.push(f);
  }
  const out = [...kept, ...valid.filter((f) => rank(f.type) < 0)].filter((f) => !types || types.has(f.type));
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}
