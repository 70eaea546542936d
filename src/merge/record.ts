// The canonical deal records: sources grouped into deals (by their parties and their deal value),
// then per deal the parties and every field with all its claims, the value most sources support,
// and whether sources truly differ. A pure function of the SET of sources and claims: every step
// sorts or takes a best-by-total-order, so shards merged in any grouping give the same records.
import type { Claim, DealRecord, Fact, Party, RecordField, SourceEntry } from "../model.js";
import { fieldRules, type CompiledField } from "./rules.js";
import { dateExtractor, isWeekdayWord, openingWeekday } from "../extract/date.js";
import { headWordKeys } from "../extract/org.js";
import { writtenAsUsDollar } from "../extract/money.js";
import { compatible, dateInterval, intervalOf, isPlainFigure, isScaleOnly, nominal, precision, reachOf, valueKey } from "./compare.js";
import { wordPrefixPairs, type DealSummary, type PartyCandidate } from "./parties.js";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface SourceInfo {
  id: string;
  entry: SourceEntry;
  summary: DealSummary | null;
  claims: Fact[];
  /** Family ids (global) of the two organisations the source's deal is between. */
  fams: string[];
  /** Families of the two organisations a source without a stated pair names most (parties.ts salientPair). */
  salient: string[];
  /** Families of the source's parties beside its pair that share a side with one of it: a consortium's other members, a second maker ("co-" roles). */
  coFams: Set<string>;
  /** Families of all the source's parties (its pair and the others its statements name). */
  partyFams: Set<string>;
  /** The side of a sale (seller, buyer, target) each party family takes in the source, by its strongest role. */
  sides: Map<string, string>;
  values: Fact[];
  /** The days (YYYY-MM-DD) the source says the deal was announced. */
  announced: string[];
}

/**
 * Build one record per deal from source entries and the facts that are claims on fields.
 * Depends only on the set of inputs, not their order (merge is associative and commutative).
 */
export function buildRecords(sources: readonly SourceEntry[], claims: readonly Fact[], inferred: Map<string, InferredDay> = new Map()): DealRecord[] {
  const entries = uniqueSources(sources);
  const facts = uniqueFacts(claims);
  for (const f of facts) if (!entries.has(f.source)) entries.set(f.source, { id: f.source, path: f.source, published: null, title: null, format: "text" });
  if (!entries.size) return [{ parties: [], fields: {}, sources: [] }];

  const ents = new Entities();
  const infos: SourceInfo[] = [];
  for (const id of [...entries.keys()].sort(cmp)) {
    const entry = entries.get(id)!;
    const summary = asSummary(entry.deal);
    if (summary) ents.addSummary(summary);
    infos.push({ id, entry, summary, claims: [], fams: [], salient: [], coFams: new Set(), partyFams: new Set(), sides: new Map(), values: [], announced: [] });
  }
  ents.close();
  const byId = new Map(infos.map((i) => [i.id, i]));
  for (const f of facts) byId.get(f.source)!.claims.push(f);
  for (const i of infos) {
    i.fams = sidesOf(i.summary?.pair ?? [], ents);
    i.salient = sidesOf(i.summary?.salient ?? [], ents);
    i.coFams = new Set((i.summary?.parties ?? []).filter((p) => Object.keys(p.roles ?? {}).some((r) => r.startsWith("co-"))).map((p) => ents.family(p.key)));
    i.partyFams = new Set([...i.fams, ...(i.summary?.parties ?? []).map((p) => ents.family(p.key))]);
    for (const p of i.summary?.parties ?? []) {
      const side = saleSide(topRole(p.roles)?.[0]);
      const fam = ents.family(p.key);
      if (side && !i.sides.has(fam)) i.sides.set(fam, side);
    }
    i.values = i.claims.filter((f) => f.fields?.includes("value"));
    i.announced = announcedDays(i.claims);
  }

  const groups = groupSources(infos);
  for (const g of groups) {
    dateFromDatelineDays(g, inferred);
    referenceDaysFromOtherSources(g, inferred);
  }
  const records = groups.map((g) => buildRecord(g, ents));
  records.sort((a, b) => b.sources!.length - a.sources!.length || claimCount(b) - claimCount(a) || cmp(a.sources![0] ?? "", b.sources![0] ?? ""));
  return records;
}

/**
 * A document's records, with its entries and facts (in order) as the document gives them: each
 * undated source dated by its deal (applyInferredDays). `extract --json` and `merge` both build
 * their documents with it.
 */
export function documentRecords(sources: SourceEntry[], facts: Fact[], claims: readonly Fact[]): { sources: SourceEntry[]; facts: Fact[]; records: DealRecord[] } {
  const inferred = new Map<string, InferredDay>();
  const records = buildRecords(sources, claims, inferred);
  return { ...applyInferredDays(sources, facts, inferred), records };
}

/**
 * The day an undated source is read against, inferred from the other sources of its deal, and
 * how: "dateline" (its own dateline's day, the year from the others), "announcement" (its own
 * relative announcement day, "today", "yesterday", "on Tuesday", aligned with the day the others
 * give), or "deal" (the middle of the others' publication days).
 */
export interface InferredDay {
  day: string;
  from: "dateline" | "announcement" | "deal";
  /**
   * The source's own day is only known to lie near `day` (a weekday aligned with the others'
   * announcement day, or the middle of their publication days): a bare weekday in it is then the
   * nearest such day to `day` ("Tuesday" in an undated story of a Monday deal is the day after),
   * not the latest on or before it.
   */
  near?: true;
}

/**
 * A source with no date of its own but a dateline day ("Sept 8 (Wire) -"): the year that puts that
 * day nearest the other sources' dates of the same deal makes its date.
 */
function dateFromDatelineDays(group: SourceInfo[], inferred: Map<string, InferredDay>): void {
  const known = publishedDays(group);
  if (!known.length) return;
  const ref = known[Math.floor(known.length / 2)]!;
  const refDay = Date.parse(ref);
  for (const i of group) {
    const day = i.entry.datelineDay;
    if (i.entry.published || typeof day !== "string" || !/^--\d{2}-\d{2}$/.test(day)) continue;
    const y0 = Number(ref.slice(0, 4));
    let best: string | null = null;
    for (const y of [y0 - 1, y0, y0 + 1]) {
      const d = `${y}${day.slice(1)}`;
      if (Number.isNaN(Date.parse(d))) continue;
      if (best === null || Math.abs(Date.parse(d) - refDay) < Math.abs(Date.parse(best) - refDay)) best = d;
    }
    if (best) inferred.set(i.id, { day: best, from: "dateline" });
  }
}

/** The publication days (YYYY-MM-DD) of the group's sources that have one, in order. */
function publishedDays(group: readonly SourceInfo[]): string[] {
  return group.map((i) => i.entry.published).filter((p): p is string => typeof p === "string" && /^\d{4}-\d{2}-\d{2}/.test(p)).map((p) => p.slice(0, 10)).sort(cmp);
}

/** A date's own words read again against `ref`: the value where the whole text is one date, else null. */
function rereadDate(c: Fact, ref: string, refPublished = false): Fact["value"] | null {
  const again = dateExtractor.extract({ text: c.text, refDate: ref, refPublished, sourceId: c.source, found: [] });
  const f = again.length === 1 ? again[0]! : null;
  return f && f.start === 0 && f.end === c.text.length && typeof f.value.iso === "string" ? f.value : null;
}

/** A bare weekday ("Tuesday", not "last Tuesday"): the date rule that reads it, and no word before it. */
const BARE_WEEKDAY = /^[A-Za-z]+\.?$/;

/**
 * A date of an undated source read against its inferred day: a bare weekday near it (see
 * InferredDay), except the announcement's own day, which cannot come after the others' reports of
 * it (the latest such weekday on or before the day).
 */
function rereadInferred(c: Fact, d: InferredDay): Fact["value"] | null {
  const near = d.near && c.rule === "date.weekday" && BARE_WEEKDAY.test(c.text) && !c.fields?.includes("announced");
  // A day that is some source's publication stamp (the others' middle one, or its own dateline's)
  // may be a time zone off, as a source's own stamp may (ExtractContext.refPublished).
  return near ? rereadDate(c, addDays(d.day, 3)) : rereadDate(c, d.day, d.from !== "announcement");
}

/** An unresolved date fact read against an inferred day: a copy with its value, marked inferred; any other fact as it is. */
function withInferredDay<F extends Fact>(f: F, d: InferredDay | undefined): F {
  if (!d || f.type !== "date" || f.value.iso !== null) return f;
  const value = rereadInferred(f, d);
  return value ? { ...f, value: { ...f.value, ...value, inferred: true } } : f;
}

const weekday = (day: string) => new Date(Date.parse(day)).getUTCDay();
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Sources with no date of their own, read against a day inferred from the other sources of the
 * same deal (after dateFromDatelineDays):
 * - a source that dates the announcement relative to itself ("announced today", "yesterday's
 *   deal", "on Tuesday announced") takes the day that makes that claim the announcement day the
 *   other sources give (most sources first, then the earlier day; the nearest such day first);
 * - failing that, a bare weekday it gives the announcement ("said on Thursday") that is the
 *   weekday of a dated source's own day takes that day (a report of talks dated days before the
 *   deal does not pull it into the week before);
 * - failing that, the middle of the other sources' publication days, unless the source itself
 *   dates the announcement later.
 * Its relative date claims ("Tuesday", "yesterday", "3 March", "last year") are then resolved
 * against that day, marked inferred; the same day resolves its facts in the document
 * (applyInferredDays). A source with nothing to align and no dated peer stays unresolved.
 */
function referenceDaysFromOtherSources(group: SourceInfo[], inferred: Map<string, InferredDay>): void {
  for (const i of group) i.announced = announcedDays(i.claims);
  const known = publishedDays(group);
  if (!known.length) known.push(...anchorUndatedDeal(group, inferred));
  const middle = known.length ? known[Math.floor((known.length - 1) / 2)]! : null;
  // The days all sources give, counted once (each source's own are taken off below): a deal of
  // thousands of sources costs linear time, not sources × sources.
  const all = new Map<string, number>();
  for (const o of group) for (const d of o.announced) all.set(d, (all.get(d) ?? 0) + 1);
  for (const i of group) {
    if (i.entry.published) continue;
    let ref = inferred.get(i.id) ?? null;
    if (!ref) {
      const own = new Set(i.announced);
      const others = [...all].map(([d, n]) => [d, own.has(d) ? n - 1 : n] as const).filter(([, n]) => n > 0);
      // Most sources first, then the earlier day: the order is the same whatever the grouping.
      const days = others.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([d]) => d);
      const relative = i.claims.filter((c) => c.type === "date" && c.value.iso === null && c.fields?.includes("announced")).sort((a, b) => a.start - b.start);
      search: for (const c of relative)
        for (const day of days)
          for (let k = 0; k < 7; k++) {
            const v = rereadDate(c, addDays(day, k));
            if (v && v.iso === day) {
              // "Today" fixes the source's day; "on Tuesday" only puts it in the week after.
              const next = rereadDate(c, addDays(day, k + 1));
              ref = next?.iso === day ? { day, from: "announcement", near: true } : { day: addDays(day, k), from: "announcement" };
              break search;
            }
          }
      // No other source dates the announcement: a bare weekday ("said on Thursday") that names a
      // dated source's own day of the week is taken to be that source's day (the earliest such), as
      // a report is most often of its own day; a report dated before the deal (talks, a leak) then
      // does not pull the weekday into the week before it.
      if (!ref && known.length)
        for (const c of relative) {
          const w = c.rule === "date.weekday" && BARE_WEEKDAY.test(c.text) ? rereadDate(c, known[0]!)?.iso : null;
          const day = typeof w === "string" ? known.find((d) => weekday(d) === weekday(w)) : undefined;
          if (day) {
            ref = { day, from: "deal", near: true };
            break;
          }
        }
      if (!ref && middle && !i.announced.some((d) => d > middle)) ref = { day: middle, from: "deal", near: true };
      if (!ref) continue;
      inferred.set(i.id, ref);
    }
    const at = ref;
    i.claims = i.claims.map((c) => withInferredDay(c, at));
  }
  for (const i of group) if (!i.entry.published) i.announced = announcedDays(i.claims);
}

/**
 * A deal none of whose sources is dated, nor dates the announcement in full: a source's own
 * yearless day (its dateline's "April 25", "announced on Tuesday, Dec. 1") takes the year its deal's
 * sources write most in their dated claims ("close in 2021", "fiscal 2022") only roughly: the year
 * nearest to that one in which the day falls on the weekday the source names for the announcement.
 * Each such source is read against its day, and its days (in order) are returned, for the other
 * sources to align with as with dated ones. Nothing happens without a year written in the claims.
 */
function anchorUndatedDeal(group: SourceInfo[], inferred: Map<string, InferredDay>): string[] {
  if (group.some((i) => i.announced.length)) return [];
  const hint = yearHint(group);
  if (hint === null) return [];
  // The weekdays the sources give the announcement, each source's counted once.
  const told = new Map<string, number>();
  for (const i of group) for (const w of new Set(announcedWeekdays(i))) told.set(w.toLowerCase(), (told.get(w.toLowerCase()) ?? 0) + 1);
  const days: string[] = [];
  for (const i of group) {
    if (i.entry.published) continue;
    const own = inferred.get(i.id) ?? ownYearlessDay(i, hint, told);
    if (!own) continue;
    inferred.set(i.id, own);
    i.claims = i.claims.map((c) => withInferredDay(c, own));
    i.announced = announcedDays(i.claims);
    days.push(own.day);
  }
  return days.sort(cmp);
}

