// Money: amounts of a currency, built on the numbers layer (./numbers.ts). A number becomes money
// when a currency stands right before it ("$", "US$", "EUR ", "Rs."), right after it ("€", " euros",
// " USD", "-cent"), or when it is the low end of a range whose other end has one ("10-20 dollars").
// Amounts are in units of the ISO 4217 code: "50 cents" is 0.5 USD, "$38bn" 38e9 USD. A bare "$" is
// USD (news convention). Hedges ("up to", "more than") become `qualifier`; the span starts at the
// currency or number, never at the hedge, so "up to $300 billion" gives the text "$300 billion".
import { z } from "zod";
import type { Extractor, RawFact } from "./types.js";
import { loadRules } from "../rules/load.js";
import { alt, esc, findNumbers, hedgeBefore, lowerOf, numbersCompiled, scaled, type NumberMention } from "./numbers.js";

const Currency = z.object({
  code: z.string().regex(/^[A-Z]{3}$/).nullable(),
  unit: z.string().optional(),
  symbols: z.array(z.string().min(1)),
  words: z.array(z.string().min(1)),
  wordsBefore: z.array(z.string().min(1)).optional(),
  /** Words that are also common words ("won"): the currency only after a large amount ("1.12 trillion won", "61,300 won"). */
  wordsLarge: z.array(z.string().min(1)).optional(),
  article: z.array(z.string().min(1)).optional(),
  /** Forms that are also letters of roads, models and codes ("R", "Ps"): see strictOk. */
  symbolsStrict: z.array(z.string().min(1)).optional(),
});
const UnitPlace = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  /** The unit's forms this code is written with, where that narrows it ("kronor": SEK). */
  words: z.array(z.string().min(1)).optional(),
  cues: z.array(z.string().min(1)),
});
export const CurrencyRules = z.object({
  rules: z.array(z.object({ id: z.string().regex(/^money\./), description: z.string(), enabled: z.boolean().optional() })),
  currencies: z.array(Currency),
  subunits: z.array(z.object({
    code: z.string().regex(/^[A-Z]{3}$/),
    forms: z.array(z.string().min(1)),
    attachedForms: z.array(z.string().min(1)),
    ratio: z.number().positive(),
    article: z.array(z.string()).optional(),
  })),
  lowercaseCodes: z.array(z.string()),
  notBefore: z.record(z.string(), z.array(z.string())),
  unitPlaces: z.record(z.string(), z.array(UnitPlace)).optional(),
  /** A country right after a bare "$" amount that says whose dollar it is ("$11 billion Canadian"). */
  dollarAfter: z.object({ countries: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)), followers: z.array(z.string()) }).optional(),
  /** Exchanges whose tickers make a text one country's, and so its bare "$" that country's dollar (see homeDollar). */
  homeExchanges: z.object({ exchanges: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)), others: z.array(z.string()), names: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)).optional(), otherNames: z.array(z.string()).optional() }).optional(),
});
export type CurrencyRules = z.infer<typeof CurrencyRules>;

interface Cur { code: string | null; unit?: string; strict?: boolean }
interface Sub { code: string; ratio: number }

interface Compiled {
  enabled: Set<string>;
  /** exact written form (spaces removed) → currency */
  exact: Map<string, Cur>;
  /** lower-cased form → currency, for forms that may be written in any case */
  loose: Map<string, Cur>;
  words: Map<string, Cur>;
  /** Words that name the currency only after an amount of a thousand or more. */
  largeOnly: Set<string>;
  subs: Map<string, Sub>;
  attachedSubs: Map<string, Sub>;
  articleWords: Set<string>;
  notBefore: Map<string, RegExp>;
  /** dollarAfter compiled: the country (group 1) right after an amount, where it ends the phrase. */
  dollarAfterRe: RegExp | null;
  dollarAfterCodes: Map<string, string>;
  /** homeExchanges compiled: an exchange's name (group 1) before a ticker, and what each names. */
  tickerExchangeRe: RegExp | null;
  homeCodes: Map<string, string | null>;
  /** homeExchanges' names written out ("the Toronto Stock Exchange"), and what each names. */
  exchangeNameRe: RegExp | null;
  exchangeNameCodes: Map<string, string | null>;
  prefixRe: RegExp;
  wordBeforeRe: RegExp | null;
  suffixRe: RegExp;
  subRe: RegExp;
  articleRe: RegExp;
  sepRe: RegExp;
  betweenRe: RegExp;
  centsTailRe: RegExp;
  /** unit → the codes it may be, each with a test for the place names that point to it. */
  unitPlaces: Map<string, { code: string; words: Set<string> | null; cues: RegExp }[]>;
}

