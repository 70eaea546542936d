// Sentences, clauses and organisation mentions of one source's clean text, found in one linear
// pass each. A sentence's "skeleton" replaces every mention by MARK + an index char and every other
// fact by FACT_MARK, so the party patterns of rules/fields.json stay short and cannot run across
// a name or an amount.
import type { RawFact } from "../extract/types.js";
import { FACT_MARK, INDEX_BASE, MARK } from "./rules.js";
import { BoundedCache } from "../util/bounded-cache.js";
import { numbersCompiled } from "../extract/numbers.js";
import { foldAccents } from "../util/fold.js";
import { describingWord, lexiconKind } from "../nlp/compromise.js";
import { withoutWebAddresses } from "../util/url-date.js";
import { buildingAfter, detailsAfterName, endsWithNotNameWord, facilityAfter, isDemonym, isNameAbbreviation, isOrgNoun, isPersonName, isPlaceName, isProductName, acronymAfterOpener, leadingHeadKeys, LowerSeen, placeNounAfter, placeActsAfter, placeCounterpartBefore, placeOfBefore, programAfter, definedProgramAfter } from "../extract/org.js";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index among the sentences of the source. */
  index: number;
  /** Clauses: the sentence cut at semicolons and dashes. */
  clauses: Span[];
}

export interface Mention extends Span {
  /** The organisation's name as written (possessive removed) or its canonical name from the org fact. */
  name: string;
  /** Normalised key (see nameKey). */
  key: string;
  /** True when it comes from an org fact, false when found by capitalisation alone. */
  fromFact: boolean;
  /** A building or asset by the text's own words ("X, a 36-storey office building"): what is bought, never a party. */
  asset?: true;
}

const ABBREV = /(?:\b(?:Inc|Corp|Ltd|Co|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Nos|Rs|approx|est|U\.S|U\.K|a\.m|p\.m|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

/** Sentences: cut at line breaks and at . ! ? followed by a space and a capital or a quote. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, clauses: splitClauses(text, s, e) });
    start = end;
  };
  const re = /\n|[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9$€£@])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === "\n") {
      push(m.index);
      start = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    // "Inc. said", "U.S. homes", "a.m. ET", "Rs. 4,000 crore": not the end of a sentence.
    if (m[0][0] === "." && ABBREV.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    push(end);
  }
  push(text.length);
  return out;
}

function splitClauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const re = /;|\s[—–]\s|—|\s-{1,2}\s/g;
  re.lastIndex = start;
  const slice = text.slice(start, end);
  const local = new RegExp(re.source, "g");
  let m: RegExpExecArray | null;
  // Brackets are read through: "Acme (Head office: Tokyo; CEO: ...) announced" is one clause.
  let depth = 0;
  let scanned = 0;
  while ((m = local.exec(slice))) {
    for (; scanned < m.index; scanned++) {
      const c = slice.charCodeAt(scanned);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    if (depth > 0 && m[0] === ";") continue;
    const at = start + m.index;
    if (at > s) out.push({ start: s, end: at });
    s = at + m[0].length;
  }
  if (end > s) out.push({ start: s, end });
  return out.length ? out : [{ start, end }];
}

/** Lower case, no possessive, no company suffixes or ".com", no punctuation: "Amazon.com Inc." → "amazon". */
export function nameKey(name: string, suffixes: ReadonlySet<string>): string {
  // The same names come back in every source: their keys are kept (bounded, per suffix set).
  if (suffixes !== keyCacheFor) {
    keyCache.clear();
    keyCacheFor = suffixes;
  }
  return keyCache.get(name);
}
let keyCacheFor: ReadonlySet<string> = new Set();
const keyCache = new BoundedCache((name) => computeNameKey(name, keyCacheFor));

function computeNameKey(name: string, suffixes: ReadonlySet<string>): string {
  // Accents folded: "Valmont Aérostructures" and "Valmont Aerostructures" are one name.
  const words = foldAccents(name)
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\.com\b/g, "")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "A.S. Watson", "A.S Watson" and "AS Watson"; "J.P. Morgan" and "JP Morgan": initials are one word.
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.length !== 1 || words[i + 1]!.length !== 1 || !/\p{L}/u.test(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && words[j]!.length === 1 && /\p{L}/u.test(words[j]!)) j++;
    words.splice(i, j - i, words.slice(i, j).join(""));
  }
  while (words.length > 1 && suffixes.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && words[0] === "the") words.shift();
  // "Banco Taquaral" and "Taquaral" are one name: a head word that opens it is left out, as a suffix is.
  const heads = leadingHeadKeys();
  while (words.length > 1 && heads.has(words[0]!)) words.shift();
  // "Royal DSM NV" and "DSM" are one name: an honorific before initials, and nothing else, is left out.
  if (words.length === 2 && acronymAfterOpener(name)?.toLowerCase() === words[1]) words.shift();
  return words.join(" ");
}