/** The year the group's date claims write most in full (the later of equals), or null. */
function yearHint(group: readonly SourceInfo[]): number | null {
  const n = new Map<number, number>();
  for (const i of group)
    for (const c of i.claims) {
      const y = c.type === "date" && typeof c.value.iso === "string" ? /^(\d{4})/.exec(c.value.iso)?.[1] : undefined;
      if (y && c.text.includes(y)) n.set(+y, (n.get(+y) ?? 0) + 1);
    }
  let best: number | null = null;
  for (const [y, k] of n) if (best === null || k > n.get(best)! || (k === n.get(best)! && y > best)) best = y;
  return best;
}

/**
 * An undated source's own day in a deal whose year is about `hint`: its dateline's day, else the
 * day of month of its first yearless announcement claim ("Dec. 1", "April 25"), in the year nearest
 * the hint (within three) in which the day falls on a weekday the source names for the announcement
 * ("on Tuesday, Dec. 1", "said on Monday"); none when it names no weekday.
 */
function ownYearlessDay(i: SourceInfo, hint: number, told: ReadonlyMap<string, number>): InferredDay | null {
  const dateline = i.entry.datelineDay;
  let monthDay: string | null = typeof dateline === "string" && /^--\d{2}-\d{2}$/.test(dateline) ? dateline.slice(2) : null;
  let from: InferredDay["from"] = "dateline";
  const announced = i.claims.filter((c) => c.type === "date" && c.value.iso === null && c.fields?.includes("announced")).sort((a, b) => a.start - b.start);
  if (!monthDay) {
    for (const c of announced) {
      // A day of a month: the same month and day whatever the season of the reference.
      const a = rereadDate(c, `${hint}-02-01`)?.iso, b = rereadDate(c, `${hint}-11-01`)?.iso;
      if (typeof a === "string" && typeof b === "string" && /^\d{4}-\d{2}-\d{2}$/.test(a) && a.slice(5) === b.slice(5)) {
        monthDay = a.slice(5);
        from = "announcement";
        break;
      }
    }
  }
  if (!monthDay) return null;
  // The dateline's own weekday names the dateline's day ("Saturday, October 25"), which may come
  // days after the announcement's ("announced … Thursday"): it alone makes the year.
  const ownWeekday = from === "dateline" ? i.entry.datelineWeekday : undefined;
  let weekdays = ownWeekday ? [ownWeekday] : announcedWeekdays(i);
  // The weekday makes the year: without it, the years the claims write (often the closing's) are too loose a guide.
  // A source that gives none may take the one the other sources give ("KUALA LUMPUR, Nov 29 — X
  // has entered into an agreement" beside "In a statement issued on Thursday"), the weekday most of
  // them give, only within a year of the hint: over seven years every weekday would fit.
  let years = [0, -1, 1, -2, 2, -3, 3];
  if (!weekdays.length) {
    const top = [...told].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    if (!top.length || (top.length > 1 && top[1]![1] === top[0]![1])) return null;
    weekdays = [top[0]![0]];
    years = [0, -1, 1];
  }
  if (!announced.length) return null;
  // A weekday read against a day is that day only if the day is that weekday.
  const isWeekday = (day: string, w: string) => rereadDate({ ...announced[0]!, text: w }, day)?.iso === day;
  for (const k of years) {
    const day = `${hint + k}-${monthDay}`;
    if (!Number.isNaN(Date.parse(day)) && weekdays.some((w) => isWeekday(day, w))) return { day, from, ...(from === "announcement" ? { near: true as const } : {}) };
  }
  return null;
}

/** The weekdays a source gives the announcement: a bare weekday claim, or one that opens the day's own words ("Tuesday, Dec. 1"; not the month of "Nov 29"). */
function announcedWeekdays(i: SourceInfo): string[] {
  const announced = i.claims.filter((c) => c.type === "date" && c.value.iso === null && c.fields?.includes("announced"));
  return announced.map((c) => (BARE_WEEKDAY.test(c.text) ? c.text.replace(/\.$/, "") : openingWeekday(c.text))).filter((w): w is string => !!w && isWeekdayWord(w));
}

/**
 * The document's side of referenceDaysFromOtherSources: each undated source whose day was
 * inferred says so (`dateInferred`), and its relative dates ("Tuesday", "last year") are resolved
 * against that day, marked inferred. Facts and entries are copied, never changed in place.
 */
function applyInferredDays(sources: SourceEntry[], facts: Fact[], inferred: ReadonlyMap<string, InferredDay>): { sources: SourceEntry[]; facts: Fact[] } {
  if (!inferred.size) return { sources, facts };
  return {
    sources: sources.map((s) => {
      const d = inferred.get(s.id);
      return d && !s.published ? { ...s, dateInferred: { day: d.day, from: d.from } } : s;
    }),
    facts: facts.map((f) => withInferredDay(f, inferred.get(f.source))),
  };
}

function announcedDays(claims: readonly Fact[]): string[] {
  return [...new Set(claims.filter((f) => f.fields?.includes("announced") && typeof f.value.iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(f.value.iso)).map((f) => f.value.iso as string))];
}

const claimCount = (r: DealRecord) => Object.values(r.fields).reduce((n, f) => n + f.claims.length, 0);

function uniqueSources(sources: readonly SourceEntry[]): Map<string, SourceEntry> {
  const out = new Map<string, SourceEntry>();
  for (const s of sources) {
    const had = out.get(s.id);
    // The same id twice (the same shard merged twice): keep one, the same one whatever the order.
    if (!had || JSON.stringify(s) < JSON.stringify(had)) out.set(s.id, s);
  }
  return out;
}

function uniqueFacts(facts: readonly Fact[]): Fact[] {
  const out = new Map<string, Fact>();
  for (const f of facts) {
    const k = `${f.source}\u0000${f.start}\u0000${f.end}\u0000${f.type}`;
    const had = out.get(k);
    if (!had || JSON.stringify(f) < JSON.stringify(had)) out.set(k, f);
  }
  return [...out.values()].sort((a, b) => cmp(a.source, b.source) || a.start - b.start || a.end - b.end || cmp(a.type, b.type));
}

function asSummary(deal: unknown): DealSummary | null {
  if (!deal || typeof deal !== "object") return null;
  const d = deal as Partial<DealSummary>;
  if (!Array.isArray(d.parties)) return null;
  return { parties: d.parties, pair: Array.isArray(d.pair) ? d.pair : [], links: Array.isArray(d.links) ? d.links : [], aliases: Array.isArray(d.aliases) ? d.aliases : [], ...(Array.isArray(d.salient) ? { salient: d.salient } : {}), names: d.names && typeof d.names === "object" ? d.names : {} };
}

/** Organisations across sources: alias classes (one entity) and families (entities linked as unit and parent). */
class Entities {
  private aliasEdges = new Map<string, Set<string>>();
  private familyEdges = new Map<string, Set<string>>();
  private rootOf = new Map<string, string>();
  private famOf = new Map<string, string>();
  readonly parents = new Map<string, Set<string>>();
  /** Parents by the text's own words (a unit "of" or "owned by" its parent), not by a name's first words alone. */
  readonly statedParents = new Map<string, Set<string>>();
  readonly names = new Map<string, Map<string, number>>();

  private edge(map: Map<string, Set<string>>, a: string, b: string) {
    (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
    (map.get(b) ?? map.set(b, new Set()).get(b)!).add(a);
  }

  addSummary(s: DealSummary) {
    const keys = new Set<string>([...s.pair, ...(s.salient ?? []), ...s.parties.map((p) => p.key)]);
    for (const a of s.aliases) {
      this.edge(this.aliasEdges, a.alias, a.of);
      keys.add(a.alias).add(a.of);
    }
    for (const l of s.links) {
      this.edge(this.familyEdges, l.parent, l.child);
      (this.parents.get(l.child) ?? this.parents.set(l.child, new Set()).get(l.child)!).add(l.parent);
      if (l.rule !== "link.name-prefix") (this.statedParents.get(l.child) ?? this.statedParents.set(l.child, new Set()).get(l.child)!).add(l.parent);
      keys.add(l.parent).add(l.child);
    }
    for (const k of keys) {
      this.aliasEdges.get(k) ?? this.aliasEdges.set(k, new Set());
      const n = s.names[k];
      if (typeof n === "string") {
        const m = this.names.get(k) ?? new Map<string, number>();
        m.set(n, (m.get(n) ?? 0) + 1);
        this.names.set(k, m);
      }
    }
  }

  /** Components, each named by its best key: longest, then first in order. */
  close() {
    const better = (a: string, b: string) => (a.length !== b.length ? a.length > b.length : a < b);
    const components = (edges: Map<string, Set<string>>, nodes: Iterable<string>, out: Map<string, string>, keyOf: (k: string) => string) => {
      const seen = new Set<string>();
      for (const start of [...nodes].sort(cmp)) {
        if (seen.has(start)) continue;
        const comp: string[] = [];
        const stack = [start];
        seen.add(start);
        while (stack.length) {
          const k = stack.pop()!;
          comp.push(k);
          for (const n of edges.get(k) ?? []) if (!seen.has(n)) (seen.add(n), stack.push(n));
        }
        let best = keyOf(comp[0]!);
        for (const k of comp) if (better(keyOf(k), best)) best = keyOf(k);
        for (const k of comp) out.set(k, best);
      }
    };
    for (const [a, b] of nearSpellings([...this.aliasEdges.keys()])) this.edge(this.aliasEdges, a, b);
    for (const [a, b] of pluralSpellings([...this.aliasEdges.keys()])) this.edge(this.aliasEdges, a, b);
    for (const [a, b] of acronymPairs([...this.aliasEdges.keys()], this.names)) this.edge(this.aliasEdges, a, b);
    for (const [a, b] of innerHeadPairs([...this.aliasEdges.keys()])) this.edge(this.aliasEdges, a, b);
    for (const [a, b] of spacedSpellings([...this.aliasEdges.keys()])) this.edge(this.aliasEdges, a, b);
    for (const [a, b] of clippedSpellings([...this.aliasEdges.keys()])) this.edge(this.aliasEdges, a, b);
    components(this.aliasEdges, this.aliasEdges.keys(), this.rootOf, (k) => k);
    // Families over entity roots.
    const famEdges = new Map<string, Set<string>>();
    for (const [a, bs] of this.familyEdges) for (const b of bs) this.edge(famEdges, this.root(a), this.root(b));
    const roots = new Set([...this.rootOf.values()]);
    // Across sources too, a name that starts with another one's words is its unit or the same
    // company more fully named ("Korean Air" in some reports, "Korean Air Lines" in others): one
    // family, as within a source (parties.ts linkNamePrefixes); four letters or more, not "air" of
    // "air india", or three written in capitals ("NXP" of "NXP Semiconductors").
    for (const [parent, child] of this.prefixPairs(roots)) this.edge(famEdges, parent, child);
    components(famEdges, roots, this.famOf, (k) => k);
  }

  root(k: string): string {
    return this.rootOf.get(k) ?? k;
  }

  /** Pairs of a name and a longer one that starts with its words: four letters or more, or an acronym of three ("NXP"). */
  prefixPairs(keys: Iterable<string>): [string, string][] {
    return wordPrefixPairs(keys, 3).filter(([short]) => short.length >= 4 || [...(this.names.get(short)?.keys() ?? [])].some((n) => /^[A-Z0-9&]{3}$/.test(n)));
  }
  family(k: string): string {
    const r = this.root(k);
    return this.famOf.get(r) ?? r;
  }
  /** The best-attested written name of an entity. */
  display(root: string): string {
    const counts = new Map<string, number>();
    for (const [k, m] of this.names) if (this.root(k) === root) for (const [n, c] of m) counts.set(n, (counts.get(n) ?? 0) + c);
    let best = root, score = -1;
    for (const [n, c] of [...counts].sort((a, b) => cmp(a[0], b[0]))) {
      const sc = c * 1000 + n.length;
      if (sc > score) [best, score] = [n, sc];
    }
    return best;
  }
}

/**
 * Name keys that are one name with and without a head word inside it: "hsbc bank canada" and "hsbc
 * canada", "alder capital partners" and "alder partners". The head word is neither the first word
 * nor the last (a last one makes a unit or a fuller name: parties.ts wordPrefixPairs), and at least
 * two words stay.
 */
function innerHeadPairs(keys: readonly string[]): [string, string][] {
  const all = new Set(keys);
  const heads = headWordKeys();
  const out: [string, string][] = [];
  for (const k of keys) {
    const w = k.split(" ");
    if (w.length < 3) continue;
    for (let i = 1; i < w.length - 1; i++) {
      if (!heads.has(w[i]!)) continue;
      const shorter = [...w.slice(0, i), ...w.slice(i + 1)].join(" ");
      if (all.has(shorter)) out.push([k, shorter]);
    }
  }
  return out;
}

/**
 * Name keys that are one name with its words run together in some places and spaced in others
 * ("qatarenergy" / "qatar energy", "jpmorgan chase" / "jp morgan chase"): outlets write a
 * company's run-together brand with a space. Only where the letters, spaces left out, are six or more.
 */
function spacedSpellings(keys: readonly string[]): [string, string][] {
  const byJoined = new Map<string, string>();
  const out: [string, string][] = [];
  for (const k of [...keys].sort(cmp)) {
    const joined = k.replace(/ /g, "");
    if (joined.length < 6) continue;
    const first = byJoined.get(joined);
    if (first === undefined) byJoined.set(joined, k);
    else out.push([first, k]);
  }
  return out;
}

/**
 * Name keys of two words or more, the same but for a last word that one of them writes clipped
 * ("envision health" / "envision healthcare", "acme pharma" / "acme pharmaceuticals"): a headline's
 * short form of the same company. The clipped word keeps five letters or more, so "Bank"
 * ("Bankers") and the like are no clipping. Grouped by the words before it, so linear in the keys.
 */
function clippedSpellings(keys: readonly string[]): [string, string][] {
  const byHead = new Map<string, string[]>();
  for (const k of keys) {
    const sp = k.lastIndexOf(" ");
    if (sp < 0 || !/^[a-z]{5,}$/.test(k.slice(sp + 1))) continue;
    const head = `${k.slice(0, sp)}|${k.slice(sp + 1, sp + 6)}`;
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(k);
  }
  const out: [string, string][] = [];
  for (const ks of byHead.values()) {
    if (ks.length < 2) continue;
    const list = [...ks].sort((a, b) => a.length - b.length || cmp(a, b));
    for (let i = 1; i < list.length; i++) if (list[i]!.startsWith(list[0]!)) out.push([list[0]!, list[i]!]);
  }
  return out;
}

/**
 * Name keys that are one spelling apart: one word of seven letters or more differs by one letter
 * added, dropped or changed, the other words the same ("microscoft" / "microsoft", "department of
 * defence" / "department of defense", "vitera" / "viterra"); or, where both words have seven
 * letters or more and their first two agree, by a letter moved ("vittera" / "viterra": one letter
 * dropped from each gives the same word). Outlets misspell and spell differently; one entity.
 * Found by each word's one-letter deletions, so the cost is linear in the keys, not quadratic.
 */
function nearSpellings(keys: readonly string[]): [string, string][] {
  const buckets = new Map<string, Set<string>>();
  for (const k of keys) {
    const toks = k.split(" ");
    toks.forEach((t, i) => {
      if (t.length < 6 || !/^[a-z]+$/.test(t)) return;
      const rest = `${toks.slice(0, i).join(" ")}|${i}|${toks.slice(i + 1).join(" ")}|`;
      const add = (v: string) => {
        const key = rest + v;
        (buckets.get(key) ?? buckets.set(key, new Set()).get(key)!).add(k);
      };
      add(t);
      for (let j = 1; j < t.length; j++) add(t.slice(0, j) + t.slice(j + 1));
    });
  }
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const ks of buckets.values()) {
    if (ks.size < 2) continue;
    const list = [...ks].sort(cmp);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!, b = list[y]!;
        const id = `${a}\u0000${b}`;
        if (seen.has(id) || !nearSpelling(a, b)) continue;
        seen.add(id);
        out.push([a, b]);
      }
  }
  return out;
}