let compiled: Compiled | null = null;

const squash = (s: string) => s.replace(/\s+/g, "");
/** A currency word as the words map keys it: lower case, single spaces. */
const wordKey = (w: string) => w.toLowerCase().replace(/\s+/g, " ");
const isCodeLike = (s: string) => /^[A-Za-z]{3}$/.test(s);

/** "€100 to €150 million": the low end has no scale, the high end one it can share (a range, not €100 and €150 million). */
function sharesScale(a: { scale: number; base: number }, b: { scale: number; base: number }): boolean {
  return a.scale === 1 && b.scale > 1 && a.base <= b.base;
}

/** A move then "X to Y": a change and the level it reached ("shares were up 242.60p to 1,153p"), no range. */
const MOVE_BEFORE = /\b(?:up|down|by|rose|rises|fell|falls|gained|gains|lost|loses|jumped|dropped|climbed|slid|added|shed|soared|surged|plunged|tumbled|sank|rallied|dipped|slipped|declined|advanced|increased|decreased|raised|lowered|cut)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

function compile(): Compiled {
  if (compiled) return compiled;
  const r = loadRules("currencies", CurrencyRules);
  const exact = new Map<string, Cur>(), loose = new Map<string, Cur>(), words = new Map<string, Cur>();
  const letterForms: string[] = [], symbolForms: string[] = [], wordForms: string[] = [], beforeWords: string[] = [], strictForms: string[] = [];
  const lower = new Set(r.lowercaseCodes.map((c) => c.toLowerCase()));
  const largeOnly = new Set<string>();
  for (const c of r.currencies) {
    const cur: Cur = { code: c.code, ...(c.unit ? { unit: c.unit } : {}) };
    for (const s of c.symbols) {
      exact.set(squash(s), cur);
      // Single letters before "$" (A$, R$, S$) only in their own case: "a $5 bill" is not Australian.
      const letters = s.replace(/[^A-Za-z]/g, "");
      if (letters.length >= 2 && !(isCodeLike(s) && !lower.has(s.toLowerCase()))) loose.set(squash(s).toLowerCase(), cur);
      if (isCodeLike(s)) loose.set(s.toLowerCase() + "#glued", cur);
      (/^[A-Za-z]/.test(s) ? letterForms : symbolForms).push(s);
    }
    for (const w of [...c.words, ...(c.wordsLarge ?? [])]) { words.set(wordKey(w), cur); wordForms.push(w); }
    for (const w of c.wordsLarge ?? []) largeOnly.add(wordKey(w));
    for (const w of c.wordsBefore ?? []) beforeWords.push(w);
    // Exact case only, before the number only (in prefixRe, never in suffixRe, never lower-cased).
    for (const s of c.symbolsStrict ?? []) {
      exact.set(squash(s), { ...cur, strict: true });
      strictForms.push(s);
    }
  }
  const subs = new Map<string, Sub>(), attachedSubs = new Map<string, Sub>();
  const subForms: string[] = [], attForms: string[] = [];
  const articleWords = new Set<string>();
  for (const c of r.currencies) for (const a of c.article ?? []) articleWords.add(a.toLowerCase());
  for (const s of r.subunits) {
    for (const f of s.forms) { subs.set(f.toLowerCase(), { code: s.code, ratio: s.ratio }); subForms.push(f); }
    for (const f of s.attachedForms) { attachedSubs.set(f, { code: s.code, ratio: s.ratio }); attForms.push(f); }
    for (const a of s.article ?? []) articleWords.add(a.toLowerCase());
  }
  // "$" after letters or dots may stand one space away: "US $ 5", "hk $ 10.05 billion"; not after
  // one letter alone, which is then a word ("Makes A $15 Billion Bet" is no Australian amount).
  const form = (s: string) => (/^[A-Za-z]\$/.test(s) ? esc(s) : esc(s).replace(/([A-Za-z.])\\\$/g, "$1\\s?\\$")).replace(/ /g, "\\s+");
  const forms = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(form).join("|");
  const prefixRe = new RegExp(`(?:(?<![A-Za-z'’])(?:${forms([...letterForms, ...strictForms])})|(?:${forms(symbolForms)}))\\s?$`, "i");
  const wordBeforeRe = beforeWords.length ? new RegExp(`(?<![A-Za-z])(?:${alt(beforeWords)})\\s?$`, "i") : null;
  // After the number: a symbol or code (touching or one space away, and not the start of the next
  // amount: "two $500 checks"), or a word (one space or a hyphen away: "12-cent", "one-yen").
  const suffixRe = new RegExp(
    `(?:(\\s?)(${forms(letterForms)})(?![A-Za-z])|(\\s?)(${forms(symbolForms)})(?!\\s?\\d)|([\\s-]?)(${alt(wordForms)})(?![A-Za-z]))`, "iy");
  const subRe = new RegExp(`(?:([\\s-]?)(${alt(subForms)})(?![A-Za-z])|()(${alt(attForms)})(?![A-Za-z0-9])|( )(${alt(attForms)})(?=\\s*(?:$|[.,;:!?)])))`, "y");
  // Scans the lower-cased text (lowerOf), so it needs no `i` flag.
  const articleRe = new RegExp(`\\b(an?)\\s+(?=(?:${alt(articleWords)})\\b)`, "g");
  const notBefore = new Map<string, RegExp>();
  for (const [w, next] of Object.entries(r.notBefore)) if (next.length) notBefore.set(w.toLowerCase(), new RegExp(`^\\s+(?:${alt(next)})\\b`, "i"));
  const da = r.dollarAfter;
  // An exchange that names no home dollar maps to null: its tickers leave the text's dollar open.
  const homeCodes = new Map<string, string | null>();
  for (const o of r.homeExchanges?.others ?? []) homeCodes.set(o, null);
  for (const [x, code] of Object.entries(r.homeExchanges?.exchanges ?? {})) homeCodes.set(x, code);
  const nameCodes = new Map<string, string | null>();
  for (const o of r.homeExchanges?.otherNames ?? []) nameCodes.set(o, null);
  for (const [x, code] of Object.entries(r.homeExchanges?.names ?? {})) nameCodes.set(x, code);
  const dollarAfterRe = da && Object.keys(da.countries).length
    ? new RegExp(`\\s(?:\\((${alt(Object.keys(da.countries)).replace(/ /g, "\\s")})\\)|(${alt(Object.keys(da.countries)).replace(/ /g, "\\s")})(?=\\s?[,;:()\\]]|\\.?(?:\\n|$)|\\.\\s|$${da.followers.length ? `|\\s(?:${alt(da.followers).replace(/ /g, "\\s")})\\b` : ""}))`, "y")
    : null;
  return (compiled = {
    enabled: new Set(r.rules.filter((x) => x.enabled !== false).map((x) => x.id)),
    exact, loose, words, largeOnly, subs, attachedSubs, articleWords, notBefore,
    dollarAfterRe, dollarAfterCodes: new Map(Object.entries(da?.countries ?? {}).map(([k, v]) => [k.replace(/\s+/g, " "), v])),
    tickerExchangeRe: homeCodes.size ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alt([...homeCodes.keys()]).replace(/ /g, "\\s")})\\s?:\\s?[A-Z0-9][A-Z0-9.]{0,7}(?![\\p{L}\\p{N}])`, "gu") : null,
    homeCodes,
    exchangeNameRe: nameCodes.size ? new RegExp(`(?<![\\p{L}\\p{N}])(${alt([...nameCodes.keys()]).replace(/ /g, "\\s")})(?![\\p{L}\\p{N}])`, "gu") : null,
    exchangeNameCodes: nameCodes,
    prefixRe, wordBeforeRe, suffixRe, subRe, articleRe,
    sepRe: /^\s?(?:(-|–|—|to|and)\s?)$/i,
    betweenRe: /(?<![A-Za-z])(between|from)\s+$/i,
    centsTailRe: /^\s*(?:$|[.,;:!?)]|and\b)/i,
    unitPlaces: new Map(
      Object.entries(r.unitPlaces ?? {}).map(([unit, places]) => [
        unit.toLowerCase(),
        places.map((p) => ({
          code: p.code,
          words: p.words ? new Set(p.words.map(wordKey)) : null,
          cues: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(p.cues)})(?![\\p{L}\\p{N}])`, "gu"),
        })),
      ]),
    ),
  });
}