const endsWithAny = (w: string, endings: readonly string[]) => endings.some((e) => w.endsWith(e));

/** Whether the character at i is a letter or a digit (ASCII without a regex). */
function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

// Latin letters with their accents (Latin-1 and Latin Extended-A and B): "Nestlé", "Société
// Générale", "Škoda" are whole words, not "Nestl". Ranges, not \p{L} with the u flag, which made
// this scan, run over every article, seven times slower. A token that starts with a lower-case
// letter of the extended ranges ("średnio") is skipped where it is read.
const NAME_CHARS = "A-Za-z0-9&\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
const CAP_TOKEN = new RegExp(`[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F][${NAME_CHARS}]*(?:\\.[${NAME_CHARS}]+|-[${NAME_CHARS}][${NAME_CHARS}]*)*`, "g");

/**
 * Whether the words before a run make it a place's: "the city of Leuven", or the place's first word
 * cut off the run as a stop word ("the Czech Republic": "Republic" alone is no name).
 */
function placeBefore(text: string, s: number, name: string): boolean {
  const before = text.slice(Math.max(0, s - 24), s);
  if (placeOfBefore(before)) return true;
  const w = PREV_CAP_WORD.exec(before);
  return !!w && isPlaceName(`${w[1]} ${name}`);
}
const PREV_CAP_WORD = /\b([A-Z][A-Za-z-]*) $/;

/** A single capitalised word in the plural right after a bare count, whose singular the text writes as a word of its own. */
function pluralOfGoods(text: string, s: number, name: string, count: RegExp | null): boolean {
  if (name.length < 4 || name.charCodeAt(name.length - 1) !== 115 || name.includes(" ")) return false;
  // "42 Rafales", and with the rule's counts "six Rafales".
  if (!/\d\s$/.test(text.slice(Math.max(0, s - 2), s)) && !(count && /\s$/.test(text.slice(s - 1, s)) && count.test(text.slice(Math.max(0, s - 60), s)))) return false;
  const one = name.slice(0, -1);
  for (let at = text.indexOf(one); at >= 0; at = text.indexOf(one, at + 1)) {
    const next = text.charCodeAt(at + one.length);
    if (!(next >= 97 && next <= 122) && !(next >= 65 && next <= 90) && !letterOrDigitAt(text, at - 1)) return true;
  }
  return false;
}

/**
 * Goods whose first capitalised word is the first word of an organisation the text names ("80
 * Dassault Rafale fighter jets" beside "Dassault Aviation"): that word is a mention of the maker.
 */
function makerIn(text: string, s: number, e: number, mentions: readonly Mention[]): Mention | null {
  const m = GOODS_FIRST_CAP.exec(text.slice(s, e));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const maker = mentions.find((o) => o.fromFact && (o.start >= e || o.end <= s) && (o.key === word || o.key.startsWith(word + " ")));
  if (!maker) return null;
  const at = s + m.index + m[0].length - m[1]!.length;
  // The maker's whole name where the goods write it ("80 Birch Aviation Falco jets"), else its first word.
  const whole = text.slice(maker.start, maker.end);
  const len = whole.length <= e - at && text.startsWith(whole, at) ? whole.length : m[1]!.length;
  return { start: at, end: at + len, name: maker.name, key: maker.key, fromFact: false };
}
/** The name goods are counted by, after a count and descriptions ("80 French-made Falco fighter jets": "Falco"). */
const GOODS_NAME = /^(?:[\d,.]+\s+|[a-z]+\s+)(?:[\w.]+-[\w-]+\s+)?(\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*)*)(?=\s)/u;
/** The first capitalised word of goods, after a count and descriptions ("80 French-made Dassault Rafale jets"). */
const GOODS_FIRST_CAP = /^(?:[\d,.]+\s+|[a-z]+\s+)?(?:[\w.]+-[\w-]+\s+)?(\p{Lu}[\p{Ll}&]{2,})(?=\s+\p{Lu})/u;

/** What else tells a capitalised run from a name (rules/fields.json, parties). */
export interface MentionRules {
  /** A count before and a noun of goods after: so many of a product ("six Rafale warplanes"). */
  goods?: { before: RegExp; after: RegExp } | null;
  /** Words that are no name on their own ("LNG"), though a name may end with them. */
  notAlone?: ReadonlySet<string>;
  /** "the" before a name and a club's noun after it: a league's name ("the Serie A club"), no party. */
  leagueClub?: { before: RegExp; after: RegExp } | null;
  /** The verb before "Public" or "Private" ("Plans To Go Public", "Agrees To Be Taken Private"), tried on the 8 characters before the word: going public or private names no one. */
  goPublicBefore?: RegExp | null;
}