/**
 * Name keys of two words or more that differ only by a plural "s" on one word of four letters or
 * more ("kraft foods group" / "kraft food group", "naspers holding" / "naspers holdings"): one
 * entity. Copied coverage drops or adds the letter; a name of one word ("mars") is left alone.
 */
function pluralSpellings(keys: readonly string[]): [string, string][] {
  const bySingular = new Map<string, string[]>();
  for (const k of keys) {
    if (!k.includes(" ")) continue;
    const sing = k.split(" ").map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w)).join(" ");
    (bySingular.get(sing) ?? bySingular.set(sing, []).get(sing)!).push(k);
  }
  const out: [string, string][] = [];
  for (const ks of bySingular.values()) {
    if (ks.length < 2) continue;
    const list = [...ks].sort(cmp);
    for (let i = 1; i < list.length; i++) {
      // One word apart, no more: "kraft foods groups" is not "kraft food group".
      const a = list[0]!.split(" "), b = list[i]!.split(" ");
      if (a.length === b.length && a.filter((w, j) => w !== b[j]).length === 1) out.push([list[0]!, list[i]!]);
    }
  }
  return out;
}

/**
 * An acronym one source writes ("CD&R", in capitals) and the one name of the sources whose words'
 * initials spell it ("Clayton Dubilier & Rice"; "of", "and", "the" left out): one entity across
 * sources, as parties.ts links them within one. Two names with the same initials: neither.
 */
function acronymPairs(keys: readonly string[], names: ReadonlyMap<string, ReadonlyMap<string, number>>): [string, string][] {
  const byInitials = new Map<string, string | null>();
  for (const k of keys) {
    const ws = k.split(" ").filter((w) => w && !ACRONYM_SKIP.has(w));
    if (ws.length < 2) continue;
    const ini = ws.map((w) => w[0]).join("");
    byInitials.set(ini, byInitials.has(ini) && byInitials.get(ini) !== k ? null : k);
  }
  const out: [string, string][] = [];
  for (const k of keys) {
    if (!/^[a-z0-9&]{2,6}$/.test(k) || !/[a-z]/.test(k)) continue;
    const long = byInitials.get(k);
    if (!long || long === k) continue;
    if (![...(names.get(k)?.keys() ?? [])].some((n) => /^[A-Z0-9&]{2,6}$/.test(n))) continue;
    out.push([k, long]);
  }
  // A name whose last words are written as their initials: "Vodafone NZ" and "Vodafone New Zealand".
  const byTail = new Map<string, string | null>();
  for (const k of keys) {
    const ws = k.split(" ");
    for (let j = 1; j + 2 <= ws.length && j <= 3; j++) {
      const tail = ws.slice(j).filter((w) => !ACRONYM_SKIP.has(w));
      if (tail.length < 2 || tail.length > 4) continue;
      const t = `${ws.slice(0, j).join(" ")} ${tail.map((w) => w[0]).join("")}`;
      byTail.set(t, byTail.has(t) && byTail.get(t) !== k ? null : k);
    }
  }
  for (const k of keys) {
    const sp = k.lastIndexOf(" ");
    if (sp < 0 || !/^[a-z]{2,4}$/.test(k.slice(sp + 1))) continue;
    const long = byTail.get(k);
    if (!long || long === k) continue;
    const acr = k.slice(sp + 1).toUpperCase();
    if (![...(names.get(k)?.keys() ?? [])].some((n) => n.endsWith(` ${acr}`))) continue;
    out.push([k, long]);
  }
  return out;
}
const ACRONYM_SKIP = new Set(["of", "and", "the", "for", "de", "du", "des", "la", "le"]);

/** Two keys of a bucket (the same other words; one word each with a common one-letter deletion): near enough. */
function nearSpelling(a: string, b: string): boolean {
  const wa = a.split(" "), wb = b.split(" ");
  if (wa.length !== wb.length) return false;
  const i = wa.findIndex((w, k) => w !== wb[k]);
  if (i < 0) return false;
  const x = wa[i]!, y = wb[i]!;
  if (Math.max(x.length, y.length) < 7) return false;
  return oneEditApart(a, b) || (Math.min(x.length, y.length) >= 7 && x.length === y.length && x[0] === y[0] && x[1] === y[1]);
}

/** One letter added, dropped or changed after the first (the first letters agree). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Are two value claims lists about the same amount? null when one of them has none. */
function valuesAgree(a: Fact[], b: Fact[]): boolean | null {
  if (!a.length || !b.length) return null;
  return a.some((x) => b.some((y) => sameAmount(x, y)));
}