interface Side { start: number; end: number; cur: Cur | null; sub: Sub | null; kind: "symbol" | "word" | "sub" | "wordBefore" }

function lookupSymbol(c: Compiled, written: string, glued: boolean): Cur | null {
  const k = squash(written);
  const hit = c.exact.get(k);
  if (hit) return hit;
  if (glued && isCodeLike(k)) return c.loose.get(k.toLowerCase() + "#glued") ?? null;
  return c.loose.get(k.toLowerCase()) ?? null;
}

function prefixOf(c: Compiled, text: string, n: NumberMention): Side | null {
  const from = Math.max(0, n.start - 12);
  const left = text.slice(from, n.start);
  // The leftmost match is the longest form; when its case rules it out ("a $5" is not A$), try the
  // shorter forms inside it ("$").
  for (let off = 0; off < left.length; ) {
    const m = c.prefixRe.exec(off ? left.slice(off) : left);
    if (!m) break;
    const written = m[0].trimEnd(); // (as /\s+$/ removes, in one pass)
    const glued = m[0] === written;
    const cur = lookupSymbol(c, written, glued);
    if (cur) return { start: from + off + m.index, end: n.start, cur, sub: null, kind: "symbol" };
    off += m.index + 1;
  }
  let m: RegExpExecArray | null;
  if (c.wordBeforeRe && !n.gluedLeft) {
    const wide = text.slice(Math.max(0, n.start - 24), n.start);
    m = c.wordBeforeRe.exec(wide);
    if (m) {
      const cur = c.words.get(wordKey(m[0].trim()));
      if (cur) return { start: n.start - wide.length + m.index, end: n.start, cur, sub: null, kind: "wordBefore" };
    }
  }
  return null;
}

