// Dates, chrono-style: rules (rules/dates.json) find candidate spans, each rule's kind resolves
// its named groups into a value, then the longest candidates win. Values read from the text stay
// apart from values guessed: a year taken from the reference date carries `inferred: true`.
// Relative dates resolve against ctx.refDate only; without one they keep `iso: null`.
import { z } from "zod";
import { loadRules } from "../rules/load.js";
import type { ExtractContext, Extractor, RawFact } from "./types.js";
import {
  addMonths, fromDayNum, isoDay, isoMonth, isoWeek, isoWeekday, isoYmd, isValidYmd, mondayOf,
  nearestYearForDay, nearestYearForSpan, nthWeekdayOfMonth, parseRef, toDayNum, type Ymd,
} from "./date-calendar.js";
import { NB, StartAutomaton } from "./start-keys.js";

const KINDS = [
  "calendar", "numeric", "weekdayDay", "monthYear", "monthCue", "year", "quarter", "monthQuarter", "half",
  "relDay", "relUnit", "dayOfMonth", "yearAttr", "weekdayWeek", "nthWeekday", "dayOfRelMonth", "weekday", "ago", "holiday", "season",
  "monthRelYear",
] as const;
type Kind = (typeof KINDS)[number];

export const DateRulesSchema = z.object({
  $comment: z.string().optional(),
  months: z.array(z.array(z.string().min(2)).min(1)).length(12),
  ambiguousMonths: z.array(z.string()),
  weekdays: z.array(z.array(z.string().min(2)).min(1)).length(7),
  ambiguousWeekdays: z.array(z.string()),
  ordinals: z.array(z.string()).length(19),
  cardinals: z.array(z.string()).length(19),
  tens: z.record(z.string(), z.number().int()),
  counts: z.record(z.string(), z.number().int().positive()),
  yearCues: z.array(z.object({ cue: z.string(), qualifier: z.string().optional(), span: z.boolean().optional(), strong: z.boolean().optional() })),
  periodNouns: z.array(z.string()),
  addressWords: z.array(z.string()),
  /** Verbs that, right after a weekday, make it the day of what a name did ("Intel Corp Thursday announced"). */
  weekdayVerbsAfter: z.array(z.string()).default([]),
  yearFollowersOk: z.array(z.string()),
  monthCues: z.array(z.string()),
  holidays: z.array(z.object({
    id: z.string(), names: z.array(z.string()).min(1), month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31).optional(), weekday: z.number().int().min(1).max(7).optional(),
    nth: z.number().int().min(-1).max(5).optional(), offset: z.number().int().optional(),
  })),
  rules: z.array(z.object({ id: z.string().regex(/^date\.[a-z0-9-]+$/), kind: z.enum(KINDS), reason: z.string(), pattern: z.string() })),
});
type DateRules = z.infer<typeof DateRulesSchema>;

interface CompiledRule {
  id: string;
  kind: Kind;
  order: number;
  re: RegExp;
  /** The same pattern, sticky and without indices: tried only where the start automaton allows. */
  sticky: RegExp;
  /** Sticky with indices (flag d, which costs much on every match): run again only when a resolver reads group offsets. */
  stickyIndices: RegExp;
}

interface Lexicon {
  month: Map<string, number>;
  weekday: Map<string, number>;
  dayWord: Map<string, number>;
  count: Map<string, number>;
  yearCue: Map<string, { qualifier?: string; span: boolean; strong: boolean }>;
  yearFollowersOk: Set<string>;
  addressWords: Set<string>;
  weekdayVerbsAfter: Set<string>;
  ambiguousMonths: Set<string>;
  ambiguousWeekdays: Set<string>;
  holiday: Map<string, DateRules["holidays"][number]>;
}

const normMemo = new Map<string, string>();
/** Lower case, one blank for blanks and hyphens, no final dot (memoized: the same few words recur). */
function norm(s: string): string {
  let out = normMemo.get(s);
  if (out === undefined) {
    out = s.toLowerCase().replace(/[’]/g, "'").replace(/[\s-]+/g, " ").replace(/\.$/, "").trim();
    if (normMemo.size >= 10_000) normMemo.clear();
    normMemo.set(s, out);
  }
  return out;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so an alternation never stops at a prefix ("sept" before "sep"). */
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, "\\s+").replace(/'/g, "['’]")).join("|");

interface Compiled {
  rules: CompiledRule[];
  lex: Lexicon;
  starts: StartAutomaton;
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const data = loadRules("dates", DateRulesSchema);
  const lex: Lexicon = {
    month: new Map(), weekday: new Map(), dayWord: new Map(), count: new Map(), yearCue: new Map(),
    yearFollowersOk: new Set(data.yearFollowersOk), addressWords: new Set(data.addressWords), weekdayVerbsAfter: new Set(data.weekdayVerbsAfter), ambiguousMonths: new Set(data.ambiguousMonths),
    ambiguousWeekdays: new Set(data.ambiguousWeekdays), holiday: new Map(),
  };
  data.months.forEach((names, i) => names.forEach((n) => lex.month.set(n, i + 1)));
  data.weekdays.forEach((names, i) => names.forEach((n) => lex.weekday.set(n, i + 1)));
  data.ordinals.forEach((w, i) => lex.dayWord.set(w, i + 1));
  const cardinals = new Map<string, number>();
  data.cardinals.forEach((w, i) => cardinals.set(w, i + 1));
  const ordUnits = data.ordinals.slice(0, 9);
  const cardUnits = data.cardinals.slice(0, 9);
  const compounds: string[] = [];
  for (const [ten, v] of Object.entries(data.tens)) {
    lex.dayWord.set(ten, v);
    if (ten.endsWith("th")) continue;
    [...ordUnits, ...cardUnits].forEach((u) => {
      const n = v + (lex.dayWord.get(u) ?? cardinals.get(u) ?? 0);
      lex.dayWord.set(`${ten} ${u}`, n);
      compounds.push(`${ten} ${u}`);
    });
  }
  for (const [w, n] of cardinals) if (!lex.dayWord.has(w)) lex.dayWord.set(w, n);
  for (const [w, n] of Object.entries(data.counts)) lex.count.set(norm(w), n);
  for (const c of data.yearCues) lex.yearCue.set(norm(c.cue), { qualifier: c.qualifier, span: c.span !== false, strong: c.strong === true });
  for (const h of data.holidays) for (const n of h.names) lex.holiday.set(norm(n), h);