/** For telling deals apart, hedges are not enough: "more than $4bn" does not make a $7bn deal the same. */
function sameAmount(x: Fact, y: Fact): boolean {
  const a = x.value.amount, b = y.value.amount;
  if (typeof a !== "number" || typeof b !== "number" || !(a > 0) || !(b > 0)) return false;
  if (x.value.currency && y.value.currency && x.value.currency !== y.value.currency && !bareDollarOf(x, y)) return false;
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

const DOLLARS = new Set(["USD", "AUD", "CAD", "NZD", "SGD", "HKD"]);

/**
 * Two dollars, one written with a bare "$" ("$24 billion" in an Australian outlet, "A$24 billion"
 * in another): the bare sign may be the other's dollar, so for telling which deal a source is about
 * the amounts may be one.
 */
function bareDollarOf(x: Fact, y: Fact): boolean {
  const cx = String(x.value.currency), cy = String(y.value.currency);
  if (!DOLLARS.has(cx) || !DOLLARS.has(cy)) return false;
  return /^\$/.test(x.text) || /^\$/.test(y.text);
}

/** Both sources date the announcement, each to one day, and to the same day. */
function sameDayAnnounced(a: SourceInfo, b: SourceInfo): boolean {
  return a.announced.length === 1 && b.announced.length === 1 && a.announced[0] === b.announced[0];
}

function groupSources(infos: SourceInfo[]): SourceInfo[][] {
  const parent = new Map(infos.map((i) => [i.id, i.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  const shared = (a: SourceInfo, b: SourceInfo) => a.fams.filter((f) => b.fams.includes(f)).length;
  // "Air India orders 470 jets from Boeing and Airbus" (pair Air India and Boeing, Airbus a second
  // maker) and "Air India signs with Airbus": the other's pair is one side of a's pair and a party
  // of a's that shares the other side (a "co-" role).
  const covers = (a: SourceInfo, b: SourceInfo) => b.fams.length >= 2 && b.fams.every((f) => a.fams.includes(f) || a.coFams.has(f));
  // Two pairs with one side in common, each of whose other side the other source names as a party
  // too: the same three organisations told from two sides ("X sells its stake to Y" / "Y buys
  // target Z", each naming the third).
  const crossNamed = (a: SourceInfo, b: SourceInfo) => a.fams.length >= 2 && b.fams.length >= 2 && a.fams.every((f) => b.partyFams.has(f)) && b.fams.every((f) => a.partyFams.has(f));
  // "X sells its stake in Z to Y" / "Y buys Z": the other's pair is two of the three sides of a's
  // sale, each on the side the other source puts it (a buyer a buyer, a target a target).
  const saleSides = (a: SourceInfo, b: SourceInfo) => new Set(a.sides.values()).size === 3 && b.fams.length === 2 && b.fams.every((f) => !!b.sides.get(f) && a.sides.get(f) === b.sides.get(f));
  // "LG buys ZKW" / "LG Electronics buys ZKW": two pairs with one side in common, whose other sides
  // are a name and a longer one that starts with its words (a group and its unit, or one company
  // named more fully). Entities make such names one family across sources only from four letters
  // on ("Air" is no "Air India"); beside the same counterpart, a short one is the same buyer.
  const widened = (a: SourceInfo, b: SourceInfo) => {
    if (a.fams.length !== 2 || b.fams.length !== 2) return false;
    const x = a.fams.find((f) => !b.fams.includes(f));
    const y = b.fams.find((f) => !a.fams.includes(f));
    return !!x && !!y && (y.startsWith(x + " ") || x.startsWith(y + " "));
  };
  // A source that states no pair but names the same two organisations most is about the same deal.
  const named = (x: SourceInfo) => (x.fams.length >= 2 ? x.fams : x.salient);
  const sameNamed = (a: SourceInfo, b: SourceInfo) => (a.fams.length < 2 || b.fams.length < 2) && named(a).length === 2 && named(a).every((f) => named(b).includes(f));
  // Strong links: the same two parties, or one party and the same value, or one party announcing on
  // the same day with no other value ("Vodafone and CK Hutchison" / "Vodafone and Three", both on
  // 14 June), or no parties but the same value.
  for (let i = 0; i < infos.length; i++) {
    for (let j = i + 1; j < infos.length; j++) {
      const a = infos[i]!, b = infos[j]!;
      const s = shared(a, b);
      const v = valuesAgree(a.values, b.values);
      const bothPairs = a.fams.length >= 2 && b.fams.length >= 2;
      if (s >= 2 || (s >= 1 && v === true) || (s >= 1 && v !== false && sameDayAnnounced(a, b)) || (s >= 1 && v !== false && (covers(a, b) || covers(b, a) || crossNamed(a, b) || widened(a, b) || saleSides(a, b) || saleSides(b, a))) || sameNamed(a, b) || (!bothPairs && s === 0 && (a.fams.length === 0 || b.fams.length === 0) && v === true)) union(a.id, b.id);
    }
  }
  const groups = new Map<string, SourceInfo[]>();
  for (const i of infos) (groups.get(find(i.id)) ?? groups.set(find(i.id), []).get(find(i.id))!).push(i);
  // Sources that name fewer than two parties, alone or joined only with such sources (two that
  // give the same value and no pair): attach each such group whole to the best-matching group
  // with a stated pair (order-independent: only those are candidates).
  const paired = (g: SourceInfo[]) => g.some((x) => x.fams.length >= 2);
  const strong = [...groups.values()].filter(paired);
  const weak = [...groups.values()].filter((g) => !paired(g));
  if (!strong.length) return [...groups.values()].sort((a, b) => cmp(a[0]!.id, b[0]!.id));
  const result = new Map(strong.map((g) => [g, [...g]]));
  const alone: SourceInfo[][] = [];
  for (const w of weak) {
    let best: SourceInfo[] | null = null;
    let bestScore: number[] = [];
    // A source without a stated pair is known by the organisations it names most.
    const lf = [...new Set(w.flatMap((l) => (named(l).length ? named(l) : l.fams)))];
    const lv = w.flatMap((l) => l.values);
    for (const g of strong) {
      const fams = new Set(g.flatMap((x) => named(x)));
      const s = lf.filter((f) => fams.has(f)).length;
      const v = valuesAgree(lv, g.flatMap((x) => x.values));
      if (lf.length && !s && v !== true) continue;
      if (v === false && !s) continue;
      const score = [s, v === true ? 1 : v === null ? 0 : -1, g.length, -infos.indexOf(g[0]!)];
      if (!best || lexGreater(score, bestScore)) [best, bestScore] = [g, score];
    }
    if (best) result.get(best)!.push(...w);
    else alone.push(w);
  }
  return [...result.values(), ...alone].map((g) => g.sort((a, b) => cmp(a.id, b.id)));
}

/**
 * The two sides of a pair of name keys, as entity families; but where the two are of one family (a
 * parent merging with its listed unit: "HDFC" and "HDFC Bank"), the source itself says they are
 * two sides, so each is its own entity.
 */
function sidesOf(keys: readonly string[], ents: Entities): string[] {
  const fams = [...new Set(keys.map((k) => ents.family(k)))].sort(cmp);
  if (fams.length >= 2 || keys.length < 2) return fams;
  const roots = [...new Set(keys.map((k) => ents.root(k)))].sort(cmp);
  return roots.length >= 2 ? roots : fams;
}

function lexGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function buildRecord(group: SourceInfo[], ents: Entities): DealRecord {
  return { parties: buildParties(group, ents), fields: buildFields(group, ents), sources: group.map((g) => g.id) };
}

/**
 * One role per side: the best-attested one, and where a side has none or both claim the same, the
 * complement of the other side's ("buyer" ↔ "provider", "acquirer" ↔ "target").
 */
function sideRoles(fams: string[], famRoles: Map<string, Record<string, number>>): Map<string, string> {
  const comp = fieldRules().complements;
  const top = (f: string) => topRole(famRoles.get(f));
  const out = new Map<string, string>();
  const [f1, f2] = fams;
  if (!f1) return out;
  const t1 = top(f1), t2 = f2 ? top(f2) : undefined;
  if (!f2) {
    if (t1) out.set(f1, t1[0]);
    return out;
  }
  // The side with the stronger evidence keeps its role; the other takes the complement where there is one.
  const [strong, weak, ts, tw] = !t2 || (t1 && t1[1] >= t2[1]) ? [f1, f2, t1, t2] : [f2, f1, t2, t1];
  if (ts) out.set(strong, ts[0]);
  // A seller keeps its role beside a buyer ("X sells Y to Z": not Z's "provider").
  if (ts && comp[ts[0]] && (!tw || tw[0] === ts[0] || (!comp[tw[0]] && !saleSide(tw[0])))) out.set(weak, comp[ts[0]]!);
  else if (tw) out.set(weak, tw[0]);
  return out;
}

/** A role's side of a sale (rules/fields.json parties.saleSides): who sells, who buys, what is sold; else undefined. */
function saleSide(role: string | undefined): string | undefined {
  const sides = fieldRules().saleSides;
  return role !== undefined && Object.hasOwn(sides, role) ? sides[role] : undefined;
}

/** The role of the set that is the given one, or on the same side of a sale ("buyer" for "acquirer"); else undefined. */
function sameSideRole(role: string, roles: ReadonlySet<string>): string | undefined {
  if (roles.has(role)) return role;
  if (!saleSide(role)) return undefined;
  return [...roles].sort(cmp).find((r) => saleSide(r) === saleSide(role));
}

/** A role and its weight: the heaviest, the first by name on a tie. */
function topRole(roles: Record<string, number> | undefined): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [r, w] of Object.entries(roles ?? {})) if (!best || w > best[1] || (w === best[1] && r < best[0])) best = [r, w];
  return best;
}

/** What the sources say of one entity family, summed over its members. */
interface Family {
  weight: number;
  roles: Record<string, number>;
  sources: Set<string>;
}

/**
 * A sale has three parties: "X sells its unit Y to Z". Where the two sides are two of seller, buyer
 * and what is sold, the third is the family (of the others) whose strongest role is the one missing,
 * stated with that role in two sources or more, or with at least a third of the weaker side's weight.
 * Where both sides are buyers (a consortium: "X and Y to buy Z"), the third is what they buy.
 */
function saleThirdSide(fams: readonly string[], byFam: ReadonlyMap<string, Family>): string | null {
  if (fams.length !== 2) return null;
  const sides = fams.map((f) => saleSide(topRole(byFam.get(f)?.roles)?.[0]));
  if (!sides[0] || !sides[1]) return null;
  // Two buyers are a consortium ("X and Y to buy Z"): what they buy is the third side.
  if (sides[0] === sides[1] && sides[0] !== "buyer") return null;
  const missing = sides[0] === sides[1] ? "target" : ["seller", "buyer", "target"].find((r) => !sides.includes(r))!;
  const weaker = Math.min(...fams.map((f) => byFam.get(f)!.weight));
  let best: string | null = null, bestW = 0;
  for (const [f, x] of byFam) {
    if (fams.includes(f)) continue;
    const t = topRole(x.roles);
    if (!t) continue;
    let w = t[1];
    if (saleSide(t[0]) !== missing) {
      // A seller that bought what it sells not long before ("Blackstone, which bought Y last year,
      // sells it to Z"): its purchase outweighs its sale in the text, but a second buyer of the
      // target is no side of this sale. Its seller's weight counts, in two sources and a third of
      // the weaker side's weight.
      if (missing !== "seller" || saleSide(t[0]) !== "buyer") continue;
      w = x.roles.seller ?? 0;
      if (x.sources.size < 2 || w < weaker / 3) continue;
    } else if (x.sources.size < 2 && w < weaker / 3) continue;
    if (w > bestW || (w === bestW && best !== null && cmp(f, best) < 0)) [best, bestW] = [f, w];
  }
  return best;
}

/**
 * A consortium's other members ("to a consortium of X, Y and Z": parties.ts gives Y and Z the role
 * "co-buyer"): families whose strongest role is a co-role of a side's role, up to four, each with
 * the plain role; and a second provider of one order, stated as such in two sources.
 */
function consortiumMembers(fams: readonly string[], byFam: ReadonlyMap<string, Family>, rolesIn: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>> = new Map()): Map<string, string> {
  // A member with a co-role is one of a side's own consortium: some source that gives it the
  // co-role gives a side the role itself ("X and Y, with Z alongside, will buy"). Members of a
  // group no side leads ("free care to people in Lagos, Kano and Gombe") are none.
  const ledBySide = (f: string, role: string) => {
    const mine = rolesIn.get(f);
    if (!mine) return true;
    for (const [src, roles] of mine) {
      if (!roles.has(`co-${role}`)) continue;
      if (fams.slice(0, 2).some((side) => rolesIn.get(side)?.get(src)?.has(role))) return true;
    }
    return false;
  };
  const weaker = Math.min(...fams.slice(0, 2).map((f) => byFam.get(f)?.weight ?? 0));
  // The sides' roles, and what each implies of the other ("buyer" ↔ "provider"), as sideRoles gives them.
  const comp = fieldRules().complements;
  const sideRolesSet = new Set<string>();
  for (const f of fams.slice(0, 2)) {
    const r = topRole(byFam.get(f)?.roles)?.[0]?.replace(/^co-/, "");
    if (!r) continue;
    sideRolesSet.add(r);
    if (comp[r]) sideRolesSet.add(comp[r]!);
  }
  // A side that makes what the order buys: its top role "provider" or "target", with some weight as a provider.
  let providerSide: string | null = null;
  for (const f of fams.slice(0, 2)) {
    const x = byFam.get(f);
    const t = topRole(x?.roles)?.[0];
    if (x && (t === "provider" || t === "target") && ((x.roles.provider ?? 0) > 0 || (x.roles["co-provider"] ?? 0) > 0)) providerSide = t;
  }
  const out: [string, string, number][] = [];
  for (const [f, x] of byFam) {
    if (fams.includes(f)) continue;
    const t = topRole(x.roles);
    if (!t) continue;
    let side: string | undefined;
    if (t[0].startsWith("co-") && sideRolesSet.has(t[0].slice(3))) {
      if (ledBySide(f, t[0].slice(3))) out.push([f, t[0].slice(3), t[1]]);
    }
    // A member whose own statements make it a buyer too ("Y will pay £4.2bn to buy Z's Nordic
    // units"), named a member in one source at least ("acquired by X and Y"), in two sources and as
    // heavy as half the weaker side. (A buyer never named a member is a rival bidder.)
    // A buyer beside an acquirer is on the same side ("buyer" and "acquirer" are one side of a sale): it takes the side's role.
    else if ((side = sameSideRole(t[0], sideRolesSet)) && (x.roles[`co-${side}`] ?? 0) > 0 && x.weight >= weaker / 2 && x.sources.size >= 2) out.push([f, side, t[1]]);
    // Two makers of one order ("orders for 470 Y and Z jets"): a second provider as heavy as half
    // the weaker side, in two sources. (Not a second acquirer: that is a rival bidder.)
    else if (t[0] === "provider" && sideRolesSet.has("provider") && x.weight >= weaker / 2 && x.sources.size >= 2) out.push([f, t[0], t[1]]);
    // The same where the order is read as a purchase in most sources ("Air India will buy 470
    // planes from Airbus and Boeing": the sides acquirer and target): a second maker stated as a
    // provider, as heavy as half the weaker side, in two sources, beside a side that is one too.
    else if ((t[0] === "provider" || t[0] === "target") && (x.roles.provider ?? 0) > 0 && providerSide && x.weight >= weaker / 2 && x.sources.size >= 2) out.push([f, providerSide, t[1]]);
  }
  out.sort((a, b) => b[2] - a[2] || cmp(a[0], b[0]));
  return new Map(out.slice(0, 4).map(([f, r]) => [f, r]));
}

function buildParties(group: SourceInfo[], ents: Entities): Party[] {
  /** absorbed: the roots of the names one party is known by where a short form was merged into it (mergeShortForms). */
  interface Agg { root: string; weight: number; roles: Record<string, number>; sources: Set<string>; absorbed?: Set<string> }
  const agg = new Map<string, Agg>();
  // Each family's roles, source by source (for consortiumMembers).
  const rolesIn = new Map<string, Map<string, Set<string>>>();
  for (const g of group) {
    for (const p of (g.summary?.parties ?? []) as PartyCandidate[]) {
      if (typeof p.key !== "string" || !(p.weight > 0)) continue;
      const root = ents.root(p.key);
      const fam = ents.family(root);
      const bySrc = rolesIn.get(fam) ?? rolesIn.set(fam, new Map()).get(fam)!;
      const rs = bySrc.get(g.id) ?? bySrc.set(g.id, new Set()).get(g.id)!;
      for (const r of Object.keys(p.roles ?? {})) rs.add(r);
      const a = agg.get(root) ?? { root, weight: 0, roles: {}, sources: new Set<string>() };
      a.weight += p.weight;
      for (const [r, w] of Object.entries(p.roles ?? {})) a.roles[r] = (a.roles[r] ?? 0) + (w as number);
      a.sources.add(g.id);
      agg.set(root, a);
    }
  }
  if (!agg.size) return salientParties(group, ents);
  const byFam = new Map<string, Family>();
  for (const a of agg.values()) {
    const f = ents.family(a.root);
    const x = byFam.get(f) ?? { weight: 0, roles: {}, sources: new Set<string>() };
    x.weight += a.weight;
    for (const [r, w] of Object.entries(a.roles)) x.roles[r] = (x.roles[r] ?? 0) + w;
    for (const s of a.sources) x.sources.add(s);
    byFam.set(f, x);
  }
  // The two families most sources and statements name are the deal's sides; of equal weight, the
  // one more sources give as a side of their pair ("Siemens" and "Egypt" sign, where "Orascom" and
  // "Arab Contractors" only announce with Siemens).
  const inPairs = new Map<string, number>();
  for (const g of group) for (const f of g.fams) inPairs.set(f, (inPairs.get(f) ?? 0) + 1);
  const fams = [...byFam].sort((x, y) => y[1].weight - x[1].weight || (inPairs.get(y[0]) ?? 0) - (inPairs.get(x[0]) ?? 0) || cmp(x[0], y[0])).slice(0, 2).map((x) => x[0]);
  const third = saleThirdSide(fams, byFam);
  if (third) fams.push(third);
  const coMembers = consortiumMembers(fams, byFam, rolesIn);
  fams.push(...coMembers.keys());
  const members = mergeShortForms([...agg.values()].filter((a) => fams.includes(ents.family(a.root))), ents, group);
  members.sort((x, y) => fams.indexOf(ents.family(x.root)) - fams.indexOf(ents.family(y.root)) || y.weight - x.weight || cmp(x.root, y.root));
  // Each side's first name before the other names of its family: the two sides lead the list
  // ("Capital Foods", "Tata Consumer Products", then the brand "Ching's Secret" of the first).
  const heads = new Set(fams.map((f) => members.find((m) => ents.family(m.root) === f)));
  members.sort((x, y) => Number(heads.has(y)) - Number(heads.has(x)));
  const famRoles = new Map(fams.map((f) => [f, byFam.get(f)!.roles]));
  const famRole = sideRoles(fams.slice(0, 2), famRoles);
  // The third side of a sale takes its own strongest role; a consortium's members, their lead's.
  // A seller whose purchase outweighs its sale in the text (saleThirdSide) is the seller here.
  const thirdTop = third ? topRole(byFam.get(third)!.roles) : undefined;
  const thirdRole = thirdTop && saleSide(thirdTop[0]) === "buyer" ? "seller" : thirdTop?.[0];
  if (third && thirdRole) famRole.set(third, thirdRole);
  for (const [f, role] of coMembers) famRole.set(f, role);
  return members.map((m) => {
    const p: Party = { name: ents.display(m.root), sources: [...m.sources].sort(cmp) };
    let role = famRole.get(ents.family(m.root));
    // A unit sold by its parent: its own role in the sale, not its parent's ("X sells its unit Y to Z": Y is the target).
    const own = topRole(m.roles)?.[0];
    // Not a seller's own earlier purchase ("Blackstone, which bought Y last year"): it sells here.
    const sellsHere = role === "seller" && ents.family(m.root) === third && saleSide(own) === "buyer";
    if (role && own && !sellsHere && saleSide(role) && saleSide(own) && saleSide(role) !== saleSide(own)) role = own;
    if (role) p.role = role;
    p.weight = Math.round(m.weight * 1000) / 1000;
    const known = new Set([m.root, ...(m.absorbed ?? [])]);
    const parents = [...ents.parents].filter(([k]) => known.has(k) || known.has(ents.root(k))).flatMap(([, v]) => [...v]);
    const parent = [...new Set(parents.map((k) => ents.root(k)))].filter((k) => k !== m.root && !m.absorbed?.has(k)).sort(cmp)[0];
    if (parent) p.parent = ents.display(parent);
    return p;
  });
}

/**
 * One company, named in full by some sources and by its first words by others ("Pioneer Natural
 * Resources" and "Pioneer", "Honda Motor" and "Honda"): one party, under the name more sources give
 * it (the shorter on a tie: a longer one may hold a headline's word, "Quintrell Instruments
 * Terminates"). Not where a source links the two as unit and parent ("Northwind Cloud, Northwind's
 * cloud arm"), nor where they are two sides of a sale ("X sells its unit X Motion"), nor where a
 * source gives the two as its deal's pair ("X Corp and X Bank agreed to merge"): those stay two.
 */
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function mergeShortForms<A extends { root: string; weight: number; roles: Record<string, number>; sources: Set<string>; absorbed?: Set<string> }>(members: A[], ents: Entities, group: readonly SourceInfo[]): A[] {
  // Two names a source gives as the deal's two sides are two companies ("Alder Finance Corp and Alder Finance Bank agreed to merge").
  const sides = new Set(group.flatMap((g) => (g.summary?.pair.length === 2 ? [pairKey(ents.root(g.summary.pair[0]!), ents.root(g.summary.pair[1]!))] : [])));
  const linked = (a: string, b: string) => [...ents.statedParents].some(([k, v]) => ents.root(k) === a && [...v].some((x) => ents.root(x) === b));
  const byRoot = new Map(members.map((m) => [m.root, m]));
  const into = new Map<string, string>();
  const fans = new Map<string, string[]>();
  for (const [short, long] of ents.prefixPairs(byRoot.keys())) {
    if (into.has(short) || into.has(long) || ents.family(short) !== ents.family(long)) continue;
    if (linked(short, long) || linked(long, short) || sides.has(pairKey(short, long))) continue;
    // A unit sold by its parent ("Hallerbach sells Hallerbach Motion Systems"): two sides of the sale.
    const [rs, rl] = [topRole(byRoot.get(short)!.roles)?.[0] ?? "", topRole(byRoot.get(long)!.roles)?.[0] ?? ""];
    if (saleSide(rs) && saleSide(rl) && saleSide(rs) !== saleSide(rl)) continue;
    // Only where no other member also starts with the short name: "Acme" of "Acme Cloud" and "Acme
    // Bank" is neither. A longer form of the long name itself is no other ("RedBird", "RedBird
    // Capital" and "RedBird Capital Partners" are one chain of names).
    if ([...byRoot.keys()].some((k) => k !== long && k !== short && k.startsWith(short + " ") && !k.startsWith(long + " "))) {
      (fans.get(short) ?? fans.set(short, []).get(short)!).push(long);
      continue;
    }
    into.set(short, long);
  }
  // A short name with several fuller ones, all with one role ("Alaska", "Alaska
  // Airlines" and "Alaska Air Group" buying; "Take-Two Interactive", "Take-Two Interactive
  // Software" and "Take-Two Interactive Entertainment"; "Mission" only named, beside "Mission
  // Health" and "Mission Hospital" sold): one party, where every member that starts
  // with the short name passed the tests above (one family, no unit stated, no pair) and none is in
  // a chain already. "Acme Cloud" selling and "Acme Bank" buying stay apart: their roles differ.
  for (const [short, longs] of fans) {
    if (into.has(short) || [...into.values()].includes(short)) continue;
    const all = [...byRoot.keys()].filter((k) => k.startsWith(short + " "));
    if (all.length !== longs.length || longs.some((l) => into.has(l) || [...into.values()].includes(l))) continue;
    // Every name with a role of its own has the same one (a short name only named may have none).
    const roles = new Set([short, ...longs].map((k) => topRole(byRoot.get(k)!.roles)?.[0]));
    roles.delete(undefined);
    if (roles.size !== 1 || longs.some((l) => !topRole(byRoot.get(l)!.roles))) continue;
    for (const l of longs) into.set(l, short);
  }
  // A unit named with its parent before it by some sources ("IBM Watson Health") and without by
  // others ("Watson Health"), where the parent is a member too: one party, with the same role.
  for (const long of byRoot.keys()) {
    for (let sp = long.indexOf(" "); sp > 0; sp = long.indexOf(" ", sp + 1)) {
      const prefix = long.slice(0, sp), short = long.slice(sp + 1);
      if (!short.includes(" ") || !byRoot.has(short) || !byRoot.has(ents.root(prefix))) continue;
      if (into.has(short) || into.has(long) || [...into.values()].includes(long)) continue;
      if (linked(short, long) || linked(long, short) || sides.has(pairKey(short, long))) continue;
      const [rs, rl] = [topRole(byRoot.get(short)!.roles)?.[0], topRole(byRoot.get(long)!.roles)?.[0]];
      if (rs && rl && rs !== rl) continue;
      into.set(long, short);
      break;
    }
  }
  if (!into.size) return members;
  // Each name goes to the end of its chain ("RedBird" to "RedBird Capital" to "RedBird Capital
  // Partners"), and each chain becomes one member. Every step is to a longer name, or from a fan's
  // fuller name to its short one, or from a unit's name with its parent to the unit's own, which is
  // in no chain: the walk ends.
  const finalOf = (k: string) => {
    let t = k;
    while (into.has(t)) t = into.get(t)!;
    return t;
  };
  const groups = new Map<string, A[]>();
  for (const m of members) {
    const f = finalOf(m.root);
    const g = groups.get(f);
    if (g) g.push(m);
    else groups.set(f, [m]);
  }
  const out: A[] = [];
  for (const ms of groups.values()) {
    if (ms.length === 1) {
      out.push(ms[0]!);
      continue;
    }
    // The name more sources give; on a tie the shorter, whose words every source agrees on.
    const keep = [...ms].sort((x, y) => y.sources.size - x.sources.size || x.root.length - y.root.length || cmp(x.root, y.root))[0]!;
    const merged = { ...keep, weight: 0, roles: {} as Record<string, number>, sources: new Set<string>(), absorbed: new Set<string>() };
    for (const m of ms) {
      merged.weight += m.weight;
      for (const [r, w] of Object.entries(m.roles)) merged.roles[r] = (merged.roles[r] ?? 0) + w;
      for (const x of m.sources) merged.sources.add(x);
      for (const x of m.absorbed ?? []) merged.absorbed.add(x);
      merged.absorbed.add(m.root);
    }
    out.push(merged);
  }
  return out;
}

/**
 * A deal none of whose sources states who does what ("X to buy Y", "X and Y agreed"): its sides
 * are the two organisations its sources name most (parties.ts salientPair), where at least two
 * sources, and at least half of those that name two, name the same two. They take no role, as
 * nothing says which side is which ("Ubisoft set up a unit in which Tencent will invest").
 */
function salientParties(group: readonly SourceInfo[], ents: Entities): Party[] {
  const pairs = new Map<string, string[]>();
  let naming = 0;
  for (const g of group) {
    if (g.salient.length !== 2) continue;
    naming++;
    const k = g.salient.join("\u0000");
    const ids = pairs.get(k);
    if (ids) ids.push(g.id);
    else pairs.set(k, [g.id]);
  }
  const best = [...pairs].sort((a, b) => b[1].length - a[1].length || cmp(a[0], b[0]))[0];
  if (!best || best[1].length < 2 || best[1].length * 2 < naming) return [];
  const sources = [...best[1]].sort(cmp);
  return best[0].split("\u0000").map((f) => ({ name: ents.display(f), sources }));
}

interface ClaimX {
  claim: Claim;
  /**
   * The value it is compared by: the claim's own, but a term told by its end year is the years it
   * runs, a move down is negative, and an amount in another currency is converted.
   */
  cv: Record<string, unknown>;
  aspect: string;
  published: string | null;
}

function aspectOf(field: string, type: string, cueTexts: readonly string[], tagged: string | undefined, ents: Entities): string {
  // The tagger's aspect, with the company whose shares moved as an entity family across sources.
  if (tagged) {
    const bar = tagged.indexOf("|");
    return `${bar < 0 ? tagged : `${tagged.slice(0, bar)}|${ents.family(tagged.slice(bar + 1))}`}|${type}`;
  }
  const f = fieldRules().byName.get(field);
  let aspect = "";
  if (f) {
    for (const c of f.cues) {
      if (c.aspect && cueTexts.some((t) => c.bare.test(t))) {
        aspect = c.aspect;
        break;
      }
    }
  }
  return `${aspect}|${type}`;
}

/** The field's signed qualifiers (aspectMarks' signed): a tagged aspect carrying one ("shares change|acme", hasAspect) is a move. */
function signedAspects(field: CompiledField): ReadonlySet<string> {
  return new Set(field.aspectMarks.filter((m) => m.signed).map((m) => m.aspect));
}

function buildFields(group: SourceInfo[], ents: Entities): Record<string, RecordField> {
  const R = fieldRules();
  const out: Record<string, RecordField> = {};
  for (const field of R.fields) {
    const signed = signedAspects(field);
    const xs: ClaimX[] = [];
    for (const g of group) {
      for (const f of g.claims) {
        if (!f.fields?.includes(field.name)) continue;
        if (field.name === "announced" && !announceable(f, g.entry)) continue;
        let value = f.value;
        let type = f.type;
        // A term told by the year it ends ("runs through 2033"): the years from the source's own.
        if (field.name === "term" && f.type === "date") {
          const years = yearsUntil(f.value.iso, g.entry.published);
          if (years === null) continue;
          value = { iso: `P${years}Y`, through: f.value.iso };
          type = "duration";
        }
        // A move down: the claim keeps the figure's size ("fell 4%" and "-4%" are 4) and says "down";
        // it is compared as negative, so "fell 4%" agrees with "-4%" and clashes with "rose 4%".
        let cv = value;
        const size = value.value, max = value.max;
        const tagged = (f as Fact & { aspects?: Record<string, unknown> }).aspects?.[field.name];
        // A signed qualifier ("rose 11 cents": a change, not a price) makes a money claim a move too.
        if (field.direction && type === "money" && typeof value.amount === "number" && value.amount > 0 && f.down?.includes(field.name) && typeof tagged === "string" && hasAspect(signed, tagged)) {
          value = { ...value, direction: "down" };
          cv = { ...value, amount: -(value.amount as number) };
        } else if (field.direction?.types.includes(type) && f.down?.includes(field.name) && typeof size === "number" && size > 0) {
          value = { ...value, direction: "down" };
          cv = { ...value, value: -size, ...(typeof max === "number" ? { max: -max } : {}) };
        } else if (field.direction?.types.includes(type) && typeof size === "number" && size < 0) {
          // A move written with its sign ("ANSS -5%") is told as the others are: 5, down.
          cv = value;
          value = { ...value, value: -size, ...(typeof max === "number" ? { max: -max } : {}), direction: "down" };
        }
        const claim: Claim = { source: f.source, text: f.text, start: f.start, end: f.end, line: f.line, value, type };
        const cues = f.cues?.[field.name];
        if (cues?.length) claim.cue = cues.join(" | ");
        xs.push({ claim, cv, aspect: aspectOf(field.name, type, cues ?? [], typeof tagged === "string" ? tagged : undefined, ents), published: g.entry.published ?? null });
      }
    }
    if (!xs.length) continue;
    bareDollarsOfOthers(xs);
    if (field.name === "value") dropStakeValuations(xs, stakesOf(group));
    soleSideStakes(xs);
    out[field.name] = consensus(xs, secondaryAspects(field), field.types, field.currencyFrom ? dealCurrency(group, field.currencyFrom) : null, notValueAspects(field), field.direction?.types ?? null);
  }
  return out;
}

/** An amount written with a bare "$" and nothing else that names its dollar: "$4.9 billion", "$ 54.00", "$4.9-billion". */
const BARE_DOLLAR_TEXT = /^\$\s?\d[\d.,]*(?:[\s-]?(?:thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|[mbk]))?$/i;

/**
 * Whether some page writes a claim's money as US dollars in so many words ("$4.9-billion (U.S.)",
 * "US$4.9bn"); not as a restatement in brackets after another amount ("$4.5 billion ($3.6 billion
 * U.S.)" says the first one is another dollar).
 */
function anyUsWritten(group: readonly SourceInfo[]): boolean {
  for (const g of group)
    for (const f of g.claims) {
      if (f.type !== "money" || f.value.currency !== "USD" || !writtenAsUsDollar(f.text)) continue;
      if (!Object.values(f.cues ?? {}).some((cs) => cs.some((c) => /\(\s*$/.test(c)))) return true;
    }
  return false;
}

/**
 * The currency of the deal's own terms: the one the money claims on `field` (the offer's price a
 * share) are in, in two sources or more and in more sources than any other currency; else null.
 */
function dealCurrency(group: readonly SourceInfo[], field: string): string | null {
  // A bare "$" read as the US dollar only for want of a better reading ("$24.50 a share" in a
  // Canadian paper) is no evidence against another dollar the sources name: where the claims name
  // exactly one other dollar ("C$24.50"), a bare one counts as that one.
  const bare = (f: Fact) => f.value.currency === "USD" && f.value.currencyFrom === undefined && /^\$/.test(f.text) && !writtenAsUsDollar(f.text);
  // Where a page writes the deal's money as US dollars in so many words ("$4.9-billion (U.S.)"), a
  // bare "$" another page read as its exchange's dollar ("$54.00" beside "on the TSX") names no
  // other dollar: only one written as such ("C$54", "$54 Canadian") does.
  const usNamed = anyUsWritten(group);
  const otherDollars = new Set<string>();
  for (const g of group) for (const f of g.claims) if (f.type === "money" && f.fields?.includes(field) && typeof f.value.currency === "string" && f.value.currency !== "USD" && DOLLARS.has(f.value.currency) && !(usNamed && BARE_DOLLAR_TEXT.test(f.text))) otherDollars.add(f.value.currency);
  const other = otherDollars.size === 1 ? [...otherDollars][0]! : null;
  const by = new Map<string, number>();
  for (const g of group) {
    const seen = new Set<string>();
    for (const f of g.claims) {
      if (f.type !== "money" || !f.fields?.includes(field) || typeof f.value.currency !== "string") continue;
      if (otherDollars.size && bare(f)) {
        if (other) seen.add(other);
      } else seen.add(f.value.currency);
    }
    for (const c of seen) by.set(c, (by.get(c) ?? 0) + 1);
  }
  const ranked = [...by].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  // Two sources at least: one page's share price mistaken for the offer's is no deal's currency.
  return ranked.length && ranked[0]![1] >= 2 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/** Whether `fine` rounded at the last figure `coarse` writes is `coarse` (1.512e9 at 1e8 is 1.5e9). */
function roundsTo(fine: number, coarse: number): boolean {
  if (!(coarse > 0) || fine === coarse) return false;
  let step = 1;
  while (step * 10 <= coarse && Math.abs(coarse / (step * 10) - Math.round(coarse / (step * 10))) < 1e-9) step *= 10;
  return Math.round(fine / step) * step === coarse;
}

/** The index of the first number in the sorted list that is at least x (the list's length if none). */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The stakes (below 100%) the group's sources state for the deal. */
function stakesOf(group: readonly SourceInfo[]): number[] {
  const out: number[] = [];
  for (const g of group)
    for (const f of g.claims) {
      const v = f.value.value;
      if (f.type === "percent" && f.fields?.includes("stake") && typeof v === "number" && v > 0 && v < 100 && !out.includes(v)) out.push(v);
    }
  return out;
}

/**
 * A minority stake bought for one figure in a deal that "values the club at" another: where a
 * value claim is the stake's share of another in the same currency (£45 million for 25%, the club
 * at £180 million) and that other is told as a valuation (its cue says "values", "valued",
 * "valuing"), the larger is what the whole company is worth, not what is paid, and is no claim on
 * the deal's value.
 */
function dropStakeValuations(xs: ClaimX[], stakes: readonly number[]): void {
  if (!stakes.length) return;
  // The amounts of each currency, sorted: each valuation looks its stake's share up by binary
  // search, so a deal of thousands of sources costs n log n, not n².
  const amounts = new Map<string, number[]>();
  for (const x of xs) {
    const { amount, currency } = x.claim.value;
    if (x.claim.type === "money" && typeof amount === "number" && typeof currency === "string") (amounts.get(currency) ?? amounts.set(currency, []).get(currency)!).push(amount);
  }
  for (const list of amounts.values()) list.sort((a, b) => a - b);
  const whole = new Set<ClaimX>();
  for (const big of xs) {
    const { amount: B, currency } = big.claim.value;
    // Only a figure told as what something is valued at ("values the club at").
    const cue = big.claim.cue;
    if (big.claim.type !== "money" || typeof B !== "number" || typeof currency !== "string" || typeof cue !== "string" || !/\bvalu(?:es|ed|ing)\b/i.test(cue)) continue;
    const list = amounts.get(currency)!;
    // A part P within 3% of the stake's share T (|P − T| ≤ 0.03·P) lies in [T/1.03, T/0.97], below B.
    if (stakes.some((s) => { const T = (B * s) / 100; const P = list[lowerBound(list, T / 1.03)]; return P !== undefined && P <= T / 0.97 && P < B; })) whole.add(big);
  }
  if (!whole.size) return;
  for (let i = xs.length - 1; i >= 0; i--) if (whole.has(xs[i]!)) xs.splice(i, 1);
}

/**
 * A bare "$" is the dollar the deal's other sources name for the same amount: "$9.6 billion" in an
 * Australian outlet where others write "A$9.6 billion" or "AUD9.6 billion" (and none writes that
 * amount in US dollars) is A$9.6 billion. The claim keeps its text; its value says where its
 * currency came from.
 */
function bareDollarsOfOthers(xs: ClaimX[]): void {
  const named = new Map<string, Set<number>>();
  for (const x of xs) {
    const c = x.claim;
    const cur = c.value.currency, amount = c.value.amount;
    // A bare "$" counts where its own text said whose dollar it is ("$11 billion Canadian").
    // So does one whose words say it is the US dollar ("$4.9-billion (U.S.)", "$3.6 billion U.S.").
    if (c.type !== "money" || typeof cur !== "string" || typeof amount !== "number" || !DOLLARS.has(cur) || (/^\$/.test(c.text) && ((cur === "USD" && !writtenAsUsDollar(c.text)) || c.value.currencyFrom !== undefined))) continue;
    (named.get(cur) ?? named.set(cur, new Set()).get(cur)!).add(amount);
  }
  if (!named.size || [...named.keys()].every((k) => k === "USD")) return;
  // The same amount, or one written more finely that rounds to it within 1% ("$1.512 billion" beside "A$1.5 billion").
  const near = (a: number, set: ReadonlySet<number>) => [...set].some((b) => Math.abs(a - b) <= 0.005 * Math.max(a, b) || (Math.abs(a - b) <= 0.01 * Math.max(a, b) && (roundsTo(a, b) || roundsTo(b, a))));
  for (const x of xs) {
    const c = x.claim;
    const amount = c.value.amount;
    if (c.type !== "money" || c.value.currency !== "USD" || typeof amount !== "number" || !/^\$/.test(c.text)) continue;
    if (named.has("USD") && near(amount, named.get("USD")!)) continue;
    const others = [...named].filter(([k, set]) => k !== "USD" && near(amount, set)).map(([k]) => k);
    if (others.length !== 1) continue;
    // Its own conversion (merge/fields.ts applyConversions) into that currency says it is not that
    // currency: "$2.5 billion (CAD 3.4 billion)".
    if (xs.some((y) => y.aspect.startsWith("converted|") && y.claim.source === c.source && y.claim.value.currency === others[0] && y.claim.start >= c.end && y.claim.start - c.end <= 3)) continue;
    c.value = { ...c.value, currency: others[0]!, currencyFrom: "other sources" };
    if (x.cv.currency === "USD") x.cv = { ...x.cv, currency: others[0]! };
  }
}

/**
 * A small stake is read as bought beside the deal ("will also buy a 4.9% stake in Y for $50
 * million"), but where a source states no other figure for the field than its stake (and that
 * stake restated in another currency), the stake is the deal: "Tencent will acquire a 6.86%
 * stake in Kadokawa for 30 billion yen (about US$264 million)". Its claims become plain ones.
 */
function soleSideStakes(xs: ClaimX[]): void {
  // One pass to group each source's own claims (conversions left out): a run of thousands of
  // sources costs linear time, not sources × claims.
  const own = new Map<string, ClaimX[]>();
  for (const x of xs) if (!x.aspect.startsWith("converted|")) (own.get(x.claim.source) ?? own.set(x.claim.source, []).get(x.claim.source)!).push(x);
  const side = (x: ClaimX) => x.aspect.startsWith("side stake|");
  for (const list of own.values()) if (list.every(side)) for (const x of list) x.aspect = x.aspect.slice("side stake".length);
}

/** Whole years from a source's own year to the year a term ends ("through 2033" in 2026: 7), or null. */
function yearsUntil(iso: unknown, published: string | null | undefined): number | null {
  if (typeof iso !== "string" || !/^\d{4}$/.test(iso) || !published || !/^\d{4}/.test(published)) return null;
  const years = Number(iso) - Number(published.slice(0, 4));
  return years >= 1 && years <= 99 ? years : null;
}

/**
 * How precisely a claim states its value. A date without its year written ("Sunday", "yesterday",
 * "13 May") was worked out from the source's own date: less precise than a full date as written.
 */
function claimPrecision(x: ClaimX): number {
  const t = String(x.claim.type);
  const p = precision(t, x.claim.value);
  if (t === "date" && !x.claim.value.inferred && !/\d{4}/.test(x.claim.text)) return p - 10;
  return p;
}

/**
 * An announcement cannot postdate the report of it, but for the day after a publication stamp,
 * which may be a time zone behind the writer's day (ExtractContext.refPublished); a day the user
 * gave (--ref-date) is no stamp.
 */
function announceable(f: Fact, entry: SourceEntry): boolean {
  const iso = f.value.iso;
  if (typeof iso !== "string") return false;
  if (!entry.published) return true;
  const d = dateInterval(iso), p = dateInterval(entry.published);
  return !d || !p || d.lo <= p.hi + (entry.publishedFrom === "ref-date" ? 0 : 1);
}

/**
 * Claims that say the same thing (aspect, type and value alike): whether two claims agree depends
 * on nothing else, so support and conflicts are worked out per class, not per pair of claims. A
 * source that repeats one figure a thousand times costs one class, not a million comparisons.
 */
interface ValueClass {
  rep: ClaimX;
  /** Sources of its claims, each once. */
  sources: Set<string>;
  /** Positions in xs: first and last member, their sources, and the first (last) member from another source than the first (last). */
  first: number;
  firstSrc: string;
  last: number;
  lastSrc: string;
  firstOther: number;
  lastOther: number;
}

function valueClasses(xs: readonly ClaimX[]): { classes: ValueClass[]; classOf: ValueClass[] } {
  const byKey = new Map<string, ValueClass>();
  const classOf: ValueClass[] = [];
  xs.forEach((x, i) => {
    const k = `${x.aspect}\u0000${valueKey(String(x.claim.type), x.cv)}`;
    let c = byKey.get(k);
    const src = x.claim.source;
    if (!c) byKey.set(k, (c = { rep: x, sources: new Set(), first: i, firstSrc: src, last: i, lastSrc: src, firstOther: Infinity, lastOther: -Infinity }));
    c.sources.add(src);
    if (src !== c.firstSrc && c.firstOther === Infinity) c.firstOther = i;
    c.last = i;
    c.lastSrc = src;
    classOf.push(c);
  });
  // The last member from another source than the last one: a second pass from the end.
  for (let i = xs.length - 1; i >= 0; i--) {
    const c = classOf[i]!;
    if (c.lastOther === -Infinity && xs[i]!.claim.source !== c.lastSrc) c.lastOther = i;
  }
  return { classes: [...byKey.values()], classOf };
}

/**
 * Items sorted by the low end of their reach, with a max-tree over the high ends: the items whose
 * reach overlaps [lo, hi] are found without looking at the others.
 */
class ReachTree<T> {
  private readonly items: { lo: number; hi: number; item: T }[];
  private readonly size: number;
  private readonly maxHi: Float64Array;

  constructor(items: { lo: number; hi: number; item: T }[]) {
    this.items = items.sort((a, b) => a.lo - b.lo);
    let size = 1;
    while (size < items.length) size *= 2;
    this.size = size;
    this.maxHi = new Float64Array(2 * size).fill(-Infinity);
    items.forEach((x, i) => (this.maxHi[size + i] = x.hi));
    for (let n = size - 1; n >= 1; n--) this.maxHi[n] = Math.max(this.maxHi[2 * n]!, this.maxHi[2 * n + 1]!);
  }

  /** Does test() hold for an item whose reach overlaps [lo, hi]? Only such items are tried. */
  some(lo: number, hi: number, test: (item: T) => boolean): boolean {
    // Items [0, k) start at or before hi.
    let a = 0, b = this.items.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.items[mid]!.lo <= hi) a = mid + 1;
      else b = mid;
    }
    const k = a;
    const walk = (node: number, from: number, width: number): boolean => {
      if (from >= k || this.maxHi[node]! < lo) return false;
      if (width === 1) return test(this.items[from]!.item);
      const half = width / 2;
      return walk(2 * node, from, half) || walk(2 * node + 1, from + half, half);
    };
    return k > 0 && walk(1, 0, this.size);
  }
}

/**
 * One source's classes in one aspect and type, for "does a claim of this source agree with c?":
 * a class that allows anything agrees with all, claims in two different units never clash, and
 * otherwise only classes whose reach overlaps c's can agree (see reachOf), so only those are tried.
 */
class SourceClasses {
  private open = false;
  private readonly all: ValueClass[];
  private readonly units = new Set<string>();
  private readonly trees = new Map<string | null, ReachTree<ValueClass>>();
  /** Classes whose reach does not compare (NaN): always tried. */
  private readonly odd: ValueClass[] = [];

  constructor(
    private readonly classes: ValueClass[],
    private readonly ok: (a: ClaimX, b: ClaimX) => boolean,
  ) {
    const byUnit = new Map<string | null, { lo: number; hi: number; item: ValueClass }[]>();
    for (const c of classes) {
      const t = String(c.rep.claim.type);
      const iv = intervalOf(t, c.rep.cv);
      if (!iv) {
        this.open = true;
        continue;
      }
      const unit = iv.unit ? iv.unit : null;
      if (unit) this.units.add(unit);
      const r = reachOf(t, c.rep.cv)!;
      if (!(r.lo <= r.hi)) this.odd.push(c);
      else (byUnit.get(unit) ?? byUnit.set(unit, []).get(unit)!).push({ lo: r.lo, hi: r.hi, item: c });
    }
    for (const [u, items] of byUnit) this.trees.set(u, new ReachTree(items));
    this.all = classes;
  }

  /**
   * Does this source state a figure that agrees with c in c's own unit? Not a class that allows
   * anything, nor one in another currency: those do not contradict c, but do not give it either.
   */
  statesAgreeing(c: ValueClass): boolean {
    const t = String(c.rep.claim.type);
    const iv = intervalOf(t, c.rep.cv);
    if (!iv) return false;
    const unit = iv.unit ? iv.unit : null;
    const test = (o: ValueClass) => this.ok(c.rep, o.rep);
    const sameUnit = (o: ValueClass) => {
      const ov = intervalOf(String(o.rep.claim.type), o.rep.cv);
      return !!ov && (ov.unit ? ov.unit : null) === unit;
    };
    const r = reachOf(t, c.rep.cv)!;
    if (!(r.lo <= r.hi)) return this.all.some((o) => sameUnit(o) && test(o));
    if (this.odd.some((o) => sameUnit(o) && test(o))) return true;
    const tree = this.trees.get(unit);
    return !!tree && tree.some(r.lo, r.hi, test);
  }

  /**
   * Does this source support the hedged figure c, which names n: as agreesWith, but where the
   * source gives figures in c's currency, one of them must be near n (within a quarter of it).
   * "More than $2 billion" allows "$40 billion", but a source that gives $40 billion does not say
   * the deal is worth more than $2 billion.
   */
  statesNear(c: ValueClass, n: number): boolean {
    if (!this.classes.length) return false;
    const iv = intervalOf(String(c.rep.claim.type), c.rep.cv);
    // As agreesWith: a class that allows anything, or figures in other currencies, do not contradict it.
    if (!iv || this.open) return true;
    const unit = iv.unit ? iv.unit : null;
    if (unit && (this.units.size > 1 || (this.units.size === 1 && !this.units.has(unit)))) return true;
    const lo = Math.min(0.75 * n, 1.25 * n), hi = Math.max(0.75 * n, 1.25 * n);
    const test = (o: ValueClass) => {
      const m = nominalOf(o.rep);
      if (m === null || m < lo || m > hi || !this.ok(c.rep, o.rep)) return false;
      const ov = intervalOf(String(o.rep.claim.type), o.rep.cv);
      return !!ov && (ov.unit ? ov.unit : null) === unit;
    };
    if (this.odd.some(test)) return true;
    const tree = this.trees.get(unit);
    return !!tree && tree.some(lo, hi, test);
  }

  /**
   * Is some class of this source compatible with c (ok(c, class))? Figures in other currencies do
   * not contradict c, and back it, unless `foreign` is false: then a source with figures only in
   * other currencies does not back it ("$250-300 million" in one report is not the figure every
   * report in rupees supports because none of them is in dollars).
   */
  agreesWith(c: ValueClass, foreign = true): boolean {
    if (!this.classes.length) return false;
    const t = String(c.rep.claim.type);
    const iv = intervalOf(t, c.rep.cv);
    if (!iv || this.open) return true;
    const unit = iv.unit ? iv.unit : null;
    if (unit && !foreign && !this.units.has(unit) && this.units.size > 0) return false;
    if (unit && (this.units.size > 1 || (this.units.size === 1 && !this.units.has(unit)))) return true;
    const test = (o: ValueClass) => this.ok(c.rep, o.rep);
    const r = reachOf(t, c.rep.cv)!;
    if (!(r.lo <= r.hi)) return this.classes.some(test);
    if (this.odd.some(test)) return true;
    for (const [u, tree] of this.trees) if ((unit === null || u === null || u === unit) && tree.some(r.lo, r.hi, test)) return true;
    return false;
  }
}

interface ClashIndex {
  /** Normal classes of one source and unit: plain figures by interval, hedges by their two ends. */
  plain: ReachTree<ValueClass>;
  hedgeEnds: { at: number; c: ValueClass }[];
  /** Highest low end and lowest high end of all its normal classes' intervals. */
  maxLo: number;
  minHi: number;
}

/**
 * Do two classes of one aspect and type clash: claims from two sources, the earlier of which the
 * later contradicts? The same answer as trying every pair, without trying every pair:
 *  - a class that allows anything, or two in different units, never clash;
 *  - "normal" classes (the interval takes in the figure named) whose intervals do not meet never
 *    agree (see reachOf): one such pair from two sources is a clash;
 *  - two normal hedges whose intervals meet always agree;
 *  - a plain figure against a normal class whose interval meets its own: the other plain figures
 *    near it, and the hedges with an end inside its interval (a hedge that holds it whole agrees),
 *    are tried. Plain figures of one precision do not overlap, so few are near any one;
 *  - the rest (a hedge whose interval misses its own figure, a reach that does not compare) is
 *    tried against every class, as before.
 */
function groupHasClash(
  classes: readonly ValueClass[],
  bySource: ReadonlyMap<string, ValueClass[]>,
  ok: (a: ClaimX, b: ClaimX) => boolean,
  clash: (a: ValueClass, b: ValueClass) => boolean,
): boolean {
  interface Info { iv: { lo: number; hi: number }; unit: string | null; plain: boolean }
  const info = new Map<ValueClass, Info>();
  const odd: ValueClass[] = [];
  for (const c of classes) {
    const t = String(c.rep.claim.type);
    const iv = intervalOf(t, c.rep.cv);
    if (!iv) continue; // allows anything: agrees with every claim
    const r = reachOf(t, c.rep.cv)!;
    if (!(iv.lo <= iv.hi) || r.lo !== iv.lo || r.hi !== iv.hi) odd.push(c);
    else info.set(c, { iv: { lo: iv.lo, hi: iv.hi }, unit: iv.unit ? iv.unit : null, plain: isPlainFigure(t, c.rep.cv) });
  }
  for (const a of classes) if (a.sources.size > 1 && !ok(a.rep, a.rep)) return true;
  for (const a of odd) for (const b of classes) if (b !== a && clash(a, b)) return true;
  // Per source and unit, the normal classes.
  const index = new Map<string, Map<string | null, ClashIndex>>();
  for (const [src, list] of bySource) {
    const byUnit = new Map<string | null, { plain: { lo: number; hi: number; item: ValueClass }[]; ends: { at: number; c: ValueClass }[]; maxLo: number; minHi: number }>();
    for (const c of list) {
      const x = info.get(c);
      if (!x) continue;
      let u = byUnit.get(x.unit);
      if (!u) byUnit.set(x.unit, (u = { plain: [], ends: [], maxLo: -Infinity, minHi: Infinity }));
      if (x.plain) u.plain.push({ lo: x.iv.lo, hi: x.iv.hi, item: c });
      else u.ends.push({ at: x.iv.lo, c }, { at: x.iv.hi, c });
      u.maxLo = Math.max(u.maxLo, x.iv.lo);
      u.minHi = Math.min(u.minHi, x.iv.hi);
    }
    const m = new Map<string | null, ClashIndex>();
    for (const [unit, u] of byUnit) m.set(unit, { plain: new ReachTree(u.plain), hedgeEnds: u.ends.sort((p, q) => p.at - q.at), maxLo: u.maxLo, minHi: u.minHi });
    index.set(src, m);
  }
  for (const [a, x] of info) {
    const only = a.sources.size === 1 ? a.firstSrc : null;
    for (const [src, byUnit] of index) {
      if (src === only) continue;
      for (const [unit, ci] of byUnit) {
        if (x.unit !== null && unit !== null && unit !== x.unit) continue;
        // An interval of this source that does not meet a's: they contradict each other.
        if (ci.maxLo > x.iv.hi || ci.minHi < x.iv.lo) return true;
        if (!x.plain) continue;
        if (ci.plain.some(x.iv.lo, x.iv.hi, (b) => b !== a && clash(a, b))) return true;
        // Hedges with an end inside a's interval.
        let lo = 0, hi = ci.hedgeEnds.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ci.hedgeEnds[mid]!.at < x.iv.lo) lo = mid + 1;
          else hi = mid;
        }
        for (let i = lo; i < ci.hedgeEnds.length && ci.hedgeEnds[i]!.at <= x.iv.hi; i++) if (clash(a, ci.hedgeEnds[i]!.c)) return true;
      }
    }
  }
  return false;
}