function suffixOf(c: Compiled, text: string, at: number, scaledAmount: boolean, large = scaledAmount): Side | null {
  c.subRe.lastIndex = at;
  let m = c.subRe.exec(text);
  if (m) {
    const form = m[2] ?? m[4] ?? m[6]!;
    const sub = c.subs.get(form.toLowerCase()) ?? c.attachedSubs.get(form);
    if (sub) return { start: at, end: at + m[0].length, cur: { code: sub.code }, sub, kind: "sub" };
  }
  c.suffixRe.lastIndex = at;
  m = c.suffixRe.exec(text);
  if (!m) return null;
  if (m[2] !== undefined || m[4] !== undefined) {
    const cur = m[2] !== undefined ? lookupSymbol(c, m[2], m[1] === "") : lookupSymbol(c, m[4]!, m[3] === "");
    return cur ? { start: at, end: at + m[0].length, cur, sub: null, kind: "symbol" } : null;
  }
  const w = wordKey(m[6]!);
  const cur = c.words.get(w);
  if (!cur) return null;
  if (!large && c.largeOnly.has(w)) return null;
  const nb = c.notBefore.get(w);
  // "20 pounds of flour" is a weight; "361 million pounds of profit" is money.
  if (nb && !scaledAmount && nb.test(text.slice(at + m[0].length, at + m[0].length + 12))) return null;
  return { start: at, end: at + m[0].length, cur, sub: null, kind: "word" };
}

interface Amount {
  n: NumberMention;
  start: number;
  end: number;
  pre: Side | null;
  suf: Side | null;
}

function ruleOf(a: Amount): string {
  if (a.suf?.kind === "sub") return "money.subunit";
  if (ARTICLES.has(a.n)) return "money.article-word";
  if (a.pre?.kind === "symbol") return "money.symbol-amount";
  if (a.pre?.kind === "wordBefore") return "money.word-amount";
  if (a.suf?.kind === "symbol") return "money.amount-symbol";
  return "money.amount-word";
}

function amountOf(a: Amount, scale = 1): number {
  const v = scale === 1 ? a.n.value : scaled(a.n.base, scale);
  return a.suf?.sub ? Number((v * a.suf.sub.ratio).toPrecision(15)) : v;
}
const curOf = (a: Amount): Cur | null => a.pre?.cur ?? a.suf?.cur ?? null;

const ARTICLES = new WeakSet<NumberMention>();

/** "a dollar", "an euro", "a penny": one of the unit, as a number mention of its own. */
function articleMentions(c: Compiled, text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = c.articleRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const low = lowerOf(text);
  while ((m = re.exec(low))) {
    const start = m.index, end = m.index + m[1]!.length;
    const n: NumberMention = { start, end, value: 1, base: 1, scale: 1, words: true, decimals: false, gluedLeft: false, gluedRight: false, dotted: false };
    ARTICLES.add(n);
    out.push(n);
  }
  return out;
}