/** Places joined by hyphens ("an Israel-US consortium", "US-China talks"): a description, no name. */
function placeCompound(name: string): boolean {
  if (!name.includes("-")) return false;
  const parts = name.split("-");
  return parts.length >= 2 && parts.every((p) => p.length > 0 && (isPlaceName(p) || isDemonym(p)));
}

/** A count right before the name and a noun of goods right after it ("six Rafale warplanes"). */
function goodsAfterCount(text: string, s: number, e: number, goods: { before: RegExp; after: RegExp }): boolean {
  const before = text.slice(Math.max(0, s - 60), s);
  if (!/\s$/.test(before) || !goods.after.test(text.slice(e, e + 40))) return false;
  return goods.before.test(before);
}

/** Words that join a Spanish or Portuguese name's words ("Puertos y Logistica"), as "of" joins an English one's. */
const NAME_JOINERS = new Set([" de ", " y "]);
const PLURAL_ACRONYM = /^[A-Z]{2,5}s$/;
let scaleWordsMemo: ReadonlySet<string> | null = null;
/**
 * A capitalised word made of a scale word ("Multi-Billion", "Billion-Dollar", "Multibillion",
 * "Trillion-Yen"): a title-case headline's way to say how large, never a name's word. The scale
 * words are the numbers lexicon's (rules: numbers.json scales).
 */
function amountWord(word: string): boolean {
  if (!scaleWordsMemo) {
    const set = new Set<string>();
    for (const [w, k] of numbersCompiled().wordKinds) if (k.kind === "scale" && w.length >= 4 && !w.includes(" ")) set.add(w.toLowerCase());
    scaleWordsMemo = set;
  }
  const lower = word.toLowerCase();
  const bare = lower.startsWith("multi") ? lower.slice(lower[5] === "-" ? 6 : 5) : lower;
  if (scaleWordsMemo.has(bare)) return true;
  if (!lower.includes("-")) return false;
  for (const part of lower.split("-")) if (scaleWordsMemo.has(part)) return true;
  return false;
}

/**
 * Organisation mentions: the org facts (with their canonical names), then capitalised runs that no
 * org fact covers, cut at words that are not names (articles, months, deal words, verbs).
 */