/** Is there a claim of `a` before a claim of `b` (in xs order) from another source? */
function earlierPairFromTwoSources(a: ValueClass, b: ValueClass): boolean {
  if (b.last <= a.first) return false;
  // A claim of b after a's first claim from another source than that one.
  if (b.lastSrc !== a.firstSrc || b.lastOther > a.first) return true;
  // Else every claim of b after a's first comes from its source: a claim of a from another source before b's last.
  return a.firstOther < b.last;
}

/**
 * Aspects that mark a figure as a part or another measure of the field's headline one (an upfront
 * part, a figure including debt, a conversion): on equal support the plain figure is the value.
 */
function secondaryAspects(field: CompiledField): ReadonlySet<string> {
  const out = new Set(["converted", ...field.aspectMarks.map((m) => m.aspect)]);
  for (const c of field.cues) if (c.secondary && c.aspect) out.add(c.aspect);
  return out;
}

/** Aspects whose claims are never the field's value (aspectMarks' notValue). */
function notValueAspects(field: CompiledField): ReadonlySet<string> {
  return new Set(field.aspectMarks.filter((m) => m.notValue).map((m) => m.aspect));
}

/** Whether a claim's aspect ("earlier|percent", "shares change|acme") is, or is qualified by, one of `aspects`. */
function hasAspect(aspects: ReadonlySet<string>, tagged: string): boolean {
  if (!aspects.size) return false;
  const bar = tagged.indexOf("|");
  const head = bar < 0 ? tagged : tagged.slice(0, bar);
  if (aspects.has(head)) return true;
  for (const a of aspects) if (head.endsWith(` ${a}`)) return true;
  return false;
}