  const tensPlain = Object.keys(data.tens).filter((t) => !t.endsWith("th"));
  const tensOrd = Object.keys(data.tens).filter((t) => t.endsWith("th"));
  const compoundRe = `(?:${alt(tensPlain)})[\\s-]+(?:${alt([...ordUnits, ...cardUnits])})`;
  const allMonths = data.months.flat();
  const fullMonths = data.months.map((n) => n[0]!).concat(["sept"]);
  const allWeekdays = data.weekdays.flat();
  const safeWeekdays = allWeekdays.filter((w) => !lex.ambiguousWeekdays.has(w));
  const slots: Record<string, string> = {
    MONTH: `(?<![a-z])(?:${alt(allMonths)})(?![a-z])`,
    // Month names written out in full: a full stop after one ends a sentence, it is no abbreviation's.
    MONTHWORD: `(?:${alt(data.months.map((n) => n[0]!))})`,
    MONTHFULL: `(?<![a-z])(?:${alt(fullMonths)})(?![a-z])`,
    WEEKDAY: `(?<![a-z])(?:${alt(safeWeekdays)})(?![a-z])`,
    WEEKDAYPL: `(?<![a-z])(?:${alt(data.weekdays.map((w) => w[0]!))})s?(?![a-z])`,
    DAYWORDC: `(?:${compoundRe}|${alt(tensOrd)})`,
    WEEKDAYX: `(?<![a-z])(?:${alt(allWeekdays)})(?![a-z])`,
    DAYNUM: `(?:3[01]|[12]\\d|0?[1-9])(?!\\d)`,
    ORD: `st|nd|rd|th`,
    YEAR4: `(?<!\\d)[12]\\d{3}(?!\\d)`,
    CYEAR: `(?<!\\d)(?:1[89]\\d\\d|20\\d\\d)(?!\\d)`,
    DAYWORD: `(?:${compoundRe}|${alt([...tensOrd, ...data.ordinals])})`,
    DAYWORDX: `(?:${compoundRe}|${alt([...tensOrd, ...tensPlain, ...data.ordinals, ...data.cardinals])})`,
    COUNT: `(?:${alt(Object.keys(data.counts))}|\\d{1,3})`,
    YEARCUE: `(?:${alt(data.yearCues.map((c) => c.cue))})`,
    MONTHCUE: `(?:${alt(data.monthCues)})`,
    PERIODNOUN: alt(data.periodNouns),
    HOLIDAY: `(?:${alt(data.holidays.flatMap((h) => h.names))})`,
  };
  const rules = data.rules.map((r, order) => {
    const src = r.pattern.replace(/\{([A-Z][A-Z0-9]*)\}/g, (all, name: string) => {
      const s = slots[name];
      if (s === undefined) throw new Error(`rules/dates.json: rule ${r.id}: unknown slot {${name}}`);
      return s;
    });
    let re: RegExp;
    try {
      re = new RegExp(src, "gid");
    } catch (e) {
      throw new Error(`rules/dates.json: rule ${r.id}: bad pattern (${(e as Error).message})`);
    }
    return { id: r.id, kind: r.kind, order, re, sticky: new RegExp(src, "yi"), stickyIndices: new RegExp(src, "yid") };
  });
  // Every rule runs only where its pattern can start (see start-keys.ts): one pass over the text
  // finds those positions for all rules at once.
  compiled = { rules, lex, starts: new StartAutomaton(rules.map((r) => r.re.source)) };
  return compiled;
}

interface Candidate {
  start: number;
  end: number;
  rule: CompiledRule;
  value: Record<string, unknown>;
}

type Groups = Record<string, string | undefined>;
type GroupIdx = Record<string, [number, number] | undefined>;

interface Match {
  text: string;
  full: string;
  start: number;
  end: number;
  g: Groups;
  at: GroupIdx;
  ref: Ymd | null;
  /** See ExtractContext.refPublished. */
  refPublished: boolean;
  lex: Lexicon;
}

/** A resolved value, or null to reject the match; `start`/`end` may narrow the span. */
interface Resolved {
  value: Record<string, unknown>;
  start?: number;
  end?: number;
}

const isLower = (s: string) => s === s.toLowerCase();
const unresolved = (): Resolved => ({ value: { iso: null } });

function monthOf(m: Match, tok: string | undefined): number | null {
  if (!tok) return null;
  return m.lex.month.get(tok.toLowerCase().replace(/\.$/, "")) ?? null;
}
function weekdayOf(m: Match, tok: string | undefined): number | null {
  if (!tok) return null;
  return m.lex.weekday.get(tok.toLowerCase().replace(/\.$/, "")) ?? null;
}
/** "may" and "march" are ordinary words in lower case: they need more than a bare number. */
function ambiguousLower(m: Match, tok: string | undefined): boolean {
  return !!tok && m.lex.ambiguousMonths.has(tok.toLowerCase()) && isLower(tok);
}
function expandYY(yy: string): number {
  const n = +yy;
  return n < 50 ? 2000 + n : 1900 + n;
}
function dayFrom(m: Match): number | null {
  if (m.g.day) return +m.g.day;
  if (m.g.dayword) return m.lex.dayWord.get(norm(m.g.dayword)) ?? null;
  return null;
}
const refDay = (ref: Ymd) => toDayNum(ref.y, ref.m, ref.d);