export function findMentions(source: string, facts: readonly RawFact[], stop: ReadonlySet<string>, suffixes: ReadonlySet<string>, descriptorEndings: readonly string[] = [], titles: ReadonlySet<string> = new Set(), more: MentionRules = {}): Mention[] {
  // A web address names nothing (".../Novozymes-Chr-Hansen-merge/"): its words are blanked out, offsets kept.
  const text = withoutWebAddresses(source);
  const goods = more.goods ?? null;
  const out: Mention[] = [];
  const covered: Span[] = [];
  const orgStarts = new Set<number>();
  // A place noun right after a name makes it a place ("the Central district"; rules: orgs.json placeNounsAfter).
  const placeNoun = placeNounAfter();
  // People: the speakers of the source's quotes, by full name and by surname ("Smith said").
  let people: Set<string> | null = null;
  // Where the source's amounts end: a headline's "$18 Billion Nuclear Power Deal" (see flush).
  let moneyEnds: Set<number> | null = null;
  for (const f of facts) {
    if (f.type === "quote" && typeof f.value.speaker === "string" && isPersonName(f.value.speaker)) (people ??= new Set()).add(f.value.speaker.trim().toLowerCase());
    if (f.type === "org") orgStarts.add(f.start);
    if (f.type !== "org") {
      if (f.type !== "quote") covered.push(f);
      if (f.type === "money") (moneyEnds ??= new Set()).add(f.end);
      continue;
    }
    const name = typeof f.value.name === "string" && f.value.name ? f.value.name : text.slice(f.start, f.end);
    const key = nameKey(name, suffixes);
    // "in Hong Kong’s Central district": an organisation fact a place noun follows is that place.
    // "confirmed to Deadline by a source", "told Reuters": the outlet told is where the news came
    // from, no side of a deal, and no mention for the statements to read.
    if (key && !placeNoun?.test(text.slice(f.end, f.end + 16)) && !TOLD_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) out.push({ start: f.start, end: f.end, name, key, fromFact: true });
    covered.push(f);
  }
  // "80 Dassault Rafale fighter jets" (a quantity) beside "Dassault Aviation said": the goods' first
  // word is their maker, an organisation the text names in full, and a mention of it.
  // The names such quantities count as goods ("80 Falco fighter jets"): see goodsKeys below.
  const countedNames: string[] = [];
  for (const f of facts) {
    if (f.type !== "quantity") continue;
    const maker = makerIn(text, f.start, f.end, out);
    if (maker) out.push(maker);
    const named = GOODS_NAME.exec(text.slice(f.start, f.end));
    if (named) countedNames.push(named[1]!);
  }
  if (people) {
    // A quote of a company ("…," Goldman Sachs said) has a name for its speaker, no person's: one
    // that is an organisation's name, or starts with one ("Valtora Pension Plan" beside "Valtora").
    const orgKeys = out.map((m) => m.key);
    for (const name of [...people]) {
      const k = nameKey(name, suffixes);
      if (orgKeys.some((o) => k === o || k.startsWith(o + " "))) people.delete(name);
    }
    for (const name of [...people]) people.add(name.slice(name.lastIndexOf(" ") + 1));
  }
  covered.sort((a, b) => a.start - b.start);
  const isCovered = (s: number, e: number) => {
    // Binary search for the first span ending after s.
    let lo = 0, hi = covered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < covered.length && covered[i]!.start < e; i++) if (covered[i]!.end > s) return true;
    return false;
  };
  // abbrevEnd: where a run ends in an abbreviation that opens a name ("St" of "St. Jude"), before its full stop.
  let run: { start: number; end: number; person?: boolean; product?: boolean; abbrevEnd?: number } | null = null;
  // Words the text writes in lower case, looked up when a one-word name opens a sentence (built once, when first asked).
  let lowerSeen: LowerSeen | null = null;
  // Names the text counts as goods ("80 Rafale fighter jets"): their keys.
  const goodsKeys = new Set<string>(countedNames.map((n) => nameKey(n, suffixes)));
  // Where the last model code ended ("A321| Neo aircraft"): a word right after it is the model's.
  let modelEnd = -1;
  // Where the last person's title ended ("… Officer| Peng Xiao"): a run that starts right after it is a person.
  let titleEnd = -1;
  const flush = () => {
    if (!run) return;
    let s = run.start, e = run.end;
    let name = text.slice(s, e);
    if (run.person || run.product || (people?.has(name.toLowerCase()) && !PERSON_BUYS_AFTER.test(text.slice(e, e + 200)) && !PERSON_BUYS_BEFORE.test(text.slice(Math.max(0, s - 60), s)))) {
      run = null;
      return;
    }
    const poss = /['’]s$/.exec(name);
    if (poss) {
      // "Finland's Karvell": a name no org fact covers, in the possessive before an organisation,
      // is its home or owner, not a party of its own.
      if (orgStarts.has(e + 1) && text[e] === " ") {
        run = null;
        return;
      }
      e -= poss[0].length;
      name = name.slice(0, -poss[0].length);
    }
    // Most runs are names a fact already holds: that is known before the name's key is worked out.
    if (isCovered(s, e)) {
      run = null;
      return;
    }
    // "Indonesia orders 42 Rafales": a count, then the plural of a word the text also writes alone
    // ("Rafale fighter jets"), is so many of a product, no organisation.
    if (pluralOfGoods(text, s, name, goods?.before ?? null)) {
      run = null;
      return;
    }
    // A product the lexicon knows ("to buy Patriot missiles", "its Dreamliner order") is nobody's
    // party; nor is a name a place noun follows ("in Hong Kong’s Central district").
    if (more.notAlone?.has(name) || isProductName(name) || placeNoun?.test(text.slice(e, e + 16)) || endsWithNotNameWord(name)) {
      run = null;
      return;
    }
    // "from Dan and Tanya Snyder": a first name alone, then "and" and another person's first name
    // and surname, shares that surname: the mention is the whole person's.
    if (!poss && !name.includes(" ")) {
      const couple = /^\s+(?:and|&)\s+([A-Z][\p{L}’'-]+)\s+([A-Z][\p{L}’'-]+)\b/u.exec(text.slice(e, e + 60));
      if (couple && isPersonName(`${name} ${couple[2]}`) && isPersonName(`${couple[1]} ${couple[2]}`)) name = `${name} ${couple[2]}`;
    }
    // "Consortium acquires port lease" beside "a consortium of investors": one word that opens a
    // sentence or headline, and that the text also writes in lower case, is a common noun.
    if (!poss && !name.includes(" ") && opensSentence(text, s)) {
      const lower = name.toLowerCase();
      if (lower !== name && (lowerSeen ??= new LowerSeen(text)).has(lower)) {
        run = null;
        return;
      }
    }
    // "Amazon Signs $18 Billion Nuclear Power Deal with Talen", "Stock Surges Following Silicon
    // Carbide Wafer Deal with Y": before a headline's deal noun, words the text also writes in lower
    // case ("nuclear power") say what kind of deal it is; no name ("Signs $300 Billion Oracle Deal"
    // keeps Oracle, never written so). One such word alone only right after the amount.
    if (((moneyEnds?.has(s - 1) && text.charCodeAt(s - 1) === 32) || name.includes(" ")) && DEAL_NOUN_AFTER.test(text.slice(e, e + 40)) && name.split(" ").every((w) => w.toLowerCase() !== w && (lowerSeen ??= new LowerSeen(text)).has(w.toLowerCase()))) {
      run = null;
      return;
    }
    // "the existing long term Strategic Partnership with Y", "a Master Services Agreement": common
    // words the text capitalises before a word for an agreement name the agreement, no party.
    const describes = poss ? null : name.includes(" ") && AGREEMENT_LAST.test(name) ? name.split(" ").slice(0, -1) : AGREEMENT_NEXT.test(text.slice(e, e + 14)) ? name.split(" ") : null;
    if (describes && describes.every(commonWord)) {
      run = null;
      return;
    }
    const key = nameKey(name, suffixes);
    // "buy six Rafale warplanes": so many of a product. A name an org fact holds elsewhere in the
    // text is a maker's ("orders 60 Zephyra jets" beside "Zephyra said"), and stays.
    if (goods && goodsAfterCount(text, s, e, goods) && !out.some((o) => o.fromFact && o.key === key)) {
      // Remembered, with a descriptor before it gone ("French-made Rafale"), for the same name
      // counted elsewhere without its noun ("the sale of 80 Rafale to Y").
      goodsKeys.add(key);
      const bare = /^\S+-\S+\s(\S.*)$/.exec(name);
      if (bare) goodsKeys.add(nameKey(bare[1]!, suffixes));
      // "six Dassault Rafale warplanes" beside "Dassault Aviation said": the goods' maker is a mention.
      const maker = makerIn(text, s, e, out);
      if (maker) out.push(maker);
      run = null;
      return;
    }
    // A place ("the San Diego company", "in Victoria") or its adjective ("two Peruvian assets") is
    // nobody's party or counterpart.
    // A corporate suffix alone ("2seventy bio, Inc.": the name before it is not capitalised) is no name.
    // A country or city that acts as a buyer or a party to a contract ("Poland on Friday signed a
    // deal to purchase tanks from Y", "Norway has selected Y's frigates") is a party: its
    // government's. Only as the subject of such a verb; elsewhere a place is where things are.
    if (key && key.length > 1 && !suffixes.has(key) && (!isPlaceName(name) || placeActsAfter(text.slice(e, e + 48)) || (!poss && placeCounterpartBefore(text.slice(Math.max(0, s - 40), s)))) && !isDemonym(name) && !placeCompound(name) && !placeBefore(text, s, name)) out.push({ start: s, end: e, name, key, fromFact: false });
    run = null;
  };
  CAP_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_TOKEN.exec(text))) {
    const s = m.index;
    let e = s + m[0].length;
    // A word inside a word ("ChatGPT" is one token already; "eBay"-like lower starts are skipped).
    if (s > 0 && letterOrDigitAt(text, s - 1)) continue;
    // "7-Eleven": a word joined by a hyphen to a number or word before it is that word's part.
    if (s > 1 && text.charCodeAt(s - 1) === 45 && letterOrDigitAt(text, s - 2)) continue;
    if (text.charCodeAt(s) >= 0x100 && text[s] === text[s]!.toLowerCase()) continue;
    // A token holds no apostrophe and ends in no full stop (CAP_TOKEN): the word is the token.
    const word = m[0];
    if (word.includes("-") && endsWithAny(word.toLowerCase(), descriptorEndings)) {
      // "San Francisco-based": the words before it in the run are the place it describes, no name
      // ("St. Paul-based" too).
      if (run && (text.slice(run.end, s) === " " || (run.abbrevEnd === run.end && text.slice(run.end, s) === ". "))) run = null;
      else flush();
      continue;
    }
    // "Plans To Go Public", "Agrees To Be Taken Private": going public or private names no one.
    if ((word === "Public" || word === "Private") && more.goPublicBefore && more.goPublicBefore.test(text.slice(Math.max(0, s - 8), s))) {
      flush();
      continue;
    }
    // "Multi-Billion", "Billion-Dollar", "Multibillion": a headline's amount word, no name (and the end of one).
    // "3 Daiichi ADCs", "Nvidia GPUs": an acronym's plural is goods or things, no name's word (and the end of one).
    if ((word.length > 7 && amountWord(word)) || PLURAL_ACRONYM.test(word)) {
      flush();
      continue;
    }
    // A model code ("AV220", "A320neo") names a product, not a company: it ends the name before it.
    // "the world's No. 3 computer maker": a rank, no name.
    const code = /\d/.test(word);
    if (stop.has(word) || code || (word === "No" && /^\.?\s?\d/.test(text.slice(e, e + 4)))) {
      flush();
      if (titles.has(word)) titleEnd = e;
      if (code) modelEnd = e;
      continue;
    }
    if (/['’]s\b/.test(text.slice(e, e + 3))) e += 2;
    const gap = run ? text.slice(run.end, s) : "";
    // A name in Spanish or Portuguese joins its words with "de" or "y" ("Puertos y Logistica").
    if (run && (gap === " " || gap === " & " || gap === " of " || NAME_JOINERS.has(gap) || (gap === ". " && run.abbrevEnd === run.end)) && !possessiveEnd(text, run.end)) {
      run.end = e;
    } else {
      flush();
      run = { start: s, end: e };
      if (titleEnd >= 0 && text.slice(titleEnd, s) === " ") run.person = true;
      // "150 A321 Neo aircraft", "the A350 Freighter": a word after a model code is the model's name.
      else if (modelEnd >= 0 && text.slice(modelEnd, s) === " ") run.product = true;
    }
    if (text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) === 32 && isNameAbbreviation(word)) run.abbrevEnd = e;
  }
  flush();
  // "the sale of 80 Rafale to Y": a name the text counts as goods elsewhere, counted here too, is goods.
  if (goodsKeys.size && goods) {
    const gk = goodsKeys;
    const counted = (x: Mention) => /\s$/.test(text.slice(x.start - 1, x.start)) && goods.before.test(text.slice(Math.max(0, x.start - 60), x.start));
    for (let i = out.length - 1; i >= 0; i--) if (!out[i]!.fromFact && gk.has(out[i]!.key) && counted(out[i]!)) out.splice(i, 1);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Names the text calls a building or asset ("X, a 36-storey office building"): every mention of
  // them is marked, so that buying the tower makes no party of it (and the words "buy X" still
  // bind to X, not to the next name along).
  // So are names right before a facility's noun that no org fact holds ("partners in the Leviathan
  // gas field", "the Hinkley Point power station").
  const building = buildingAfter();
  const facility = facilityAfter();
  const program = programAfter();
  const defined = definedProgramAfter();
  let assets: Set<string> | null = null;
  let kinds: Set<string> | null = null;
  for (const x of out) {
    const c = text.charCodeAt(x.end);
    if (c === 44 ? building?.test(text.slice(x.end, x.end + 100)) : c === 32 && !x.fromFact && (facility.test(text.slice(x.end, x.end + 40)) || !!program?.test(text.slice(x.end, x.end + 40)))) (assets ??= new Set()).add(x.key);
    // "a Build-Operate-Transfer (BOT) agreement": the name and its short form name a kind of
    // agreement, no one: they are no mentions at all (so "signed a … agreement with Y" reads on).
    else if (c === 32 && !x.fromFact && defined?.test(text.slice(x.end, x.end + 40))) {
      (kinds ??= new Set()).add(x.key);
      const short = /^ \(([^()]+)\)/.exec(text.slice(x.end, x.end + 14))?.[1];
      if (short) kinds.add(nameKey(short, suffixes));
    }
  }
  // Drop mentions nested in an earlier one.
  const kept: Mention[] = [];
  for (const x of out) {
    const last = kept[kept.length - 1];
    if (last && x.start < last.end) continue;
    if (kinds?.has(x.key) && !x.fromFact) continue;
    if (assets?.has(x.key)) x.asset = true;
    kept.push(x);
  }
  // "a stake in Premier League club Kelsford Harriers": a name, a word for a kind of organisation,
  // then a name: the first only describes the second (no party, no other deal's counterpart).
  for (let k = kept.length - 2; k >= 0; k--) if (describesNext(text, kept[k]!.end, kept[k + 1]!.start)) kept.splice(k, 1);
  // "buying the Serie A club", "the Italian Serie A soccer club AS Roma": a league's name between
  // "the" and a club's noun says what kind of club, it is no party (rules: parties.leagueClub).
  const league = more.leagueClub;
  if (league) for (let k = kept.length - 1; k >= 0; k--) {
    const x = kept[k]!;
    if (league.after.test(text.slice(x.end, x.end + 40)) && league.before.test(text.slice(Math.max(0, x.start - 30), x.start))) kept.splice(k, 1);
  }
  return kept;
}

/** A headline's deal noun, capitalised, right after a run of words (or a word or two more: "Nuclear| Power Deal"). */
/** A capitalised run that ends in a word for an agreement ("Strategic Partnership", "Framework Agreement"). */
const AGREEMENT_WORDS = "(?:Partnership|Agreement|Alliance|Accord|Pact|Deal|Contract|Framework)";
const AGREEMENT_LAST = new RegExp(` ${AGREEMENT_WORDS}$`);
const AGREEMENT_NEXT = new RegExp(`^ ${AGREEMENT_WORDS}\\b`);
/** A word compromise's lexicon knows as a common word, or its tagger reads as describing ("Strategic"). */
const commonWord = (w: string): boolean => {
  const k = lexiconKind(w);
  return k === "common" || (k === "unknown" && describingWord(w));
};
const DEAL_NOUN_AFTER = /^(?: [A-Z][a-z]+){0,2} (?:Deal|Deals|Pact|Agreement|Contract|Partnership|Tie-[Uu]p|Order|Takeover|Acquisition|Merger|Investment)\b/;

/** Does the text before `end` end in "'s" or "’s"? (Two characters looked at, not the whole run.) */
function possessiveEnd(text: string, end: number): boolean {
  return end >= 2 && text[end - 1] === "s" && (text[end - 2] === "'" || text[end - 2] === "’");
}

/** A fact as a skeleton reads it: its span, and for a percentage its type and value. */
export type SkeletonFact = Span & { type?: string; value?: Record<string, unknown> };

/**
 * A stake of more than half ("its 74% stake in Y", "a 51 per cent interest"): the skeleton reads it
 * as the word "majority", so that statements about a controlling stake ("sell its majority stake in
 * Y to Z") read it as they read the word.
 */
function isMajorityStake(text: string, f: SkeletonFact, stakeNoun: RegExp | null): boolean {
  if (f.type !== "percent" || !stakeNoun) return false;
  const v = f.value?.value;
  if (typeof v !== "number" || !(v > 50 && v <= 100) || f.value?.max !== undefined) return false;
  return stakeNoun.test(text.slice(f.end, f.end + 40));
}

/** The rules a skeleton reads (merge/rules.ts compiles them from rules/fields.json's parties). */
export interface SkeletonRules {
  /** parties.leadsGroup, anchored: what after a name makes it the leader of a group that acts. */
  leadsGroup: RegExp | null;
  /** parties.describedSubject, global: "the company" that stands for an organisation named before it (parties.ts). */
  describedSubject?: RegExp | null;
  /** parties.stakeNoun, anchored: the noun after a percentage that makes it a stake. */
  stakeNoun: RegExp | null;
}
const NO_SKELETON_RULES: SkeletonRules = { leadsGroup: null, stakeNoun: null };

/** Whether only blanks, quotes or brackets stand between `at` and the start of the text, a line or a sentence. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === '"' || text[i] === "“" || text[i] === "‘" || text[i] === "(")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "." || text[i] === "!" || text[i] === "?" || text[i] === ":";
}

/** A sentence with mentions as MARK+index and other facts as FACT_MARK; `map` gives the mention of each index. */
export interface Skeleton {
  text: string;
  mentions: Mention[];
  /** Which party patterns may match (rules' partyFilter), worked out when first needed. */
  hits?: Uint8Array | undefined;
}

/** Between two names only " club ", " carmaker ", " football club ": the first describes the second. */
function describesNext(text: string, end: number, next: number): boolean {
  if (next - end < 4 || next - end > 22) return false;
  const gap = text.slice(end, next);
  if (gap[0] !== " " || gap[gap.length - 1] !== " ") return false;
  const words = gap.trim();
  return /^[a-z][a-z -]*$/.test(words) && isOrgNoun(words);
}

export function skeleton(text: string, span: Span, mentions: readonly Mention[], facts: readonly SkeletonFact[], rules: SkeletonRules = NO_SKELETON_RULES): Skeleton {
  const items: { start: number; end: number; m?: Mention; majority?: boolean }[] = [];
  for (const m of mentions) if (m.start >= span.start && m.end <= span.end) items.push({ start: m.start, end: m.end, m });
  const first = items.length;
  for (const f of facts) {
    if (f.start < span.start || f.end > span.end) continue;
    // "355 Birch Co aircraft": a count whose words hold a name is read as its words, so that the
    // name stays a name ("to order 355 Birch Co aircraft" still names the maker).
    let holds = false;
    for (let k = 0; k < first && !holds; k++) {
      const m = items[k]!;
      holds = m.start >= f.start && m.end <= f.end && (m.start > f.start || m.end < f.end);
    }
    if (!holds) items.push({ start: f.start, end: f.end, majority: isMajorityStake(text, f, rules.stakeNoun) });
  }
  items.sort((a, b) => a.start - b.start || (a.m ? -1 : 1));
  let out = "";
  let pos = span.start;
  const ms: Mention[] = [];
  for (const it of items) {
    if (it.start < pos) continue;
    let gap = text.slice(pos, it.start);
    // "QatarEnergy and India’s Petronet LNG signed": a place's possessive before a name is where
    // the company is from; statements read "{A} and {B} signed".
    if (it.m && gap.length > 3 && (gap.endsWith("’s ") || gap.endsWith("'s "))) {
      const place = PLACE_POSSESSIVE.exec(gap);
      if (place && isPlaceName(place[1]!)) gap = gap.slice(0, place.index);
    }
    out += gap;
    if (it.m) {
      if (ms.length >= 0x1700) break;
      out += MARK + String.fromCharCode(INDEX_BASE + ms.length);
      ms.push(it.m);
      pos = it.end;
      // "Acme Industries, Ltd. (Head office: Tokyo; President: ...) announced": a suffix the
      // name left out and a bracket of details read as nothing, so statements see "Acme announced".
      const details = detailsAfterName().exec(text.slice(pos, Math.min(span.end, pos + 260)));
      if (details) {
        let skip = details[0];
        // A ticker-shaped bracket that is a mention of its own ("Acme (ACM)", ACM a name) stays: it is an alias.
        if (!skip.includes(":") && mentions.some((o) => o.start >= pos && o.start < pos + skip.length)) skip = skip.slice(0, Math.max(0, skip.lastIndexOf("("))).trimEnd();
        pos += skip.length;
      }
      // "A Blackstone-led consortium agreed to buy Y": the name stands for the group it leads.
      const led = rules.leadsGroup?.exec(text.slice(pos, Math.min(span.end, pos + 80)));
      if (led) pos += led[0].length;
      continue;
    } else out += it.majority ? "majority" : FACT_MARK;
    pos = it.end;
  }
  out += text.slice(pos, span.end);
  // "its U.K. utility business", "at 9 a.m. London time": the full stops of an abbreviation end no
  // clause, so the statements' gaps ([^.;!?]) read through them. Each becomes "_", a word character,
  // so that the abbreviation is still one word to them ("U_K_"), and the skeleton keeps its length.
  if (out.includes(".")) out = out.replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, "_"));
  return { text: out, mentions: ms, hits: undefined };
}
const DOTTED_ABBREVIATION = /\b(?:[A-Za-z]\.){2,}/g;
/**
 * A quote's speaker is no party, except where the sentence makes the person the buyer: "Elon Musk
 * agreed to buy Twitter", "X has reached an agreement to buy the Y baseball team", "X signed an
 * agreement Monday with Z to purchase 95 percent of Y", "X, a billionaire hedge fund manager, is in
 * agreement to buy Y", "to sell the team to William Chisholm", "a group led by William
 * Chisholm has agreed to purchase" (a person who buys a team or a company is its side of the deal).
 */
const PERSON_BUYS_AFTER = /^(?:,\s+(?:a|an|the)\s+[^,.;!?]{1,80}?,)?\s+(?:(?:has|have|had|is|was|will|would|to|agreed|agrees|set|on\s+\p{Lu}[a-z]+day)\s+){0,3}(?:(?:(?:reached|reaches|struck|strikes|signed|signs|entered\s+into)\s+(?:an?\s+)?(?:(?:definitive|final|formal)\s+)?(?:agreement|deal)|in\s+agreement)\s+(?:[^.;!?]{0,60}?\s)?to\s+)?(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\b/u;
const PERSON_BUYS_BEFORE = /\b(?:(?:sell|sells|sold|selling)\s+(?:[\w’'-]+\s+){0,4}?to|(?:led|bought|acquired|purchased)\s+by)\s+$/;
/** Words right before an organisation that make it the one the news was told to or reported by. */
const TOLD_BEFORE = /\b(?:told|confirmed\s+to|disclosed\s+to|reported\s+by|according\s+to|speaking\s+to|in\s+an\s+interview\s+with|cited\s+by)\s+(?:the\s+)?$/;
const PLACE_POSSESSIVE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)['’]s $/u;