/**
 * Money in one currency where the sources say how much it is in another: "€5.9 billion ($6.8
 * billion)" gives the rate between euros and dollars. The currency most sources state the field in
 * is the pivot; every other money claim whose currency has a stated rate to it is compared in the
 * pivot currency (its comparison value converted), so "€5.9bn" agrees with "$6.8bn" and clashes
 * with "US$8.9bn", where without a rate it would clash with neither. The claims themselves, and
 * the conversions' own claims, are left as they are. Returns the pivot where more sources use it
 * than any other currency (null otherwise): the record then prefers a figure stated in it.
 */
function compareInOneCurrency(xs: ClaimX[]): string | null {
  const money = xs.filter((x) => x.claim.type === "money" && typeof x.cv.amount === "number" && typeof x.cv.currency === "string");
  if (money.length < 2) return null;
  const rates = new Map<string, number>();
  // Each source's own figures by where they end: a conversion's original is found by binary
  // search, so a source with thousands of figures costs no more than a few steps per conversion.
  const bySource = new Map<string, ClaimX[]>();
  for (const o of money) if (!o.aspect.startsWith("converted|")) (bySource.get(o.claim.source) ?? bySource.set(o.claim.source, []).get(o.claim.source)!).push(o);
  for (const list of bySource.values()) list.sort((p, q) => p.claim.end - q.claim.end);
  for (const x of money) {
    if (!x.aspect.startsWith("converted|")) continue;
    const list = bySource.get(x.claim.source) ?? [];
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.claim.end <= x.claim.start) lo = mid + 1;
      else hi = mid;
    }
    // The nearest figure ending before it, within 20 characters, in another currency.
    let orig: ClaimX | null = null;
    for (let k = lo - 1; k >= 0 && x.claim.start - list[k]!.claim.end <= 20; k--) {
      if (list[k]!.cv.currency !== x.cv.currency) {
        orig = list[k]!;
        break;
      }
    }
    const a = orig ? (orig.cv.amount as number) : 0, b = x.cv.amount as number;
    if (!orig || !(a > 0) || !(b > 0)) continue;
    const from = orig.cv.currency as string, to = x.cv.currency as string;
    if (!rates.has(`${from}>${to}`)) rates.set(`${from}>${to}`, b / a);
    if (!rates.has(`${to}>${from}`)) rates.set(`${to}>${from}`, a / b);
  }
  // Through one currency between: "¥180bn ($1.2bn)" and "€1.1bn (about $1.2bn)" give yen in euros.
  const rate = (from: string, to: string): number | undefined => {
    const direct = rates.get(`${from}>${to}`);
    if (direct !== undefined) return direct;
    for (const [k, r1] of rates) {
      if (!k.startsWith(`${from}>`)) continue;
      const r2 = rates.get(`${k.slice(from.length + 1)}>${to}`);
      if (r2 !== undefined) return r1 * r2;
    }
    return undefined;
  };
  const sourcesBy = new Map<string, Set<string>>();
  for (const x of money) if (!x.aspect.startsWith("converted|")) (sourcesBy.get(x.cv.currency as string) ?? sourcesBy.set(x.cv.currency as string, new Set()).get(x.cv.currency as string)!).add(x.claim.source);
  const ranked = [...sourcesBy].sort((p, q) => q[1].size - p[1].size || cmp(p[0], q[0]));
  const base = ranked[0]?.[0];
  if (!base) return null;
  for (const x of money) {
    const cur = x.cv.currency as string;
    if (cur === base || x.aspect.startsWith("converted|")) continue;
    const r = rate(cur, base);
    if (r === undefined) continue;
    const cv: Record<string, unknown> = { ...x.cv, amount: (x.cv.amount as number) * r, currency: base };
    if (typeof x.cv.max === "number") cv.max = x.cv.max * r;
    x.cv = cv;
  }
  // The pivot only where more sources state the field in it than in any other currency.
  return ranked.length === 1 || ranked[0]![1].size > ranked[1]![1].size ? base : null;
}