export function extractMoney(text: string): RawFact[] {
  const c = compile();
  let nums = findNumbers(text);
  if (c.articleWords.size) {
    const arts = articleMentions(c, text);
    if (arts.length) nums = [...nums, ...arts].sort((a, b) => a.start - b.start);
  }
  const out: RawFact[] = [];
  const amounts: (Amount | null)[] = nums.map((n) => {
    if (n.dotted) return null;
    let pre = prefixOf(c, text, n);
    if (pre?.cur?.strict && !strictOk(text, n, pre)) pre = null;
    // Glued to letters on the left only where those letters are a currency ("USD3.14", "RM42").
    if (n.gluedLeft && !(pre && pre.end === n.start && !/\s$/.test(text.slice(pre.start, pre.end)))) return null;
    const suf = suffixOf(c, text, n.end, n.scale > 1, n.scale > 1 || n.value >= 1000);
    if (n.gluedRight && !(suf && suf.start === n.end && !/^[\s-]/.test(text.slice(suf.start, suf.end)))) return null;
    const a: Amount = { n, start: pre ? pre.start : n.start, end: suf ? suf.end : n.end, pre, suf };
    return a;
  });
  const enabled = c.enabled;
  let lastEnd = -1;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a || a.start < lastEnd) continue;
    const cur = curOf(a);
    // ---- ranges: "$10-12 billion", "10-20 dollars", "between $5 and $7 billion", "from 10 to 20 dollars"
    const b = amounts[i + 1];
    if (b && enabled.has("money.range") && !(a.suf && a.suf.kind === "sub" && !b.suf)) {
      const gap = text.slice(a.end, b.start);
      const sep = c.sepRe.exec(gap);
      const betweenM = sep ? c.betweenRe.exec(text.slice(Math.max(0, a.start - 9), a.start)) : null;
      const word = sep?.[1]?.toLowerCase();
      const curB = curOf(b);
      const ok = sep && (curB || cur) && (!cur || !curB || cur.code === curB.code) &&
        (word === "and" ? betweenM?.[1]?.toLowerCase() === "between" : word === "to" ? (!(a.pre && b.pre) || !!betweenM || sharesScale(a.n, b.n)) && !MOVE_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) : true) &&
        !(a.suf && !b.suf && !b.pre && word !== "-"); // "10 dollars to 20" is no range
      if (ok) {
        // The low end takes the high end's scale when it has none of its own ("$10-12 billion").
        const inherit = a.n.scale === 1 && b.n.scale > 1 && a.n.base <= b.n.base && !a.suf;
        const lo = a.suf?.sub || !b.suf?.sub ? amountOf(a, inherit ? b.n.scale : 1) : Number((scaled(a.n.base, inherit ? b.n.scale : 1) * b.suf.sub.ratio).toPrecision(15));
        const hi = amountOf(b);
        const currency = (cur ?? curB)!;
        if (lo <= hi) {
          const hedge = hedgeBefore(text, betweenM ? a.start - betweenM[0].length : a.start);
          out.push(fact(a.start, b.end, { amount: lo, max: hi, currency: currency.code, ...(currency.unit ? { unit: currency.unit } : {}), ...(hedge ? { qualifier: hedge.phrase } : {}) }, "money.range"));
          lastEnd = b.end;
          i++;
          continue;
        }
      }
    }
    if (!cur) continue;
    const rule = ruleOf(a);
    if (!enabled.has(rule)) continue;
    let amount = amountOf(a);
    let end = a.end;
    // ---- cents after the unit: "20 dollars 43 cents", "$20 and 43c", "US$3 and fourteen"
    if (b && !a.suf?.sub && a.n.scale === 1 && !a.n.decimals && Number.isInteger(a.n.value) && enabled.has("money.with-cents")) {
      const gap = text.slice(a.end, b.n.start);
      if (/^(?:\s+and\s+|\s+)$/i.test(gap) && !b.n.gluedLeft && !b.n.decimals && b.n.scale === 1 && Number.isInteger(b.n.value) && b.n.value > 0 && b.n.value < 100 && (!b.pre || b.pre.start < a.end)) {
        const subOk = b.suf?.sub != null;
        const bare = !b.suf && c.centsTailRe.test(text.slice(b.n.end, b.n.end + 6));
        if (subOk || bare) {
          amount = Number((amount + b.n.value / 100).toPrecision(15));
          end = b.end;
          i++;
        }
      }
    }
    const hedge = hedgeBefore(text, a.start);
    out.push(fact(a.start, end, { amount, currency: cur.code, ...(cur.unit ? { unit: cur.unit } : {}), ...(hedge ? { qualifier: hedge.phrase } : {}) }, rule));
    lastEnd = end;
  }
  if (enabled.has("money.vague")) vagueAmounts(c, text, out);
  return localUnits(c, text, homeDollar(c, text, declaredDollar(text, sameAmountDollar(text, localCents(text, dollarAfter(c, text, dropRates(text, out)))))));
}