const FULL_NUMERIC = /(?<![\w.,/:$£€-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\w%]|[.,/:-]\d)/g;
const CLOCK_24_AFTER = /^,?\s{1,3}(?:at\s+)?(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d|\s*[AaPp]\.?[Mm]\b)/;
let orderMemo: { text: string; ref: Ymd | null; order: "dmy" | "mdy" } | null = null;

/**
 * Whether a text writes its numeric dates day first ("11/08/2026" for 11 August), as most of the
 * world does, or month first, as the US does (the default). A date only one order can read
 * ("25/08/2026", "08/25/2026") settles it, and so does a dotted one ("09.06.2026" is 9 June). Otherwise, where the source has its own date, the
 * order that puts its full numeric dates near that date: a page from São Paulo dated 11 August
 * with "11/08/2026", "07/08/2026" and "10/08/2026" means August, not November, July and October.
 */
function numericOrder(text: string, ref: Ymd | null): "dmy" | "mdy" {
  if (orderMemo && orderMemo.text === text && orderMemo.ref === ref) return orderMemo.order;
  let dayFirst = 0, monthFirst = 0, distDmy = 0, distMdy = 0, near = 0, both = 0, clock24 = 0;
  const r = ref ? refDay(ref) : 0;
  FULL_NUMERIC.lastIndex = 0;
  for (let mm = FULL_NUMERIC.exec(text); mm; mm = FULL_NUMERIC.exec(text)) {
    const a = +mm[1]!, b = +mm[3]!, y = +mm[4]!;
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    // "09.06.2026": dotted numeric dates are written day first (German, Israeli, Russian usage);
    // the US writes month first with slashes, never dots.
    else if (mm[2] === "." && a <= 12 && b <= 12) dayFirst++;
    // "Published 10/07/2025, 09:12": a time on the 24-hour clock (no AM or PM) is the usage of the
    // places that write the day first; the US writes "10/07/2025 9:12 AM".
    else if (CLOCK_24_AFTER.test(text.slice(FULL_NUMERIC.lastIndex, FULL_NUMERIC.lastIndex + 24))) clock24++;
    else if (ref && a <= 12 && b <= 12 && a !== b && isValidYmd(y, b, a) && isValidYmd(y, a, b)) {
      const dmy = Math.abs(toDayNum(y, b, a) - r), mdy = Math.abs(toDayNum(y, a, b) - r);
      distDmy += dmy;
      distMdy += mdy;
      both++;
      if (dmy <= 31) near++;
    }
  }
  let order: "dmy" | "mdy" = "mdy";
  if (dayFirst > 0 && monthFirst === 0) order = "dmy";
  else if (dayFirst === 0 && monthFirst === 0 && clock24 > 0) order = "dmy";
  else if (dayFirst === 0 && monthFirst === 0 && both > 0 && near === both && distDmy * 4 < distMdy) order = "dmy";
  orderMemo = { text, ref, order };
  return order;
}

/** The year "next", "last" or "this" (any other word) names, against the reference's. */
function relYear(ref: Ymd, rel: string): number {
  return ref.y + (rel === "next" ? 1 : rel === "last" ? -1 : 0);
}

/** A day and month with or without a year; the year, where missing, is the one nearest the reference date. */
function resolveDay(m: Match, month: number, day: number, year: number | null, opts: { next?: boolean; weekday?: number | null } = {}): Resolved | null {
  if (year !== null) return isValidYmd(year, month, day) ? { value: { iso: isoYmd(year, month, day) } } : null;
  if (!isValidYmd(2000, month, day)) return null; // no year has it (Feb 29 exists in leap years)
  if (!m.ref) return { value: { iso: null } };
  let y: number | null;
  if (opts.next) {
    const r = refDay(m.ref);
    y = m.ref.y;
    while (!isValidYmd(y, month, day) || toDayNum(y, month, day) <= r) y++;
  } else y = nearestYearForDay(month, day, m.ref);
  if (y === null) return null;
  // "Tuesday, Dec. 1": the weekday the text gives picks, of the nearest year and the one either
  // side, the year in which the day is that weekday (the nearer to the reference first).
  const wd = opts.weekday;
  if (wd && isoWeekday(toDayNum(y, month, day)) !== wd) {
    const r = refDay(m.ref);
    const fits = [y - 1, y + 1].filter((c) => isValidYmd(c, month, day) && isoWeekday(toDayNum(c, month, day)) === wd);
    fits.sort((a, b) => Math.abs(toDayNum(a, month, day) - r) - Math.abs(toDayNum(b, month, day) - r));
    if (fits.length) y = fits[0]!;
  }
  return { value: { iso: isoYmd(y, month, day), inferred: true } };
}

const qualifierRes = new Map<string, RegExp>();
/** The words a qualifier names, as a pattern (compiled once per qualifier). */
function qualifierRe(qualifier: string): RegExp {
  let re = qualifierRes.get(qualifier);
  if (!re) qualifierRes.set(qualifier, (re = new RegExp(`\\b${qualifier.replace(/ /g, "\\s+")}\\b`, "i")));
  return re;
}

/** A capitalised word that is no month, part of a day or number word ("Sunday Okafor-Reid", "Sunday Times"). */
const WEEKDAY_NAME_AFTER = /^ (?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]+/;
/** Words after which a weekday is a day: "on", "last", "by", "since", ... */
const DATE_LEAD_BEFORE = /\b(?:on|On|last|Last|this|This|next|Next|since|Since|until|Until|from|From|before|Before|after|After|through|every|Every|early|late|till)\s+$/;