interface Rated {
  x: ClaimX;
  support: readonly string[];
  stated: number;
  /** Sources that state this very value (its class). */
  own: number;
  precision: number;
  typeRank: number;
  inPivot: number;
  /** In the currency of the deal's own terms (dealCurrency). */
  inOwn: number;
  plain: number;
}

/** The order of rated claims up to precision: a plain figure, support, the deal's own currency, statements, type, currency. */
function rankBeforePrecision(a: Rated, b: Rated): number {
  return b.plain - a.plain || b.support.length - a.support.length || b.inOwn - a.inOwn || b.stated - a.stated || a.typeRank - b.typeRank || b.inPivot - a.inPivot;
}

/**
 * The chosen claim. Where the best-rated claims tie on all but precision and all come from one
 * source, which figure it is goes by where the source states it (its first: "a premium of about
 * 18% … and 9% to its 30-day average"), and precision picks the best statement of that figure:
 * a larger or unhedged figure is not the source's main one.
 */
function firstStatedOfOneSource<T extends Rated>(rated: readonly T[], ok: (a: ClaimX, b: ClaimX) => boolean): ClaimX | null {
  const top = rated[0];
  if (!top) return null;
  const tied = rated.filter((r) => rankBeforePrecision(r, top) === 0);
  if (tied.length < 2 || tied.some((r) => r.x.claim.source !== top.x.claim.source)) return top.x;
  const first = tied.reduce((a, b) => (b.x.claim.start < a.x.claim.start ? b : a));
  // rated is in order of precision among the tied: the first that says the same as the source's first.
  return tied.find((r) => r.x.aspect === first.x.aspect && ok(r.x, first.x))?.x ?? first.x;
}