/**
 * "$11 billion Canadian", "($7.7 billion U.S.)", "$4.9-billion (U.S.)": a country right after a bare "$" amount, or in brackets there, says whose
 * dollar it is, and is part of the amount as written. Not where it goes on to a noun ("a $7.7B
 * Canadian TV deal": the country is the deal's); rules: currencies.json dollarAfter.
 */
function dollarAfter(c: Compiled, text: string, out: RawFact[]): RawFact[] {
  const re = c.dollarAfterRe;
  if (!re) return out;
  for (const f of out) {
    if (text.charCodeAt(f.start) !== 36 || !/^\$\s?\d/.test(text.slice(f.start, f.start + 3))) continue;
    re.lastIndex = f.end;
    const m = re.exec(text);
    const code = m && c.dollarAfterCodes.get((m[1] ?? m[2])!.replace(/\s+/g, " "));
    if (!m || !code) continue;
    f.end += m[0].length;
    f.value = { ...f.value, currency: code };
  }
  return out;
}

/**
 * A strict form ("R", "Ps") is money only before an amount with a scale word or with two decimals
 * ("R4.2 billion", "Ps 18.5 billion", "R112.60"): "R45", "the R3 engine" and "PS5" are not. A
 * one-letter form touches its number ("Form R 4.25" is no rand).
 */
function strictOk(text: string, n: NumberMention, pre: Side): boolean {
  if (n.words || !(n.scale > 1 || (n.decimals && /\.\d\d$/.test(text.slice(n.start, n.end))))) return false;
  return pre.end - pre.start === 1 || text.slice(pre.start, pre.end).trimEnd().length > 1;
}

/**
 * "rose 4.1% to 212.47 pesos", "Ps 18.5 billion", "890 million francs": a unit that several
 * countries use has no code of its own. A source that points to one of them (its place names, and
 * amounts written with that code, which count three times) gives them that code; a tie gives none.
 */
const IS_LETTER = /^\p{L}$/u;
function localUnits(c: Compiled, text: string, out: RawFact[]): RawFact[] {
  if (!c.unitPlaces.size) return out;
  let codes: Map<string, number> | null = null;
  const decided = new Map<string, string | null>();
  for (const f of out) {
    const unit = f.value.unit as string | undefined;
    if (f.value.currency != null || !unit) continue;
    const places = c.unitPlaces.get(unit.toLowerCase());
    if (!places) continue;
    // The unit's form as written ("kronor"), where a code is written with some forms only.
    let w0 = f.end;
    while (w0 > f.start && IS_LETTER.test(text[w0 - 1]!)) w0--;
    const word = wordKey(text.slice(w0, f.end));
    const key = unit + "|" + word;
    if (!decided.has(key)) {
      if (!codes) {
        codes = new Map();
        for (const g of out) if (typeof g.value.currency === "string") codes.set(g.value.currency, (codes.get(g.value.currency) ?? 0) + 1);
      }
      let best: string | null = null;
      let bestScore = 0;
      let tie = false;
      for (const p of places) {
        if (p.words && word && !p.words.has(word) && places.some((q) => q.words?.has(word))) continue;
        p.cues.lastIndex = 0;
        let score = 3 * (codes.get(p.code) ?? 0);
        while (p.cues.exec(text)) score++;
        if (score > bestScore) [best, bestScore, tie] = [p.code, score, false];
        else if (score === bestScore && score > 0) tie = true;
      }
      decided.set(key, tie ? null : best);
    }
    const code = decided.get(key);
    if (code) f.value = { ...f.value, currency: code };
  }
  return out;
}

let vagueRe: { re: RegExp; amount: Map<string, number> } | null = null;

/**
 * "tens of billions of dollars", "hundreds of millions of euros": a vague amount (rules: numbers.json
 * vague) and a currency named in words after "of". The amount is the phrase's low end, as a vague
 * count's is, and the phrase is its qualifier. Added in text order where no amount was found.
 */