/** The word right after the match is one of the verbs that follow a day ("Thursday announced"). */
function verbAfter(m: Match): boolean {
  const w = /^\s+([a-z]+)\b/.exec(m.text.slice(m.end, m.end + 24));
  return !!w && m.lex.weekdayVerbsAfter.has(w[1]!);
}

const RESOLVERS: Record<Kind, (m: Match) => Resolved | null> = {
  calendar(m) {
    const month = m.g.mnum ? +m.g.mnum : monthOf(m, m.g.month);
    const day = dayFrom(m);
    if (!month || !day) return null;
    if (ambiguousLower(m, m.g.month) && !m.g.year) {
      // "may first", "5 may be": lower-case "may"/"march" need a year, "the", an ordinal or "of".
      const ofForm = m.at.dayword && m.at.month && m.at.dayword[0] < m.at.month[0]; // "fourth of may"
      if (m.g.dayword && !m.g.the && !ofForm && !/[\s-]/.test(m.g.dayword.trim())) return null;
      if (m.g.of !== undefined && !/of/i.test(m.g.of) && !m.g.ord) return null;
    }
    const year = m.g.year ? +m.g.year : m.g.yy ? expandYY(m.g.yy) : null;
    // "3 May Street" is an address.
    const next = /^\.?\s+([A-Z][a-z]*)\b/.exec(m.text.slice(m.end, m.end + 16));
    if (year === null && next && m.lex.addressWords.has(next[1]!.toLowerCase())) return null;
    return resolveDay(m, month, day, year, { next: year === null && m.g.rel?.toLowerCase() === "next", weekday: weekdayOf(m, m.g.weekday) });
  },
  dayOfMonth(m) {
    const day = dayFrom(m);
    if (!day || day > 31) return null;
    if (!m.ref) return unresolved();
    const r = refDay(m.ref);
    let best: number | null = null;
    for (let k = -2; k <= 2; k++) {
      const { y, m: mo } = addMonths({ ...m.ref, d: 1 }, k);
      if (!isValidYmd(y, mo, day)) continue;
      const n = toDayNum(y, mo, day);
      if (best === null || Math.abs(n - r) < Math.abs(best - r)) best = n;
    }
    return best === null ? null : { value: { iso: isoDay(best), inferred: true } };
  },
  numeric(m) {
    const a = +m.g.a!;
    const b = +m.g.b!;
    // US order, unless the text writes its dates day first; a first part over 12 can only be a day.
    const [month, day] = a > 12 || (b <= 12 && numericOrder(m.text, m.ref) === "dmy") ? [b, a] : [a, b];
    const year = m.g.year ? (m.g.year.length === 2 ? expandYY(m.g.year) : +m.g.year) : null;
    if (m.g.weekday && weekdayOf(m, m.g.weekday) === null) return null;
    const r = resolveDay(m, month, day, year, { next: year === null && m.g.rel?.toLowerCase() === "next" && !m.g.weekday, weekday: weekdayOf(m, m.g.weekday) });
    if (r && /^on\s/i.test(m.full)) r.start = m.at.a![0]; // "on 8/31": the cue is no part of the date
    return r;
  },
  weekdayDay(m) {
    const day = dayFrom(m);
    const wd = weekdayOf(m, m.g.weekday);
    if (!day || day > 31 || !wd) return null;
    if (!m.ref) return unresolved();
    const r = refDay(m.ref);
    let best: number | null = null;
    let bestScore = Infinity;
    for (let k = -12; k <= 12; k++) {
      const { y, m: mo } = addMonths({ ...m.ref, d: 1 }, k);
      if (!isValidYmd(y, mo, day)) continue;
      const n = toDayNum(y, mo, day);
      const score = Math.abs(n - r) + (isoWeekday(n) === wd ? 0 : 10_000);
      if (score < bestScore) [best, bestScore] = [n, score];
    }
    return best === null ? null : { value: { iso: isoDay(best), inferred: true } };
  },
  monthYear(m) {
    const month = monthOf(m, m.g.month);
    if (!month || ambiguousLower(m, m.g.month)) return null;
    return { value: { iso: isoMonth(+m.g.year!, month) } };
  },
  monthCue(m) {
    const month = monthOf(m, m.g.month);
    if (!month) return null;
    if (m.lex.ambiguousMonths.has(m.g.month!.toLowerCase()) && isLower(m.g.month!)) return null;
    const cue = m.g.cue ? norm(m.g.cue) : "";
    const part = m.g.part?.toLowerCase();
    const value: Record<string, unknown> = { iso: null };
    const quals = part ? [part] : [];
    if (["since", "by", "until", "till", "through", "throughout", "end of", "beginning of", "start of", "before", "after", "as of", "since early", "since late"].includes(cue)) quals.unshift(cue);
    if (quals.length) value.qualifier = quals.join(" ");
    // A preposition such as "in" or "from" stays outside the span; cues that change the meaning stay in.
    let start = m.start;
    if (cue && !value.qualifier && !["last", "next", "this"].includes(cue)) start = (m.at.part ?? m.at.month)![0];
    if (cue && value.qualifier === part) start = (m.at.part ?? m.at.month)![0];
    // "before the end of June 2027": the year written after the month.
    if (m.g.year) {
      value.iso = isoMonth(+m.g.year, month);
      return { value, start };
    }
    if (!m.ref) return { value, start };
    let y: number;
    if (cue === "last") y = month < m.ref.m ? m.ref.y : m.ref.y - 1;
    else if (cue === "next") y = month > m.ref.m ? m.ref.y : m.ref.y + 1;
    else if (cue === "this") y = m.ref.y;
    else if (cue.startsWith("since")) {
      // "since March" looks back: the latest such month up to the reference date's.
      y = month <= m.ref.m ? m.ref.y : m.ref.y - 1;
      value.inferred = true;
    } else if (["by", "until", "till"].includes(cue)) {
      // "by March" looks ahead: the next such month from the reference date's on.
      y = month >= m.ref.m ? m.ref.y : m.ref.y + 1;
      value.inferred = true;
    } else {
      y = nearestYearForSpan(month, 1, m.ref);
      value.inferred = true;
    }
    value.iso = isoMonth(y, month);
    return { value, start };
  },
  year(m) {
    const y = m.g.year ? +m.g.year : m.g.yy ? 2000 + +m.g.yy : null;
    if (y === null) return null;
    const cueText = m.g.cue!;
    const cue = /^fiscal|^fy$/i.test(cueText) ? { qualifier: "fiscal", span: true, strong: true } : m.lex.yearCue.get(norm(cueText));
    if (!cue) return null;
    // After a weak cue ("in", "by", "for"), a number is a year only when no count noun follows it
    // ("in 2000 employees", "by 2000 points").
    const after = /^\s+([A-Za-z]+)/.exec(m.text.slice(m.end, m.end + 40));
    // A verb in the past tense or an adverb after it ("in 2022 signed", "in 2023 roughly") counts nothing.
    if (!cue.strong && after && isLower(after[1]!) && !m.lex.yearFollowersOk.has(after[1]!) && !/^[a-z]{2,}(?:ed|ly)$/.test(after[1]!)) return null;
    // "between 2026 and 2030" is a span of years; "between 2000 and 3000 staff" counts staff.
    if (/^between$/i.test(cueText) && !/^\s+(?:and|to)\s+(?:1[89]\d\d|20\d\d)(?![\d%])/.test(m.text.slice(m.end, m.end + 12))) return null;
    // "late 2024", "by early 2025": the half of the year the words name.
    const half = cue.qualifier === "early" ? "-H1" : cue.qualifier === "late" ? "-H2" : "";
    const value: Record<string, unknown> = { iso: String(y) + half };
    if (cue.qualifier) value.qualifier = cue.qualifier;
    if (!cue.span) return { value, start: m.at.year![0] };
    // "by the end of 2026": the span starts at the words the qualifier names.
    const q = cue.qualifier ? qualifierRe(cue.qualifier).exec(cueText) : null;
    return { value, start: q ? m.start + q.index : m.start };
  },
  yearAttr(m) {
    return { value: { iso: m.g.year! } };
  },
  quarter(m) {
    const words: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4 };
    const qw = (m.g.qw ?? "").toLowerCase();
    const q = m.g.q ? +m.g.q : m.g.q2 ? +m.g.q2 : qw === "last" ? 4 : words[qw];
    if (!q) return null;
    // "the last quarter" alone is the one before (relUnit); "the last quarter of 2024" is its fourth.
    if (qw === "last" && !m.g.year && !m.g.relyear) return null;
    const year = m.g.year ? +m.g.year : m.g.yy ? 2000 + +m.g.yy : null;
    const start = m.at.lead ? (m.at.fiscal ?? m.at.qw)![0] : undefined; // "the" stays outside
    if (year !== null) return { value: { iso: `${year}-Q${q}` }, start };
    if (m.g.relyear) {
      // "the third quarter of next year", "the first quarter of this year", "of the year".
      if (!m.ref) return { value: { iso: null }, start };
      return { value: { iso: `${relYear(m.ref, norm(m.g.relyear))}-Q${q}` }, start };
    }
    if (m.g.q || m.g.q2) {
      // "Q3" alone is also a model name: without a year it needs a cue before it.
      const before = m.text.slice(Math.max(0, m.start - 12), m.start);
      if (!/\b(in|the|during|for|of|by|until|through|last|this|next|its|their)\s+$/i.test(before)) return null;
    }
    if (!m.ref) return { value: { iso: null }, start };
    return { value: { iso: `${nearestYearForSpan(q * 3 - 2, 3, m.ref)}-Q${q}`, inferred: true }, start };
  },
  monthQuarter(m) {
    const month = monthOf(m, m.g.month);
    if (!month || month % 3 !== 0) return null;
    const q = month / 3;
    if (m.g.year) return { value: { iso: `${m.g.year}-Q${q}` } };
    if (!m.ref) return unresolved();
    return { value: { iso: `${nearestYearForSpan(month - 2, 3, m.ref)}-Q${q}`, inferred: true } };
  },
  half(m) {
    const hw = (m.g.hw ?? "").toLowerCase();
    const h = m.g.h ? +m.g.h : m.g.h2 ? +m.g.h2 : ["first", "1st"].includes(hw) ? 1 : 2;
    const year = m.g.year ? +m.g.year : m.g.yy ? 2000 + +m.g.yy : null;
    if (year !== null) return { value: { iso: `${year}-H${h}` } };
    if (m.g.h || m.g.h2) return null; // "H1" alone: a visa, a heading
    const before = m.text.slice(Math.max(0, m.start - 8), m.start);
    if (!m.g.thisyear && !/\bthe\s+$/i.test(before)) return null; // "a second half"
    if (!m.ref) return unresolved();
    if (m.g.thisyear) return { value: { iso: `${relYear(m.ref, norm(m.g.thisyear).replace(/ year$/, ""))}-H${h}` } };
    return { value: { iso: `${nearestYearForSpan(h * 6 - 5, 6, m.ref)}-H${h}`, inferred: true } };
  },
  relDay(m) {
    const w = norm(m.g.word!);
    const off: Record<string, number> = {
      today: 0, tonight: 0, "this morning": 0, "this afternoon": 0, "this evening": 0, yesterday: -1, tomorrow: 1, "the day before yesterday": -2, "the day after tomorrow": 2,
      "the day before": -1, "the day after": 1,
    };
    if (!(w in off)) return null;
    if (!m.ref) return unresolved();
    return { value: { iso: isoDay(refDay(m.ref) + off[w]!) } };
  },
  season(m) {
    // A season is told at the year's precision, the season kept as the qualifier: "summer 2024" is
    // 2024, "last summer" the latest summer that has ended by the reference date.
    const name = m.g.fallw ? "fall" : norm(m.g.season ?? "");
    if (!name) return null;
    const season = name === "fall" ? "autumn" : name;
    const first: Record<string, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
    const value: Record<string, unknown> = { iso: null, qualifier: season };
    if (m.g.year) return { value: { ...value, iso: m.g.year } };
    const rel = m.g.rel ? norm(m.g.rel) : null;
    if (!rel) return null;
    if (!m.ref) return { value };
    const start = first[season]!;
    let y = m.ref.y;
    // next, coming: the next one to begin; last, past: the latest one wholly before the reference
    // month (winter ends in the next year's February, so this year's has not ended).
    if (rel === "next" || rel === "coming") {
      if (start <= m.ref.m) y++;
    } else if (rel !== "this" && (season === "winter" || start + 2 >= m.ref.m)) y--;
    return { value: { ...value, iso: String(y) } };
  },
  relUnit(m) {
    const rel = norm(m.g.rel!).replace(/^the /, "");
    const k = ["last", "previous"].includes(rel) ? -1 : rel === "this" ? 0 : ["next", "coming"].includes(rel) ? 1 : null;
    if (k === null) return null;
    const value: Record<string, unknown> = { iso: null };
    if (m.g.part) value.qualifier = m.g.part.toLowerCase();
    if (!m.ref) return { value };
    const r = refDay(m.ref);
    switch (m.g.unit!.toLowerCase()) {
      case "week": value.iso = isoWeek(r + 7 * k); break;
      case "month": { const t = addMonths({ ...m.ref, d: 1 }, k); value.iso = isoMonth(t.y, t.m); break; }
      case "quarter": {
        const idx = m.ref.y * 4 + Math.floor((m.ref.m - 1) / 3) + k;
        value.iso = `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
        break;
      }
      // "late this year", "early next year": the half the words name, as "late 2024" is.
      case "year": value.iso = String(m.ref.y + k) + (value.qualifier === "early" ? "-H1" : value.qualifier === "late" ? "-H2" : ""); break;
    }
    return { value };
  },
  weekdayWeek(m) {
    const wd = weekdayOf(m, m.g.weekday);
    if (!wd) return null;
    const rel = m.g.rel!.toLowerCase();
    const k = ["last", "previous"].includes(rel) ? -1 : rel === "this" ? 0 : 1;
    if (!m.ref) return unresolved();
    return { value: { iso: isoDay(mondayOf(refDay(m.ref)) + 7 * k + wd - 1) } };
  },
  nthWeekday(m) {
    const wd = weekdayOf(m, m.g.weekday);
    if (!wd) return null;
    const nthWord = m.g.nth!.toLowerCase();
    const nth = nthWord === "last" ? -1 : ({ first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5 } as Record<string, number>)[nthWord]!;
    const month = monthOf(m, m.g.month);
    if (nth === -1 && !month && !m.g.rel) return null; // "the last Friday" is the weekday rule's
    if (month && m.g.year) {
      const n = nthWeekdayOfMonth(+m.g.year, month, wd, nth);
      return n === null ? null : { value: { iso: isoDay(n) } };
    }
    if (!m.ref) return unresolved();
    let y: number, mo: number;
    const value: Record<string, unknown> = {};
    if (month) {
      [y, mo] = [nearestYearForSpan(month, 1, m.ref), month];
      value.inferred = true;
    } else {
      const rel = m.g.rel ? norm(m.g.rel) : "this";
      const k = ["last", "previous"].includes(rel) ? -1 : rel === "this" ? 0 : 1;
      ({ y, m: mo } = addMonths({ ...m.ref, d: 1 }, k));
    }
    const n = nthWeekdayOfMonth(y, mo, wd, nth);
    if (n === null) return unresolved();
    return { value: { iso: isoDay(n), ...value } };
  },
  monthRelYear(m) {
    // "March last year", "February this year", "May of this year", "December 23 next year".
    const month = monthOf(m, m.g.month);
    if (!month || isLower(m.g.month!)) return null; // "regulators may this year block it": a month has its capital
    if (!m.ref) return unresolved();
    const y = relYear(m.ref, m.g.rel!.toLowerCase());
    const dayText = m.g.day ?? m.g.day2;
    if (!dayText) return { value: { iso: isoMonth(y, month) } };
    return isValidYmd(y, month, +dayText) ? { value: { iso: isoYmd(y, month, +dayText) } } : null;
  },
  dayOfRelMonth(m) {
    const day = +m.g.day!;
    const rel = m.g.rel!.toLowerCase();
    if (!m.ref) return unresolved();
    const k = ["last", "previous"].includes(rel) ? -1 : rel === "this" ? 0 : 1;
    const t = addMonths({ ...m.ref, d: 1 }, k);
    return isValidYmd(t.y, t.m, day) ? { value: { iso: isoYmd(t.y, t.m, day) } } : null;
  },
  weekday(m) {
    const wd = weekdayOf(m, m.g.weekday);
    if (!wd) return null;
    // Inside a name ("Term Sheet Tuesday", "Super Tuesday") a weekday is no date, unless a verb
    // follows that makes the name before it the subject ("Intel Corp Thursday announced").
    if (!m.g.rel && /(?:^|[^.!?:;\s]\s*)\s[A-Z][\w'’]*\s$/.test(m.text.slice(Math.max(0, m.start - 40), m.start)) &&
      !/\b(?:On|Last|This|Next|By|Since|Until|From|Before|After|Through|Early|Late|Since)\s$/.test(m.text.slice(Math.max(0, m.start - 8), m.start)) &&
      !verbAfter(m)) return null;
    // A weekday as a first name ("run by Sunday Okafor-Reid") or in a title ("the Sunday Times"):
    // a capitalised word right after it, and no word before it that leads into a date.
    if (!m.g.rel && WEEKDAY_NAME_AFTER.test(m.text.slice(m.end, m.end + 30)) && !DATE_LEAD_BEFORE.test(m.text.slice(Math.max(0, m.start - 12), m.start))) return null;
    if (!m.ref) return unresolved();
    const r = refDay(m.ref);
    const rel = m.g.rel?.toLowerCase() ?? "";
    const back = (r - ((isoWeekday(r) - wd + 7) % 7)); // on or before the reference date
    let n: number;
    if (rel === "last" || rel === "past" || rel === "previous") n = back === r ? r - 7 : back;
    else if (rel === "this") n = mondayOf(r) + wd - 1;
    else if (rel === "next") n = mondayOf(r) + 7 + wd - 1;
    else if (rel === "coming") n = back + 7;
    // News: a bare weekday is the most recent such day, on or before the reference date; but the
    // day after a publication stamp is that day, not six days before it: the stamp is often a time
    // zone behind the writer ("said Wednesday" in a story stamped Tuesday, US time).
    else n = m.refPublished && back === r - 6 ? r + 1 : back;
    return { value: { iso: isoDay(n) } };
  },
  ago(m) {
    const nText = norm(m.g.n!);
    const count = /^\d+$/.test(nText) ? +nText : m.lex.count.get(nText);
    if (!count) return null;
    const dir = m.g.dir ? norm(m.g.dir) : "from now"; // "in two business days"
    // "two days later" counts from an event in the story, not from the reference date.
    if (dir === "later") return unresolved();
    if (!m.ref) return unresolved();
    const sign = dir === "ago" ? -1 : 1;
    let base = refDay(m.ref);
    if (dir === "from tomorrow") base += 1;
    if (dir === "from yesterday") base -= 1;
    const unit = norm(m.g.unit!).replace(/s$/, "");
    const wd = weekdayOf(m, unit);
    let n: number;
    if (wd) {
      const first = sign > 0 ? base + (((wd - isoWeekday(base) + 7) % 7) || 7) : base - (((isoWeekday(base) - wd + 7) % 7) || 7);
      n = first + sign * 7 * (count - 1);
    } else if (unit === "day") n = base + sign * count;
    else if (unit === "business day") {
      n = base;
      for (let left = count; left > 0; ) {
        n += sign;
        if (isoWeekday(n) <= 5) left--;
      }
    } else if (unit === "week") n = base + sign * 7 * count;
    else {
      const b = fromDayNum(base);
      const t = addMonths(b, sign * count * (unit === "year" ? 12 : 1));
      n = toDayNum(t.y, t.m, t.d);
    }
    return { value: { iso: isoDay(n) } };
  },
  holiday(m) {
    const h = m.lex.holiday.get(norm(m.g.holiday!));
    if (!h) return null;
    const on = (y: number): number | null => {
      if (h.day) return isValidYmd(y, h.month, h.day) ? toDayNum(y, h.month, h.day) : null;
      const n = nthWeekdayOfMonth(y, h.month, h.weekday ?? 1, h.nth ?? 1);
      return n === null ? null : n + (h.offset ?? 0);
    };
    if (m.g.year) {
      const n = on(+m.g.year);
      return n === null ? null : { value: { iso: isoDay(n) } };
    }
    if (!m.ref) return unresolved();
    if (m.g.rel) {
      const rel = m.g.rel.toLowerCase();
      const n = on(m.ref.y + (rel === "next" ? 1 : rel === "last" ? -1 : 0));
      return n === null ? null : { value: { iso: isoDay(n) } };
    }
    const r = refDay(m.ref);
    let best: number | null = null;
    for (const y of [m.ref.y - 1, m.ref.y, m.ref.y + 1]) {
      const n = on(y);
      if (n !== null && (best === null || Math.abs(n - r) < Math.abs(best - r))) best = n;
    }
    return best === null ? null : { value: { iso: isoDay(best), inferred: true } };
  },
};

// Character buckets and kinds of the start table, for ASCII (every other code unit is bucket 128, kind 2).
const BUCKET = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
const KIND = new Uint8Array(128).map((_, c) => (c >= 48 && c <= 57 ? 1 : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 0 : 2));

let triedAt = new Float64Array(0);
let stamp = 0;
let hitBuf = new Int32Array(1 << 12);

/**
 * The start scan: one pass over the text through the start automaton, writing (position, rule)
 * for every rule that may match there into `hitBuf`; returns how many pairs. Kept apart from the
 * regex work so that this loop stays small and fast.
 */
function scanStarts(text: string, starts: StartAutomaton, nRules: number): number {
  const { startState, lists, width } = starts;
  const W = starts.rowWidth;
  const UNKNOWN = StartAutomaton.UNKNOWN;
  const cls = classTable(starts);
  const other = starts.classOf[128]!;
  let next = starts.next;
  let hits = hitBuf;
  let h = 0;
  const n = text.length;
  // A rule can be accepted twice on one walk: triedAt[r] === base + p once taken at p (stamps grow across calls).
  if (triedAt.length < nRules) triedAt = new Float64Array(nRules).fill(-1);
  const tried = triedAt;
  const base = stamp;
  stamp += n + 1;
  let kind = 2;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const s0 = startState[kind]!;
    const c0 = c < 128 ? cls[c]! : other;
    let st = next[s0 * W + c0]!;
    if (st === UNKNOWN) { st = starts.step(s0, c0); next = starts.next; }
    kind = c < 128 ? KIND[c]! : 2;
    for (let q = p + 1; st !== 0; q++) {
      const a = next[st * W + width]!;
      if (a !== 0) {
        const l = lists[a]!;
        for (let j = 0; j < l.length; j++) {
          const r = l[j]!;
          if (tried[r] === base + p) continue;
          tried[r] = base + p;
          if (h + 2 > hits.length) {
            const grown = new Int32Array(hits.length * 2);
            grown.set(hits);
            hits = grown;
            if (hits.length <= HITS_KEEP) hitBuf = hits;
          }
          hits[h++] = p;
          hits[h++] = r;
        }
      }
      if (q >= n) break;
      const d = text.charCodeAt(q);
      const cq = d < 128 ? cls[d]! : other;
      const to = next[st * W + cq]!;
      if (to === UNKNOWN) { st = starts.step(st, cq); next = starts.next; } else st = to;
    }
  }
  lastHits = hits;
  return h;
}
let classCache: { of: StartAutomaton; cls: Uint8Array } | null = null;
/** Class of each ASCII code for an automaton. */
function classTable(a: StartAutomaton): Uint8Array {
  if (classCache?.of !== a) classCache = { of: a, cls: Uint8Array.from(BUCKET, (b) => a.classOf[b]!) };
  return classCache.cls;
}
const HITS_KEEP = 1 << 20;
let lastHits = hitBuf;

/**
 * Every candidate of every rule, overlapping ones included: each position where a rule matches
 * gives one candidate, as a global scan that steps `lastIndex` one character past each match start
 * would find. A rule is tried (sticky) only where the start automaton says its pattern can begin.
 * Candidates come back in rule order, then by position.
 */
function candidates(text: string, ref: Ymd | null, refPublished = false): Candidate[] {
  const { rules, lex, starts } = compile();
  const out: (Candidate & { at: number })[] = [];
  const consider = (rule: CompiledRule, mm: RegExpExecArray) => {
    const start = mm.index;
    const end = start + mm[0].length;
    if (end === start) return;
    const g = (mm.groups ?? {}) as Groups;
    let at: GroupIdx | null = null;
    const res = RESOLVERS[rule.kind]({
      text, full: mm[0], start, end, g, ref, refPublished, lex,
      // Group offsets, when a resolver asks: the same pattern at the same position gives the same match.
      get at() {
        if (at === null) {
          const re = rule.stickyIndices;
          re.lastIndex = start;
          const again = re.exec(text) as (RegExpExecArray & { indices?: { groups?: GroupIdx } }) | null;
          at = (again?.indices?.groups ?? {}) as GroupIdx;
        }
        return at;
      },
    });
    if (!res) return;
    let s = res.start ?? start;
    let e = res.end ?? end;
    // Spans never end in blanks or a sentence's full stop taken by an optional dot.
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    out.push({ start: s, end: e, rule, value: res.value, at: start });
  };
  const h = scanStarts(text, starts, rules.length);
  const hits = lastHits;
  for (let i = 0; i < h; i += 2) {
    const p = hits[i]!;
    const rule = rules[hits[i + 1]!]!;
    const re = rule.sticky;
    re.lastIndex = p;
    const mm = re.exec(text);
    if (mm !== null) consider(rule, mm);
  }
  for (const r of starts.scanAll) {
    const rule = rules[r]!;
    const re = rule.re;
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(text)) !== null) {
      re.lastIndex = mm.index + 1;
      consider(rule, mm);
    }
  }
  // The order a rule-by-rule scan gives, which the later stable sort keeps among equals.
  out.sort((x, y) => x.rule.order - y.rule.order || x.at - y.at);
  return out;
}

/** Claimed characters, reused from call to call (cleared up to the text's length each time). */
const TAKEN_KEEP = 1 << 20;
let takenBuf = new Uint8Array(0);

function extractDates(ctx: ExtractContext): RawFact[] {
  const ref = parseRef(ctx.refDate);
  const text = ctx.text;
  // Money and percentages ran first and claim their characters ("12.53%", "$1,194.09").
  let taken: Uint8Array;
  if (text.length + 1 > TAKEN_KEEP) taken = new Uint8Array(text.length + 1); // a huge text: not kept after the call
  else {
    if (takenBuf.length < text.length + 1) takenBuf = new Uint8Array(TAKEN_KEEP);
    taken = takenBuf;
    taken.fill(0, 0, text.length + 1);
  }
  for (const f of ctx.found) if (f.type === "money" || f.type === "percent") taken.fill(1, Math.max(0, f.start), Math.min(text.length, f.end));
  const cands = candidates(text, ref, ctx.refPublished === true)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => ({ type: "date", start: c.start, end: c.end, value: c.value, rule: c.rule.id }));
}

export const dateExtractor: Extractor = {
  name: "date",
  types: ["date"],
  extract: extractDates,
};

/** Whether a word is a weekday's name or abbreviation in the rules (rules/dates.json weekdays): "Thursday", "Thu.", not "Nov". */
export function isWeekdayWord(word: string): boolean {
  return compile().lex.weekday.has(word.toLowerCase().replace(/\.$/, ""));
}

/** The weekday that opens a date's own words ("Tuesday, Dec. 1", "Sat. Oct 25"), as written; null where none does (the month of "Nov 29"). */
export function openingWeekday(text: string): string | null {
  const w = /^([A-Za-z]+)\.?,?\s/.exec(text)?.[1];
  return w && isWeekdayWord(w) ? w : null;
}

/** For tests and tools: the rules' patterns with their slots filled in, in their written order. */
export function dateRulePatterns(): string[] {
  return compile().rules.map((r) => r.re.source);
}

/** For tests and tools: the compiled rule ids in their written order. */
export function dateRuleIds(): string[] {
  return compile().rules.map((r) => r.id);
}