/**
 * A hedged figure ("more than $30 billion", "about $14 billion") agrees with every figure in its
 * range, so it can gather more support than any figure a source states exactly. Where one wins,
 * the best-rated unhedged figure of the same aspect that it allows is the value: "$14.1 billion"
 * over "about $14 billion", "$35.9 billion" over "more than $30 billion".
 */
function statedFigure<T extends Rated>(rated: readonly T[], best: ClaimX | null, ok: (a: ClaimX, b: ClaimX) => boolean): ClaimX | null {
  if (!best || !hedgedFigure(best)) return best;
  // Compared as rated, in one currency where the sources' conversions give one ("nearly £6
  // billion" beside "$8.45 billion (£5.98 billion)"): a figure written in the hedged one's own
  // currency, or in the currency most sources use, is the one stated.
  const b = best.cv;
  const near = (x: ClaimX) => {
    const v = x.cv;
    // Same type and currency, and near the hedged figure: "up to CHF 2.95 billion" allows $50 million, but does not state it.
    return x.claim.type === best.claim.type && v.currency === b.currency && typeof v.amount === typeof b.amount && Math.abs(Number(v.amount ?? v.value) - Number(b.amount ?? b.value)) <= 0.25 * Math.abs(Number(b.amount ?? b.value));
  };
  const written = best.claim.value.currency;
  return rated.find((r) => r.x !== best && r.x.aspect === best.aspect && !hedgedFigure(r.x) && (r.x.claim.value.currency === written || r.inPivot === 1) && near(r.x) && ok(r.x, best))?.x ?? best;
}
/**
 * A rounded figure ("$7 billion") agrees with the finer ones it rounds ("$6.9 billion", "$6.8
 * billion"), so it can gather the most support though fewer sources state it. Where a finer
 * figure it allows, of the same aspect, type and currency, is stated by more sources than it,
 * that figure is the value: the value as most sources state it. An amount of money stated as
 * often as the round one it allows is the value too ("$5.32 billion" over "$5 billion", one source
 * each): the round one says less of the same figure. A hedged figure gives way as well to one as
 * precise that more sources state ("nearly 49%" in two reports over "more than 40%" in one).
 */
function moreOftenStated<T extends Rated>(rated: readonly T[], best: ClaimX | null, ok: (a: ClaimX, b: ClaimX) => boolean): ClaimX | null {
  const b = best ? rated.find((r) => r.x === best) : undefined;
  if (!best || !b) return best;
  const v = best.claim.value;
  return rated.find((r) => r.x.aspect === best.aspect && r.x.claim.type === best.claim.type && r.x.claim.value.currency === v.currency && (r.precision > b.precision ? r.own > b.own || (r.own === b.own && best.claim.type === "money") : r.precision === b.precision && r.own > b.own && hedgedFigure(best)) && ok(r.x, best))?.x ?? best;
}
/** The number a claim names, as compared (a fall is negative), in its interval's units. */
function nominalOf(x: ClaimX): number | null {
  return nominal(String(x.claim.type), x.cv);
}

function hedgedFigure(x: ClaimX): boolean {
  const t = x.claim.type;
  return (t === "money" || t === "percent") && typeof x.claim.value.qualifier === "string" && x.claim.value.qualifier.trim() !== "";
}

/** Where a type stands in the field's own list of types; a type it does not list comes last. */
function rankOf(order: readonly string[], t: string): number {
  const i = order.indexOf(t);
  return i < 0 ? order.length : i;
}

function consensus(xs: ClaimX[], secondary: ReadonlySet<string> = new Set(), typeOrder: readonly string[] = [], ownCurrency: string | null = null, notValue: ReadonlySet<string> = new Set(), moveTypes: readonly string[] | null = null): RecordField {
  const type = (x: ClaimX) => String(x.claim.type);
  // A field of moves (stock: "rose 68%"): where a source states a move, a level ("closed at
  // $18.20", the price before the news) is another measure of it, however many sources state it.
  const movesStated = moveTypes !== null && xs.some((x) => moveTypes.includes(type(x)));
  const levelOnly = (x: ClaimX) => movesStated && !moveTypes!.includes(type(x));
  const pivot = compareInOneCurrency(xs);
  // Conversions are made at each writer's own rate: they never clash with one another.
  const ok = (a: ClaimX, b: ClaimX) => a.aspect !== b.aspect || a.aspect.startsWith("converted|") || compatible(type(a), a.cv, type(b), b.cv);
  const { classes, classOf } = valueClasses(xs);
  // Classes by aspect and type (claims of different aspects or types never clash), and within
  // those by source: a source's support or a conflict with it is looked for among its own
  // classes only, so one source with thousands of figures does not cost thousands per claim.
  interface Group { aspect: string; type: string; classes: ValueClass[]; bySource: Map<string, ValueClass[]>; sources: Set<string>; index?: Map<string, SourceClasses> }
  const groups = new Map<string, Group>();
  for (const c of classes) {
    const k = `${c.rep.aspect}\u0000${type(c.rep)}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { aspect: c.rep.aspect, type: type(c.rep), classes: [], bySource: new Map(), sources: new Set() }));
    g.classes.push(c);
    // A scale alone ("billions of dollars") agrees with any figure of its size: it lends no
    // support to one (and clashes with none).
    const scaleOnly = isScaleOnly(type(c.rep), c.rep.claim.value);
    for (const src of c.sources) {
      if (!scaleOnly) (g.bySource.get(src) ?? g.bySource.set(src, []).get(src)!).push(c);
      g.sources.add(src);
    }
  }
  // Sources that state a figure in each currency, on any aspect: a figure in a currency one source
  // alone uses, where another currency is stated by two or more (and the deal's own is not that
  // one), is not backed by the sources that
  // give figures only in other currencies (it would otherwise win wherever those disagree among
  // themselves: "$250-300 million" in one report against rupee figures that differ).
  const unitSources = new Map<string, Set<string>>();
  for (const x of xs) {
    const u = intervalOf(type(x), x.cv)?.unit;
    if (u) (unitSources.get(u) ?? unitSources.set(u, new Set()).get(u)!).add(x.claim.source);
  }
  const widely = [...unitSources.values()].some((k) => k.size >= 2);
  // Support: sources that say the same thing on the same aspect ("shares", "market value"): any
  // source of a claim of another type on the aspect, and each source with a class that agrees.
  const supportOf = new Map<ValueClass, string[]>();
  // Of those, the sources that state an agreeing figure in the same unit: ties in support go to the
  // figure more sources give, not to one source's figure in another currency that no one contradicts.
  const statedBy = new Map<ValueClass, number>();
  for (const g of groups.values()) {
    const otherTypes = new Set<string>();
    for (const h of groups.values()) if (h !== g && h.aspect === g.aspect) for (const src of h.sources) otherTypes.add(src);
    const index = new Map([...g.bySource].map(([src, list]) => [src, new SourceClasses(list, ok)]));
    for (const c of g.classes) {
      const cu = intervalOf(type(c.rep), c.rep.cv)?.unit;
      // Not the currency of the deal's own terms (dealCurrency), which two sources or more give.
      const foreign = !(widely && cu && cu !== ownCurrency && unitSources.get(cu)?.size === 1);
      const srcs = new Set(otherTypes);
      if (ok(c.rep, c.rep)) for (const src of c.sources) srcs.add(src);
      // A hedged figure is supported by the sources that state a figure near it, not by every figure it allows.
      const n = hedgedFigure(c.rep) ? nominalOf(c.rep) : null;
      for (const [src, classesOfSource] of index) if (!srcs.has(src) && (n === null ? classesOfSource.agreesWith(c, foreign) : classesOfSource.statesNear(c, n))) srcs.add(src);
      supportOf.set(c, [...srcs].sort(cmp));
      let stated = 0;
      for (const [src, classesOfSource] of index) if (c.sources.has(src) || classesOfSource.statesAgreeing(c)) stated++;
      statedBy.set(c, stated);
    }
  }
  // Agreeing sources: those with a claim the chosen value does not contradict (other aspects included).
  const agreeing = (c: ClaimX) => [...new Set(xs.filter((x) => ok(c, x)).map((x) => x.claim.source))].sort(cmp);
  const rated = xs
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => intervalOf(type(x), x.cv) !== null && !hasAspect(notValue, x.aspect))
    .map(({ x, i }) => ({ x, support: supportOf.get(classOf[i]!)!, stated: statedBy.get(classOf[i]!)!, own: classOf[i]!.sources.size, precision: claimPrecision(x), typeRank: rankOf(typeOrder, type(x)), plain: secondary.has(x.aspect.slice(0, x.aspect.indexOf("|"))) || isScaleOnly(type(x), x.claim.value) || levelOnly(x) ? 0 : 1, inPivot: pivot !== null && x.claim.value.currency === pivot ? 1 : 0, inOwn: ownCurrency !== null && x.claim.value.currency === ownCurrency ? 1 : 0 }));
  // A plain figure over a part or another measure of it (or a scale alone, "billions of dollars",
  // which agrees with any figure of its size; or a price level where a source states a move), then
  // most sources, then a figure in the currency of the deal's own terms (dealCurrency), then the
  // figure more sources state, then the type the field lists first (a share move over the price it
  // moved to), then a figure as stated in the currency most sources use, then the most precise statement, then the source's own date (newest first),
  // then a fixed order.
  rated.sort(
    (a, b) =>
      rankBeforePrecision(a, b) ||
      b.precision - a.precision ||
      cmp(b.x.published ?? "", a.x.published ?? "") ||
      cmp(a.x.claim.source, b.x.claim.source) ||
      a.x.claim.start - b.x.claim.start,
  );
  const best = moreOftenStated(rated, statedFigure(rated, firstStatedOfOneSource(rated, ok), ok), ok);
  // A conflict: two claims from different sources, the earlier of which the later contradicts.
  const clash = (a: ValueClass, b: ValueClass) =>
    (earlierPairFromTwoSources(a, b) && !ok(a.rep, b.rep)) || (earlierPairFromTwoSources(b, a) && !ok(b.rep, a.rep));
  let conflict = false;
  for (const g of groups.values()) {
    if (g.sources.size > 1 && groupHasClash(g.classes, g.bySource, ok, clash)) {
      conflict = true;
      break;
    }
  }
  const claims = xs.map((x) => (best ? { ...x.claim, agrees: ok(x, best) } : x.claim));
  const sources = best ? agreeing(best) : [...new Set(claims.map((c) => c.source))].sort(cmp);
  // What the sources say, value by value: the chosen one first, then the ones it clashes with.
  const values: { value: Record<string, unknown>; text: string; type: string; sources: string[]; agrees: boolean; aspect: string; cv?: Record<string, unknown> }[] = [];
  const seen = new Map<string, (typeof values)[number]>();
  for (const x of [...xs].sort((a, b) => (best ? Number(ok(b, best)) - Number(ok(a, best)) : 0) || cmp(a.claim.source, b.claim.source) || a.claim.start - b.claim.start)) {
    const k = valueKey(type(x), x.claim.value);
    const hit = seen.get(k);
    if (hit) {
      if (!hit.sources.includes(x.claim.source)) hit.sources.push(x.claim.source);
      continue;
    }
    const v = { value: x.claim.value, text: x.claim.text, type: type(x), sources: [x.claim.source], agrees: best ? ok(x, best) : true, aspect: x.aspect, cv: x.cv };
    seen.set(k, v);
    values.push(v);
  }
  // Where the chosen value clashes with nothing, the values that clash among themselves (another
  // aspect, such as the other company's shares): each value says which it clashes with.
  // Only where the chosen value clashes with nothing; at most three pairs, under a budget of comparisons.
  if (conflict && values.every((v) => v.agrees)) {
    let budget = 20000, found = 0;
    outer: for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      for (let j = i + 1; j < values.length; j++) {
        const w = values[j]!;
        if (w.aspect !== v.aspect || w.type !== v.type || !w.sources.some((s) => !v.sources.includes(s))) continue;
        if (--budget < 0) break outer;
        if (compatible(v.type, v.cv!, w.type, w.cv!)) continue;
        const r = v as Record<string, unknown>;
        r.clashesWith = [...((r.clashesWith as number[] | undefined) ?? []), j];
        if (++found >= 3) break outer;
      }
    }
  }
  for (const v of values) delete v.cv;
  return { value: best?.claim.value ?? null, text: best?.claim.text ?? null, type: best ? type(best) : claims[0]?.type, sources, conflict, claims, values };
}