function vagueAmounts(c: Compiled, text: string, out: RawFact[]): void {
  if (!vagueRe) {
    const vague = numbersCompiled().rules.vague.filter((v) => v.amount >= 1e6);
    vagueRe = { re: new RegExp(`\\b(${alt(vague.map((v) => v.phrase.toLowerCase()))})\\s+of(?=\\s)`, "g"), amount: new Map(vague.map((v) => [v.phrase.toLowerCase(), v.amount])) };
  }
  const low = lowerOf(text);
  const { re, amount } = vagueRe;
  re.lastIndex = 0;
  let added = false;
  for (let m = re.exec(low); m; m = re.exec(low)) {
    const suf = suffixOf(c, text, m.index + m[0].length, false);
    if (!suf || suf.kind !== "word" || !/^\s/.test(text.slice(suf.start, suf.end))) continue;
    const start = m.index, end = suf.end;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const phrase = m[1]!.replace(/\s+/g, " ");
    const hedge = hedgeBefore(text, start);
    out.push(fact(start, end, { amount: amount.get(phrase) ?? 0, currency: suf.cur!.code, ...(suf.cur!.unit ? { unit: suf.cur!.unit } : {}), qualifier: hedge ? `${hedge.phrase} ${phrase}` : phrase }, "money.vague"));
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

/**
 * "All figures in Canadian dollars unless otherwise noted": a text that says which dollar it means
 * has its bare "$" amounts (and cents) in that dollar.
 */
function declaredDollar(text: string, out: RawFact[]): RawFact[] {
  if (!out.length || !/\b(?:figures|amounts|prices|values|numbers)\b/i.test(text)) return out;
  const m = DOLLAR_DECLARED.exec(text);
  if (!m) return out;
  const code = DECLARED_CODES[(m[1] ?? m[2]!).toLowerCase().replace(/[.\s]/g, "")];
  if (!code) return out;
  for (const f of out) {
    if (f.value.currency !== "USD") continue;
    const t = text.slice(f.start, f.end);
    if (/^\$/.test(t) || BARE_CENTS.test(t)) f.value = { ...f.value, currency: code };
  }
  return out;
}
// "figures in Canadian dollars", "dollar figures are Canadian unless marked US$", "figures in C$ unless otherwise noted".
const DOLLAR_DECLARED = /\b(?:all\s+)?(?:figures|amounts|prices|values|numbers|dollar\s+(?:figures|amounts))\s+(?:are\s+|is\s+)?(?:(?:in|quoted\s+in|expressed\s+in|stated\s+in|given\s+in)\s+)?(?:(Canadian|Australian|New\s+Zealand|Singapore|Hong\s+Kong|U\.S\.|US|American)(?:\s+dollars\b|(?=\s+(?:unless|except)\b))|(C|CA|A|AU|NZ|S|HK|US)\$(?!\s?\d))/i;
const DECLARED_CODES: Record<string, string> = { canadian: "CAD", australian: "AUD", newzealand: "NZD", singapore: "SGD", hongkong: "HKD", us: "USD", american: "USD", c: "CAD", ca: "CAD", a: "AUD", au: "AUD", nz: "NZD", s: "SGD", hk: "HKD" };

/**
 * "Fairfax Media (ASX: FXJ) shares have jumped … a merger that will create a $4 billion company", "on
 * the Toronto Stock Exchange (“TSX”) … valued at approximately $900 million": a
 * text whose companies are quoted on one country's exchanges alone, and that writes no amount in
 * that country's marked dollar ("A$", which makes a bare "$" Reuters' US-dollar conversion), writes
 * its bare "$" amounts in that dollar. Rules: currencies.json homeExchanges.
 */
function homeDollar(c: Compiled, text: string, out: RawFact[]): RawFact[] {
  const re = c.tickerExchangeRe;
  if (!re || !out.some((f) => f.value.currency === "USD" && text.charCodeAt(f.start) === 36)) return out;
  // The exchange written out counts as its ticker does: "traded on the Toronto Stock Exchange".
  let home: string | null = null;
  for (const [x, codes] of [[re, c.homeCodes], [c.exchangeNameRe, c.exchangeNameCodes]] as const) {
    if (!x) continue;
    x.lastIndex = 0;
    for (let m = x.exec(text); m; m = x.exec(text)) {
      const code = codes.get(m[1]!.replace(/\s+/g, " "));
      if (!code || (home !== null && home !== code)) return out;
      home = code;
    }
  }
  if (home === null) return out;
  for (const f of out) if (LOCAL_DOLLAR.test(text.slice(f.start, f.end))) return out;
  for (const f of out) {
    if (f.value.currency !== "USD") continue;
    const t = text.slice(f.start, f.end);
    if (/^\$\s?\d/.test(t) && !US_DOLLAR_WRITTEN.test(t)) f.value = { ...f.value, currency: home };
  }
  return out;
}

/**
 * "Kaitoa added 94c to close at A$4.62": in a text whose dollars are mostly one country's other
 * than the US's (A$, NZ$, C$, S$, HK$), with no US dollar written as such, bare cents are that dollar's.
 * Bare "$" amounts keep their reading: writers give US-dollar conversions that way.
 */
function localCents(text: string, out: RawFact[]): RawFact[] {
  const counts = new Map<string, number>();
  for (const f of out) {
    const t = text.slice(f.start, f.end);
    if (US_DOLLAR_WRITTEN.test(t)) return out;
    if (LOCAL_DOLLAR.test(t)) counts.set(f.value.currency as string, (counts.get(f.value.currency as string) ?? 0) + 1);
  }
  // The text's own dollar: the one it writes most, by a clear margin over any other.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] * 2 > ranked[0]![1])) return out;
  const local = ranked[0]![0];
  for (const f of out) if (f.value.currency === "USD" && BARE_CENTS.test(text.slice(f.start, f.end))) f.value = { ...f.value, currency: local };
  return out;
}
const LOCAL_DOLLAR = /^(?:(?:A|AU|NZ|C|CA|CAN|Can|S|HK)\$|\$(?:A|AU|NZ|C|CAN|HK)(?=\s?\d))/;

/**
 * "Mars to devour Kellanova in $45b deal" over "for almost $US30 billion ($A45 billion)": a bare "$"
 * amount that the text also writes, as the same amount, in another country's dollar is that dollar's.
 * Only where the text gives that amount in one such dollar and never as US dollars written as such.
 */
function sameAmountDollar(text: string, out: RawFact[]): RawFact[] {
  // Amounts written in another country's dollar (null where two such dollars give it), and amounts
  // written as US dollars, which keep a bare "$" amount in US dollars.
  let local: Map<number, string | null> | null = null;
  const usWritten = new Set<number>();
  for (const f of out) {
    if (typeof f.value.amount !== "number") continue;
    const t = text.slice(f.start, f.end);
    if (f.value.currency === "USD" && US_DOLLAR_WRITTEN.test(t)) usWritten.add(f.value.amount);
    else if (f.value.max === undefined && (LOCAL_DOLLAR.test(t) || (f.value.currency !== "USD" && t.charCodeAt(0) === 36))) {
      local ??= new Map();
      const had = local.get(f.value.amount);
      local.set(f.value.amount, had === undefined || had === f.value.currency ? (f.value.currency as string) : null);
    }
  }
  if (!local) return out;
  for (const a of usWritten) local.set(a, null);
  for (const f of out) {
    if (f.value.currency !== "USD" || typeof f.value.amount !== "number" || !/^\$\s?\d/.test(text.slice(f.start, f.end))) continue;
    const code = local.get(f.value.amount);
    if (code) f.value = { ...f.value, currency: code };
  }
  return out;
}
/** An amount written as US dollars as such: "US$4bn", "U.S. $4bn", "USD 4bn", "$US4bn", "4bn US dollars", "$4bn U.S.". */
const US_DOLLAR_WRITTEN = /^(?:US\$|U\.S\.\s?\$|USD|\$US)|US dollars?$|^\$.*\s\(?(?:US|U\.S\.|American)\)?$/;
/** An amount's own words say it is in US dollars ("US$2.9 billion", "$3.6 billion U.S."), not a bare "$". */
export const writtenAsUsDollar = (amountText: string): boolean => US_DOLLAR_WRITTEN.test(amountText);
const BARE_CENTS = /^\d[\d.,]*\s?(?:c|¢|cents?)$/;

/** Exchange rates, no amounts of money: "¥164 = €1", "10.5 kronor to the dollar", "$1.08 per euro". */
function dropRates(text: string, out: RawFact[]): RawFact[] {
  let drop: Set<RawFact> | null = null;
  // "at about ₹86 to the dollar", "$1.08 per euro": a rate, whatever the amount is written with.
  for (const f of out) if (!f.value.max && RATE_AFTER.test(text.slice(f.end, f.end + 40))) (drop ??= new Set()).add(f);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (b.start - a.end <= 5 && /^\s*=\s*$/.test(text.slice(a.end, b.start)) && a.value.currency !== b.value.currency) (drop ??= new Set()).add(a).add(b);
  }
  return drop ? out.filter((f) => !drop!.has(f)) : out;
}

const RATE_AFTER = /^\s+(?:to|per|against)\s+(?:(?:the|one|a|each)\s+)?(?:(?:US|U\.S\.)\s+)?(?:dollar|euro|pound|yen|yuan|renminbi|franc|rupee|won|peso|krona|krone|ruble|rouble|real|rand|lira)\b/i;

function fact(start: number, end: number, value: Record<string, unknown>, rule: string): RawFact {
  return { type: "money", start, end, value, rule };
}

export const moneyExtractor: Extractor = {
  name: "money",
  types: ["money"],
  extract: (ctx) => extractMoney(ctx.text),
};
