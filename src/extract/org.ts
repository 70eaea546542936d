// Organisations (issue 3). Regex candidate generation and lexicons first, compromise last:
//  1. tokens and runs of capitalised words (connectors "of", "&", "and" allowed inside a run),
//  2. per run: gazetteer (longest match), places, role words and stop words split it into candidates,
//  3. each candidate is decided by evidence, each kind with its rule id (org.suffix, org.head,
//     org.camel, org.definition, org.role-of, org.possessive, ...), after a person/place check,
//  4. coordinated lists next to known organisations (org.list),
//  5. every later mention of a name established in the source, its short forms and its
//     parenthesised alias (org.alias), and social handles that match a known name (org.handle).
// Canonical names are computed from the name alone (suffix and possessive stripped, gazetteer aliases
// resolved), so the same organisation gets the same name in every source.
import { BoundedCache } from "../util/bounded-cache.js";
import { z } from "zod";
import type { ExtractContext, Extractor, RawFact } from "./types.js";
import { loadRules } from "../rules/load.js";
import { describingWord, lexiconKind } from "../nlp/compromise.js";
import { foldAccents } from "../util/fold.js";
import { withoutWebAddresses } from "../util/url-date.js";

const GazEntry = z.union([z.string(), z.object({ name: z.string(), aliases: z.array(z.string()) })]);
export const OrgRules = z.object({
  corporateSuffixes: z.array(z.string()),
  headWords: z.array(z.string()),
  weakHeadWords: z.array(z.string()),
  orgNouns: z.array(z.string()),
  orgVerbs: z.array(z.string()),
  knownNameVerbs: z.array(z.string()).default([]),
  /** Auxiliaries an org verb may follow: "X has agreed", "X had already sold". */
  orgVerbAuxiliaries: z.array(z.string()).default([]),
  /** The verbs (and their auxiliaries) that make a place the subject of a deal: a party (merge/text.ts findMentions). */
  placeActs: z.object({ auxiliaries: z.array(z.string()), verbs: z.array(z.string()), counterpartBefore: z.array(z.string()).default([]), reason: z.string() }).optional(),
  gazetteer: z.array(GazEntry),
  weakNames: z.array(z.string()),
  /** Lower-case words that make a weak name part of a common phrase ("Target price"): no organisation then. */
  weakNameCompounds: z.array(z.string()).optional(),
  places: z.array(z.string()),
  /** Countries and regions that, right after a well-known name, name its unit there ("HSBC Bank Canada", "Walmart Mexico"). */
  unitPlaces: z.array(z.string()).default([]),
  months: z.array(z.string()),
  weekdays: z.array(z.string()),
  stopWords: z.array(z.string()),
  productNames: z.array(z.string()),
  notLastWords: z.array(z.string()).default([]),
  /** Stop words that open a name ending in a head word or suffix when a capitalised word follows ("First Republic Bank"). */
  nameOpeners: z.array(z.string()).default([]),
  nameAbbreviations: z.array(z.string()).default([]),
  productPatterns: z.array(z.string()),
  /** Nouns of goods a model code names ("K2 tanks", "A321 aircraft"). */
  goodsNouns: z.array(z.string()).default([]),
  honorifics: z.array(z.string()),
  /** Honorifics that may open a company's name ("Mr. Cooper Group Inc.", "Dr Pepper Snapple Group"), written without their full stop. */
  nameHonorifics: z.array(z.string()).default([]),
  /** A word and the honorific after it that together are one title ("Crown Prince"): the word names no organisation. */
  compoundTitles: z.array(z.string()).optional(),
  namePrefixes: z.array(z.string()),
  firstNames: z.array(z.string()),
  demonyms: z.array(z.string()),
  /**
   * A government office before a title ("French Finance Minister Bruno Le Maire", "Former U.S.
   * Commerce Secretary"): words that may open it, and the portfolios it is made of. No organisation.
   */
  governmentOffice: z.object({ modifiers: z.array(z.string()), portfolios: z.array(z.string()) }).optional(),
  facilityNouns: z.array(z.string()),
  /** "the Joint Enterprise Defense Infrastructure (JEDI) contract": a name right before such a noun is the contract's or programme's. */
  programNouns: z.array(z.string()).default([]),
  /** "a Build-Operate-Transfer (BOT) agreement": nouns that, after a name and its bracketed short form, make the name a kind of agreement's, no organisation's (not without the short form: "the Alder agreement" may be Alder's). */
  definedAgreementNouns: z.array(z.string()).default([]),
  /** "The Dallas Morning News", "The Calder Times": a newspaper's last word, after "The" and at least one capitalised word. */
  mastheadNouns: z.array(z.string()).default([]),
  /** What an appositive names when the name before it is a building or asset, no company: "X, a 36-storey office building". */
  buildingNouns: z.array(z.string()).default([]),
  /** A noun right after a name that makes it a place, in lower case as written ("the Central district"; not "Kerala state": a state is also a government). */
  placeNounsAfter: z.array(z.string()).default([]),
  productCues: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  dealContexts: z.array(z.string()),
  /** Verbs of title-case headlines ("X and Y Forge Alliance"): never part of a name there. */
  headlineVerbs: z.array(z.string()),
  headlinePrepositions: z.array(z.string()).default([]),
  /** Nouns after a possessive that only a company has ("X’s shares", "X’s cloud division"). */
  possessiveBusinessNouns: z.array(z.string()),
  /** Words right after such a noun that make it a place's ("X’s stock market"). */
  possessiveNotAfter: z.array(z.string()),
  /** Nouns after a name that make it a unit's name and the word before it its owner ("Alder's Sporting Goods unit"). */
  unitNounsAfterOwner: z.array(z.string()).default([]),
  /** People "at" a workplace ("those at X", "engineers at X"): X is an organisation, not a person. */
  workplaceNouns: z.array(z.string()),
  /** Words before a multi-word name ending in a (weak) head word that make it an organisation ("by X Times"). */
  headFrames: z.array(z.string()),
  /** Lower-case hyphen tails after a single name that make it an organisation ("X-backed"). */
  attributeTails: z.array(z.string()),
  /** "St. Paul-based": a name with such a hyphen tail is the place of what follows. */
  placeTails: z.array(z.string()).default([]),
  /** Plural nouns of members ("Workers", "Farmers") that, before a collective head, make a union's or association's name. */
  memberNouns: z.array(z.string()),
  /** Heads of bodies of members ("Union", "Association"): "X and Y Workers' Union" is one name. */
  collectiveHeads: z.array(z.string()),
  /** Months that are also first names ("April Desmarais"): a name, not a date, before a surname. */
  monthFirstNames: z.array(z.string()),
  /** Nouns after a facility noun that make it a business's name ("the X Gas pipeline business"). */
  businessAfterFacility: z.array(z.string()),
  /** Verbs of someone's work before "at" ("who covers pharma at X", "works at X"): X is a workplace. */
  workVerbs: z.array(z.string()),
  /** Nouns after a possessive that make it an eponym ("Crohn’s disease"), no organisation's. */
  eponymNouns: z.array(z.string()),
  /** Weak heads that a name of unknown words does not make an organisation alone ("the Acme Board" is Acme's board). */
  weakHeadsWithContext: z.array(z.string()),
  /** Heads of public bodies whose "of"/"for" holds the rest of the name ("Ministry of Industry and Trade"). */
  institutionHeads: z.array(z.string()),
  /** Words a lone letter or number labels ("Class A", "Series B"): such a pair is no name. */
  labelWords: z.array(z.string()),
  /** Head words that open a name, as Romance languages write them: "Banco Mirandela", "Grupo Vela". */
  leadingHeads: z.array(z.string()).optional(),
  /** Honorific words before a company's initials that coverage often leaves out: "Royal DSM" and "DSM" are one key. */
  acronymOpeners: z.array(z.string()).optional(),
  /** Words that open a company's name before a place: "Air India", "Coal India", "Bank Indonesia"; a club's ("AC Milan"); a sport's governing body ("Cricket Australia", "Hockey Canada"). */
  headsBeforePlace: z.array(z.string()).optional(),
  /** Last words that number a series ("Fund VII", "Partners 2"): such a name is a vehicle of its sponsor, never the full name of a shorter one. */
  seriesWords: z.array(z.string()).optional(),
  /** Last words of a vehicle a company sponsors: "<sponsor> REIT" ("SPH REIT") owns none of the sponsor's short forms. */
  vehicleWords: z.array(z.string()).optional(),
});
export type OrgRules = z.infer<typeof OrgRules>;

const SpeechRoles = z.looseObject({ roleWords: z.array(z.string()) });

// ---- tokens ---------------------------------------------------------------------------------
export interface Tok {
  s: number;
  e: number;
  w: string;
  /** Starts with a capital (or digit+capital, "3M"), or is a known mixed-case name ("eBay"). */
  cap: boolean;
  /** Followed by a possessive ’s / 's (not part of the token). */
  poss: boolean;
  /** Lower-case hyphen tail that was split off ("based" of "Seattle-based"). */
  tail: string | null;
  /** First word of a sentence or line. */
  sentStart: boolean;
  /** nameKey(w) and its place form, computed on first use. */
  k?: string;
  pk?: string;
}

// One character class under one quantifier: linear.
// Only words that can be part of a name: capitalised, digits, handles, or mixed case ("eBay", "xAI").
// Lower-case words are not tokens; connectors between names are read from the gap in buildRuns.
const TOKEN_RE = /(?<![A-Za-z0-9\u00C0-\u024F\u0300-\u036F])(?:[A-Z0-9@\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F]|[a-z]{1,3}(?=[A-Z]))[A-Za-z0-9\u00C0-\u024F\u0300-\u036F&'’./·-]*/g;
// TOKEN_RE's classes by character code, for the scanner that replaces it (tokenSpans: the same
// matches, without a regex call and a match array per token).
const T_W = 1; // the look-behind's letters: A-Za-z0-9\u00C0-\u024F\u0300-\u036F
const T_START = 2; // a first character: A-Z0-9@\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F
const T_BODY = 4; // the rest: A-Za-z0-9\u00C0-\u024F\u0300-\u036F&'’./·-
const T_LOWER = 8; // a-z
const T_UPPER = 16; // A-Z
const TOKEN_CLASS = (() => {
  const t = new Uint8Array(0x370);
  const set = (from: number, to: number, f: number) => {
    for (let c = from; c <= to; c++) t[c]! |= f;
  };
  for (const [a, b] of [[65, 90], [97, 122], [48, 57], [0xc0, 0x24f], [0x300, 0x36f]] as const) set(a, b, T_W | T_BODY);
  for (const [a, b] of [[65, 90], [48, 57], [64, 64], [0xc0, 0xd6], [0xd8, 0xde], [0x100, 0x24f]] as const) set(a, b, T_START);
  for (const ch of "&'./·-") set(ch.charCodeAt(0), ch.charCodeAt(0), T_BODY);
  set(97, 122, T_LOWER);
  set(65, 90, T_UPPER);
  return t;
})();
function tokenClass(c: number): number {
  return c < 0x370 ? TOKEN_CLASS[c]! : c === 0x2019 ? T_BODY : 0;
}
/** The end of the TOKEN_RE match starting at i, or -1 when none starts there. */
function tokenEndAt(text: string, i: number): number {
  const n = text.length;
  if (i > 0 && (tokenClass(text.charCodeAt(i - 1)) & T_W) !== 0) return -1;
  const f = tokenClass(text.charCodeAt(i));
  let e: number;
  if (f & T_START) e = i + 1;
  else if (f & T_LOWER) {
    // [a-z]{1,3}(?=[A-Z]): the whole run of lower-case letters, three at most, then a capital.
    let j = i + 1;
    while (j < n && j - i <= 3 && (tokenClass(text.charCodeAt(j)) & T_LOWER) !== 0) j++;
    if (j - i > 3 || j >= n || (tokenClass(text.charCodeAt(j)) & T_UPPER) === 0) return -1;
    e = j;
  } else return -1;
  tokenSep = -1;
  for (; e < n; e++) {
    const c = text.charCodeAt(e);
    if ((tokenClass(c) & T_BODY) === 0) break;
    if ((c === 45 || c === 47) && tokenSep < 0) tokenSep = e;
  }
  // A trailing "+" is part of a brand's name ("Canal+", "Disney+", "Paramount+") when the word has
  // lower-case letters and nothing word-like follows: not a rating ("AA+", "BBB+") or a sum ("A+B").
  if (text.charCodeAt(e) === 43 && e - i >= 3 && (e + 1 >= n || (tokenClass(text.charCodeAt(e + 1)) & T_W) === 0 && text.charCodeAt(e + 1) !== 43)) {
    let lower = false;
    for (let k = i + 1; k < e && !lower; k++) lower = (tokenClass(text.charCodeAt(k)) & T_LOWER) !== 0;
    if (lower && tokenSep < 0) e++;
  }
  return e;
}
/** Offset of the first "-" or "/" in the token found by the last tokenEndAt call, or -1. */
let tokenSep = -1;
/** End of the token found by the last nextToken call. */
let tokenEnd = 0;
/** Start of the first TOKEN_RE match at or after i (its end in tokenEnd), or -1. */
function nextToken(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const e = tokenEndAt(text, i);
    if (e >= 0) {
      tokenEnd = e;
      return i;
    }
    if ((tokenClass(text.charCodeAt(i)) & T_W) !== 0) {
      // Inside a word and right after it nothing starts (the look-behind sees a letter).
      let j = i + 1;
      while (j < n && (tokenClass(text.charCodeAt(j)) & T_W) !== 0) j++;
      i = j + 1;
    } else i++;
  }
  return -1;
}
/** [start, end] of every TOKEN_RE match, in order (for tests: the scanner against the regex). */
function tokenSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = nextToken(text, 0); i >= 0; i = nextToken(text, tokenEnd)) out.push([i, tokenEnd]);
  return out;
}
/** A Reuters instrument code: "HDBK.NS", "VOD.L", "7203.T", "SIEGn.DE" (never "U.S": two characters or more before the dot). */
const RIC = "[A-Z0-9]{2,6}[a-z]?\\.[A-Z]{1,2}";
const RIC_RE = new RegExp(`^${RIC}$`);
const TRAIL_CHARS = "&'’./·-";
/** The word without trailing punctuation (a scan from the end: an end-anchored regex retried at every start is quadratic). */
function trimTrail(w: string): string {
  let e = w.length;
  while (e > 0 && TRAIL_CHARS.includes(w[e - 1]!)) e--;
  return e === w.length ? w : w.slice(0, e);
}

function isUpper(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  }
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** ’ or '. */
function isApos(c: number): boolean {
  return c === 39 || c === 0x2019;
}

const DIGIT_COMPOUND = /^\d{1,2}-\p{Lu}\p{Ll}+$/u;
const WIRE_TAG_BEFORE = /\b[A-Z]{4,}\s$/;

/** A word that ends in "'s" as a name of its own: a known one ("Moody's"), or one this text shows so (namesEndingInS). */
function knownWithS(w: string, known: ReadonlySet<string>, ownS: ReadonlySet<string> | null): boolean {
  return known.has(w) || (ownS !== null && ownS.has(w));
}

/** Tokenise text; hyphenated and slashed compounds are split into parts unless the whole is known. */
export function tokenize(text: string, known: ReadonlySet<string>, ownS: ReadonlySet<string> | null = null): Tok[] {
  const out: Tok[] = [];
  for (let s = nextToken(text, 0), end = tokenEnd; s >= 0; s = nextToken(text, end), end = tokenEnd) {
    const sep = tokenSep;
    let w = text.slice(s, end);
    let poss = false;
    const trimmed = trimTrail(w);
    const tl = trimmed.length;
    const wl = w.length;
    if (tl > 2 && trimmed.charCodeAt(tl - 1) === 115 && isApos(trimmed.charCodeAt(tl - 2)) && !knownWithS(trimmed.toLowerCase().replace(/’/g, "'"), known, ownS)) {
      // "Broadcom Inc.’s": the suffix's full stop goes as it does before a space ("Broadcom Inc. said").
      w = trimmed.slice(0, -2);
      if (w.length > 2 && w.charCodeAt(w.length - 1) === 46 && w.indexOf(".") === w.length - 1) w = w.slice(0, -1);
      poss = true;
    } else if (wl >= 2 && isApos(w.charCodeAt(wl - 1)) && w.charCodeAt(wl - 2) === 115 && isUpper(w[0] ?? "")) {
      w = w.slice(0, -1);
      poss = true;
    } else w = trimmed;
    if (!w) continue;
    // "A$1.2bn", "US$5m", "HK$3bn": a currency's prefix, no name.
    if (text.charCodeAt(end) === 36 && w.length <= 3 && /^[A-Z]+$/.test(w)) continue;
    // A wire's instrument code right after a name ("HDFC Bank HDBK.NS", "Toyota 7203.T"): no name,
    // and the name before it ends there (the code stands in the gap between them).
    if (RIC_RE.test(w) && out.length && out[out.length - 1]!.cap && out[out.length - 1]!.e === s - 1) continue;
    // Keep "U.S." and "Inc." readable: a trailing dot is dropped (sentence ends are read from the text).
    // w is a prefix of the token: it holds a "-" or "/" when the token's first one lies within it.
    // "7-Eleven": a number joined to a word is one word, no name of its parts ("Eleven" is none);
    // not a wire's version tag before a headline ("UPDATE 2-Corvid Air orders …").
    if (sep >= 0 && sep < s + w.length && DIGIT_COMPOUND.test(w) && !WIRE_TAG_BEFORE.test(text.slice(Math.max(0, s - 12), s))) {
      out.push(mkTok(text, s, s + w.length, w, poss, known));
      continue;
    }
    if (sep >= 0 && sep < s + w.length && !w.startsWith("@") && !known.has(w.toLowerCase())) {
      const parts = w.split(/([-/])/);
      let at = s;
      for (let i = 0; i < parts.length; i += 2) {
        const p = parts[i]!;
        const ps = at;
        at += p.length + (parts[i + 1]?.length ?? 0);
        if (!p) continue;
        const prev = out[out.length - 1];
        if (!isUpper(p[0]!) && prev && prev.e === ps - 1 && i > 0) {
          if (i + 2 >= parts.length) prev.tail = p.toLowerCase();
          // a lower-case middle part ("Coca-cola") stays unlinked
          continue;
        }
        out.push(mkTok(text, ps, ps + p.length, p, false, known));
      }
      if (poss && out.length) out[out.length - 1]!.poss = true;
      continue;
    }
    out.push(mkTok(text, s, s + w.length, w, poss, known));
  }
  return out;
}

const LOWER_LEAD_NAME = /^[a-z]{1,2}[A-Z][a-z][a-z][A-Za-z]*$/;
const LOWER_LEAD_AFTER = /^\s+(?:shares|stock|said|says|announced|agreed|reported|confirmed|Inc|Corp|Ltd|plc)\b/;
const LOWER_LEAD_BEFORE = /\b(?:shares (?:of|in)|stake in|buy|buying|bought|acquire|acquiring|acquired|acquisition of|takeover of|merger with|merge with|invest in|investment in)\s+$/;

function mkTok(text: string, s: number, e: number, w: string, poss: boolean, known: ReadonlySet<string>): Tok {
  const c0 = w[0]!;
  // A name may open with one or two lower-case letters before its capital ("iRobot", "eToro",
  // "nCino"): such a word is a name's shape, in any list or none (products are told apart later).
  const cap = isUpper(c0) || (c0 >= "0" && c0 <= "9" && (/^\d+\p{Lu}/u.test(w) || known.has(w))) || (c0 !== c0.toUpperCase() && w !== w.toLowerCase() && (known.has(w.toLowerCase()) || LOWER_LEAD_NAME.test(w)));
  return { s, e, w, cap, poss, tail: null, sentStart: cap ? isSentenceStart(text, s) : false, k: undefined, pk: undefined };
}

const SKIP_BEFORE = new Set([" ", "\t", '"', "“", "‘", "'", "(", "[", "*", "•", "·", "–", "—", "-"].map((ch) => ch.charCodeAt(0)));
const ENDS_SENTENCE = new Set([".", "!", "?", ":", "\n", ";", "|"].map((ch) => ch.charCodeAt(0)));
function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SKIP_BEFORE.has(text.charCodeAt(i))) i--;
  return i < 0 || ENDS_SENTENCE.has(text.charCodeAt(i));
}

// ---- compiled rules --------------------------------------------------------------------------
interface Compiled {
  gazByKey: Map<string, string>;
  gazMaxLen: number;
  gazFirst: Set<string>;
  placeFirst: Set<string>;
  /** wordSig bitmaps of gazFirst and placeFirst: most words are ruled out without asking the large sets. */
  gazFirstBits: Uint8Array;
  placeFirstBits: Uint8Array;
  gazNames: Set<string>;
  exactCase: Set<string>;
  knownTokens: Set<string>;
  weak: Set<string>;
  weakCompounds: Set<string>;
  placeKeys: Set<string>;
  placeMaxLen: number;
  unitPlaces: Set<string>;
  suffixes: Set<string>;
  heads: Set<string>;
  weakHeads: Set<string>;
  stop: Set<string>;
  calendar: Set<string>;
  /** Weekdays written short ("Sun", "Wed"): also the first word of names ("Sun Country Airlines"). */
  weekdayShort: Set<string>;
  honorifics: Set<string>;
  nameHonorifics: Set<string>;
  mastheads: Set<string>;
  compoundTitles: Set<string>;
  firstNames: Set<string>;
  roleTitle: Set<string>;
  roleLower: string[];
  products: Set<string>;
  /** Words that end no name ("acquire Spectrum Licenses from Y"): what is sold, not who sells it. */
  notLast: Set<string>;
  nameOpeners: Set<string>;
  /** "St" of "St. Jude Medical": an abbreviation whose full stop ends no sentence before a capitalised word. */
  nameAbbrevs: Set<string>;
  productRes: RegExp[];
  goodsNounRe: RegExp | null;
  namePrefixRe: RegExp;
  orgNounRe: RegExp;
  orgVerbRe: RegExp;
  /** The deal verbs after which a well-known name that is also a word acts as a company ("Shell inks"). */
  knownNameVerbRe: RegExp | null;
  placeActsRe: RegExp | null;
  placeCounterpartRe: RegExp | null;
  roleLast: Set<string>;
  roleLowerSet: Set<string>;
  dealPhrases: Set<string>;
  productBefore: Set<string>;
  /** Last words of the entries of productBefore that hold a space (what "w1 w2" can end with). */
  productBefore2Last: Set<string>;
  /** wordSig bitmap of productBefore and productBefore2Last. */
  productCueBits: Uint8Array;
  /** wordSig bitmap of roleLowerSet. */
  roleLowerBits: Uint8Array;
  demonyms: Set<string>;
  officeModifiers: Set<string>;
  officePortfolios: Set<string>;
  facilityRe: RegExp;
  programRe: RegExp | null;
  /** The same noun after the name's bracketed short form: " (JEDI) contract". */
  programDefRe: RegExp | null;
  buildingAfterRe: RegExp | null;
  placeNounAfterRe: RegExp | null;
  productAfterRe: RegExp;
  orgNounSet: Set<string>;
  headlineVerbs: Set<string>;
  headlinePrepositions: Set<string>;
  possBizRe: RegExp;
  unitAfterRe: RegExp | null;
  workplace: Set<string>;
  headFrames: Set<string>;
  attributeTails: Set<string>;
  placeTails: Set<string>;
  placeTailRe: RegExp | null;
  memberNouns: Set<string>;
  collectiveHeads: Set<string>;
  monthFirstNames: Set<string>;
  workVerbs: Set<string>;
  eponymRe: RegExp;
  weakHeadsWithContext: Set<string>;
  institutionHeads: Set<string>;
  labelWords: Set<string>;
  leadingHeads: Set<string>;
  headsBeforePlace: Set<string>;
  seriesWords: Set<string>;
  vehicleWords: Set<string>;
  /** The same, as name keys write them (lower case, accents folded). */
  leadingHeadKeys: Set<string>;
  /** "Royal DSM": an acronymOpeners word, initials and corporate suffixes alone (group 1: the initials). */
  acronymOpenerRe: RegExp | null;
  /** A corporate suffix the name left out and a bracket of details: ", Ltd. (Head office: Tokyo; …)". */
  detailsAfterName: RegExp;
}

let compiled: Compiled | null = null;

/** Lower-case, curly apostrophes straightened, hyphens and spaces as one space, dots at word ends dropped. */
const nameKeyCache = new BoundedCache((s) => computeNameKey(s));
export function nameKey(s: string): string {
  // ASCII letters and digits with single spaces between words: the key is the lower case.
  let space = true;
  for (let q = 0; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) space = false;
    else if (c === 32 && !space) space = true;
    else return cachedNameKey(s);
  }
  if (!space) return s.toLowerCase();
  return cachedNameKey(s);
}
/** Whether nameKey(s) is s.toLowerCase() by its fast path: ASCII letters and digits, single spaces between words. */
function isPlainName(s: string): boolean {
  let space = true;
  for (let q = 0; q < s.length; q++) {
    const c = s.charCodeAt(q);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) space = false;
    else if (c === 32 && !space) space = true;
    else return false;
  }
  return !space;
}
function cachedNameKey(s: string): string {
  return nameKeyCache.get(s);
}
function computeNameKey(s: string): string {
  // Accents folded: "Société Générale" and "Societe Generale" are one name.
  return foldAccents(s)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\s\-/]+/g, " ")
    .replace(/\.(?=\s|$)/g, "")
    .replace(/ & /g, " ")
    .trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The product patterns as one alternation when that reads the same (one test per name instead of
 * one per pattern): not when a pattern refers to a group (numbers and names would shift or clash).
 */
function productRegexes(patterns: string[]): RegExp[] {
  const separate = () => patterns.map((p) => new RegExp(p));
  if (patterns.length < 2 || patterns.some((p) => /\\(?:[1-9]|k<)|\(\?<[^=!]/.test(p))) return separate();
  for (const p of patterns) new RegExp(p); // an invalid pattern fails as it did before
  try {
    return [new RegExp(patterns.map((p) => `(?:${p})`).join("|"))];
  } catch {
    return separate();
  }
}

/**
 * A set of words that answers most absent words from a bitmap of its members' signatures (first
 * and last characters, length), without hashing the word; members are asked of the set itself.
 * Built once from the rules and never added to afterwards.
 */
class SigSet extends Set<string> {
  private readonly bits: Uint8Array;
  private readonly hasEmpty: boolean;
  constructor(words: Iterable<string>) {
    super(words);
    this.bits = sigBits(this);
    this.hasEmpty = super.has("");
  }
  override has(w: string): boolean {
    const n = w.length;
    if (n === 0) return this.hasEmpty;
    if (this.bits[(w.charCodeAt(0) * 961 + w.charCodeAt(n - 1) * 31 + n) & 0xffff] === 0) return false;
    return super.has(w);
  }
}

function rules(): Compiled {
  if (compiled) return compiled;
  const r = loadRules("orgs", OrgRules);
  const speech = loadRules("speech", SpeechRoles);
  const gazByKey = new Map<string, string>();
  const gazNames = new Set<string>();
  const knownTokens = new Set<string>();
  const exactCase = new Set<string>();
  let gazMaxLen = 1;
  for (const g of r.gazetteer) {
    const name = typeof g === "string" ? g : g.name;
    const forms = typeof g === "string" ? [g] : [g.name, ...g.aliases];
    gazNames.add(name);
    for (const f of forms) {
      const k = nameKey(f);
      if (!gazByKey.has(k)) gazByKey.set(k, name);
      if (/^[A-Z0-9&]{1,5}$/.test(f)) exactCase.add(k);
      gazMaxLen = Math.max(gazMaxLen, k.split(" ").length);
      if (!/\s/.test(f)) knownTokens.add(f.toLowerCase());
      // "21st Century Fox": a known name's first word may be an ordinal, read as a name's word.
      const lead = /^\d+[a-z]+(?=\s)/.exec(f);
      if (lead) knownTokens.add(lead[0]);
      // A word of a name that ends in "'s" ("Moody's", "Standard & Poor's"): its "'s" is no possessive.
      for (const w of f.split(/\s+/)) if (/\p{L}['’]s$/u.test(w)) knownTokens.add(w.toLowerCase().replace(/’/g, "'"));
    }
  }
  let placeMaxLen = 1;
  const placeKeys = new Set<string>();
  for (const p of r.places) {
    const k = nameKey(p).replace(/\./g, "");
    placeKeys.add(k);
    placeMaxLen = Math.max(placeMaxLen, k.split(" ").length);
  }
  const roleLower = speech.roleWords.filter((w) => w === w.toLowerCase());
  const roleTitle = new SigSet(speech.roleWords.filter((w) => isUpper(w[0]!) && !/\s/.test(w)));
  const alt = (ws: string[]) => ws.map(escapeRe).sort((a, b) => b.length - a.length).join("|");
  const firstWord = (k: string) => (k.includes(" ") ? k.slice(0, k.indexOf(" ")) : k);
  compiled = {
    gazFirst: new Set([...gazByKey.keys()].map(firstWord)),
    placeFirst: new Set([...placeKeys].map(firstWord)),
    gazFirstBits: sigBits([...gazByKey.keys()].map(firstWord)),
    placeFirstBits: sigBits([...placeKeys].map(firstWord)),
    gazByKey,
    gazMaxLen: Math.min(gazMaxLen, 8),
    gazNames,
    exactCase,
    knownTokens,
    weak: new Set(r.weakNames.map(nameKey)),
    weakCompounds: new Set(r.weakNameCompounds ?? []),
    placeKeys,
    placeMaxLen: Math.min(placeMaxLen, 5),
    unitPlaces: new Set(r.unitPlaces.map((p) => nameKey(p).replace(/\./g, ""))),
    suffixes: new SigSet(r.corporateSuffixes.map((s) => s.replace(/\.$/, ""))),
    heads: new SigSet(r.headWords),
    weakHeads: new SigSet(r.weakHeadWords),
    stop: new SigSet(r.stopWords),
    calendar: new SigSet([...r.months, ...r.weekdays]),
    weekdayShort: new Set(r.weekdays.filter((w) => w.length <= 4)),
    honorifics: new SigSet(r.honorifics.map((h) => h.replace(/\.$/, ""))),
    nameHonorifics: new Set(r.nameHonorifics),
    mastheads: new Set(r.mastheadNouns),
    compoundTitles: new Set(r.compoundTitles ?? []),
    firstNames: new SigSet([...r.firstNames, ...r.monthFirstNames]),
    roleTitle,
    roleLower,
    products: new Set(r.productNames.map((p) => p.toLowerCase())),
    notLast: new Set(r.notLastWords),
    nameOpeners: new Set(r.nameOpeners),
    nameAbbrevs: new Set(r.nameAbbreviations),
    productRes: productRegexes(r.productPatterns),
    goodsNounRe: r.goodsNouns.length ? new RegExp(`^\\s(?:[a-z]+-[a-z]+\\s|[a-z]+\\s)?(?:${alt(r.goodsNouns)})\\b`) : null,
    namePrefixRe: new RegExp(`^(?:${alt(r.namePrefixes)})\\p{Lu}\\p{Ll}+$`, "u"),
    orgNounRe: new RegExp(`^,\\s(?:which\\s(?:is|was|remains)\\s)?(?:a|an|the)\\s(?:[\\p{L}\\p{N}$.’'-]+\\s){0,5}?(?:${alt(r.orgNouns)}|[\\p{L}.-]+-based)\\b`, "u"),
    orgVerbRe: new RegExp(`^\\s${r.orgVerbAuxiliaries.length ? `(?:(?:${alt(r.orgVerbAuxiliaries)})\\s)?` : ""}(?:${alt(r.orgVerbs)})\\b`),
    knownNameVerbRe: r.knownNameVerbs.length ? new RegExp(`^\\s(?:${alt(r.knownNameVerbs)})\\b`) : null,
    placeCounterpartRe: r.placeActs?.counterpartBefore.length ? new RegExp(`\\b(?:${alt(r.placeActs.counterpartBefore).replace(/ /g, "\\s")})\\s$`, "i") : null,
    placeActsRe: r.placeActs?.verbs.length ? new RegExp(`^\\s(?:on\\s[A-Z][a-z]+\\s)?${r.placeActs.auxiliaries.length ? `(?:(?:${alt(r.placeActs.auxiliaries).replace(/ /g, "\\s")})\\s)?` : ""}(?:${alt(r.placeActs.verbs)})\\b`, "i") : null,
    roleLast: new Set(speech.roleWords.map((w) => w.toLowerCase().split(" ").pop()!)),
    roleLowerSet: new Set(roleLower.filter((w) => !/\s/.test(w))),
    roleLowerBits: sigBits(roleLower.filter((w) => !/\s/.test(w))),
    dealPhrases: new Set(r.dealContexts.map((p) => p.toLowerCase())),
    productBefore: new Set(r.productCues.before.map((p) => p.toLowerCase())),
    productBefore2Last: new Set(r.productCues.before.map((p) => p.toLowerCase()).filter((p) => p.includes(" ")).map((p) => p.slice(p.lastIndexOf(" ") + 1))),
    productCueBits: sigBits(r.productCues.before.map((p) => p.toLowerCase()).flatMap((p) => [p, p.slice(p.lastIndexOf(" ") + 1)])),
    demonyms: new SigSet(r.demonyms),
    officeModifiers: new Set(r.governmentOffice?.modifiers ?? []),
    officePortfolios: new Set(r.governmentOffice?.portfolios ?? []),
    facilityRe: new RegExp(`^\\s(?:[a-z-]+\\s){0,2}?(?:${alt(r.facilityNouns)})\\b(?!\\s(?:${alt(r.businessAfterFacility)})\\b)`),
    programRe: r.programNouns.length ? new RegExp(`^\\s(?:\\(\\p{Lu}[\\p{L}\\p{N}]{1,9}\\)\\s)?(?:[a-z-]+\\s)?(?:${alt(r.programNouns)})s?\\b`, "u") : null,
    programDefRe: r.programNouns.length + r.definedAgreementNouns.length ? new RegExp(`^\\s\\(\\p{Lu}[\\p{L}\\p{N}]{1,9}\\)\\s(?:[a-z-]+\\s)?(?:${alt([...r.programNouns, ...r.definedAgreementNouns])})s?\\b`, "u") : null,
    placeNounAfterRe: r.placeNounsAfter.length ? new RegExp(`^\\s+(?:${alt(r.placeNounsAfter)})\\b`) : null,
    buildingAfterRe: r.buildingNouns.length
      ? new RegExp(`^,\\s(?:which\\s(?:is|was)\\s)?(?:its|their|his|her|the|a|an)\\s(?:(?!(?:of|for|in|at|on|to|from|by|with|the|a|an)\\s)[\\p{L}\\p{N}-]+\\s){0,4}?(?:${alt(r.buildingNouns)})\\b(?![\\s-](?:${alt(r.businessAfterFacility)}|chain|operator|owner|developer|maker|manager|brand)\\b)`, "u")
      : null,
    productAfterRe: new RegExp(`^(?:\\s(?:v\\d|\\d+\\.\\d)|,\\s(?:which\\s(?:is|was|remains|we\\sconsider|we\\scall|many\\sconsider)\\s)?(?:(?:its|their|the|a|an|[\\p{Lu}][\\p{L}\\p{N}]*(?:’s|'s))\\s)(?:[\\p{L}-]+\\s){0,4}?(?:${alt(r.productCues.after)})\\b)`, "u"),
    orgNounSet: new Set(r.orgNouns.map((x) => x.toLowerCase())),
    headlineVerbs: new Set(r.headlineVerbs.map((x) => x.toLowerCase())),
    headlinePrepositions: new Set(r.headlinePrepositions),
    // Up to two lower-case modifiers between the possessive and the noun ("X’s vast data centers").
    possBizRe: new RegExp(`^(?:\\s[a-z][a-z-]*){0,2}?\\s(?:${alt(r.possessiveBusinessNouns)})\\b(?!\\s(?:${alt(r.possessiveNotAfter)})\\b)`),
    unitAfterRe: r.unitNounsAfterOwner.length ? new RegExp(`^\\s+(?:${alt(r.unitNounsAfterOwner)})\\b`) : null,
    workplace: new Set(r.workplaceNouns),
    headFrames: new Set(r.headFrames),
    attributeTails: new Set(r.attributeTails),
    placeTails: new Set(r.placeTails),
    placeTailRe: r.placeTails.length ? new RegExp(`(?<![\\p{L}\\p{N}.'’&-])(\\p{Lu}\\p{Ll}+)-(?:${alt(r.placeTails)})\\s+(?:the\\s+)?\\p{Lu}`, "gu") : null,
    memberNouns: new Set(r.memberNouns),
    collectiveHeads: new Set(r.collectiveHeads),
    monthFirstNames: new Set(r.monthFirstNames),
    workVerbs: new Set(r.workVerbs),
    weakHeadsWithContext: new Set(r.weakHeadsWithContext),
    institutionHeads: new Set(r.institutionHeads),
    labelWords: new Set(r.labelWords),
    leadingHeads: new Set(r.leadingHeads ?? []),
    headsBeforePlace: new Set([...(r.leadingHeads ?? []), ...(r.headsBeforePlace ?? [])]),
    seriesWords: new Set(r.seriesWords ?? []),
    vehicleWords: new Set(r.vehicleWords ?? []),
    leadingHeadKeys: new Set((r.leadingHeads ?? []).map((w) => foldAccents(w).toLowerCase())),
    acronymOpenerRe: r.acronymOpeners?.length ? new RegExp(`^(?:${alt(r.acronymOpeners)})\\s+([A-Z]{2,6})(?![\\p{L}\\p{N}&])`, "u") : null,
    detailsAfterName: detailsAfterNameRe(r.corporateSuffixes),
    eponymRe: new RegExp(`^\\s(?:${alt(r.eponymNouns)})\\b`),
  };
  return compiled;
}

// Letters and digits as /[\p{L}\p{N}]/u reads them: ASCII by ranges, other BMP units classified once.
const LN_ONE = /^[\p{L}\p{N}]$/u;
const ASCII_LN = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LN[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
const bmpLN = new Uint8Array(65536); // 0: not yet known, 1: letter or digit, 2: neither
const astralLN = new Map<number, boolean>();
function isLNUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = bmpLN[c]!;
  if (v === 0) bmpLN[c] = v = LN_ONE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}
function isLNAstral(cp: number): boolean {
  let v = astralLN.get(cp);
  if (v === undefined) {
    v = LN_ONE.test(String.fromCodePoint(cp));
    if (astralLN.size >= 10_000) astralLN.clear();
    astralLN.set(cp, v);
  }
  return v;
}
/** Width in code units of the letter or digit at i (2 for a surrogate pair), 0 when there is none. */
/** The end of the letter/digit run that starts at `i` (`i` itself when none starts there). */
function runEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_LN[c] === 0) break;
      i++;
    } else {
      const w = lnWidth(text, i);
      if (w === 0) break;
      i += w;
    }
  }
  return i;
}

function lnWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isLNAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLNUnit(c) ? 1 : 0;
}

// Open-addressing table of a text's distinct maximal letter/digit runs, by (start, length, hash)
// into the text: no substring is made. Reused between sources unless one is very large.
let runStart = new Int32Array(1 << 12);
let runLen = new Int32Array(1 << 12);
let runHash = new Int32Array(1 << 12);
const REUSE_LIMIT = 1 << 18;
// FNV-1a from a seed drawn per process: runs of equal hash that are not equal words (which would
// make the table slow, never wrong) cannot be prepared in advance. Answers do not depend on it.
const HASH_SEED = (0x811c9dc5 ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

interface RunTable {
  mask: number;
  starts: Int32Array;
  lens: Int32Array;
  hashes: Int32Array;
}

/**
 * The table of the text's distinct maximal runs of letters and digits, in one pass. With lowerOnly,
 * only the runs whose first character is a-z (the others are stepped over unhashed): enough to
 * answer any word that starts with a-z, since a run equal to it starts with that letter. Shared
 * buffers are reused between sources (see runOwner).
 */
function buildRunTable(text: string, lowerOnly: boolean, shared: boolean): RunTable {
  const n = text.length;
  let size = 16;
  while (size < n + 2) size <<= 1; // at most n/2 + 1 runs: the table stays at most half full
  let starts: Int32Array, lens: Int32Array, hashes: Int32Array;
  if (shared && size <= REUSE_LIMIT) {
    if (runStart.length < size) {
      runStart = new Int32Array(size);
      runLen = new Int32Array(size);
      runHash = new Int32Array(size);
    }
    starts = runStart;
    lens = runLen;
    hashes = runHash;
    starts.fill(0, 0, size);
  } else {
    starts = new Int32Array(size);
    lens = new Int32Array(size);
    hashes = new Int32Array(size);
  }
  const mask = size - 1;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_LN[c] === 0 : lnWidth(text, i) === 0) {
      i++;
      continue;
    }
    if (lowerOnly && (c < 97 || c > 122)) {
      // A run that starts otherwise: stepped over to its end.
      i = runEnd(text, i, n);
      continue;
    }
    const s = i;
    let h = HASH_SEED;
    for (;;) {
      if (c < 128) {
        if (ASCII_LN[c] === 0) break;
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      } else {
        const w = lnWidth(text, i);
        if (w === 0) break;
        h = Math.imul(h ^ c, 0x01000193);
        if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        i += w;
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    const len = i - s;
    let slot = h & mask;
    for (;;) {
      const at = starts[slot]!;
      if (at === 0) {
        starts[slot] = s + 1;
        lens[slot] = len;
        hashes[slot] = h;
        break;
      }
      if (hashes[slot] === h && lens[slot] === len && sameRun(text, at - 1, s, len)) break;
      slot = (slot + 1) & mask;
    }
  }
  return { mask, starts, lens, hashes };
}

function inRunTable(t: RunTable, text: string, word: string): boolean {
  let h = HASH_SEED;
  for (let q = 0; q < word.length; q++) h = Math.imul(h ^ word.charCodeAt(q), 0x01000193);
  const { starts, mask } = t;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const at = starts[slot]!;
    if (at === 0) return false;
    if (t.hashes[slot] === h && t.lens[slot] === word.length && text.startsWith(word, at - 1)) return true;
  }
}

/**
 * The text's maximal runs of letters and digits that start with a-z, in lists by first letter and
 * length (31: longer), without hashing: one step over each character. A list that a word has to
 * walk far (a common letter and length) becomes a set of its words once, so any number of
 * questions stays linear in the text.
 */
interface LowRuns {
  head: Int32Array;
  next: Int32Array;
  start: Int32Array;
  len: Int32Array;
  big: Map<number, Set<string>>;
  /** In the shared buffers (valid while runOwner is the reader that built it). */
  shared: boolean;
}
const LOW_LISTS = 26 * 32;
let lowHead = new Int32Array(LOW_LISTS);
function lowList(first: number, len: number): number {
  return (first - 97) * 32 + (len < 31 ? len : 31);
}
function buildLowRuns(text: string): LowRuns {
  const n = text.length;
  const cap = (n >> 1) + 2; // runs are separated: at most n/2 + 1 of them
  let start: Int32Array, len: Int32Array, next: Int32Array, head: Int32Array;
  const shared = cap <= REUSE_LIMIT;
  if (shared) {
    if (runStart.length < cap) {
      let size = runStart.length;
      while (size < cap) size <<= 1;
      runStart = new Int32Array(size);
      runLen = new Int32Array(size);
      runHash = new Int32Array(size);
    }
    start = runStart;
    len = runLen;
    next = runHash;
    head = lowHead;
  } else {
    start = new Int32Array(cap);
    len = new Int32Array(cap);
    next = new Int32Array(cap);
    head = new Int32Array(LOW_LISTS);
  }
  head.fill(-1);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_LN[c] === 0 : lnWidth(text, i) === 0) {
      i++;
      continue;
    }
    const s = i;
    const low = c >= 97 && c <= 122;
    i = runEnd(text, i, n);
    if (!low) continue;
    // Part of an e-mail address or a web address ("lintwell@pr.example", "www.lintwellbio.com/ir")
    // is no use of the word in prose.
    const before = s > 0 ? text.charCodeAt(s - 1) : 0;
    if (text.charCodeAt(i) === 64 || before === 64 || before === 46 || before === 47) continue;
    const b = lowList(text.charCodeAt(s), i - s);
    start[count] = s;
    len[count] = i - s;
    next[count] = head[b]!;
    head[b] = count;
    count++;
  }
  return { head, next, start, len, big: new Map(), shared };
}
function inLowRuns(t: LowRuns, text: string, word: string): boolean {
  const L = word.length;
  const b = lowList(word.charCodeAt(0), L);
  let big = t.big.get(b);
  if (big !== undefined) return big.has(word);
  let steps = 0;
  for (let r = t.head[b]!; r >= 0; r = t.next[r]!) {
    if (t.len[r] === L && text.startsWith(word, t.start[r]!)) return true;
    if (++steps > 64) {
      big = new Set<string>();
      for (let q = t.head[b]!; q >= 0; q = t.next[q]!) big.add(text.slice(t.start[q]!, t.start[q]! + t.len[q]!));
      t.big.set(b, big);
      return big.has(word);
    }
  }
  return false;
}

/** Whether a word occurs in lower case in the text (then a capitalised one at a sentence start is a common word). Asked rarely, so looked up lazily. */
export class LowerSeen {
  private cache = new Map<string, boolean>();
  /** Runs that start with a-z (in the shared buffers while runOwner is this), and all runs (own buffers), built when first needed. */
  private lowTable: LowRuns | null = null;
  private fullTable: RunTable | null = null;
  constructor(private text: string) {}
  /** Characters the searches below may still read before a table is built instead. */
  private budget = -1;
  /**
   * A few words are asked per source: each is first searched for (indexOf, then a look at the
   * letters around each hit), as long as all searches together have read under four times the
   * text; past that, a table of runs answers (linear in the text whatever is asked).
   */
  private hasRun(word: string): boolean {
    const c0 = word.charCodeAt(0);
    const low = c0 >= 97 && c0 <= 122;
    if (!low && this.fullTable === null) {
      const text = this.text;
      if (this.budget < 0) this.budget = 4 * text.length + 256;
      let from = 0;
      while (this.budget >= 0) {
        const at = text.indexOf(word, from);
        const read = (at < 0 ? text.length : at + word.length) - from;
        this.budget -= read;
        if (this.budget < 0) break;
        if (at < 0) return false;
        if (!lnBefore(text, at) && lnWidth(text, at + word.length) === 0) return true;
        from = at + 1;
      }
    }
    if (!low) return inRunTable((this.fullTable ??= buildRunTable(this.text, false, false)), this.text, word);
    if (this.lowTable === null || (this.lowTable.shared && runOwner !== this)) {
      this.lowTable = buildLowRuns(this.text);
      if (this.lowTable.shared) runOwner = this;
    }
    return inLowRuns(this.lowTable, this.text, word);
  }
  has(lower: string): boolean {
    let v = this.cache.get(lower);
    if (v === undefined) {
      // A word of letters and digits occurs bounded by non-letters exactly when it is one of the
      // text's maximal runs: a table lookup instead of a fresh regex scan of the text per word
      // (that scan was 40% of extract's time on the bench corpus).
      const shape = wordShape(lower);
      if (shape === 0) v = this.hasRun(lower);
      else if (shape === 1) v = searchBounded(this.text, lower);
      else v = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(lower)}(?![\\p{L}\\p{N}])`, "u").test(this.text);
      this.cache.set(lower, v);
    }
    return v;
  }
}
/**
 * 0: letters and digits only (/^[\p{L}\p{N}]+$/u); 1: anything else without a surrogate, not empty;
 * 2: empty or holding a surrogate (left to the regex, which reads code points).
 */
function wordShape(w: string): number {
  if (w.length === 0) return 2;
  let ln = true;
  for (let q = 0; q < w.length; q++) {
    const c = w.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdfff) return /^[\p{L}\p{N}]+$/u.test(w) ? 0 : 2;
    if (ln && !isLNUnit(c)) ln = false;
  }
  return ln ? 0 : 1;
}
/**
 * /(?<![\p{L}\p{N}])WORD(?![\p{L}\p{N}])/u.test(text) for a word without surrogates: each
 * occurrence found by indexOf, its neighbouring code points read as the look-arounds read them.
 */
function searchBounded(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!lnBefore(text, at) && lnWidth(text, at + word.length) === 0) return true;
  }
  return false;
}
/** Whether a letter or digit ends at i (the code point before offset i). */
function lnBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLNAstral(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return isLNUnit(c);
}
/** The LowerSeen whose table is in the shared buffers (another source's build overwrites them). */
let runOwner: LowerSeen | null = null;
function sameRun(text: string, a: number, b: number, len: number): boolean {
  for (let q = 0; q < len; q++) if (text.charCodeAt(a + q) !== text.charCodeAt(b + q)) return false;
  return true;
}

// ---- keys and longest matches ------------------------------------------------------------------
/** The token's nameKey, kept on the token (plain ASCII letters and digits: just lower case). */
function tokKey(t: Tok): string {
  let k = t.k;
  if (k === undefined) {
    const w = t.w;
    let plain = true;
    for (let q = 0; q < w.length; q++) {
      const c = w.charCodeAt(q);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        plain = false;
        break;
      }
    }
    t.k = k = plain ? w.toLowerCase() : nameKey(w);
  }
  return k;
}
/** t.w.toLowerCase(): for a word of ASCII letters and digits that is its key (kept on the token). */
function tokLower(t: Tok): string {
  const w = t.w;
  for (let q = 0; q < w.length; q++) {
    const c = w.charCodeAt(q);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return w.toLowerCase();
  }
  return tokKey(t);
}
function placeKey(t: Tok): string {
  let pk = t.pk;
  if (pk === undefined) {
    const k = tokKey(t);
    t.pk = pk = k.includes(".") ? k.replace(/\./g, "") : k;
  }
  return pk;
}
function spanKey(toks: Tok[], i: number, len: number, keyOf: (t: Tok) => string): string {
  let key = keyOf(toks[i]!);
  for (let q = i + 1; q < i + len; q++) key += " " + keyOf(toks[q]!);
  return key;
}
/** A 16-bit signature of k.slice(0, len) (len > 0): its first and last characters and its length. */
function wordSig(k: string, len: number): number {
  return (k.charCodeAt(0) * 961 + k.charCodeAt(len - 1) * 31 + len) & 0xffff;
}
function sigBits(words: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(65536);
  for (const w of words) if (w.length > 0) bits[wordSig(w, w.length)] = 1;
  return bits;
}
/** Length in tokens of the longest entry starting at toks[i] (0 if none); only entries' first words are tried. */
function longestMatch(toks: Tok[], i: number, n: number, maxLen: number, first: ReadonlySet<string>, firstBits: Uint8Array, has: (key: string, len: number) => boolean, keyOf: (t: Tok) => string): number {
  const k0 = keyOf(toks[i]!);
  const sp = k0.indexOf(" ");
  const flen = sp < 0 ? k0.length : sp;
  if (flen > 0 && firstBits[wordSig(k0, flen)] === 0) return 0;
  if (!first.has(sp < 0 ? k0 : k0.slice(0, sp))) return 0;
  let key = k0;
  let best = 0;
  for (let len = 1; len <= maxLen && i + len <= n; len++) {
    if (len > 1) key += " " + keyOf(toks[i + len - 1]!);
    if (toks[i + len - 1]!.cap && has(key, len)) best = len;
  }
  return best;
}

// ---- runs and candidates ---------------------------------------------------------------------
const MAX_RUN = 12;
const CONNECTOR_GAP = /^ (of|and|for|de|du|des|der|van|von|la|y|the|di|dei|del|della|delle|degli|da|do|dos|das) $/;
const INSTITUTION_GAP = /^ (of|for) the $/;
const CONNECTORS = new Set(["of", "and", "for", "de", "du", "des", "der", "van", "von", "la", "y", "the", "di", "dei", "del", "della", "delle", "degli", "da", "do", "dos", "das"]);
/** Italian, Portuguese and Spanish "of" between two capitalised words stays in a name ("Monte dei Paschi di Siena", "Banco do Brasil"). */
const ROMANCE_OF = new Set(["di", "dei", "del", "della", "delle", "degli", "da", "do", "dos", "das"]);

interface Run {
  toks: Tok[];
}

/** Runs of capitalised tokens joined by a single space, a hyphen/slash, " & ", or a connector word. */
function buildRuns(text: string, toks: Tok[], R: Compiled): Run[] {
  const runs: Run[] = [];
  let cur: Tok[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1]!.cap) cur.pop();
    if (cur.length) runs.push({ toks: cur });
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur[cur.length - 1];
    const sep = prev ? text.slice(prev.e, t.s) : "";
    let joinable = prev && !prev.poss && !prev.tail && (sep === " " || sep === "-" || sep === "/" || sep === " & " || (sep === ", " && firmListAt(text, prev)) || (sep === "." && /\.com$|^com/.test(t.w)) || (sep === ". " && !t.sentStart && (DOTTED_INITIALS.test(prev.w) || R.nameAbbrevs.has(prev.w))) || (sep === ". " && honorificOpensName(text, toks, i - 1, toks.length, R)));
    // "Stellantis NV STLA and …", "Apple Inc AAPL shares": a bare ticker after a suffix ends the name
    // (it is its alias: decide), and stands alone: no connector joins it to the next name.
    if (joinable && sep === " " && R.suffixes.has(prev.w) && bareTickerAt(text, prev.e, R) !== null) {
      flush();
      runs.push({ toks: [t] });
      continue;
    }
    // "Nordic Logistics Workers’ Union": a plural possessive of members before a collective head is inside the name.
    if (prev && !joinable && prev.poss && (sep === "' " || sep === "’ ") && R.memberNouns.has(prev.w) && R.collectiveHeads.has(t.w)) {
      prev.poss = false;
      joinable = true;
    }
    if (!t.cap) {
      flush();
      continue;
    }
    // No name runs past a dozen words: this also keeps long capitalised stretches linear.
    if (cur.length >= MAX_RUN) flush();
    else if (prev && !joinable) {
      // "Bank of Lagos", "Competition and Markets Authority": one connector word between names.
      // Never through a connector to an amount's currency code: "Danubia Partners for HUF 310 billion".
      // "Future Group for Rs 24,713 crore": a short currency word ("Rs", "Rp") before a number is one too.
      const amountNext = /^(?:[A-Z]{3}|Rs|Rp|Tk|Sh)$/.test(t.w) && /^\.? ?\d/.test(text.slice(t.e, t.e + 3));
      const cm = prev.cap && !prev.poss && !prev.tail && sep.length <= 5 && !amountNext ? CONNECTOR_GAP.exec(sep) : null;
      // "Office for the Protection of Competition": a body's "for the" / "of the" after its head.
      const cm2 = !cm && !amountNext && prev.cap && !prev.poss && !prev.tail && R.institutionHeads.has(prev.w) ? INSTITUTION_GAP.exec(sep) : null;
      if (cm) {
        const s0 = prev.e + 1;
        cur.push({ s: s0, e: s0 + cm[1]!.length, w: cm[1]!, cap: false, poss: false, tail: null, sentStart: false, k: undefined, pk: undefined });
      } else if (cm2) {
        const s0 = prev.e + 1, s1 = s0 + cm2[1]!.length + 1;
        cur.push({ s: s0, e: s0 + cm2[1]!.length, w: cm2[1]!, cap: false, poss: false, tail: null, sentStart: false, k: undefined, pk: undefined });
        cur.push({ s: s1, e: s1 + 3, w: "the", cap: false, poss: false, tail: null, sentStart: false, k: undefined, pk: undefined });
      } else flush();
    }
    cur.push(t);
  }
  flush();
  return runs;
}

/**
 * "Clayton, Dubilier & Rice", "Wachtell, Lipton, Rosen & Katz": single capitalised names joined by
 * commas and a final "&" are one firm's name (a list of organisations ends with "and", not "&").
 * Where the comma after `prev` opens such a run.
 */
function firmListAt(text: string, prev: Tok): boolean {
  // Most commas between names open no firm's name: no "&" near, nothing more to read.
  const amp = text.indexOf("&", prev.e);
  // "Becton, Dickinson and Co.": a firm's list may end in "and" and its suffix.
  const andCo = amp < 0 || amp > prev.e + 160 ? text.indexOf(" and Co", prev.e) : -1;
  if ((amp < 0 || amp > prev.e + 160) && (andCo < 0 || andCo > prev.e + 160)) return false;
  // Only one word before the first comma: "Clayton, …", not "Acme Holdings, Beta & Co".
  if (prev.s >= 2 && text.charCodeAt(prev.s - 1) === 32 && text.charCodeAt(prev.s - 2) !== 44) {
    // The word before (unless it is the list's own, "Wachtell, "), read back to its start: a
    // capitalised one makes prev part of a longer name ("Acme Holdings, Beta & Co" is two names).
    let a = prev.s - 1;
    while (a > 0 && a > prev.s - 40 && !isWs(text.charCodeAt(a - 1))) a--;
    if (a < prev.s - 1 && isUpper(text[a]!)) return false;
  }
  return FIRM_LIST.test(text.slice(prev.e, prev.e + 160));
}
// Literals (not built from one shared string), so the regex-linear test reads them.
const FIRM_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:, \p{Lu}[\p{Ll}'’-]+){1,4},? & \p{Lu}[\p{Ll}'’-]+$/u;
const FIRM_LIST = /^(?:, \p{Lu}[\p{Ll}'’-]+){1,4},? (?:& \p{Lu}[\p{Ll}'’-]+|and Co(?:mpany)?)(?![\p{L}\p{N}&])/u;

type Evidence =
  | "org.gazetteer"
  | "org.suffix"
  | "org.head"
  | "org.camel"
  | "org.definition"
  | "org.ticker"
  | "org.role-of"
  | "org.role-title"
  | "org.possessive"
  | "org.subject"
  | "org.appositive"
  | "org.based"
  | "org.source"
  | "org.list"
  | "org.alias"
  | "org.handle"
  | "org.noun"
  | "org.deal"
  | "org.attribute"
  | "org.initials"
  | "org.place-possessive"
  | "org.masthead";

interface Cand {
  toks: Tok[];
  start: number;
  end: number;
  /** The name without corporate suffix. */
  core: string;
  gaz: string | null;
  weakGaz: boolean;
  rule: Evidence | null;
  person: boolean;
  place: boolean;
  heading: boolean;
  /** Canonical name once decided. */
  name: string | null;
  /** A parenthesised alias right after it. */
  defAlias: string | null;
  /** nameKey(core), computed on first use. */
  ck: string | null;
}

function coreKey(c: Cand): string {
  // A core that is its only token's word has that token's key (computed once per token).
  return (c.ck ??= c.toks.length === 1 && c.core === c.toks[0]!.w ? tokKey(c.toks[0]!) : nameKey(c.core));
}

/** A title-case line: every word of four letters or more capitalised, no sentence break inside. */
function lineIsTitleCase(line: string): boolean {
  const t = line.trim();
  if (t.length < 10 || t.length > 160 || /[.!?;]\s/.test(t)) return false;
  let n = 0;
  for (const w of t.split(/\s+/)) {
    if (!/^\p{L}{4,}/u.test(w)) continue;
    if (!isUpper(w[0]!)) return false;
    n++;
  }
  return n >= 3;
}

function lineIsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 140) return false;
  if (/^(?:[*•·+-]|\d+[.)])\s/.test(t) || /;/.test(t)) return false;
  // A title-case question or teaser ("X and Y Forge Alliance: What It Means?") is a headline too.
  if (/[?:!]$/.test(t) && lineIsTitleCase(t)) return true;
  if (/[.!?:;,"”]$/.test(t)) return false;
  // A table row ("Acme Mining (ACM)    A$3.05    -1.2%"): cells of figures, no headline.
  if (/\S(?: {3,}|\t)\S/.test(t) && /\d/.test(t)) return false;
  // A "Label: text" line with prose in it ("Guest: Jane Roe, head of research at X") is no headline.
  if (/^\p{Lu}[\p{L}]{1,20}:\s/u.test(t) && (t.match(/\s\p{Ll}{3,}\b/gu)?.length ?? 0) >= 2) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 2) return words.length === 1 && t.split(/\s+/).length <= 3;
  const caps = words.filter((w) => isUpper(w[0]!)).length;
  return caps / words.length >= 0.6;
}

/**
 * The short forms a name may own, from the name alone: triples of the form's key; for a
 * one-word form that a lower-case use in the source rules out, that word in lower case (else null);
 * the key again when the gazetteer has it (else null).
 * Cached across sources (bounded).
 */
const shortFormCache = new BoundedCache((name) => computeShortForms(name, compiled!));
function shortForms(name: string, R: Compiled): Array<string | null> {
  return R === compiled ? shortFormCache.get(name) : computeShortForms(name, R);
}
function computeShortForms(name: string, R: Compiled): Array<string | null> {
  const out: Array<string | null> = [];
  const words = name.split(" ");
  // "Kelsford Harriers Supporters' Trust", "Acme Workers' Union": a body of the members of an
  // organisation, whose leading words name that organisation, not a short form of the body.
  if (words.some((w, k) => k > 0 && /['’]$/.test(w) && R.memberNouns.has(w.slice(0, -1)))) return out;
  for (let n = 1; n < words.length; n++) {
    const pre = words.slice(0, n).join(" ");
    const last = words[n - 1]!;
    if (R.stop.has(last) || R.calendar.has(last) || R.firstNames.has(words[0]!) || isPlaceKey(R, nameKey(pre)) || CONNECTORS.has(last)) continue;
    // A club's letters before its place ("AC" of "AC Milan", "FC" of "FC Barcelona") name nothing alone.
    if (n === 1 && pre.length <= 3 && R.headsBeforePlace.has(pre)) continue;
    // Nor does a compass word or a demonym ("East" of "East African Crude Oil Pipeline").
    if (n === 1 && (COMPASS.has(pre) || R.demonyms.has(pre))) continue;
    // A two-letter first word counts only in capitals ("ZF" of "ZF Friedrichshafen AG").
    if (n === 1 && pre.length < 3 && !/^[A-Z][A-Z0-9]$/.test(pre)) continue;
    const k = nameKey(pre);
    out.push(k, n === 1 && !isUpper(pre[1] ?? "a") ? pre.toLowerCase() : null, R.gazByKey.has(k) ? k : null);
  }
  return out;
}

/** extractOrgs' heading flags by offset, reused between sources (cleared up to the text's length). */
let headingBuf = new Uint8Array(1 << 12);

/**
 * "A.S. Watson", "J.B. Hunt", "T. Rowe Price", "A. O. Smith": the dot of a name's initials (one
 * letter or several) ends no sentence, so the capitalised word after them goes on with the name. Initials that are a place ("U.S.", "U.K.") go on only into a
 * well-known name ("U.S. Steel") and otherwise keep their dot as a possible sentence end ("sold in
 * the U.S. Apple said ..."), and so does a word after them that the
 * text also writes in lower case or that is a stop word ("in the E.U. Regulators there", "J.P. The").
 */
function initialsGoOn(text: string, toks: Tok[], R: Compiled, lowerSeen: LowerSeen): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.sentStart) continue;
    const p = toks[i - 1]!;
    // The initials token as written: "A.S" (its last dot trimmed), right before ". " and this word.
    if (p.e + 2 !== t.s || text.charCodeAt(p.e) !== 46 || text.charCodeAt(p.e + 1) !== 32) continue;
    // "St. Jude Medical": an abbreviation that opens a name goes on as initials do (rules: orgs.json nameAbbreviations).
    if (!DOTTED_INITIALS.test(p.w) && !R.nameAbbrevs.has(p.w)) continue;
    // Place initials go on only into a well-known name: "U.S. Steel", not "the U.S. Apple said".
    if (isPlaceKey(R, tokKey(p))) {
      if (R.gazByKey.has(tokKey(p) + " " + tokKey(t)) || placeInitialsOpenName(text, toks, i, R)) t.sentStart = false;
      continue;
    }
    // A word the text also writes in lower case, or a stop word, may open a sentence: "the E.U. Regulators said".
    if (R.stop.has(t.w) || lowerSeen.has(tokLower(t))) continue;
    t.sentStart = false;
  }
}
const DOTTED_INITIALS = /^(?:\p{Lu}\.){0,3}\p{Lu}$/u;
const PLURAL_WORD = /^\p{Lu}\p{Ll}{2,}s$/u;

/**
 * "U.S. Xpress Enterprises Inc.", "U.S. Xpress (NYSE: USX)", "U.S. Xpress Enterprises (USX)": place
 * initials open a name when the capitalised words after them end in a ticker, or in a corporate
 * suffix where the text never writes the name's first word without them, which a sentence
 * that merely ends in "the U.S." and goes on with a name ("sold in the U.S. Apple said") does not
 * give in the same breath.
 */
function placeInitialsOpenName(text: string, toks: Tok[], i: number, R: Compiled): boolean {
  // The word after the initials comes with them each time the text writes it, twice or more.
  const owned = () => alwaysAfter(text, toks[i]!.w, text.slice(toks[i - 1]!.s, toks[i]!.s));
  for (let j = i; j < toks.length && j < i + 4; j++) {
    const t = toks[j]!;
    if (!t.cap || (j > i && (t.sentStart || toks[j - 1]!.e + 1 !== t.s))) {
      // "buy U.S. Xpress Enterprises by this summer": words that end in a strong head word, the first
      // of which the text never writes without the initials, twice or more.
      return j > i + 1 && isStrongHead(R, toks[j - 1]!.w) && owned();
    }
    if (TICKER_AFTER.test(text.slice(t.e, t.e + 24))) return true;
    // A suffix alone may end a company the place describes ("buy U.S. Delphi Financial Group Inc"):
    // the word after the initials must come with them each time the text writes it, twice or more.
    if (j > i && R.suffixes.has(t.w)) return owned();
    // "acquire U.S. Xpress Enterprises, Inc. (USX)": a suffix after a comma, then a ticker, ends the name as well.
    const nx = toks[j + 1];
    if (j > i && nx && R.suffixes.has(nx.w) && text.slice(t.e, nx.s) === ", ") return TICKER_AFTER.test(text.slice(nx.e, nx.e + 24)) || owned();
    // One word alone goes with the initials where the text never writes it without them, twice or
    // more: "U.S. Cellular's spectrum", "U.S. Cellular customers" (not "U.S. President Joe Biden").
    if (j === i && !continuesName(text, toks, i) && initialsOwnWord(text, toks[i - 1]!, t)) return true;
    if (t.poss) return false;
  }
  return false;
}
/**
 * "U.S. Cellular": place initials and the one word after them, which the text writes twice or more
 * and never without them, are one name (the word alone is often a common one the lexicons know).
 */
function initialsOwnWord(text: string, place: Tok, word: Tok): boolean {
  return DOTTED_INITIALS.test(place.w) && place.w.includes(".") && text.charCodeAt(place.e) === 46 && alwaysAfter(text, word.w, text.slice(place.s, word.s));
}
/** Whether the capitalised word after toks[i] goes on with it in the same breath (one space, no sentence start). */
function continuesName(text: string, toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1];
  return !t.poss && n !== undefined && n.cap && !n.sentStart && n.s === t.e + 1 && text.charCodeAt(t.e) === 32;
}
/** Whether the text writes this word `min` times or more (twice unless told), and each time right after these words. */
function alwaysAfter(text: string, word: string, before: string, min = 2): boolean {
  let n = 0;
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (k > 0 && NAME_WORD_CHAR.test(text[k - 1]!)) continue;
    if (!text.startsWith(before, k - before.length)) return false;
    n++;
  }
  return n >= min;
}
const TICKER_AFTER = /^\.?,? ?\((?:(?:NYSE|Nasdaq|NASDAQ|NYSE American|TSX|LSE|ASX)\s?:\s?)?[A-Z][A-Z0-9.]{1,6}\)/;

/**
 * The names of this text whose "'s" is their own: a capitalised "X's" that a verb of a company's
 * follows ("Dick's said on Thursday"), or that a role's "of" and punctuation hold ("chief executive
 * of Dick's, said"), is no possessive, so "Dick's Sporting Goods" is one name wherever the text
 * writes it; and so is one before a name that a corporate suffix ends ("Pilgrim's Pride Corp.")
 * where the text never writes the word without its "'s". Not a possessive whose noun is left out
 * ("Sorano's was an existing one", "weaker than Oakhurst's, which", "higher than Pexford's."), nor
 * one before a subsidiary's name ("Alphabet's Google LLC", where the text also writes "Alphabet").
 */
function namesEndingInS(text: string, R: Compiled): ReadonlySet<string> | null {
  let out: Set<string> | null = null;
  // Only an apostrophe and "s" can end such a name: the pattern is tried, anchored, at the start of
  // the word before each one, not at every position of the text (its lookbehinds made that a
  // noticeable share of an article's time).
  let straight = text.indexOf("'s");
  let curly = text.indexOf("’s");
  while (straight >= 0 || curly >= 0) {
    const i = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (i === straight) straight = text.indexOf("'s", i + 2);
    else curly = text.indexOf("’s", i + 2);
    let w = i;
    for (;;) {
      const c = text.charCodeAt(w - 1);
      if (c >= 0xdc00 && c <= 0xdfff && w >= 2 && NAME_WORD_CHAR.test(text.slice(w - 2, w))) w -= 2;
      else if (w >= 1 && NAME_WORD_CHAR.test(text[w - 1]!)) w -= 1;
      else break;
    }
    if (w === i) continue;
    NAME_ENDING_IN_S.lastIndex = w;
    const m = NAME_ENDING_IN_S.exec(text);
    if (!m) {
      if (ownsHeadedName(text, w, i, R)) (out ??= new Set()).add(text.slice(w, i + 2).toLowerCase().replace(/’/g, "'"));
      continue;
    }
    // "Pilgrim's Pride Corp.": only where "Pilgrim" never stands in the text without its "'s", and
    // is one word of its own, no place ("Japan's Hoya Corp", "Germany's Lanxess AG") and no end of
    // a longer name ("Warren Buffett's General Reinsurance AG", "Shinsegae Group's E-Mart Inc").
    if (m[3] !== undefined && (standsAlone(text, m[3].slice(0, -2)) || CAP_WORD_BEFORE.test(text.slice(Math.max(0, w - 40), w)) || isPlaceKey(R, nameKey(m[3].slice(0, -2))))) continue;
    (out ??= new Set()).add((m[1] ?? m[2] ?? m[3]!).toLowerCase().replace(/’/g, "'"));
  }
  return out;
}
/**
 * "Dick's Sporting Goods": a capitalised "X's" (from w, its "'s" at i) before at most three
 * capitalised words that end in a company's strong head word is the start of that name, where, as
 * for "Pilgrim's Pride Corp.", the text never writes X without its "'s", no capitalised word comes
 * before it, X is no place ("Britain's Rolls-Royce Holdings") and no well-known name ("BlackRock's
 * Global Infrastructure Partners"), and the words after it never stand without it.
 */
function ownsHeadedName(text: string, w: number, i: number, R: Compiled): boolean {
  if (!UPPER_FIRST.test(text[w]!)) return false;
  const m = HEADED_AFTER.exec(text.slice(i + 2, i + 2 + 96));
  if (!m) return false;
  const last = m[3] ?? m[2] ?? m[1]!;
  if (!R.heads.has(last) || R.weakHeads.has(last)) return false;
  // "Alder's Sporting Goods unit": the owner of a unit of that name.
  if (R.unitAfterRe && R.unitAfterRe.test(text.slice(i + 2 + m[0].length, i + 2 + m[0].length + 24))) return false;
  const word = text.slice(w, i);
  if (standsAlone(text, word) || CAP_WORD_BEFORE.test(text.slice(Math.max(0, w - 40), w)) || isPlaceKey(R, nameKey(word)) || R.gazByKey.has(nameKey(word))) return false;
  // Nor where the words after it stand without it ("Kyoto’s Kiyomizu Labs" beside "Kiyomizu Labs said").
  return alwaysAfter(text, m[0].slice(1), text.slice(w, i + 2) + " ", 1);
}
const UPPER_FIRST = /^\p{Lu}$/u;
const OF_THE_NAME_AFTER = /^ of the \p{Lu}/u;
const HEADED_AFTER = /^ (\p{Lu}[\p{L}&-]*)(?: (\p{Lu}[\p{L}&-]*))?(?: (\p{Lu}[\p{L}&-]*))?(?![\p{L}&-]| \p{Lu})/u;

/**
 * Whether a demonym belongs to the capitalised word after it ("Swedish Match"): the text writes that
 * word at least twice, and every time right after the demonym and a space.
 */
function demonymOwned(text: string, demonym: Tok, next: Tok): boolean {
  return next.s === demonym.e + 1 && text.charCodeAt(demonym.e) === 32 && alwaysAfter(text, next.w, demonym.w + " ");
}

/** Whether the text writes this word somewhere as a word of its own, without "'s" after it. */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const e = i + word.length;
    if (i > 0 && NAME_WORD_CHAR.test(text[i - 1]!)) continue;
    if (e < text.length && NAME_WORD_CHAR.test(text[e]!)) continue;
    if (isApos(text.charCodeAt(e)) && text[e + 1] === "s") continue;
    return true;
  }
  return false;
}
const NAME_WORD_CHAR = /^[\p{L}&-]$/u;
const CAP_WORD_BEFORE = /(?<![\p{L}.&-])\p{Lu}[\p{L}.&-]*\s$/u;
const NAME_ENDING_IN_S = /(?<![\p{L}\p{N}'’&.-])(\p{Lu}[\p{L}&-]*['’]s)(?=\s+(?:said|says|announced|agreed|reported|confirmed)\b)|(?<=\b(?:CEO|executive|officer|president|chairman|chairwoman|founder|shareholders|stockholders|shares|owner|board)\s+of\s+)(\p{Lu}[\p{L}&-]*['’]s)(?=[,.;:)](?!\p{L}))|(?<![\p{L}\p{N}'’&.-])(\p{Lu}[\p{L}&-]*['’]s)(?=(?: \p{Lu}[\p{L}&-]*){1,3}? (?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|Co|AG|SA|NV|SE)\b)/uy;

// extractOrgs runs in phases, each a function of its own, for the reason analyse() in
// merge/parties.ts does: V8 compiles small functions cheaply, and a deoptimisation stays in its phase.
export function extractOrgs(source: string): RawFact[] {
  // A web address names nothing, and its words in lower case are no evidence either (withoutWebAddresses).
  const text = withoutWebAddresses(source);
  const R = rules();
  const toks = tokenize(text, R.knownTokens, namesEndingInS(text, R));
  if (!toks.length) return [];
  const headingAt = markHeadings(text);
  // Words seen in lower case somewhere in the text: a capitalised one at a sentence start is then a common word.
  const lowerSeen = new LowerSeen(text);
  initialsGoOn(text, toks, R, lowerSeen);
  const runs = buildRuns(text, toks, R);
  const cands: Cand[] = [];
  for (const run of runs) splitRun(text, run, R, cands, headingAt);
  joinInstitutionLists(text, toks, cands, R);
  splitAtNamedConjunct(text, cands, R, headingAt);
  markPersons(text, cands, R);
  const maybeLast = maybeLastNames(cands, R);
  // Evidence.
  const tailed = tailPlaces(text, R);
  for (const c of cands) decide(text, c, R, lowerSeen, maybeLast, tailed);
  actingAcronymNames(text, toks, cands, R);
  markSpelledOutAcronyms(text, cands, R);
  dropProductNames(cands);
  // Coordinated lists next to known organisations.
  for (let pass = 0; pass < 3 && decideLists(text, cands, R, lowerSeen); pass++);
  widenOverOrdinals(text, cands, R);
  widenOverSpelledOpeners(text, cands, R);
  widenOverPhraseNames(text, cands, R);
  const established = establishNames(text, cands, R, lowerSeen);
  return withLowerCaseNames(text, orgFacts(toks, cands, established, R), R);
}

// A name that starts in lower case or with a digit ("iRobot Corp.", "2seventy bio, Inc.",
// "monday.com Ltd.", "23andMe Holding Co."): the scanner starts names at capitals, so such a name
// is found where it defines itself, by a corporate suffix or an exchange ticker right after it.
// A plain lower-case name ("bluebird bio") needs ", Inc." at a sentence's start or a ticker; one
// with a digit, an inner capital or a web domain needs only the suffix.
const LC_SUFFIX = "(?:Inc|Corp|Ltd|LLC|plc|Co|AG|SA|NV|SE)\\b";
const LC_EXCHANGE = "(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|HKEX|Euronext|OTC)";
const LC_TICKER = `\\(${LC_EXCHANGE}\\s?:\\s?[A-Z][A-Z0-9.]{0,6}\\)`;
const LOWER_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{Sc}&.@/]|(?<!-)-)((?:\\d+\\p{Ll}|\\p{Ll})[\\p{L}\\p{N}]*(?:\\.(?:com|io|ai|net|org))?(?: \\p{Ll}[\\p{Ll}\\p{N}]*)?)(?=(,? (?:Holdings? )?${LC_SUFFIX}\\.?(?: ?${LC_TICKER})?| ${LC_TICKER}))`,
  "gu",
);
const DISTINCT_WORD = /^(?=[\p{L}\p{N}.]*(?:\p{N}|\p{Ll}\p{Lu}|\.\p{Ll}))[\p{L}\p{N}.]{3,}$/u;
/** A suffix or an exchange's bracket: what every lower-case name is found by (ASCII, so the scan is cheap). */
const LOWER_ANCHOR = new RegExp(`\\b${LC_SUFFIX}|\\(${LC_EXCHANGE}\\s?:`, "g");
/** The text before an anchor ends in a word that starts in lower case or with a digit. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])[\p{Ll}\p{N}][\p{L}\p{N}.]*,? (?:Holdings? )?$/u;
const LC_SUFFIX_AFTER = new RegExp(`^ (?:Holdings? )?${LC_SUFFIX}`);

/** Whether any suffix or ticker in the text follows a word that starts in lower case or with a digit. */
function mayHoldLowerName(text: string): boolean {
  LOWER_ANCHOR.lastIndex = 0;
  for (let m = LOWER_ANCHOR.exec(text); m; m = LOWER_ANCHOR.exec(text)) {
    if (LOWER_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

// A name that starts with digits ("89bio", "23andMe") written with no suffix or ticker anywhere in
// the text: found where it stands as a company does, after "shares of", "stake in" or a company's
// noun ("biotech firm 89bio"), or before "shares", "stock", "'s" or a company's verb; a figure with
// its unit glued on ("480million", "1trn", "10mw") is none.
const DIGIT_NAME = /(?<![\p{L}\p{N}&@/.$£€¥₹#-])\d+\p{Ll}[\p{L}\p{N}]{2,}(?![\p{L}\p{N}-])/gu;
const DIGIT_NAME_HINT = /\d\p{Ll}\p{L}\p{L}/u;
const UNIT_LETTERS =
  /^(?:st|nd|rd|th|bn|bln|mn|mln|trn|trln|tn|million|billion|trillion|thousand|lakh|lakhs|crore|crores|per|pc|pct|percent|am|pm|yr|yrs|years?|months?|days?|weeks?|hours?|hrs|mins?|secs?|km|kg|mg|ml|mm|cm|kw|mw|gw|kwh|mwh|gwh|gb|mb|tb|ft|sq|mph|bps|rem|sqft)$/i;
const DIGIT_NAME_AFTER = /^(?:['’]s\b|\s+(?:shares|stock|said|says|is|was|has|had|will|would|agreed|announced|reported)\b)/;
const SHARES_WORD = /^(?:[Ss]hares|[Ss]tock|[Ss]take)$/;

function digitNamesInContext(text: string, R: Compiled): string[] {
  if (!DIGIT_NAME_HINT.test(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(DIGIT_NAME)) {
    const w = m[0];
    if (out.has(w) || UNIT_LETTERS.test(w.replace(/^\d+/, ""))) continue;
    const at = m.index!;
    // The two words before it: "shares of", "stake in", or a company's noun ("firm").
    const pre = text.slice(Math.max(0, at - 30), at);
    const words = /\s$/.test(pre) ? pre.split(/\s+/).filter(Boolean) : [];
    const last = words[words.length - 1] ?? "", prev = words[words.length - 2] ?? "";
    const before = ((last === "of" || last === "in") && SHARES_WORD.test(prev)) || R.orgNounSet.has(last);
    if (before || DIGIT_NAME_AFTER.test(text.slice(at + w.length, at + w.length + 12))) out.add(w);
  }
  return [...out];
}

function withLowerCaseNames(text: string, facts: RawFact[], R: Compiled): RawFact[] {
  const inContext = digitNamesInContext(text, R);
  // Most texts hold no such name: the anchors are found first, and the name pattern runs only then.
  if (!inContext.length && !mayHoldLowerName(text)) return facts;
  const names = new Map<string, string>();
  for (const w of inContext) names.set(w, w);
  for (const m of text.matchAll(LOWER_NAME)) {
    const name = m[1]!;
    const words = name.split(" ");
    // "10bn", "3rd", "5pm": a figure with its unit, no name.
    if (/^\d+(?:st|nd|rd|th|bn|mn|m|k|pm|am|s|x|yr|yrs)$/.test(words[0]!)) continue;
    const distinct = DISTINCT_WORD.test(words[0]!);
    const ticker = m[2]!.includes("(");
    const startsSentence = isSentenceStart(text, m.index!);
    if (!distinct && !(ticker || (startsSentence && m[2]!.startsWith(",")))) continue;
    // "the company, Inc." or "said Acme, Inc.": a common word first is no name's start.
    if (words.some((w) => STOP_LOWER.has(w)) && (!distinct || STOP_LOWER.has(words[0]!))) continue;
    names.set(name, name);
    // A distinctive first word stands for the whole name later on ("2seventy" for "2seventy bio").
    if (words.length > 1 && distinct) names.set(words[0]!, name);
  }
  if (!names.size) return facts;
  const found: RawFact[] = [];
  for (const [form, name] of names) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (at > 0 && /[\p{L}\p{N}&@/]/u.test(text[at - 1]!)) continue;
      if (at > 0 && text[at - 1] === "-" && text[at - 2] !== "-") continue;
      if (end < text.length && /[\p{L}\p{N}&-]/u.test(text[end]!)) continue;
      // The suffix right after the name is part of its span ("iRobot Corp"), as for any name.
      const suffix = LC_SUFFIX_AFTER.exec(text.slice(end, end + 20));
      found.push({ type: "org", start: at, end: end + (suffix ? suffix[0].length : 0), value: { name }, rule: "org.lower-case" });
    }
  }
  // The longer form wins where two overlap; facts the scanner made inside a found name go.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawFact[] = [];
  for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f);
  const out = facts.filter((f) => !kept.some((k) => f.start < k.end && k.start < f.end));
  return out.concat(kept).sort((a, b) => a.start - b.start);
}
const STOP_LOWER = new Set(["plc", "inc", "corp", "ltd", "llc", "co", "the", "a", "an", "its", "their", "our", "his", "her", "and", "or", "of", "by", "for", "with", "said", "says", "to", "from", "at", "in", "on", "company", "firm", "group", "parent", "unit", "subsidiary"]);

/**
 * Lines that read as headings (1): only names known otherwise count there. Title-case lines (2)
 * capitalise every word, so a verb there is no part of a name.
 */
function markHeadings(text: string): Uint8Array {
  if (headingBuf.length < text.length + 1) headingBuf = new Uint8Array(Math.max(text.length + 1, headingBuf.length * 2));
  else headingBuf.fill(0, 0, text.length + 1);
  const headingAt = headingBuf;
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (lineIsHeading(line)) headingAt.fill(1, ls, le + 1);
    if (lineIsTitleCase(line)) for (let q = ls; q <= le; q++) headingAt[q] = headingAt[q]! | 2;
    ls = le + 1;
  }
  return headingAt;
}

/**
 * "Ministry of Economy, Trade and Industry", "Department for Environment, Food and Rural Affairs":
 * a body's name whose "of" or "for" is followed by a list. The comma cut it into runs; the list
 * after it joins the name again, and the runs it covers are dropped.
 */
function joinInstitutionLists(text: string, toks: readonly Tok[], cands: Cand[], R: Compiled): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.gaz || c.toks.length < 3 || !R.institutionHeads.has(c.toks[0]!.w) || !c.toks.some((t) => t.w === "of" || t.w === "for")) continue;
    if (text.charCodeAt(c.end) !== 44) continue;
    const m = LIST_TAIL.exec(text.slice(c.end, c.end + 120));
    if (!m) continue;
    const end = c.end + m[0].length;
    // A list of companies is no part of a body's name ("the Commission of X, Acme Corp and Y").
    let j = i + 1;
    while (j < cands.length && cands[j]!.start < end) j++;
    if (cands.slice(i + 1, j).some((x) => x.gaz || x.toks.some((t) => R.suffixes.has(t.w) || (R.heads.has(t.w) && !R.weakHeads.has(t.w))))) continue;
    const more = toks.filter((t) => t.s >= c.end && t.e <= end);
    c.toks = [...c.toks, ...more];
    c.core = text.slice(c.start, end);
    c.end = end;
    c.ck = null;
    cands.splice(i + 1, j - i - 1);
  }
}
const LIST_TAIL = /^(?:,\s(?:\p{Lu}[\p{L}-]+\s){0,2}?\p{Lu}[\p{L}-]+){1,4},?\s(?:and|&)\s(?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+/u;

/**
 * "Lindoia Partners advised Jacarezinho and Taruma Capital advised Anicuns": one word, "and", then
 * a firm that ends in a head word or suffix reads as one name ("Marks and Spencer Group"), unless
 * that one word is a name of its own elsewhere in the text, in a candidate with no "and" or "&" of
 * its own ("Banco Jacarezinho", "Jacarezinho said"). Then the two are two names.
 */
function splitAtNamedConjunct(text: string, cands: Cand[], R: Compiled, headingAt: Uint8Array): void {
  let words: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const t = cands[i]!.toks;
    if (t.length < 4 || t[1]!.w !== "and" || !t[0]!.cap || R.stop.has(t[0]!.w) || R.heads.has(t[0]!.w) || R.suffixes.has(t[0]!.w)) continue;
    const last = t[t.length - 1]!.w;
    if (!R.suffixes.has(last) && !(R.heads.has(last) && !R.weakHeads.has(last))) continue;
    if (!words) {
      words = new Set();
      for (const x of cands) {
        if (R.firstNames.has(x.toks[0]!.w) || x.toks.some((k) => k.w === "and" || k.w === "&")) continue;
        for (const k of x.toks) words.add(k.w);
      }
    }
    if (!words.has(t[0]!.w)) continue;
    const c = cands[i] as CandX;
    const parts: Cand[] = [];
    pushFree(text, t.slice(0, 1), R, parts, headingAt, !!c.roleBefore, false);
    pushFree(text, t.slice(2), R, parts, headingAt, false, !!c.roleAfter);
    cands.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/** Person pre-pass: full names ("First Last", or after an honorific or role), so that a last name alone is known to be a person. */
function markPersons(text: string, cands: Cand[], R: Compiled): void {
  const personLast = new Set<string>();
  for (const c of cands) {
    if (c.gaz) continue;
    if (looksLikePerson(text, c, R, false)) {
      c.person = true;
      if (c.toks.length >= 2) {
        personLast.add(c.toks[c.toks.length - 1]!.w);
        // A titled full name whose first word is no first name may put the family name first
        // ("President Yoon Suk Yeol", "President Xi Jinping"): a later "Yoon" alone is the same person.
        const first = c.toks[0]!;
        const titled = !!(c as CandX).roleBefore || honorificBefore(text, Math.max(0, c.start - 40), c.start);
        if (titled && !first.poss && isCapWord(first.w) && c.toks.every((t) => !R.heads.has(t.w) && !R.suffixes.has(t.w)) && !isFirstName(R, first.w)) personLast.add(first.w);
      }
    }
  }
  for (const c of cands) if (!c.gaz && c.toks.length === 1 && personLast.has(c.toks[0]!.w)) c.person = true;
}

/** Last words of multi-word names that no rule calls an organisation may be people's last names. */
function maybeLastNames(cands: readonly Cand[], R: Compiled): Set<string> {
  const maybeLast = new Set<string>();
  for (const c of cands) if (!c.gaz && !c.place && c.toks.length >= 2 && c.toks.length <= 3 && !isOrgShaped(R, c)) maybeLast.add(c.toks[c.toks.length - 1]!.w);
  return maybeLast;
}

/**
 * An acronym used as a company's name ("NWS posted growth", "NWS’s servers") spells out an otherwise
 * undecided multi-word name of the same source ("Northwind Web Services"): the name and its short form.
 */
function actingAcronymNames(text: string, toks: readonly Tok[], cands: Cand[], R: Compiled): void {
  const actingAcronyms = new Set<string>();
  for (const t of toks) if (isAcronym35(t.w) && !R.stop.has(t.w) && (t.poss || R.orgVerbRe.test(text.slice(t.e, t.e + 40)))) actingAcronyms.add(t.w);
  if (!actingAcronyms.size) return;
  for (const c of cands) {
    if (c.rule || c.gaz || c.person || c.place || c.heading || (c as CandX).notOrg || c.toks.length < 2 || c.toks[0]!.poss || isProduct(R, c)) continue;
    const ini = initialsOf(c);
    if (!actingAcronyms.has(ini) || R.firstNames.has(c.toks[0]!.w)) continue;
    c.defAlias = ini;
    c.rule = "org.initials";
    c.name = canonicalOf(c, R);
  }
}

/**
 * "metabolic dysfunction-associated steatohepatitis (MASH)", "COPD, or chronic obstructive
 * pulmonary disease": a short form the text spells out in lower-case words names a thing, not a
 * company, wherever it stands in the text ("the MASH drug developer"). The long form is found as
 * Schwartz and Hearst's abbreviation finder does: the short form's letters in order in it, the
 * first at a word's start, over no more words than the short form allows. A long form that ends
 * in a company's noun ("the kingdom's public investment fund (PIF)") names an organisation: kept.
 */
function markSpelledOutAcronyms(text: string, cands: Cand[], R: Compiled): void {
  if (!SPELLED_HINT.test(text)) return;
  const common = new Set<string>();
  /** The short form (a plural's "s" off) names a thing where its long form ends in no company's noun. */
  const consider = (abbr: string, long: readonly string[]) => {
    const lastWord = long[long.length - 1]!;
    const cap = lastWord.charAt(0).toUpperCase() + lastWord.slice(1);
    if (!(R.orgNounSet.has(lastWord) || R.institutionHeads.has(cap) || R.collectiveHeads.has(cap) || ORG_LONG_END.test(lastWord))) common.add(abbr);
  };
  // At most the short form's length plus five words, and twice its length (Schwartz and Hearst).
  const span = (abbr: string) => Math.min(abbr.length + 5, 2 * abbr.length);
  for (const m of text.matchAll(LONG_BEFORE_SHORT)) {
    const abbr = m[2]!.replace(/s$/, "");
    const long = spelledOut(abbr, m[1]!.split(" ").slice(-span(m[2]!)));
    if (long) consider(abbr, long);
  }
  for (const m of text.matchAll(SHORT_OR_LONG)) {
    const abbr = m[1]!.replace(/s$/, "");
    const words = m[2]!.split(" ").slice(0, span(m[1]!));
    // The long form starts the phrase after "or": the shortest run of its first words that the
    // finder reads whole (its right-to-left walk then puts the first letter at the first word).
    for (let k = 1; k <= words.length; k++) {
      const long = spelledOut(abbr, words.slice(0, k));
      if (long?.length === k) {
        consider(abbr, long);
        break;
      }
    }
  }
  if (!common.size) return;
  for (const c of cands) {
    if (c.gaz || c.toks.length !== 1) continue;
    const w = c.toks[0]!.w.replace(/s$/, "");
    if (common.has(w)) (c as CandX).notOrg = true;
  }
}
/** Lower-case words that end an organisation's long form and are in none of the rules' noun lists. */
const ORG_LONG_END = /^(?:authority|authorities|administration|board|corporation|service|bank|court|government|police|army|navy|force)$/;
const SPELLED_HINT = /[a-z] \([A-Z]{2}|(?<![A-Z])[A-Z]{2,6}s?,? or [a-z]/;
/** Lower-case words, then a short form in capitals in brackets. */
const LONG_BEFORE_SHORT = /(?<![\p{L}\p{N}])([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,11}) \(([A-Z][A-Z0-9]{1,5}s?)\)/gu;
/** A short form in capitals, then ", or" and lower-case words. */
const SHORT_OR_LONG = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]{1,5}s?),? or (?:the )?([a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,11})/gu;

/**
 * The shortest tail of the words that spells the short form (Schwartz and Hearst, 2003): walking
 * both right to left, each letter of the short form is found in the long form, the first one at the
 * start of a word; null if there is none.
 */
function spelledOut(short: string, words: readonly string[]): string[] | null {
  const long = words.join(" ").toLowerCase();
  const s = short.toLowerCase();
  let l = long.length - 1;
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s.charAt(i);
    if (!/[a-z0-9]/.test(ch)) continue;
    while (l >= 0 && (long.charAt(l) !== ch || (i === 0 && l > 0 && /[a-z0-9]/.test(long.charAt(l - 1))))) l--;
    if (l < 0) return null;
    l--;
  }
  const from = long.lastIndexOf(" ", l + 1) + 1;
  const tail = long.slice(from).split(" ");
  return tail.length >= 2 || short.length <= tail[0]!.length / 2 ? tail : null;
}

/**
 * A name read as a product or facility anywhere in the source is no organisation in it, unless a
 * suffix, the gazetteer or a definition says otherwise.
 */
function dropProductNames(cands: Cand[]): void {
  const notOrg = new Set<string>();
  for (const c of cands) if ((c as CandX).notOrg) notOrg.add(coreKey(c));
  if (!notOrg.size) return;
  for (const c of cands)
    if (c.rule && !c.gaz && notOrg.has(coreKey(c)) && c.rule !== "org.suffix" && c.rule !== "org.definition") {
      c.rule = null;
      c.name = null;
      (c as CandX).notOrg = true;
    }
}

/**
 * "the Flemish Brabant city of Leuven", "the port of Haifa": what follows is a place, no party.
 * Only places that cannot sign a deal: "the state of Varnia", "the province of X", "the Kingdom of
 * Y" name governments, which can be a buyer or a seller, so they stay names.
 */
const PLACE_OF_BEFORE = /\b(?:city|town|village|county|capital|port|district|municipality|island|prefecture)\s+of\s+$/;

/** Whether the text just before a name ends in "the city of ", "the port of " and the like. */
export function placeOfBefore(before: string): boolean {
  return PLACE_OF_BEFORE.test(before.length > 24 ? before.slice(-24) : before);
}

/**
 * A name a lead or a headline writes in capitals ("AGGREKO has agreed to be taken over") is named as
 * the source writes it elsewhere in title case ("The deal values Aggreko at 880p"). Words of five
 * letters or more only: a short one in capitals is an acronym ("BHP", "HSBC").
 */
function unshouted(text: string, name: string): string {
  if (name.length < 5 || name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  const words = name.split(" ");
  if (words.some((w) => w.length < 5 && /\p{L}/u.test(w))) return name;
  const titled = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
  return text.includes(titled) ? titled : name;
}

/**
 * Established names → canonical, with short forms and definitions; undecided candidates that are
 * an established name or its short form become aliases of it. Returns the established names.
 */
function establishNames(text: string, cands: Cand[], R: Compiled, lowerSeen: LowerSeen): Map<string, string> {
  const established = new Map<string, string>();
  const addForm = (form: string, name: string) => {
    const k = nameKey(form);
    if (k && !established.has(k)) established.set(k, name);
  };
  for (const c of cands) {
    if (!c.rule || !c.name) continue;
    // coreKey(c) is nameKey(c.core), kept on the candidate; a name equal to its core adds nothing more.
    const kc = coreKey(c);
    if (!c.gaz) c.name = unshouted(text, c.name);
    if (kc && !established.has(kc)) established.set(kc, c.name);
    if (c.name !== c.core) addForm(c.name, c.name);
    if (c.defAlias) addForm(c.defAlias, c.name);
  }
  // Short forms: the leading words of a multi-word name with a head word or suffix ("Harbor" of "Harbor Silicon Systems").
  const prefixOwners = new Map<string, Set<string>>();
  // Names shaped like a legal entity (suffix, strong head word) own their short forms ("Harbor" of
  // "Harbor Silicon Systems"). Any other longer name ("Northwind Web Services (NWS)", "Northwind
  // Cloud") may be a division or product named after its parent, so a bare first word with evidence
  // of its own ("Northwind’s shares rose") stays its own organisation. The price: a company written
  // both ways with no suffix in the source ("Solace", "Solace Compute") keeps two names there;
  // reading a parent as its division would be worse (a quote of the parent given to the division).
  const legalOwners = new Set<string>();
  const ownEvidence = new Set<string>();
  for (const c of cands) {
    if (!c.rule || !c.name || c.gaz) continue;
    if (c.toks.length === 1) ownEvidence.add(coreKey(c));
    else {
      const last = c.toks[c.toks.length - 1]!.w;
      if (c.rule === "org.suffix" || c.rule === "org.ticker" || (c as CandX).hasSuffix || R.suffixes.has(last) || (R.heads.has(last) && !R.weakHeads.has(last))) legalOwners.add(c.name);
    }
  }
  // The short forms depend on the name alone: each name once.
  const prefixDone = new Set<string>();
  /** Keys of prefixOwners that the gazetteer has (every key comes from shortForms, which says so). */
  let gazPrefixes: Set<string> | null = null;
  for (const c of cands) {
    if (!c.rule || !c.name || c.gaz || c.toks.length < 2 || prefixDone.has(c.name)) continue;
    prefixDone.add(c.name);
    // "Thornquist Capital Partners VII" is a fund of Thornquist Capital: it owns no short form.
    if (c.toks.length > 2 && R.seriesWords.has(c.toks[c.toks.length - 1]!.w)) continue;
    // "SPH REIT" is a trust SPH sponsors, not SPH's full name: "SPH" stays SPH. A vehicle with a
    // name of its own ("Fenwold Industrial REIT") is the one its short form names.
    if (c.toks.length === 2 && R.vehicleWords.has(c.toks[1]!.w)) continue;
    const forms = shortForms(c.name, R);
    for (let q = 0; q < forms.length; q += 3) {
      const lower = forms[q + 1];
      if (lower !== null && lowerSeen.has(lower!)) continue;
      const k = forms[q]!;
      if (forms[q + 2] !== null) (gazPrefixes ??= new Set<string>()).add(k);
      const set = prefixOwners.get(k) ?? new Set<string>();
      set.add(c.name);
      prefixOwners.set(k, set);
    }
  }
  // "Harbor" is a prefix of both "Harbor Silicon" and "Harbor Silicon Systems": the longest name owns it.
  for (const [k, owners] of prefixOwners) {
    if (ownEvidence.has(k) && [...owners].every((o) => !legalOwners.has(o))) {
      prefixOwners.delete(k);
      continue;
    }
    if (owners.size < 2) continue;
    const longest = [...owners].sort((p, q) => q.length - p.length)[0]!;
    // Names that are not one inside another ("Maristow Microdevices" and, later, its "Maristow
    // Assembly Services" unit): a story names its company before the company's units, so the name
    // told first owns it (the set keeps the order names were met in).
    const nested = [...owners].every((o) => longest === o || longest.startsWith(o + " "));
    prefixOwners.set(k, new Set([nested ? longest : [...owners][0]!]));
  }
  for (const [k, owners] of prefixOwners) if (owners.size === 1 && !(gazPrefixes !== null && gazPrefixes.has(k))) established.set(k, [...owners][0]!);

  ownAcronyms(text, cands);
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (c.person || c.gaz || c.place) continue;
    const key = coreKey(c);
    const owners = prefixOwners.get(key);
    if (c.rule && owners && owners.size === 1) {
      c.name = [...owners][0]!;
      joinPlaceTail(c, cands[ci + 1], text);
      continue;
    }
    if (c.rule) continue;
    const hit = established.get(key);
    if (hit) {
      c.rule = "org.alias";
      c.name = hit;
      joinPlaceTail(c, cands[ci + 1], text);
    }
  }
  for (let ci = 1; ci < cands.length; ci++) joinPlaceHead(cands[ci - 1]!, cands[ci]!, text, established);
  for (const c of cands) joinDemonymHead(c, text, established, R);
  return established;
}

/**
 * "Western Power Distribution is based in Bristol" where the source also writes "Western Power
 * Distribution (WPD)": a demonym or compass word before a name is dropped as a description
 * (pushFree), but where it and the name are a name the source establishes, the fact is that name.
 */
function joinDemonymHead(c: Cand, text: string, established: ReadonlyMap<string, string>, R: Compiled): void {
  if (c.place || c.person || c.gaz || c.start < 2 || text.charCodeAt(c.start - 1) !== 32) return;
  const m = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, c.start - 24), c.start));
  // So is an opener the source writes before a name it establishes ("First Republic" beside "First Republic Bank").
  if (!m || !(R.demonyms.has(m[1]!) || COMPASS.has(m[1]!) || R.nameOpeners.has(m[1]!))) return;
  const at = c.start - m[0].length;
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return;
  widenToEstablished(c, at, `${m[1]} ${c.core}`, established);
}

/**
 * "Korea Zinc’s shares", "Korea Zinc Chairman Choi": a run is split after its leading place where a
 * possessive or a title follows the next word (a place-led name needs a plain word: placeLedName),
 * which leaves "Zinc". Where the place and the word together are a name the source establishes
 * elsewhere ("Korea Zinc Co"), the fact is that whole name as written.
 */
function joinPlaceHead(prev: Cand, c: Cand, text: string, established: ReadonlyMap<string, string>): void {
  // A name that defines its own short form ("… Grid International (SCGI)") is whole as written.
  if (!prev.place || c.place || c.person || c.gaz || c.defAlias || text.slice(prev.end, c.start) !== " ") return;
  if (prev.toks[prev.toks.length - 1]!.poss) return;
  if (widenToEstablished(c, prev.start, `${prev.core} ${c.core}`, established)) c.toks = [...prev.toks, ...c.toks];
}

/** Widen c back to `start` as `core`, where the source establishes that name; whether it did. */
function widenToEstablished(c: Cand, start: number, core: string, established: ReadonlyMap<string, string>): boolean {
  const name = established.get(nameKey(core));
  if (!name) return false;
  c.start = start;
  c.core = core;
  c.ck = null;
  c.name = name;
  c.rule ??= "org.alias";
  return true;
}

/**
 * An acronym the gazetteer knows as one organisation ("FCA": the Financial Conduct Authority) is
 * another where the source says so: a name it defines ("Fiat Chrysler (FCA)"), or, where the
 * gazetteer's own name is nowhere in the source, a name of the source whose capitalised words it
 * spells ("Fiat Chrysler Automobiles NV … FCA shares rose"), in three letters or more, unless the
 * source writes "the FCA" (an institution's article: "The FCA fined Fiat Chrysler Automobiles").
 * The acronym is then that name's alias. A company the gazetteer itself names by the acronym
 * ("KKR") keeps it unless the source defines it: a spelled-out name is most likely its own
 * ("Kohlberg Kravis Roberts"), a definition says what the source means by it ("HSBC Canada (HSBC)").
 */
function ownAcronyms(text: string, cands: Cand[]): void {
  if (!cands.some(isGazAcronym)) return;
  const defined = new Map<string, string>();
  const spelled = new Map<string, string | null>();
  const names = new Set<string>();
  /** Acronyms the source writes right after "the" somewhere. */
  const withThe = new Set<string>();
  for (const c of cands) {
    if (c.toks.length === 1 && ACRONYM_RE.test(c.toks[0]!.w) && /\bthe\s$/i.test(text.slice(Math.max(0, c.start - 4), c.start))) withThe.add(c.toks[0]!.w);
    if (!c.rule || !c.name) continue;
    // The gazetteer's name written out, not read from the acronym itself.
    if (!isGazAcronym(c)) names.add(c.name);
    if (c.gaz || c.person || c.place || c.toks.length < 2) continue;
    if (c.defAlias && !defined.has(c.defAlias)) defined.set(c.defAlias, c.name);
    const ini = c.name
      .split(" ")
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    // Two names with the same initials in one source: neither is the acronym's.
    if (ini.length >= 2) spelled.set(ini, spelled.has(ini) && spelled.get(ini) !== c.name ? null : c.name);
  }
  for (const c of cands) {
    if (!isGazAcronym(c)) continue;
    const w = c.toks[0]!.w;
    // Two letters ("AP") spell too many names to read them from initials alone; a company the
    // gazetteer knows by its acronym ("KKR") is its spelled-out name too.
    const own = defined.get(w) ?? (w.length < 3 || c.gaz === w || names.has(c.gaz!) || withThe.has(w) ? null : spelled.get(w));
    if (!own || own === c.gaz) continue;
    c.name = own;
    c.rule = "org.alias";
  }
}
const ACRONYM_RE = /^[A-Z]{2,6}$/;

/** A candidate read as a gazetteer name from one all-capitals word ("FCA"). */
function isGazAcronym(c: Cand): boolean {
  return c.gaz !== null && c.rule !== null && c.toks.length === 1 && ACRONYM_RE.test(c.toks[0]!.w);
}

/**
 * "Air India" where the source also writes "Air India Ltd": the run was split before its place word
 * ("Air" | "India"), and "Air" was then read as the short form of the known name. Where the place
 * right after it completes that very name, the fact is the whole name as written.
 */
function joinPlaceTail(c: Cand, next: Cand | undefined, text: string): void {
  if (!next || !next.place || !c.name || text.slice(c.end, next.start) !== " ") return;
  const last = c.toks[c.toks.length - 1]!;
  if (last.poss || last.tail) return;
  if (nameKey(`${c.core} ${next.core}`) !== nameKey(c.name)) return;
  c.toks = [...c.toks, ...next.toks];
  c.end = next.end;
  c.core = `${c.core} ${next.core}`;
  c.ck = null;
}

/**
 * "21st Century Fox": an ordinal right before a decided name is the name's first word, where the
 * source writes it before every mention of that name ("on the 3rd Acme Corp said", with "Acme Corp"
 * elsewhere, keeps "Acme Corp").
 */
const ORDINAL_BEFORE = /(?:^|[^\w.,-])(\d{1,3}(?:st|nd|rd|th)) $/;
function widenOverOrdinals(text: string, cands: readonly Cand[], R: Compiled): void {
  const ordinalOf = new Map<string, string | null>();
  const named = cands.filter((c) => !c.gaz && !c.place && !c.person);
  for (const c of named) {
    const m = ORDINAL_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
    const k = coreKey(c);
    const had = ordinalOf.get(k);
    const ord = m ? m[1]! : null;
    ordinalOf.set(k, had === undefined ? ord : had === ord ? had : null);
  }
  // Only names some mention decided: an ordinal never makes an organisation of its own.
  const decidedKeys = new Set(named.filter((c) => c.rule).map(coreKey));
  for (const c of named) {
    const ord = ordinalOf.get(coreKey(c));
    if (!ord || !decidedKeys.has(coreKey(c))) continue;
    widenBack(c, `${ord} `, R);
  }
}

/**
 * A candidate widened back over the words written right before it (`lead`, its trailing space
 * included): its span and core take them in, and a decided one its name (an undecided one is named
 * where it is decided, establishNames).
 */
function widenBack(c: Cand, lead: string, R: Compiled): void {
  c.start -= lead.length;
  c.core = `${lead}${c.core}`;
  if (c.rule) c.name = canonical(c.core, R);
  c.ck = null;
}

/**
 * "Science Applications International Corp (SAIC)" keeps its first word, a stop word, because the
 * short form spells it (pushFree); the text's other mentions of the name ("Science Applications
 * International Corp said", "Science Applications International (SAIC)") keep it too: a mention
 * whose core is the rest of such a name, right after that word, takes the word back.
 */
function widenOverSpelledOpeners(text: string, cands: readonly Cand[], R: Compiled): void {
  const openerOf = new Map<string, string>();
  for (const c of cands) {
    const w = c.toks[0]?.w;
    if (!c.rule || c.toks.length < 2 || !w || !R.stop.has(w) || R.heads.has(w) || !c.core.startsWith(`${w} `)) continue;
    openerOf.set(nameKey(c.core.slice(w.length + 1)), w);
  }
  if (!openerOf.size) return;
  for (const c of cands) {
    if (c.gaz || c.place || c.person) continue;
    const w = openerOf.get(coreKey(c));
    if (!w || c.start < w.length + 1 || text.charCodeAt(c.start - 1) !== 32 || !text.startsWith(w, c.start - w.length - 1)) continue;
    // The word stands alone: not the end of a longer one ("Geoscience").
    const before = c.start - w.length - 2;
    if (before >= 0 && /[\p{L}\p{N}]/u.test(text[before]!)) continue;
    widenBack(c, `${w} `, R);
  }
}

/** A capitalised word, then "in the", "of the", "on the" or "at the", right before a name. */
const PHRASE_BEFORE = /(?<![\p{L}\p{N}&'’.-])\p{Lu}\p{Ll}+ (?:in|of|on|at) the $/u;

/**
 * "Jack in the Box Inc.": a name whose every mention in the text, two or more, comes right after the
 * same capitalised word and "in the" (or "of the", "on the", "at the") is that whole phrase ("Jack in
 * the Box"), not its last word: the text never writes the last word alone. A role, a title, a
 * place or a stop word before the phrase ("Head of the", "President of the") is no name's word.
 */
function widenOverPhraseNames(text: string, cands: Cand[], R: Compiled): void {
  const groups = new Map<string, Cand[]>();
  for (const c of cands) if (!c.gaz && !c.place && !c.person) (groups.get(coreKey(c)) ?? groups.set(coreKey(c), []).get(coreKey(c))!).push(c);
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((c) => c.rule)) continue;
    let prefix: string | null = null;
    for (const c of group) {
      const here = PHRASE_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[0];
      if (!here || (prefix !== null && here !== prefix)) {
        prefix = null;
        break;
      }
      prefix = here;
    }
    if (!prefix) continue;
    const w = prefix.slice(0, prefix.indexOf(" "));
    if (R.stop.has(w) || R.roleTitle.has(w) || R.honorifics.has(w) || R.calendar.has(w) || R.heads.has(w) || R.suffixes.has(w) || isPlaceKey(R, nameKey(w))) continue;
    // The last word is never written alone: every occurrence of the core follows the phrase's words.
    const core = group[0]!.core;
    let alone = false;
    for (let i = text.indexOf(core); i >= 0 && !alone; i = text.indexOf(core, i + core.length)) if (!text.startsWith(prefix, i - prefix.length)) alone = true;
    if (alone) continue;
    // The phrase's own words are no names of their own ("Jack" beside the ticker JACK).
    const inside = new Set(group.flatMap((c) => cands.filter((d) => d !== c && d.start >= c.start - prefix!.length && d.end <= c.start)));
    for (const c of group) widenBack(c, prefix, R);
    if (inside.size) removeCands(cands, inside);
  }
}

function removeCands(cands: Cand[], gone: ReadonlySet<Cand>): void {
  let k = 0;
  for (const c of cands) if (!gone.has(c)) cands[k++] = c;
  cands.length = k;
}

/** The decided candidates as facts, then handles ("@acme") of known organisations. */
function orgFacts(toks: readonly Tok[], cands: readonly Cand[], established: Map<string, string>, R: Compiled): RawFact[] {
  const facts: RawFact[] = [];
  for (const c of cands) {
    if (!c.rule || !c.name) continue;
    facts.push({ type: "org", start: c.start, end: c.end, value: { name: c.name }, rule: c.rule });
  }

  // Handles: "@acme" when the handle is a known organisation's name, whole or with a common affix.
  for (const t of toks) {
    if (!t.w.startsWith("@") || t.w.length < 3) continue;
    const name = resolveHandle(t.w.slice(1), established, R);
    if (name) facts.push({ type: "org", start: t.s, end: t.e, value: { name }, rule: "org.handle" });
  }
  return facts;
}

const HANDLE_AFFIX = /^(?:the|team|get|use|its)|(?:cloud|hq|inc|corp|co|news|official|app|global|us|uk|tech|ai|online|media|group|press|live)$/;

function resolveHandle(h: string, established: Map<string, string>, R: Compiled): string | null {
  const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const table = new Map<string, string>();
  for (const [k, v] of established) table.set(compact(k), v);
  const tryOne = (x: string) => {
    const c = compact(x);
    if (!c) return null;
    const local = table.get(c);
    if (local) return local;
    const g = R.gazByKey.get(c);
    return g && table.has(compact(g)) ? g : g && c.length >= 4 ? g : null;
  };
  const whole = tryOne(h);
  if (whole) return whole;
  const stripped = h.toLowerCase().replace(HANDLE_AFFIX, "");
  return stripped !== h.toLowerCase() && stripped.length >= 2 ? tryOne(stripped) : null;
}

/**
 * "China Southern Power Grid International (CSGI)": the short form in brackets after the run starts
 * with the place's initial and reads the run's other initials in order (a word may be left out), so
 * the place is the name's first word. The rest alone must not start with that letter.
 */
function acronymSpellsPlace(text: string, toks: readonly Tok[], n: number): boolean {
  if (n < 3) return false;
  const m = DEF_RE.exec(text.slice(toks[n - 1]!.e, toks[n - 1]!.e + 14));
  if (!m) return false;
  const abbr = m[1]!.replace(/[^A-Z]/g, "");
  if (abbr.length < 3) return false;
  let ini = "";
  for (let k = 0; k < n; k++) if (toks[k]!.cap) ini += toks[k]!.w[0]!.toUpperCase();
  if (ini[0] !== abbr[0] || ini[1] === abbr[0]) return false;
  let q = 1;
  for (let k = 1; k < ini.length && q < abbr.length; k++) if (ini[k] === abbr[q]) q++;
  return q === abbr.length;
}

function isPlaceKey(R: Compiled, k: string): boolean {
  return R.placeKeys.has(k.includes(".") ? k.replace(/\./g, "") : k);
}

/** /^[A-Z]{3,5}$/ */
function isAcronym35(w: string): boolean {
  if (w.length < 3 || w.length > 5) return false;
  for (let q = 0; q < w.length; q++) {
    const c = w.charCodeAt(q);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Split one run into candidates: gazetteer names, places and breakers first, free spans in between. */
function splitRun(text: string, run: Run, R: Compiled, out: Cand[], headingAt: Uint8Array): void {
  const toks = run.toks;
  const n = toks.length;
  let i = 0;
  let free: Tok[] = [];
  let roleBefore = false;
  const flushFree = (roleAfter: boolean) => {
    pushFree(text, free, R, out, headingAt, roleBefore, roleAfter);
    free = [];
  };
  while (i < n) {
    const t = toks[i]!;
    // Gazetteer, longest first.
    let matched = longestMatch(toks, i, n, R.gazMaxLen, R.gazFirst, R.gazFirstBits, (k, len) => {
      if (!R.gazByKey.has(k)) return false;
      // Short all-caps aliases must match exactly ("AMD", not "Amd"; "AP", not "Ap").
      if (R.exactCase.has(k)) for (let q = i; q < i + len; q++) if (toks[q]!.w !== toks[q]!.w.toUpperCase()) return false;
      return true;
    }, tokKey);
    let gname = matched ? R.gazByKey.get(spanKey(toks, i, matched, tokKey)) ?? null : null;
    const gWeak = gname !== null && R.weak.has(nameKey(gname));
    // "John Hess", "Jim Ford": a one-word well-known name right after a first name is a surname;
    // "Ostrander Vale LLP": a well-known name that is also a word, inside a longer name, is that name's.
    const prevFree = free.length ? free[free.length - 1]! : null;
    if (gname && matched === 1 && prevFree && prevFree.cap && !prevFree.poss && text.slice(prevFree.e, t.s) === " " && (gWeak || (R.firstNames.has(prevFree.w) && (i + 1 >= n || !R.suffixes.has(toks[i + 1]!.w))))) gname = null;
    // "Beam Suntory": one plain capitalised word, alone before a one-word known name that ends the
    // run, where the two act as a company in the source ("Beam Suntory said", "spirits group Beam
    // Suntory"), is a company of its own, not the known one with a stray word before it; not a
    // company's noun or a common word opening the sentence ("Insurer AXA agreed …").
    let lead: Tok | null = null;
    if (gname && matched === 1 && free.length === 1 && prevFree && !prevFree.poss && text.slice(prevFree.e, t.s) === " " && (i + 1 === n || R.suffixes.has(toks[i + 1]!.w)) && plainNameWord(R, prevFree) && !R.orgNounSet.has(prevFree.w.toLowerCase()) && !(prevFree.sentStart && lexiconKind(prevFree.w) !== "unknown")) {
      const phrase = `${prevFree.w} ${t.w}`;
      if (actsAsCompany(text, phrase, R) || orgNounBefore(text, phrase, R)) lead = free.pop()!;
    }
    if (matched && gname) {
      if (free.length) flushFree(false);
      let j = i + matched;
      // A corporate suffix or head word right after a known name belongs to it ("Example.com Inc.", "Halvorsen Research").
      const inHeading = (headingAt[t.s]! & 1) === 1;
      while (j < n && (R.suffixes.has(toks[j]!.w) || (!inHeading && R.heads.has(toks[j]!.w) && !R.weakHeads.has(toks[j]!.w))) && !toks[j - 1]!.poss) j++;
      // "Becton, Dickinson and Co.": "and" and a suffix after a known name are its own.
      if (j === i + matched && j + 1 < n && (toks[j]!.w === "and" || toks[j]!.w === "&") && R.suffixes.has(toks[j + 1]!.w) && !toks[j - 1]!.poss) j += 2;
      // "the J.P. Morgan Healthcare Conference": where the run goes on past the head word with a
      // word that is neither head nor suffix, the longer name is something else's; the known name stands alone.
      // "HSBC Bank Canada", "Walmart Mexico": a country or region last in the run, in prose, names the known name's unit there.
      const placed = inHeading || toks[j - 1]!.poss ? 0 : unitPlaceAt(text, toks, t.s, j, n, R);
      if (placed) {
        j += placed;
        while (j < n && R.suffixes.has(toks[j]!.w) && !toks[j - 1]!.poss) j++;
      } else if (j > i + matched && j < n && !toks[j - 1]!.poss && !R.suffixes.has(toks[j - 1]!.w) && text.slice(toks[j - 1]!.e, toks[j]!.s) === " ") j = i + matched;
      // "Macquarie Asset Management": a known name, one or two plain capitalised words, then a head
      // word or a corporate suffix, in running prose, is a unit with a name of its own ("Asset Management" alone is no
      // organisation). A possessive stops it: "Carlsberg Marston's Brewing Company" is not Carlsberg's unit.
      let unit: string | null = null;
      // "Salesforce Ventures", "Microsoft Research": a head word after a known name makes a unit with
      // a name of its own (a corporate suffix does not: "Nvidia Corp." is Nvidia).
      let lastHead = -1;
      for (let k = i + matched; k < j; k++) if (!R.suffixes.has(toks[k]!.w) && toks[k]!.w !== "and" && toks[k]!.w !== "&") lastHead = k;
      if (lastHead >= 0) unit = toks.slice(i, lastHead + 1).map((x) => x.w).join(" ");
      if (j === i + matched && !inHeading && !toks[j - 1]!.poss) {
        for (let k = j; k < n && k <= j + 2; k++) {
          const w = toks[k]!;
          // "Westpac Banking Corp": a corporate suffix closes the unit as a head word does (the unit's name is without it).
          const suffix = k > j && R.suffixes.has(w.w) && !toks[k - 1]!.poss;
          // A weak head word closes it too after a word of the unit's own ("Adani Green Energy"):
          // alone after a known name it may be a generic word ("Shell Energy prices").
          if ((R.heads.has(w.w) && k > j) || suffix) {
            if (inProse(text, t.s, w.e)) {
              j = k + 1;
              // "Hyundai Heavy Industries Holdings": more head words after the first belong to the unit's name.
              let end = suffix ? k : k + 1;
              while (!suffix && j < n && R.heads.has(toks[j]!.w) && !R.weakHeads.has(toks[j]!.w) && !toks[j - 1]!.poss) end = ++j;
              while (j < n && R.suffixes.has(toks[j]!.w) && !toks[j - 1]!.poss) j++;
              unit = toks.slice(i, end).map((x) => x.w).join(" ");
            }
            break;
          }
          if (!(placeLedName(R, w) || acronymNameWord(R, w)) || (k > j && toks[k - 1]!.poss)) break;
        }
      }
      // "Siemens Gamesa", "Hyundai Mobis": a known name and one more word of a name that ends the
      // run, acting as a company somewhere in the source ("Siemens Gamesa's shares", "Siemens Gamesa
      // said"), is a company of its own, not the known one with a stray word.
      if (unit === null && j === i + matched && j === n - 1 && !inHeading && !toks[j - 1]!.poss && text.slice(toks[j - 1]!.e, toks[j]!.s) === " " && ownNameWord(R, toks[j]!) && (toks[j]!.poss || inProse(text, t.s, toks[j]!.e))) {
        const phrase = text.slice(t.s, toks[j]!.s) + toks[j]!.w;
        if (actsAsCompany(text, phrase, R)) {
          unit = phrase;
          j++;
        }
      }
      const span = toks.slice(i, j);
      if (lead) {
        span.unshift(lead);
        unit = `${lead.w} ${unit ?? t.w}`;
      }
      const last = span[span.length - 1]!;
      const weakName = gWeak && matched === 1 && !last.poss && j === i + 1;
      // "Target price: HK$15.20": a weak name before a word it makes a common phrase with is that phrase.
      if (weakName && R.weakCompounds.size && R.weakCompounds.has(nextWordAfter(text, last.e))) {
        i = j;
        continue;
      }
      const weak = weakName && span[0]!.sentStart;
      out.push({
        toks: span,
        start: span[0]!.s,
        end: last.e,
        core: unit ?? gname,
        gaz: unit ? null : gname,
        weakGaz: weak,
        rule: weak ? null : "org.gazetteer",
        person: false,
        place: false,
        heading: (headingAt[span[0]!.s]! & 1) === 1,
        name: weak ? null : unit ? canonical(unit, R) : gname,
        defAlias: null,
        ck: null,
      });
      roleBefore = false;
      i = j;
      continue;
    }
    // Places (multi-word), when they stand alone or at the start of a free span.
    let plen = longestMatch(toks, i, n, R.placeMaxLen, R.placeFirst, R.placeFirstBits, (k) => R.placeKeys.has(k), placeKey);
    // "Jordan Whitley", "Austin Reed": a place name that is also a first name, before another name.
    if (plen === 1 && R.firstNames.has(t.w) && free.length === 0 && toks[i + 1]?.cap && !t.poss && !t.tail && !R.heads.has(toks[i + 1]!.w)) plen = 0;
    // "Air India", "Grupo Mexico": a word that opens a company's name, then a place, is that name.
    const opener = free.length === 1 || (free.length > 1 && CONNECTORS.has(free[free.length - 2]!.w)) ? free[free.length - 1]! : null;
    if (plen && opener && R.headsBeforePlace.has(opener.w) && !opener.poss && !opener.tail && text.slice(opener.e, t.s) === " " && (headingAt[opener.s]! & 2) === 0) {
      free.pop();
      if (free.length) flushFree(false);
      let j = i + plen;
      const placeEnd = j;
      while (j < n && R.suffixes.has(toks[j]!.w) && !toks[j - 1]!.poss) j++;
      const core = [opener, ...toks.slice(i, placeEnd)].map((x) => x.w).join(" ");
      out.push({ toks: [opener, ...toks.slice(i, j)], start: opener.s, end: toks[j - 1]!.e, core, gaz: null, weakGaz: false, rule: "org.head", person: false, place: false, heading: (headingAt[opener.s]! & 1) === 1, name: canonical(core, R), defAlias: null, ck: null });
      roleBefore = false;
      i = j;
      continue;
    }
    if (plen && (free.length === 0 || CONNECTORS.has(free[free.length - 1]!.w) === false)) {
      const after = toks[i + plen - 1]!;
      const nextTok = toks[i + plen];
      // "Texas Instruments", "Bank of England": a place followed by a head word stays in the name.
      // "Kansas City Southern", "Boston Scientific": a place, then the run's last one to three words,
      // capitalised and none a title, month, first name, place or well-known name, is a name that
      // starts with a place. Only in running prose: not in a title-case line, a table or a page title.
      // "Japan Industrial Partners Inc.": the words may end in corporate suffixes.
      // The name ends at a connector ("the Sri Lanka Ports Authority and China's …": the words after "and" are another's).
      let rest = n;
      for (let k = i + plen + 1; k < n; k++) if (toks[k]!.w === "and" || toks[k]!.w === "&") { rest = k; break; }
      // "China Merchants Port Holdings": the words may end in head words too.
      while (rest > i + plen + 1 && (R.suffixes.has(toks[rest - 1]!.w) || R.heads.has(toks[rest - 1]!.w))) rest--;
      // "Oslo Stock Exchange": one capitalised word, even a stop word, then a strong head word.
      const keeps = nextTok && !after.poss && !after.tail && (R.heads.has(nextTok.w) || R.suffixes.has(nextTok.w) || (nextTok.cap && !nextTok.poss && !nextTok.tail && i + plen + 1 < n && text.slice(nextTok.e, toks[i + plen + 1]!.s) === " " && isStrongHead(R, toks[i + plen + 1]!.w)) || (rest - (i + plen) <= 3 && toks.slice(i + plen, rest).every((x) => placeLedName(R, x)) && (headingAt[t.s]! & 2) === 0 && inProse(text, t.s, toks[n - 1]!.e)) || (i === 0 && free.length === 0 && acronymSpellsPlace(text, toks, n)) || (plen === 1 && i + 2 === n && initialsOwnWord(text, t, nextTok)) || mastheadFrom(text, toks, i, n, R) || (text.slice(after.e, nextTok.s) === "-" && !after.poss && hyphenedPlaceWord(R, nextTok)));
      if (!keeps) {
        if (free.length) flushFree(false);
        out.push({ toks: toks.slice(i, i + plen), start: toks[i]!.s, end: after.e, core: toks.slice(i, i + plen).map((x) => x.w).join(" "), gaz: null, weakGaz: false, rule: null, person: false, place: true, heading: false, name: null, defAlias: null, ck: null });
        i += plen;
        roleBefore = false;
        continue;
      }
    }
    // Breakers: role titles ("CEO", "Chief Executive"), honorifics, months, weekdays, and in a
    // title-case line a verb after a name ("X and Y Forge $3bn Alliance"; "Partners" only before "with").
    // A headline's verb ("Acme to Land Deal"), unless a company's head word follows ("Shunwah Land Holdings").
    // A title-case line's preposition ends the name before it too ("… Big Deal With Birch Co").
    const headlineBreak = i > 0 && (headingAt[t.s]! & 2) === 2 && (R.headlinePrepositions.has(t.w) || R.headlineVerbs.has(t.w.toLowerCase())) && (!R.heads.has(t.w) || /^\s(?:with|With|to|To)\b/.test(text.slice(t.e, t.e + 6))) && !(i + 1 < n && isStrongHead(R, toks[i + 1]!.w));
    if (headlineBreak || R.roleTitle.has(t.w) || (R.calendar.has(t.w) && !monthAsFirstName(text, toks, i, R) && !weekdayAsNameWord(text, toks, i, R)) || (R.honorifics.has(t.w) && !honorificOpensName(text, toks, i, n, R))) {
      const isRole = R.roleTitle.has(t.w) || R.honorifics.has(t.w);
      // "Crown Prince Mohammed": the word before the honorific is part of the title, no name.
      const last = free[free.length - 1];
      if (last && last.e + 1 === t.s && R.compoundTitles.has(`${last.w} ${t.w}`)) free.pop();
      if (free.length) flushFree(isRole);
      roleBefore = isRole;
      i++;
      continue;
    }
    if (!t.cap && free.length === 0) roleBefore = false;
    free.push(t);
    i++;
  }
  if (free.length) flushFree(false);
}

/**
 * "Miami-Dade", "Winston-Salem": a place joined by a hyphen to a capitalised word that is no place,
 * no well-known name and no word of a company's, is one name with it ("Miami-Dade’s deal" is no
 * company "Dade"); "US-China", "Seattle-Tacoma" join two places.
 */
function hyphenedPlaceWord(R: Compiled, t: Tok): boolean {
  if (!t.cap || t.tail || !TITLE_WORD.test(t.w)) return false;
  const k = tokKey(t);
  return !isPlaceKey(R, k) && !R.gazByKey.has(k) && !R.demonyms.has(t.w) && !R.stop.has(t.w) && !R.heads.has(t.w) && !R.suffixes.has(t.w) && !R.calendar.has(t.w);
}

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the word "The" stands right before `s` ("The " and no letter or digit before it). */
function theBefore(text: string, s: number): boolean {
  return s >= 4 && text.startsWith("The ", s - 4) && (s === 4 || !LETTER_OR_DIGIT.test(text[s - 5]!));
}

/**
 * "The Dallas Morning News", "The Seattle Times": a place right after "The" opens a newspaper's name
 * that ends, at most three words on, in a masthead's noun (rules: orgs.json mastheadNouns).
 */
function mastheadFrom(text: string, toks: readonly Tok[], i: number, n: number, R: Compiled): boolean {
  const t = toks[i]!;
  if (!theBefore(text, t.s)) return false;
  for (let k = i + 1; k < n && k <= i + 3; k++) {
    if (text.slice(toks[k - 1]!.e, toks[k]!.s) !== " " || toks[k - 1]!.poss || toks[k - 1]!.tail) return false;
    if (R.mastheads.has(toks[k]!.w)) return k + 1 === n || text.slice(toks[k]!.e, toks[k + 1]!.s) !== " ";
  }
  return false;
}

/**
 * "Mr. Cooper Group Inc.", "Dr Pepper Snapple Group", "Dr. Reddy's Laboratories": a short honorific
 * (rules: orgs.json nameHonorifics) at toks[i], right before one to three capitalised words that end
 * in a corporate suffix or a head word, opens that company's name; it is no person's title. Not where
 * a first name follows ("Mr. John Cooper Group" is a person, then a company).
 */
function honorificOpensName(text: string, toks: readonly Tok[], i: number, n: number, R: Compiled): boolean {
  const t = toks[i]!;
  if (!R.nameHonorifics.has(t.w) || t.poss || i + 2 >= n) return false;
  const gap = text.slice(t.e, toks[i + 1]!.s);
  if ((gap !== " " && gap !== ". ") || R.firstNames.has(toks[i + 1]!.w)) return false;
  for (let k = i + 1; k < n && k <= i + 4; k++) {
    const x = toks[k]!;
    if (k > i + 1) {
      if (text.slice(toks[k - 1]!.e, x.s) !== " " || toks[k - 1]!.tail) return false;
      if (R.heads.has(x.w) || R.suffixes.has(x.w)) return true;
    }
    if (!x.cap || R.honorifics.has(x.w) || R.roleTitle.has(x.w) || R.calendar.has(x.w) || R.suffixes.has(x.w) || R.heads.has(x.w)) return false;
  }
  return false;
}

/**
 * "Sun Country Airlines", "Sun Life": a weekday written short, right before a capitalised word that
 * is no month nor weekday ("Sun, Nov 3", "Sun 3 Nov", "Wed Jan 5" are dates), opens a name.
 */
function weekdayAsNameWord(text: string, toks: readonly Tok[], i: number, R: Compiled): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!R.weekdayShort.has(t.w) || t.poss || !next || next.s !== t.e + 1 || text.charCodeAt(t.e) !== 32) return false;
  return isCapWord(next.w) && !R.calendar.has(next.w) && !R.stop.has(next.w);
}

/**
 * "analyst April Desmarais said": a month that is also a first name, right before a surname-like
 * word, and after no word that leads into a date ("in May Acme ...", "5 May Acme ...").
 */
function monthAsFirstName(text: string, toks: readonly Tok[], i: number, R: Compiled): boolean {
  const t = toks[i]!;
  if (!R.monthFirstNames.has(t.w)) return false;
  // "Helena May said": a first name before it, no day number after it.
  const prev = toks[i - 1];
  if (prev && prev.s + prev.w.length === t.s - 1 && !prev.poss && text.charCodeAt(t.s - 1) === 32 && R.firstNames.has(prev.w) && !R.monthFirstNames.has(prev.w) && !/^[\s,]*\d/.test(text.slice(t.e, t.e + 4))) return true;
  const next = toks[i + 1];
  if (t.poss || !next || next.s !== t.e + 1 || text.charCodeAt(t.e) !== 32) return false;
  if (!isCapWord(next.w) || R.calendar.has(next.w) || R.heads.has(next.w) || R.suffixes.has(next.w) || R.stop.has(next.w) || R.firstNames.has(next.w)) return false;
  return !DATE_LEAD_RE.test(text.slice(Math.max(0, t.s - 24), t.s));
}
const DATE_LEAD_RE = /(?:\d|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Bb]efore|[Aa]fter|[Oo]n|[Tt]hrough|[Bb]etween|till|of|mid|to|and|or|the|each|every|around|about|as|that|than)|[-–—(,/])\s*$/;

/** text.slice(a, b) with each run of white space as one space (a single space as it is). */
function gapText(text: string, a: number, b: number): string {
  if (b === a + 1 && text.charCodeAt(a) === 32) return " ";
  return text.slice(a, b).replace(/\s+/g, " ");
}

const TITLE_THEN_PERSON = /^ (?:CEO|CFO|COO|CTO|Chief Executive(?: Officer)?|Chief Financial Officer|Chief Operating Officer|Chairman|Chairwoman|President|Founder|Co-founder) [A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b/;
/** Whether "(ABC)" (or "(Salic)") right after toks[b - 1] spells the capitalised words of toks[a, b), the first one included. */
function spelledByAcronym(text: string, toks: readonly Tok[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const end = toks[b - 1]!.e;
  // "Corp (SAIC)", "Corp. (SAIC)", "Corp. [SAIC]", "Corp. (SAIC 0.26%)" (a ticker with its move).
  const at = text.charCodeAt(end) === 46 ? end + 1 : end;
  if (text.charCodeAt(at) !== 32 || (text.charCodeAt(at + 1) !== 40 && text.charCodeAt(at + 1) !== 91)) return false;
  const m = /^ [([]([A-Z][A-Za-z]{1,5})(?:[)\]]| [+-]?\d)/.exec(text.slice(at, at + 12));
  if (!m) return false;
  let initials = "";
  for (let k = a; k < b; k++) if (toks[k]!.cap) initials += toks[k]!.w[0];
  // A short form written as a word ("(Salic)") spells four initials or more.
  return initials === m[1] || (initials.length >= 4 && initials === m[1]!.toUpperCase());
}

const COMPASS = new Set(["South", "North", "East", "West", "Southeast", "Southwest", "Northeast", "Northwest", "Central"]);

/**
 * "COMCAST HAS OUTBID Rupert Murdoch's Fox": a lede's first words set in capitals, two or more and
 * one of them a common word, before words in mixed case, are the sentence's opening, not a name's
 * first words: where the name starts. A single capitalised acronym stays ("ADNOC Gas", "TAG Pipelines").
 */
function capsLedeEnd(text: string, toks: readonly Tok[], a: number, b: number): number {
  if (a >= b || !ALL_CAPS_WORD.test(toks[a]!.w)) return a;
  // Only where the sentence so far is in capitals too ("COMCAST HAS OUTBID …"), never mid-sentence ("… the MLS NEXT Pro league").
  let from = toks[a]!.s;
  while (from > 0 && !LEDE_BOUNDARY.has(text.charCodeAt(from - 1))) from--;
  if (!CAPS_SO_FAR.test(text.slice(from, toks[a]!.s))) return a;
  let k = a;
  let common = false;
  while (k < b && ALL_CAPS_WORD.test(toks[k]!.w)) {
    if (lexiconKind(toks[k]!.w) === "common") common = true;
    k++;
  }
  return k - a >= 2 && common && k < b && toks[k]!.cap && !ALL_CAPS_WORD.test(toks[k]!.w) ? k : a;
}
const ALL_CAPS_WORD = /^[A-Z]{2,}$/;
/** Right before a run: a capitalised name and a comma, so the run goes on a list of names. */
const LIST_BEFORE = /[A-Z][\w’'.&-]*,\s+$/;
const LEDE_BOUNDARY = new Set([".", "!", "?", "\n"].map((ch) => ch.charCodeAt(0)));
const CAPS_SO_FAR = /^[\s"“‘'(–—-]*(?:[A-Z][A-Z&'’.-]*\s+)*$/;

function pushFree(text: string, toks: Tok[], R: Compiled, out: Cand[], headingAt: Uint8Array, roleBefore: boolean, roleAfter: boolean): void {
  // Leading stop words ("The", "In", "Under") and dangling connectors go.
  let a = 0;
  let b = toks.length;
  while (b > a && !toks[b - 1]!.cap) b--;
  const endsNamed = b > a && (R.heads.has(toks[b - 1]!.w) || R.suffixes.has(toks[b - 1]!.w));
  // "Western Power Distribution (WPD)": a bracketed acronym that spells the run from word k on
  // keeps a demonym or compass word there as the name's own.
  const spellsFrom = (k: number) => endsNamed || spelledByAcronym(text, toks, k, b);
  let nounBefore = false;
  let openerKept = false;
  a = capsLedeEnd(text, toks, a, b);
  for (;;) {
    if (a >= b) break;
    const w = toks[a]!.w;
    // "First Republic Bank", "First Quantum Minerals": an opener before a capitalised word of a name
    // that ends in a head word or suffix is the name's own ("First, Alder Bank …" has a comma).
    if (endsNamed && R.nameOpeners.has(w) && a + 1 < b && toks[a + 1]!.cap && (!R.stop.has(toks[a + 1]!.w) || R.heads.has(toks[a + 1]!.w)) && text.charCodeAt(toks[a]!.e) === 32) {
      openerKept = true;
      break;
    }
    // "Mr. Cooper Group", "Dr Pepper Snapple Group": an honorific that opens a company's name stays.
    if (endsNamed && R.nameHonorifics.has(w) && honorificOpensName(text, toks, a, b, R)) break;
    // "Science Applications International Corp (SAIC)": a capitalised stop word that a bracketed
    // short form spells with the rest is the name's first word.
    if ((R.stop.has(w) || !toks[a]!.cap) && !R.heads.has(w) && !(toks[a]!.cap && spelledByAcronym(text, toks, a, b))) a++;
    // A demonym before a strong head word is the name's own ("Scandinavian Airlines System",
    // "Australian Securities Exchange"), not a description ("Swedish carrier X" is lower case).
    // "Swedish Match" (the text never writes "Match" alone): a demonym the next word never goes without is the name's own.
    else if (R.demonyms.has(w) && !spellsFrom(a) && !(a + 1 < b && toks[a + 1]!.cap && R.heads.has(toks[a + 1]!.w) && !R.weakHeads.has(toks[a + 1]!.w)) && !(a + 1 < b && toks[a + 1]!.cap && demonymOwned(text, toks[a]!, toks[a + 1]!))) a++;
    // "South Korean steelmakers", "South African miner": a compass word and a demonym.
    else if (COMPASS.has(w) && a + 1 < b && R.demonyms.has(toks[a + 1]!.w) && !spellsFrom(a)) a += 2;
    else if (b - a >= 2 && toks[a]!.sentStart && R.orgNounSet.has(w.toLowerCase())) {
      a++; // "Rival Clauseworks cut prices"
      nounBefore = true;
    } else break;
  }
  if (a >= b) return;
  let span = toks.slice(a, b);
  // A connector ("and", "for", "the") only stays inside a name that ends in a head word or suffix.
  const lastW = span[span.length - 1]!.w;
  // "Quarrystone Capital and Pellworth Ventures": two names when the part before the "and" is complete.
  // And "Veltheim Automobil and Karvell Cell Technologies": two words or more on each side, the
  // second ending in a head word or suffix ("Food and Drug Administration" keeps its one-word part).
  const lastOfSpan = span[span.length - 1]!.w;
  // "China Petroleum and Chemical Corporation", "Pacific Gas and Electric Company": after the "and",
  // one head word and a suffix finish one name; they are no company of their own.
  const headThenSuffix = (k: number) => span.length - k - 1 === 2 && R.heads.has(span[k + 1]!.w) && R.suffixes.has(lastOfSpan);
  // "Wyndham Hotels and Resorts": one plural head word after the "and", after a name's plural head
  // word, ends that name; a lone "Resorts" is no company of its own ("Cloud Networks and AI" is two).
  const headAfterHead = (k: number) => k >= 2 && span.length - k - 1 === 1 && R.heads.has(lastOfSpan) && R.heads.has(span[k - 1]!.w) && PLURAL_WORD.test(lastOfSpan) && PLURAL_WORD.test(span[k - 1]!.w);
  const andAt = span.findIndex(
    (t, k) =>
      k > 0 &&
      (t.w === "and" || t.w === "&") &&
      !(t.w === "and" && headThenSuffix(k)) &&
      !headAfterHead(k) &&
      // "Saudi Agricultural and Livestock Investment Company (SALIC)": the short form spells the whole run.
      !(t.w === "and" && spelledByAcronym(text, toks, a, b)) &&
      (R.heads.has(span[k - 1]!.w) ||
        R.suffixes.has(span[k - 1]!.w) ||
        (t.w === "and" && k >= 2 && span.length - k - 1 >= 2 && !!span[k - 1]!.cap && !!span[k - 2]!.cap && (R.suffixes.has(lastOfSpan) || (R.heads.has(lastOfSpan) && !R.weakHeads.has(lastOfSpan)))) ||
        // "Glenrock and McAllister Dunning LLP": one word, then a firm of two words or more and its
        // suffix ("Marks and Spencer plc", "Ernst and Young LLP" have one word on each side).
        (t.w === "and" && k === 1 && !!span[0]!.cap && R.suffixes.has(lastOfSpan) && span.length - k - 1 >= 3 && span.slice(k + 1, -1).every((x) => x.cap && !R.suffixes.has(x.w))) ||
        // "AustralianSuper, QSuper and Global Infrastructure Partners": the last two of a list of
        // names, one word before the "and" and a name of two words or more after it.
        (t.w === "and" && k === 1 && !!span[0]!.cap && span.length - k - 1 >= 2 && LIST_BEFORE.test(text.slice(Math.max(0, span[0]!.s - 40), span[0]!.s)))),
  );
  if (andAt > 0 && !unionShaped(R, span)) {
    pushFree(text, span.slice(0, andAt), R, out, headingAt, roleBefore, false);
    pushFree(text, span.slice(andAt + 1), R, out, headingAt, false, roleAfter);
    return;
  }
  // Only a strong head word or a suffix holds a connector phrase in the name: "Bureau of Fair
  // Trading" does, "Northwind Cloud for AI" does not (a weak head after a preposition is a phrase).
  // "Ministry of Industry and Trade": a body's "of" holds the rest of its name, "and" included.
  // The body's head opens the run, or follows a demonym ("the Vietnamese Ministry of Industry and Trade").
  const ih = R.institutionHeads.has(span[0]!.w) ? 0 : span.length >= 4 && R.demonyms.has(span[0]!.w) && R.institutionHeads.has(span[1]!.w) ? 1 : -1;
  const institution = ih >= 0 && span.length >= ih + 3 && (span[ih + 1]!.w === "of" || span[ih + 1]!.w === "for") && !R.suffixes.has(lastW) && !(R.heads.has(lastW) && !R.weakHeads.has(lastW));
  // "Citrix Systems of Fort Lauderdale": a company's name that ends in a strong head word, then
  // "of" and a place, where the text also names the company without them: the place is where the
  // company is, no part of its name.
  if (ih < 0) {
    const ofAt = span.findIndex((t, k) => k >= 2 && t.w === "of" && R.heads.has(span[k - 1]!.w) && !R.weakHeads.has(span[k - 1]!.w));
    if (ofAt > 0 && ofAt < span.length - 1 && isPlaceKey(R, spanKey(span, ofAt + 1, span.length - ofAt - 1, tokKey)) && namedWithoutOf(text, text.slice(span[0]!.s, span[ofAt - 1]!.e))) {
      pushFree(text, span.slice(0, ofAt), R, out, headingAt, roleBefore, false);
      return;
    }
  }
  // "Bharat Serums and Vaccines": two plural nouns of goods joined by "and", the last a head word,
  // after a word that opens the name, make one name.
  const pluralPair =
    span.length >= 4 && span[span.length - 2]!.w === "and" && R.heads.has(lastW) && /[a-z]s$/.test(lastW) && /^[A-Z][a-z]{2,}s$/.test(span[span.length - 3]!.w) && !R.heads.has(span[span.length - 3]!.w) && span.slice(0, -2).every((t) => t.cap && !t.poss);
  const headPair = span.length >= 4 && span[span.length - 2]!.w === "and" && headAfterHead(span.length - 2) && span.slice(0, -2).every((t) => t.cap && !t.poss);
  const named = (R.heads.has(lastW) && !R.weakHeads.has(lastW)) || R.suffixes.has(lastW) || unionShaped(R, span) || institution || pluralPair || headPair;
  // Spanish "y" between two capitalised words is a name's own ("Puertos y Logistica"): English writes no such "y".
  const keptConnector = (t: Tok, k: number) => t.w === "y" || (ROMANCE_OF.has(t.w) && k > 0 && !!span[k - 1]!.cap && !!span[k + 1]?.cap) || ((t.w === "of" || t.w === "for") && ((R.heads.has(span[k - 1]?.w ?? "") && !R.weakHeads.has(span[k - 1]?.w ?? "")) || (ih >= 0 && k === ih + 1)));
  // "John Smith of Paineira Capital": a person of an organisation, even where the run ends in a head word.
  const personOf = named ? span.findIndex((t, k) => k >= 2 && k <= 3 && t.w === "of" && !keptConnector(t, k)) : -1;
  // Two plain capitalised words before "of" are a person even where the first name is in no list
  // ("Cyprian Hebblethwaite of Stalbridge Turnaround Partners"): an organisation's "of" follows its
  // head word ("Commonwealth Bank of Australia"), which the kept connector already holds.
  const plainPair = personOf === 2 && span.slice(0, 2).every((t) => !R.heads.has(t.w) && !R.suffixes.has(t.w) && !R.institutionHeads.has(t.w) && !R.leadingHeads.has(t.w) && lexiconKind(t.w) === "unknown");
  if (personOf > 0 && (plainPair || R.firstNames.has(span[0]!.w) || lexiconKind(span[0]!.w) === "first-name") && span.slice(0, personOf).every((t) => t.cap && !t.poss)) {
    pushFree(text, span.slice(0, personOf), R, out, headingAt, roleBefore, false);
    pushFree(text, span.slice(personOf + 1), R, out, headingAt, false, roleAfter);
    return;
  }
  if (!named && span.some((t, k) => !t.cap && !keptConnector(t, k))) {
    // Split at connectors, except "of" right after a head word ("Bank of Lagos").
    let part: Tok[] = [];
    const parts: Tok[][] = [];
    for (let k = 0; k < span.length; k++) {
      const t = span[k]!;
      if (!t.cap && !keptConnector(t, k)) {
        parts.push(part);
        part = [];
      } else part.push(t);
    }
    parts.push(part);
    parts.forEach((p, idx) => pushFree(text, p, R, out, headingAt, idx === 0 && roleBefore, idx === parts.length - 1 && roleAfter));
    return;
  }
  // A possessive inside a run ends the name there ("Britain’s Competition ...").
  const possAt = span.findIndex((t) => t.poss);
  if (possAt >= 0 && possAt < span.length - 1) {
    pushFree(text, span.slice(0, possAt + 1), R, out, headingAt, roleBefore, false);
    pushFree(text, span.slice(possAt + 1), R, out, headingAt, false, roleAfter);
    return;
  }
  // "First Data Corp": an opener the loop above kept makes a name of words that are each a stop word.
  if (!openerKept && span.every((t) => R.stop.has(t.w) || R.calendar.has(t.w))) return;
  // Suffix tokens are stripped from the core name.
  let c = span.length;
  while (c > 1 && R.suffixes.has(span[c - 1]!.w)) c--;
  // "Dickinson and Co": the connector before a suffix goes with it.
  if (c > 1 && c < span.length && (span[c - 1]!.w === "and" || span[c - 1]!.w === "&")) c--;
  let core = span[0]!.w;
  for (let k = 1; k < c; k++) core += gapText(text, span[k - 1]!.e, span[k]!.s) + span[k]!.w;
  const cand: Cand = {
    toks: span,
    start: span[0]!.s,
    end: span[span.length - 1]!.e,
    core,
    gaz: null,
    weakGaz: false,
    rule: null,
    person: false,
    place: false,
    heading: (headingAt[span[0]!.s]! & 1) === 1,
    name: null,
    defAlias: null,
    ck: null,
  };
  (cand as CandX).roleBefore = roleBefore;
  (cand as CandX).roleAfter = roleAfter;
  (cand as CandX).hasSuffix = c < span.length;
  (cand as CandX).nounBefore = nounBefore;
  out.push(cand);
}

/** Whether the text writes the name somewhere not followed by " of" (a whole word at both ends). */
function namedWithoutOf(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    if (!text.startsWith(" of ", end)) return true;
  }
  return false;
}

type CandX = Cand & { roleBefore?: boolean; roleAfter?: boolean; hasSuffix?: boolean; nounBefore?: boolean; notOrg?: boolean; personTail?: boolean };

const CAP_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
/** A head word that names a company by itself ("Holdings", "Group"), in any case ("HOLDINGS"). */
function isStrongHead(R: Compiled, w: string): boolean {
  const t = w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
  return (R.heads.has(t) && !R.weakHeads.has(t)) || R.suffixes.has(t);
}

/** The lower-case word right after `end` (one space between), or "". */
function nextWordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 32) return "";
  const m = /^[a-z]+/.exec(text.slice(end + 1, end + 24));
  return m ? m[0] : "";
}

/** CAP_WORD_RE.test(w), ASCII words by character codes. */
function isCapWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && w.length >= 2) {
    let q = 1;
    for (; q < w.length; q++) {
      const c = w.charCodeAt(q);
      if (c < 97 || c > 122) break;
    }
    if (q === w.length) return true;
    if (w.charCodeAt(q) < 128) {
      // An ASCII character other than a-z: no match, unless... none (\p{Ll} of ASCII is a-z).
      return false;
    }
  } else if (c0 < 128) return false;
  return CAP_WORD_RE.test(w);
}

function isFirstName(R: Compiled, w: string): boolean {
  if (R.firstNames.has(w)) return true;
  if (!isCapWord(w)) return false;
  return lexiconKind(w) === "first-name";
}

/** A person, by structure: honorific or role title before, first-name lexicon, or an appositive role after. */
function looksLikePerson(text: string, c: Cand, R: Compiled, lexicon: boolean): boolean {
  const x = c as CandX;
  const n = c.toks.length;
  // The checks before the lexicon's depend on the candidate alone: the pre-pass (lexicon off) left
  // whether it reached the end undecided, so the second call only asks the lexicon.
  if (lexicon && x.personTail !== undefined) return x.personTail && n >= 2 && n <= 3 && isFirstName(R, c.toks[0]!.w);
  const r = personByStructure(text, c, R, x, n);
  if (!lexicon) x.personTail = r === null;
  if (r !== null) return r;
  if (lexicon && n >= 2 && n <= 3 && isFirstName(R, c.toks[0]!.w)) return true;
  return false;
}

const HONORIFIC_BEFORE = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame"];
/** /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s$/ on text.slice(lo, end), read at the end. */
function honorificBefore(text: string, lo: number, end: number): boolean {
  if (end - 1 < lo || !isWs(text.charCodeAt(end - 1))) return false;
  for (const dot of [true, false]) {
    let j = end - 1;
    if (dot) {
      if (j - 1 < lo || text.charCodeAt(j - 1) !== 46) continue;
      j--;
    }
    for (const h of HONORIFIC_BEFORE) {
      const a = j - h.length;
      if (a < lo || !text.startsWith(h, a)) continue;
      if (a === lo || !isWordChar(text.charCodeAt(a - 1))) return true;
    }
  }
  return false;
}
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** looksLikePerson's checks without the lexicon: true or false when they decide, null when none does. */
function personByStructure(text: string, c: Cand, R: Compiled, x: CandX, n: number): boolean | null {
  const last = c.toks[n - 1]!.w;
  if (R.heads.has(last) || R.suffixes.has(last)) return false;
  for (const t of c.toks) if (t.w.charCodeAt(0) === 64) return false;
  if (n > 4) return false;
  if (/\sat\s(?:the\s)?$/.test(text.slice(Math.max(0, c.start - 8), c.start)) && atWorkplace(R, wordsBeforeAt(text, c.start, 64, 5))) return false;
  const first = c.toks[0]!.w;
  if (x.roleBefore && n <= 3) return true;
  if (honorificBefore(text, Math.max(0, c.start - 40), c.start)) return true;
  // "labour economist Ruth Okafor", "analyst Jane Roe"
  if (n >= 2 && mayEndProductCue(text, c.start, R, R.roleLowerBits, false)) {
    const ws = wordsBeforeAt(text, c.start, 40, 1);
    if (ws.length && R.roleLowerSet.has(ws[ws.length - 1]!)) return true;
  }
  if (n >= 2 && n <= 4 && R.firstNames.has(first)) return true;
  // "Jane Roe, a senior analyst at", "Jane Roe, CEO of"
  if (n >= 2 && text.charCodeAt(c.end) === 44 && /^,\s(?:(?:a|an|the)\s)?(?:[\p{L}’'-]+\s){0,3}?(?:CEO|CFO|CTO|COO|chief|Chief|president|President|founder|co-founder|analyst|economist|strategist|director|Director|head|partner|Partner|professor|spokesperson|spokesman|spokeswoman|chairman|Chairman|chair|researcher|minister|secretary|senator|managing|vice|VP|SVP|EVP|manager|who)\b/u.test(text.slice(c.end, c.end + 60))) return true;
  return null;
}

function isProduct(R: Compiled, c: Cand, text?: string): boolean {
  // A plain core's name key is its lower case (and is kept on the candidate).
  const k = isPlainName(c.core) ? coreKey(c) : c.core.toLowerCase();
  if (R.products.has(k)) return true;
  if (c.toks.length === 1 && R.productRes.some((re) => re.test(c.core))) return true;
  // "K2", "K9": a letter and one digit is a company as often as a model ("O2"); the source tells
  // which where it writes the code before a noun of goods ("180 K2 tanks", "K9 self-propelled howitzers").
  if (text !== undefined && c.toks.length === 1 && R.goodsNounRe && SHORT_CODE.test(c.core)) {
    for (let at = text.indexOf(c.core); at >= 0; at = text.indexOf(c.core, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
      if (R.goodsNounRe.test(text.slice(at + c.core.length, at + c.core.length + 40))) return true;
    }
  }
  return false;
}
const SHORT_CODE = /^[A-Z]{1,2}-?\d$/;

/**
 * "G42’s board", "G42 Chief Executive Peng Xiao", "the Abu Dhabi firm G42", "G42, the Abu Dhabi
 * company": a word shaped like a model code ("A320", "H100") that the text treats as a company's
 * name. Only the shape is a product's (the products lexicon is never overridden).
 */
function codeNamedAsOrg(text: string, c: Cand, R: Compiled, last: Tok, aWs: boolean, a0: number, after: string): boolean {
  if (c.toks.length !== 1 || R.products.has(isPlainName(c.core) ? coreKey(c) : c.core.toLowerCase())) return false;
  const x = c as CandX;
  if (x.roleAfter || x.nounBefore) return true;
  if (last.poss && aWs && R.possBizRe.test(after)) return true;
  // A name with a lower-case lead ("iRobot"), read as a company by what it does or what is done to
  // it: "iRobot shares rose", "iRobot said", "shares of iRobot", "agreed to buy iRobot".
  if (LOWER_LEAD_NAME.test(c.core) && (LOWER_LEAD_AFTER.test(after) || LOWER_LEAD_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)))) return true;
  if (a0 === 44 && R.orgNounRe.test(after)) return true;
  // "the firm G42", "the top AI firm, G42,": a company noun right before it, a comma between or not.
  if (c.start <= 0 || !isWs(text.charCodeAt(c.start - 1))) return false;
  const w = lastWords(text, c.start, 40, 1)?.[0];
  return !!w && R.orgNounSet.has(w.replace(/,$/, "").toLowerCase());
}

/**
 * "the Emirates’ top artificial intelligence firm, G42, bolstering …": a name set off by commas
 * right after a company noun names that company (a comma or the sentence's end after it).
 */
function appositiveAfterNoun(text: string, c: Cand, R: Compiled, a0: number): boolean {
  if (!(a0 === 44 || a0 === 46 || a0 === 59) || c.start < 2 || text.charCodeAt(c.start - 2) !== 44 || !isWs(text.charCodeAt(c.start - 1))) return false;
  const w = lastWords(text, c.start, 40, 1)?.[0];
  if (!w || !w.endsWith(",") || !R.orgNounSet.has(w.slice(0, -1).toLowerCase())) return false;
  // "the president of the bank, Otávio Sampaio Rezende,": after "of" the noun is a person's employer.
  return !OF_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start));
}
const OF_NOUN_BEFORE = /\bof\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?[\p{L}-]+,\s+$/u;

/** CamelCase: a capital after a lower-case letter inside the word, not explained by a name prefix (McAllister, MacLeod). */
function isCamel(R: Compiled, w: string): boolean {
  // ASCII words by character codes (the same answers as the regexes below).
  let ascii = true;
  let lowerUpper = false;
  for (let q = 0, prev = 0; q < w.length; q++) {
    const c = w.charCodeAt(q);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90 && prev >= 97 && prev <= 122) lowerUpper = true;
    prev = c;
  }
  if (ascii) {
    const c0 = w.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90) || !lowerUpper || R.namePrefixRe.test(w)) return false;
    for (let q = 0; q < w.length; q++) {
      const c = w.charCodeAt(q);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 38)) return false;
    }
    return true;
  }
  if (!/^\p{Lu}/u.test(w) || !/\p{Ll}\p{Lu}/u.test(w)) return false;
  if (R.namePrefixRe.test(w)) return false;
  return /^[\p{L}\p{N}.&]+$/u.test(w);
}

function initialsOf(c: Cand): string {
  return c.toks
    .filter((t) => t.cap)
    .map((t) => t.w[0]!)
    .join("")
    .toUpperCase();
}

const DEF_RE = /^\s?\(["“]?([\p{Lu}][\p{L}\p{N}&.]{1,9})["”]?\)/u;
/**
 * A ticker in capitals right after a name's suffix, with no bracket (some wires' house style: "Stellantis NV
 * STLA and …"), where no capitalised word follows it ("Alder Inc BRCH Corp" is one name) (group 1).
 */
const BARE_TICKER = /^ ([A-Z]{2,5})(?![\p{L}\p{N}&.'’-])(?! \p{Lu})/u;
/** The bare ticker that starts at `pos` (BARE_TICKER), unless it is a suffix of its own ("Co LLC", "Company AB"). */
function bareTickerAt(text: string, pos: number, R: Compiled): string | null {
  const m = BARE_TICKER.exec(text.slice(pos, pos + 12));
  return m && !R.suffixes.has(m[1]!) ? m[1]! : null;
}
/** "Acme Mining (ACM)    A$3.05": a ticker in brackets, then its price, as in a market table. */
const TICKER_PRICE_RE = /^\s?\([A-Z]{2,5}(?:[ .][A-Z])?\)[ \t]+(?:[A-Z]{0,3}[$€£¥][ ]?\d|\d+\.\d)/;
/** A roman or arabic number after a head word ("Fund II", "Partners 3"). */
const SERIES_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|\d{1,2})$/;
const TICKER_RE = /^,?\s?\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|HKEX|HKSE|SIX|Euronext|Xetra|TYO|TSE|KRX|NSE|BSE|SGX|OTC|OTCQX)\s?:\s?[A-Z][A-Z0-9.]{0,6}\)/;
/** " plc": the one corporate suffix written in lower case, so no token of the name's run. */
const PLC_AFTER_RE = /^\splc\b/;
const SUFFIX_AFTER_RE = /^,\s(?:Inc|Corp|Ltd|LLC|plc|PLC|Co|LP|LLP|AG|SA|NV|SE)\b/;
const SOURCE_PHRASES = new Set(["told", "according to", "reported by", "interview with", "data from", "report by", "report from", "estimates from", "survey by", "poll by", "published by", "filing with", "statement to", "confirmed to"]);

/** The last few words before a name, lower-cased, when only spaces separate them from it. */
function wordsBefore(before: string): string[] {
  if (!/\s$/.test(before)) return [];
  const ws = before.slice(-64).trimEnd().toLowerCase().split(/\s+/);
  if (ws.length && ws[ws.length - 1]!.endsWith(",")) return [];
  return ws.slice(-6);
}

/** A JavaScript \s character (white space or line terminator, as trim and /\s/ read them). */
function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The last `max` pieces of text.slice(max(0, end - win), end).trimEnd().toLowerCase().split(/\s+/),
 * read backwards from `end` without copying the window. Null when a capital sigma is among them
 * (its lower case depends on the letters around it, which the whole window's lower-casing sees).
 */
/** "software company X": a company's noun right before the name (lower case, as lastWords gives it). */
function orgNounRightBefore(text: string, start: number, R: Compiled): boolean {
  const w = lastWords(text, start, 40, 1);
  return w !== null && R.orgNounSet.has(w[0] ?? "");
}

function lastWords(text: string, end: number, win: number, max: number): string[] | null {
  const lo = Math.max(0, end - win);
  let i = end;
  while (i > lo && isWs(text.charCodeAt(i - 1))) i--;
  if (i === lo) return [""];
  const out: string[] = [];
  while (out.length < max) {
    const we = i;
    let cased = false;
    for (; i > lo; i--) {
      const ch = text.charCodeAt(i - 1);
      if (ch < 128) {
        if (ch === 32 || (ch >= 9 && ch <= 13)) break;
        if (ch >= 65 && ch <= 90) cased = true;
      } else {
        if (isWs(ch)) break;
        if (ch === 0x3a3) return null;
        cased = true;
      }
    }
    const word = text.slice(i, we);
    out.push(cased ? word.toLowerCase() : word);
    if (i === lo) break;
    while (i > lo && isWs(text.charCodeAt(i - 1))) i--;
    if (i === lo) {
      if (out.length < max) out.push("");
      break;
    }
  }
  return out.reverse();
}

/**
 * wordsBefore(text.slice(max(0, end - win), end)).slice(-max) for win <= 64, read in place. The
 * readers of these words (endsWithPhrase, atWorkplace, roleOf, basedBefore) look at most five back.
 */
function wordsBeforeAt(text: string, end: number, win: number, max = 6): string[] {
  if (end <= 0 || !isWs(text.charCodeAt(end - 1))) return [];
  const ws = lastWords(text, end, win, max);
  if (ws === null) return wordsBefore(text.slice(Math.max(0, end - win), end)).slice(-max);
  if (ws.length && ws[ws.length - 1]!.endsWith(",")) return [];
  return ws;
}

/**
 * False when the last word before `end` (as productBefore reads it: lastWords(text, end, 40, 1), one
 * trailing comma dropped) is neither a one-word product cue nor the last word of a two-word one, read
 * in place by its signature; true when it may be, or when the word is not plain ASCII (then the
 * full reading decides). With another bitmap and no comma dropped: the same question for
 * wordsBeforeAt(text, end, 40, 1)'s word (a word ending in a comma is no role word either way).
 */
function mayEndProductCue(text: string, end: number, R: Compiled, bits: Uint8Array, dropComma: boolean): boolean {
  const lo = Math.max(0, end - 40);
  let we = end;
  while (we > lo && isWs(text.charCodeAt(we - 1))) we--;
  if (we === lo) return true;
  let ws = we;
  while (ws > lo) {
    const ch = text.charCodeAt(ws - 1);
    if (ch >= 128) return true;
    if (ch === 32 || (ch >= 9 && ch <= 13)) break;
    ws--;
  }
  if (dropComma && text.charCodeAt(we - 1) === 44) we--;
  if (we <= ws) return true;
  const f = text.charCodeAt(ws);
  const l = text.charCodeAt(we - 1);
  const lf = f >= 65 && f <= 90 ? f | 32 : f;
  const ll = l >= 65 && l <= 90 ? l | 32 : l;
  return bits[(lf * 961 + ll * 31 + (we - ws)) & 0xffff] === 1;
}

/** Whether the words end with one of the phrases (of up to three words), an optional "the" after it. */
function endsWithPhrase(ws: string[], phrases: ReadonlySet<string>): boolean {
  let n = ws.length;
  if (n && ws[n - 1] === "the") n--;
  // A phrase can only match when it ends with the last word: no joined keys otherwise.
  if (n && !phraseLastWords(phrases).has(ws[n - 1]!)) return false;
  let key = "";
  for (let k = 1; k <= 3 && n - k >= 0; k++) {
    key = k === 1 ? ws[n - 1]! : ws[n - k] + " " + key;
    if (phrases.has(key)) return true;
  }
  return false;
}

const lastWordsOfPhrases = new WeakMap<ReadonlySet<string>, Set<string>>();
function phraseLastWords(phrases: ReadonlySet<string>): Set<string> {
  let v = lastWordsOfPhrases.get(phrases);
  if (!v) {
    v = new Set([...phrases].map((p) => p.slice(p.lastIndexOf(" ") + 1)));
    lastWordsOfPhrases.set(phrases, v);
  }
  return v;
}

const OF_AT = new Set(["of", "at", "with", "for"]);
function roleOf(R: Compiled, ws: string[]): boolean {
  let n = ws.length;
  if (n && ws[n - 1] === "the") n--;
  return n >= 2 && OF_AT.has(ws[n - 1]!) && R.roleLast.has(ws[n - 2]!.replace(/[’']s$/, ""));
}
/** "those at X", "engineers at X": people at a workplace, so X is an organisation. */
function atWorkplace(R: Compiled, ws: string[]): boolean {
  let n = ws.length;
  if (n && ws[n - 1] === "the") n--;
  return n >= 2 && ws[n - 1] === "at" && (R.workplace.has(ws[n - 2]!) || R.roleLast.has(ws[n - 2]!));
}
/** "who covers mid-cap pharma at X", "worked for years at X": someone's work at X, a workplace. */
function workedAt(R: Compiled, ws: string[]): boolean {
  let n = ws.length;
  if (n && ws[n - 1] === "the") n--;
  if (n < 2 || ws[n - 1] !== "at") return false;
  for (let k = n - 2; k >= 0; k--) if (R.workVerbs.has(ws[k]!)) return true;
  return false;
}
function basedBefore(ws: string[]): boolean {
  for (let k = ws.length - 1; k >= 0 && k >= ws.length - 5; k--) {
    const w = ws[k]!;
    if (w.endsWith("-based") || w.endsWith("-headquartered")) return true;
    // /^[a-z-]+$/
    if (w.length === 0) return false;
    for (let q = 0; q < w.length; q++) {
      const ch = w.charCodeAt(q);
      if (!((ch >= 97 && ch <= 122) || ch === 45)) return false;
    }
  }
  return false;
}

/**
 * A weak head word ("Gas", "Infrastructure") after one to three capitalised words that are no
 * common word, first name, place, demonym or head word to the lexicons and never appear in lower
 * case in the text: only a name is made of such words.
 */
function weakHeadToks(R: Compiled, toks: readonly Tok[], lowerSeen: LowerSeen): boolean {
  const n = toks.length;
  // "Wyndham Hotels and Resorts" (splitRun's headPair) is as good a name as "Wyndham Hotels".
  if (n >= 4 && toks[n - 2]!.w === "and" && PLURAL_WORD.test(toks[n - 1]!.w) && PLURAL_WORD.test(toks[n - 3]!.w) && R.heads.has(toks[n - 1]!.w)) return weakHeadToks(R, toks.slice(0, n - 2), lowerSeen);
  if (n < 2 || n > 4) return false;
  const last = toks[n - 1]!;
  if (!R.weakHeads.has(last.w) || R.weakHeadsWithContext.has(last.w) || last.tail) return false;
  // "First Quantum Minerals": an opener (pushFree kept it) before the words that make the name.
  const from = n >= 3 && R.nameOpeners.has(toks[0]!.w) ? 1 : 0;
  for (let k = from; k < n - 1; k++) {
    const t = toks[k]!;
    // "Viacom18 Media": a capitalised word with digits after its letters is a name's, no common word.
    if (t.poss || t.tail || !(isCapWord(t.w) || NAME_WITH_DIGITS.test(t.w))) return false;
    if (R.firstNames.has(t.w) || R.demonyms.has(t.w) || R.stop.has(t.w) || R.calendar.has(t.w) || R.heads.has(t.w) || R.suffixes.has(t.w)) return false;
    if (isPlaceKey(R, tokKey(t)) || lowerSeen.has(tokLower(t)) || lexiconKind(t.w) !== "unknown") return false;
  }
  // The tagger last, on the few candidates left: "Natural Gas", "Solar Power" are no names.
  for (let k = from; k < n - 1; k++) if (describingWord(toks[k]!.w)) return false;
  return true;
}

const NAME_WITH_DIGITS = /^[A-Z][a-z]{2,}\d{1,4}$/;

/** "Banco Mirandela", "Grupo Vela SA": a head word that opens the name, then capitalised words. */
function leadingHeadName(R: Compiled, c: Cand): boolean {
  const n = c.toks.length;
  if (n < 2 || !R.leadingHeads.has(c.toks[0]!.w)) return false;
  for (let k = 1; k < n; k++) {
    const t = c.toks[k]!;
    if (t.poss && k < n - 1) return false;
    if (!isCapWord(t.w) || R.stop.has(t.w) || R.calendar.has(t.w)) return false;
  }
  return true;
}

/** "X Workers Union", "Y Farmers’ Association": members' plural noun, then a collective head. */
function unionShaped(R: Compiled, toks: readonly Tok[]): boolean {
  const n = toks.length;
  return n >= 2 && R.collectiveHeads.has(toks[n - 1]!.w) && R.memberNouns.has(toks[n - 2]!.w);
}

/** Ends in a head word or suffix, or holds a CamelCase word: the shape of an organisation's name. */
function isOrgShaped(R: Compiled, c: Cand): boolean {
  const last = c.toks[c.toks.length - 1]!.w;
  return R.heads.has(last) || R.suffixes.has(last) || c.toks.some((t) => isCamel(R, t.w)) || (c as CandX).hasSuffix === true;
}

/**
 * "Becton, Dickinson and Co. (BD)": a bracketed short form right after a well-known name that
 * spells the initials of its words (its suffix left out) is that name's alias in this source.
 */
function gazetteerAlias(text: string, c: Cand, R: Compiled): void {
  let at = c.end;
  if (text.charCodeAt(at) === 46) at++;
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 40) return;
  const def = DEF_RE.exec(text.slice(at, at + 16));
  if (!def || !def[1] || !/^[A-Z]{2,5}$/.test(def[1])) return;
  let ini = "";
  for (const t of c.toks) if (t.cap && !R.suffixes.has(t.w)) ini += t.w[0]!.toUpperCase();
  if (ini === def[1]) c.defAlias = def[1];
}

const WEAK_SAID_RE = /^\s(?:said|says|told)\b/;
const SAID_RE = /^\s(?:said|says|told|added|stated|noted|declined|did not|didn’t|didn't|would not|will|has|had|is|was)\b/;

/**
 * Words the text writes with a place's hyphen tail before a capitalised name ("the Chattanooga-based
 * U.S. Xpress", "Maryland-headquartered Sandy Spring"), which makes them places in that text; not
 * before a lower-case word ("Linux-based servers"), nor a well-known name's.
 */
function tailPlaces(text: string, R: Compiled): ReadonlySet<string> {
  const out = new Set<string>();
  if (!R.placeTailRe) return out;
  for (const m of text.matchAll(R.placeTailRe)) if (!R.gazByKey.has(nameKey(m[1]!))) out.add(m[1]!);
  return out;
}

function decide(text: string, c: Cand, R: Compiled, lowerSeen: LowerSeen, maybeLast: ReadonlySet<string>, tailed: ReadonlySet<string>): void {
  const n = c.toks.length;
  const last = c.toks[n - 1]!;
  // "Stellantis NV STLA and Samsung SDI": a ticker written bare after the suffix is the name's alias.
  if (n >= 2 && R.suffixes.has(last.w) && !last.poss && !c.defAlias) c.defAlias = bareTickerAt(text, c.end, R);
  // Decided when the run was split ("Air India": splitRun).
  if (c.gaz && !c.weakGaz) return gazetteerAlias(text, c, R);
  if (c.place || c.rule === "org.head") return;
  const x = c as CandX;
  const first = c.toks[0]!;
  // Every regex below on `after` starts with a white space, a comma or a parenthesis: after any
  // other character none can match, and the empty string stands in for the text (no copy made).
  const ap = last.poss ? last.e + 2 : c.end;
  const a0 = ap < c.end + 80 ? text.charCodeAt(ap) : NaN;
  const aWs = isWs(a0);
  const after = aWs || a0 === 44 || a0 === 40 ? text.slice(ap, c.end + 80) : "";
  if (c.gaz) {
    // A well-known name that is also a word, place or person (rules: orgs.json weakNames) opens the
    // sentence as the subject of a company's verb: "Amazon agreed to buy …", "Oracle said …"; in a
    // headline too where the verb is in lower case ("Merck inks deal with …"; a title-case line's
    // "Signs" is not read).
    if (aWs && (R.orgVerbRe.test(after) || R.knownNameVerbRe?.test(after) || (!c.heading && WEAK_SAID_RE.test(after)))) {
      c.rule = "org.gazetteer";
      c.name = c.gaz;
    }
    return;
  }

  // A parenthesised alias ("Competition and Markets Authority (CMA)").
  // "Brightfold Acquisition Corp. (BFAC)": the suffix's full stop before the bracket.
  const dotBracket = a0 === 46 && text.charCodeAt(ap + 1) === 32 && text.charCodeAt(ap + 2) === 40;
  const def = a0 === 40 || (aWs && after.charCodeAt(1) === 40) ? DEF_RE.exec(after) : dotBracket ? DEF_RE.exec(text.slice(ap + 1, c.end + 80)) : null;
  if (def && def[1] && !last.poss) {
    const abbr = def[1].replace(/\.$/, "");
    if (/^\p{Lu}[\p{Lu}\p{N}&.]+$/u.test(abbr) && abbr.length >= 2) c.defAlias = abbr;
  }

  if (c.person || (isProduct(R, c, text) && !codeNamedAsOrg(text, c, R, last, aWs, a0, after))) return;
  // "to acquire Spectrum Licenses from Y": a run that ends in a word for what is sold names no one.
  if (R.notLast.has(last.w)) return;
  if (n === 1 && (R.stop.has(first.w) || R.calendar.has(first.w))) return;
  // "Oskarsund's B shares", "Class A stock": a lone letter is a share class, never a name by context.
  if (n === 1 && first.w.length === 1) return;
  // "the Company", "the Group": a formal reference to a company named elsewhere, no name of its own;
  // nor is a head word alone ("Management says", "Partners said") or a contraction ("We've").
  if (n === 1 && (R.suffixes.has(first.w) || R.orgNounSet.has(first.w.toLowerCase()) || R.heads.has(first.w) || /['’](?:ve|ll|re|d|m|t)$/i.test(first.w))) return;
  // "Chief Financial Officer": a word between two title words is part of the title.
  if (n <= 2 && x.roleBefore && x.roleAfter) return;
  if (n === 2 && last.w.length === 1 && R.labelWords.has(first.w)) return;
  // A product ("flagship product, X", "X v2.3", "X, Acme’s timing checker") or a facility ("X wind farm");
  // not a building where a company's noun stands before the name ("software company X, a property of Y").
  // The words before the name, read when first needed (a pure reading of the text).
  let ws: string[] | undefined;
  const productBefore = () => {
    if (c.start <= 0 || !isWs(text.charCodeAt(c.start - 1))) return false;
    if (!mayEndProductCue(text, c.start, R, R.productCueBits, true)) return false;
    const b1 = lastWords(text, c.start, 40, 1);
    if (b1 !== null) {
      const w1 = b1[0] ?? "";
      const lastW = w1.endsWith(",") ? w1.slice(0, -1) : w1;
      if (R.productBefore.has(lastW)) return true;
      // Only a two-word cue can still match, and only one ending in this word.
      if (!R.productBefore2Last.has(lastW)) return false;
    }
    const b = lastWords(text, c.start, 40, 2) ?? text.slice(Math.max(0, c.start - 40), c.start).trimEnd().toLowerCase().split(/\s+/);
    const lastW = (b[b.length - 1] ?? "").replace(/,$/, "");
    return R.productBefore.has(lastW) || R.productBefore.has((b[b.length - 2] ?? "") + " " + lastW);
  };
  if (!last.poss && !(a0 === 44 && R.orgNounRe.test(after)) && (productBefore() || ((aWs || a0 === 44) && R.productAfterRe.test(after)) || (aWs && (R.facilityRe.test(after) || R.programDefRe?.test(after))) || (a0 === 44 && R.buildingAfterRe?.test(after) && !orgNounRightBefore(text, c.start, R)))) {
    x.notOrg = true;
    return;
  }
  const placeLike = isPlaceKey(R, coreKey(c));
  if (placeLike) {
    c.place = true;
    return;
  }

  const set = (rule: Evidence) => {
    c.rule = rule;
    c.name = canonicalOf(c, R);
  };

  // Strong structural evidence, valid in headings too.
  if (x.hasSuffix || (a0 === 44 && SUFFIX_AFTER_RE.test(after))) return set("org.suffix");
  // "Wachtell, Lipton, Rosen & Katz": partners' names joined by commas and "&" name a firm.
  if (n >= 3 && FIRM_NAME.test(text.slice(c.start, c.end))) return set("org.head");
  if (aWs && !last.poss && PLC_AFTER_RE.test(after)) {
    // The suffix belongs to the span, as "Inc" does in "Acme Inc".
    c.end = ap + 4;
    return set("org.suffix");
  }
  // CamelCase, unless it follows another name's possessive ("Acme’s TraceSign" is Acme's product).
  if (n === 1 && isCamel(R, first.w) && !/^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(first.w)) {
    if (!/\p{Lu}[\p{L}\p{N}]*[’']s\s$/u.test(text.slice(Math.max(0, c.start - 80), c.start))) return set("org.camel");
    x.notOrg = true;
    return;
  }
  if (after && (TICKER_RE.test(after) || (!last.poss && TICKER_PRICE_RE.test(after)))) return set("org.ticker");
  if (c.defAlias && n >= 2 && initialsOf(c) === c.defAlias.replace(/[^A-Z]/g, "")) return set("org.definition");
  // A heading that names a company with its head word and its ticker or short name in brackets
  // ("Shunwah Land Holdings (SWL)" atop a broker's note).
  if (c.heading && c.defAlias && n >= 2 && isStrongHead(R, last.w)) return set("org.head");
  if (c.heading) return;

  // "Quellmont Energy Transition Fund II": a fund's or series' number after the head word.
  const head = n >= 3 && SERIES_RE.test(last.w) ? c.toks[n - 2]! : last;
  const headOk = (n >= 2 && R.heads.has(head.w) && !R.weakHeads.has(head.w)) || unionShaped(R, c.toks) || leadingHeadName(R, c);
  // "Banco Central do Brasil", "Banco del Pacifico Sur": a Romance "of" after a head word, or after
  // words a leading head opens, holds the rest of the name as "of" does.
  const romanceHeld = (k: number) => ROMANCE_OF.has(c.toks[k]!.w) && c.toks.slice(0, k).some((x) => (R.heads.has(x.w) && !R.weakHeads.has(x.w)) || R.leadingHeads.has(x.w));
  if (headOk || c.toks.some((t, k) => k > 0 && (((t.w === "of" || t.w === "for") && ((R.heads.has(c.toks[k - 1]!.w) && !R.weakHeads.has(c.toks[k - 1]!.w)) || (k === 1 && R.institutionHeads.has(c.toks[0]!.w)))) || romanceHeld(k)))) return set("org.head");

  // "Hollin Strand Infrastructure", "Merrivale Gas": a weak head after words no lexicon knows.
  if (weakHeadToks(R, c.toks, lowerSeen)) return set("org.head");

  // Context evidence: the candidate must not be a common word, a person or a place.
  // "by X Times", "at X Cloud": a weak head word in a source or workplace frame.
  if (n >= 2 && R.heads.has(last.w) && !first.poss && endsWithPhrase((ws ??= wordsBeforeAt(text, c.start, 64, 5)), R.headFrames) && !c.toks.some((t) => R.firstNames.has(t.w))) return set("org.head");

  // "the St. Paul-based St. Jude": a name with a place's hyphen tail is a place (rules: orgs.json placeTails).
  if (last.tail && R.placeTails.has(last.tail)) return;
  // "the Flemish Brabant city of Leuven is selling": a place, whatever verb follows it.
  if (placeOfBefore(text.slice(Math.max(0, c.start - 24), c.start))) return;
  const single = n === 1;
  const w0 = first.w;
  if (single && first.sentStart && lowerSeen.has(tokLower(first))) return;
  // "Chattanooga's biggest trucking company" where the text also writes "the Chattanooga-based U.S.
  // Xpress": a word the text gives a place's hyphen tail before a name is a place wherever it stands.
  if (single && tailed.has(w0)) return;
  // People at a workplace ("those at X", "engineers at X"): X is no person, whatever its words are.
  ws ??= wordsBeforeAt(text, c.start, 64, 5);
  const workplace = atWorkplace(R, ws);
  // A possessive with a noun only a company has ("X’s shares", "X’s cloud division"): no person's or place's.
  const bizPoss = single && last.poss && aWs && R.possBizRe.test(after);
  // "Dutch telecoms company KPN said", "the Italian carrier TIM's board": a short name in capitals
  // right after a company noun, then a verb, a possessive or punctuation, is that company's. Nobody
  // writes a person's first name in capitals in running text, so "TIM" is no "Tim" here.
  const capsAfterNoun = single && /^[A-Z]{2,4}$/.test(w0) && !R.stop.has(w0) && ws.length > 0 && R.orgNounSet.has(ws[ws.length - 1]!) && (last.poss || a0 === 44 || a0 === 46 || a0 === 59 || a0 === 58 || a0 === 41 || (aWs && (R.orgVerbRe.test(after) || SAID_RE.test(after))));
  if (single && isCapWord(w0) && !capsAfterNoun) {
    const kind = lexiconKind(w0);
    // "Tiffany CEO Alessandro Bogliolo": a word that is also a first name, then a title and a
    // person's full name, is the person's company (a person is not "X CEO Y Z").
    const titledPerson = kind === "first-name" && !!x.roleAfter && !last.poss && TITLE_THEN_PERSON.test(after);
    if (kind === "first-name" || kind === "place" ? !workplace && !(bizPoss && kind === "place") && !titledPerson : kind === "last-name" ? !workplace && !bizPoss : false) return;
    if (kind === "common" && first.sentStart) return;
  }
  if (workplace || workedAt(R, ws)) return set("org.role-of");
  if (looksLikePerson(text, c, R, true)) {
    c.person = true;
    return;
  }
  if (single && /^[A-Z]{2,3}$/.test(w0) && !c.defAlias) {
    // Bare short acronyms (AI, US, GPU) need more than context; only a role or source frame counts.
    if (!(roleOf(R, ws) || x.roleAfter || capsAfterNoun)) return;
  }
  if (roleOf(R, ws)) {
    // "Prime Minister of India Narendra Modi": the place ends the title, a person's name follows.
    if (n >= 2 && isPlaceKey(R, tokKey(first)) && !R.heads.has(last.w) && !R.suffixes.has(last.w)) {
      c.person = true;
      return;
    }
    // "Chief Executive of IndiGo Pieter Elbers", "Minister for the Armed Forces Florence Parly": a
    // person's name, a first name and one more word, ends the run; the organisation is before it.
    if (n >= 3 && !last.poss && personTail(R, c.toks[n - 2]!, last)) {
      c.toks = c.toks.slice(0, n - 2);
      const end = c.toks[c.toks.length - 1]!;
      c.end = end.e;
      c.core = c.toks.map((t) => t.w).join(" ");
      c.ck = null;
      if (isPlaceKey(R, coreKey(c)) || (c.toks.length === 1 && (R.stop.has(end.w) || R.heads.has(end.w)))) return;
    }
    return set("org.role-of");
  }
  // "French Finance Minister Bruno Le Maire": an office before the title, no organisation.
  if (x.roleAfter && governmentOffice(R, c)) return;
  if (x.roleAfter) return set("org.role-title");
  // "Crohn’s disease": an eponym, no organisation's possessive.
  if (last.poss && single && R.eponymRe.test(text.slice(last.e + 2, last.e + 40))) return;
  if (last.poss) return set("org.possessive");
  // "Denmark’s Lundholt", "Japan’s Asagiri": a name after a country's or city's possessive is a
  // company's (a person there comes with a role word, and persons were ruled out above).
  // Not before "of the" and a capitalised word ("Austin's Circuit of the Americas", "Dubai's Museum of
  // the Future"): a venue's or institution's name, and no company's, whose end the run does not hold.
  if (placePossessiveBefore(R, text, c.start) && !OF_THE_NAME_AFTER.test(text.slice(c.end, c.end + 12))) return set("org.place-possessive");
  // "X-backed", "X-powered": only an organisation backs or powers a thing under its own name.
  if (single && last.tail && R.attributeTails.has(last.tail) && /^\p{Lu}[\p{Ll}\p{N}]+$/u.test(w0) && !lowerSeen.has(tokLower(first))) return set("org.attribute");
  if (a0 === 44 && R.orgNounRe.test(after)) return set("org.appositive");
  // "The Dallas Morning News", "The Calder Times": "The", capitalised words, a newspaper's noun.
  if (n >= 2 && R.mastheads.has(last.w) && !last.poss && theBefore(text, c.start)) return set("org.masthead");
  if (basedBefore(ws)) return set("org.based");
  if (endsWithPhrase(ws, SOURCE_PHRASES)) return set("org.source");
  if (x.nounBefore || (ws.length && R.orgNounSet.has(ws[ws.length - 1]!)) || appositiveAfterNoun(text, c, R, a0)) {
    // "the nonprofit MOOC provider": a word between two company nouns describes the second one.
    if (aWs && R.orgNounSet.has(/^\s([a-z]+)/.exec(after)?.[1] ?? "")) return;
    return set("org.noun");
  }
  if (endsWithPhrase(ws, R.dealPhrases) && !first.sentStart) {
    // "to buy the Cognac brand Courvoisier": a word before a company's or a product's noun and a name describes that name.
    const m = aWs ? /^\s([a-z]+) \p{Lu}/u.exec(after) : null;
    if (m && (R.orgNounSet.has(m[1]!) || R.productBefore.has(m[1]!))) return;
    return set("org.deal");
  }
  if (aWs && R.orgVerbRe.test(after)) return set("org.subject");
  if (c.defAlias && n >= 2) return set("org.definition");
  // "Corvane said": a single unknown name as the subject of a speech verb, when it is nobody's last name.
  if (single && !last.poss && aWs && SAID_RE.test(after) && /^(?:said|says|told|added|stated|noted|declined)/.test(after.trimStart()) && !maybeLast.has(w0) && /^\p{Lu}[\p{L}\p{N}&.-]+$/u.test(w0) && lexiconKind(w0) !== "common") return set("org.subject");
}

const PLACE_POSS = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)[’']s\s$/u;

function placePossessiveBefore(R: Compiled, text: string, at: number): boolean {
  // Most names follow no possessive at all: look for "’s " before running the pattern.
  if (at < 4 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 115) return false;
  const q = text.charCodeAt(at - 3);
  if (q !== 0x2019 && q !== 39) return false;
  const m = PLACE_POSS.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !R.placeKeys.has(nameKey(m[1]!).replace(/\./g, ""))) return false;
  // "Chile’s Antofagasta region": a place within the place, no company.
  return !GEO_NOUN_AFTER.test(text.slice(at, at + 60));
}
const GEO_NOUN_AFTER = /^[\p{L}\p{N}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]*)*\s(?:region|province|state|city|county|district|area|coast|basin|desert|valley|mountains|highlands|island|islands|peninsula|municipality|prefecture|department|territory|delta|belt|field|fields|river)\b/u;

/** "A, B, C and D" with at least two members known as organisations makes the others organisations. */
/**
 * Coordinated proper names are of one kind: in "A, B, C and D" or "A and B", when one member is an
 * organisation (by its own evidence here, or named as one elsewhere in the source, or the division
 * of one: "Northwind Cloud" after "Northwind"), every other proper-noun member is one too.
 * Returns whether any member was decided (callers repeat until nothing changes).
 */
function decideLists(text: string, cands: Cand[], R: Compiled, lowerSeen: LowerSeen): boolean {
  // The names decided when this pass began, gathered when a list first needs them: the members
  // decided by this pass so far are left out (they were undecided then).
  const decidedNow = new Set<Cand>();
  let known: Set<string> | null = null;
  const knownKeys = (): Set<string> => {
    if (known === null) {
      known = new Set<string>();
      for (const c of cands)
        if (c.rule && c.name && !decidedNow.has(c)) {
          known.add(coreKey(c));
          if (c.name !== c.core) known.add(nameKey(c.name));
        }
    }
    return known;
  };
  const isKnown = (c: Cand) => !!c.rule || (!c.person && !c.place && (knownKeys().has(coreKey(c)) || (c.toks.length >= 2 && !c.toks[0]!.poss && knownKeys().has(tokKey(c.toks[0]!)))));
  // The rest of a run after a known name ("Music" of "Northwind Music") names its product, not a member.
  let ends: Set<number> | null = null;
  let changed = false;
  let i = 0;
  while (i < cands.length) {
    const chain = [cands[i]!];
    let joined = false;
    let j = i + 1;
    while (j < cands.length) {
      const g0 = chain[chain.length - 1]!.end;
      // The longest gap the pattern below takes is seven characters (".,\sand\s").
      if (cands[j]!.start - g0 > 7 || cands[j]!.start - g0 < 2) break;
      const gap = text.slice(g0, cands[j]!.start);
      if (!/^\.?(?:,\s|,\sand\s|\sand\s|,\s&\s|\s&\s|\sor\s|,\sor\s)$/.test(gap)) break;
      if (gap.startsWith(".") && !R.suffixes.has(chain[chain.length - 1]!.toks[chain[chain.length - 1]!.toks.length - 1]!.w)) break;
      chain.push(cands[j]!);
      j++;
      if (/and|or|&/.test(gap)) {
        joined = true;
        break;
      }
    }
    // Two names with only a comma between are an apposition ("the president of X, Otávio
    // Rezende,"), not a list: a list has a third member or a last one joined by "and", "or", "&".
    if ((chain.length >= 3 || (chain.length === 2 && joined)) && chain.some(isKnown)) {
      for (const c of chain) {
        if (c.rule || c.person || c.place || c.toks.length > 3 || isProduct(R, c) || (c as CandX).notOrg) continue;
        if (text[c.start - 1] === " ") {
          if (ends === null) {
            ends = new Set<number>();
            for (const d of cands) ends.add(d.end);
          }
          if (ends.has(c.start - 1)) continue;
        }
        const t0 = c.toks[0]!;
        if (c.toks.length === 1 && isCapWord(t0.w)) {
          // A proper noun: not a known person's or place's name, and a common word only mid-sentence and never in lower case here.
          const kind = lexiconKind(t0.w);
          if (kind === "first-name" || kind === "last-name" || kind === "place") continue;
          if (kind === "common" && (t0.sentStart || lowerSeen.has(tokLower(t0)))) continue;
        }
        if (c.heading) continue;
        if (c.toks.length === 1 && (R.stop.has(t0.w) || R.calendar.has(t0.w))) continue;
        if (c.toks.length === 1 && t0.sentStart && lowerSeen.has(tokLower(t0))) continue;
        // "Additionally, X and Y will develop": an adverb that opens the sentence, no member.
        if (c.toks.length === 1 && t0.sentStart && /^[A-Z][a-z]{3,}ly$/.test(t0.w) && text[c.end] === ",") continue;
        c.rule = "org.list";
        c.name = canonicalOf(c, R);
        decidedNow.add(c);
        changed = true;
      }
    }
    i = j;
  }
  return changed;
}

/**
 * canonical(c.core): a core of ASCII letters and digits alone has nothing to strip, so its
 * canonical name is the gazetteer's name for its key (its lower case, kept on the candidate) or itself.
 */
function canonicalOf(c: Cand, R: Compiled): string {
  const core = c.core;
  let plain = core.length > 0;
  for (let q = 0; q < core.length && plain; q++) {
    const ch = core.charCodeAt(q);
    plain = (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
  }
  if (!plain) return canonical(core, R);
  return R.gazByKey.get(coreKey(c)) ?? core;
}

/** The canonical name: from the name alone, so it is the same in every source. */
const canonicalCache = new BoundedCache((name) => computeCanonical(name, compiled!));
export function canonical(name: string, R: Compiled = rules()): string {
  return R === compiled ? canonicalCache.get(name) : computeCanonical(name, R);
}
function computeCanonical(name: string, R: Compiled): string {
  let s = name.replace(/\s+/g, " ").trim();
  s = s.replace(/[’']s$/, "");
  s = s.replace(/^the\s+/i, "");
  // Trailing corporate suffixes go, scanned from the end (an end-anchored regex would be quadratic).
  for (;;) {
    let b = s.length;
    while (b > 0 && /[\p{L}./]/u.test(s[b - 1]!)) b--;
    let a = b;
    while (a > 0 && (s[a - 1] === " " || s[a - 1] === ",")) a--;
    if (a === b || b === s.length || !R.suffixes.has(s.slice(b).replace(/\.$/, ""))) break;
    s = s.slice(0, a).trim();
    // "Becton, Dickinson and Co.": the connector before the suffix goes with it.
    if (s.endsWith(" and") || s.endsWith(" &")) s = s.slice(0, s.lastIndexOf(" ")).trimEnd();
  }
  const g = R.gazByKey.get(nameKey(s));
  return g ?? s;
}

/** Whether a word is an abbreviation that opens a name ("St" of "St. Jude Medical"; rules: orgs.json nameAbbreviations). */
export function isNameAbbreviation(word: string): boolean {
  return rules().nameAbbrevs.has(word);
}

/** Whether a word is a demonym ("Peruvian", "Chinese"): an adjective of a place, no name. */
export function isDemonym(name: string): boolean {
  return rules().demonyms.has(name);
}

/** Whether the words after a place make it a party: "Poland on Friday signed", "Norway has selected" (rules: placeActs). */
export function placeActsAfter(after: string): boolean {
  const re = rules().placeActsRe;
  return re !== null && re.test(after);
}

/** Whether the words before a place make it the counterpart of an agreement: "signed a deal with France" (rules: placeActs). */
export function placeCounterpartBefore(before: string): boolean {
  const re = rules().placeCounterpartRe;
  return re !== null && re.test(before);
}

/** Whether a name is a place the organisation rules know ("San Diego", "Victoria"): no organisation by itself. */
export function isPlaceName(name: string): boolean {
  const R = rules();
  return isPlaceKey(R, nameKey(name));
}

/** "in Hong Kong’s Central district": a place noun right after a name makes it a place (null when the rules list none). */
export function placeNounAfter(): RegExp | null {
  return rules().placeNounAfterRe;
}

/** Does the name end in a word that ends no name ("Spectrum Licenses"; rules: orgs.json notLastWords)? */
export function endsWithNotNameWord(name: string): boolean {
  return rules().notLast.has(name.slice(name.lastIndexOf(" ") + 1));
}

/** Is the name one of the products lexicon's ("Patriot", "iPhone")? */
export function isProductName(name: string): boolean {
  return rules().products.has(name.toLowerCase());
}

let headKeysMemo: Set<string> | null = null;
/** The strong head words ("bank", "capital", "holdings"), as name keys write them: lower case, accents folded. */
export function headWordKeys(): ReadonlySet<string> {
  if (!headKeysMemo) {
    const R = rules();
    headKeysMemo = new Set([...R.heads].filter((w) => !R.weakHeads.has(w)).map((w) => foldAccents(w).toLowerCase()));
  }
  return headKeysMemo;
}

/** The head words that open a name ("banco", "grupo"), as name keys write them: lower case, accents folded. */
export function leadingHeadKeys(): ReadonlySet<string> {
  return rules().leadingHeadKeys;
}

/** "Royal DSM NV" → "DSM": the initials after an honorific opener (rules: orgs.json acronymOpeners), or null. */
export function acronymAfterOpener(name: string): string | null {
  const re = rules().acronymOpenerRe;
  return re ? (re.exec(name)?.[1] ?? null) : null;
}

/** " gas field", " power station": a facility's noun right after a name makes the name the facility's (" oilfield services" does not). */
export function facilityAfter(): RegExp {
  return rules().facilityRe;
}

/** " contract", " (JEDI) contract", " cloud programme": a contract's or programme's noun after a name (null when the rules list none). */
export function programAfter(): RegExp | null {
  return rules().programRe;
}

/** " (BOT) agreement", " (JEDI) contract": a bracketed short form, then a programme's or an agreement's noun, right after a name. */
export function definedProgramAfter(): RegExp | null {
  return rules().programDefRe;
}

/** ", a 36-storey office building": an appositive that makes the name before it a building or asset (null when the rules list none). */
export function buildingAfter(): RegExp | null {
  return rules().buildingAfterRe;
}

/**
 * Whether a speaker's name is a person's: two to four words, the first a first name (the lexicons),
 * none a head word or corporate suffix ("Brackenridge Gold Mines", "Crestmoor Securities" are firms).
 */
export function isPersonName(name: string): boolean {
  const R = rules();
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 4) return false;
  if (ws.some((w) => R.heads.has(w) || R.suffixes.has(w.replace(/\.$/, "")))) return false;
  return isFirstName(R, ws[0]!);
}

/** A word (lower case) that names a kind of organisation: "club", "carmaker", "lender" (orgs.json orgNouns). */
export function isOrgNoun(word: string): boolean {
  return rules().orgNounSet.has(word.toLowerCase());
}

/**
 * "Acme Industries, Ltd. (Head office: Tokyo; President: ...)": at the start of the text, a
 * corporate suffix (rules: orgs.json corporateSuffixes) and a bracket of "Label: value" details.
 */
export function detailsAfterName(): RegExp {
  return rules().detailsAfterName;
}

function detailsAfterNameRe(suffixes: readonly string[]): RegExp {
  const alts = [...new Set(suffixes.map((s) => s.replace(/\.$/, "")))].sort((a, b) => b.length - a.length).map(escapeRe);
  // A bracket of "Label: value" details, or a ticker alone ("(TSVT)"); or an exchange's ticker with
  // no space ("(LON:0LN7) announced"), not before a comma, where a statement reads the bracket itself
  // ("X (ALD:NYSE) and Y (BRC:NYSE), announced"); or one whose symbol a page's copy lost ("(NS:)").
  const bracket = `\\s\\((?:(?=[^()\\n]{0,220}:\\s)[^()\\n]{1,220}|[A-Z][A-Z0-9.]{0,5})\\)|\\s\\([A-Z]{2,8}:(?:[A-Z0-9][A-Z0-9.]{0,7})?\\)(?!,)`;
  // Or a wire's instrument code after the name ("HDFC Bank HDBK.NS will merge"; see RIC_RE).
  const code = `\\s${RIC}(?![\\p{L}\\p{N}])`;
  return new RegExp(`^(?:\\.?,?\\s(?:${alts.join("|")})(?![\\p{L}\\p{N}])\\.?(?:${bracket}|${code})?|\\.?(?:${bracket}|${code}))`, "u");
}

/** Internals, for tests that hold the fast readers to the plain ones. */
export const orgInternals = { wordsBefore, wordsBeforeAt, lastWords, tokenSpans, TOKEN_RE };

export const orgExtractor: Extractor = {
  name: "org",
  types: ["org"],
  extract: (ctx: ExtractContext) => extractOrgs(ctx.text),
};

/**
 * A government office: words that may open one ("Former", "Deputy"), a country's adjective or name
 * ("French", "U.S."), then only portfolios ("Finance", "Foreign", "Commerce"): "Former French
 * Finance" before "Minister". Portfolios alone ("Trade Desk" is not) and at least one of them.
 */
function governmentOffice(R: Compiled, c: Cand): boolean {
  const toks = c.toks;
  let i = 0;
  while (i < toks.length && R.officeModifiers.has(toks[i]!.w)) i++;
  if (i < toks.length && (R.demonyms.has(toks[i]!.w) || isPlaceKey(R, tokKey(toks[i]!)))) i++;
  if (i >= toks.length) return false;
  for (let k = i; k < toks.length; k++) if (!R.officePortfolios.has(toks[k]!.w)) return false;
  return true;
}

/** A word that may go on a known name as a name of its own: a plain name word, and no head word or corporate suffix. */
function ownNameWord(R: Compiled, t: Tok): boolean {
  return (plainNameWord(R, t) || acronymNameWord(R, t)) && !R.heads.has(t.w) && !R.suffixes.has(t.w);
}

/**
 * "Coca-Cola HBC AG", "Coca-Cola HBC will purchase": a word of two to five capitals after a known
 * name is the rest of a company's own name, unless it is a place ("UK"), a title ("CEO"), a month
 * or another known name.
 */
function acronymNameWord(R: Compiled, t: Tok): boolean {
  if (t.poss || t.w.length < 2 || t.w.length > 5) return false;
  for (let q = 0; q < t.w.length; q++) {
    const c = t.w.charCodeAt(q);
    if (c < 65 || c > 90) return false;
  }
  if (R.roleTitle.has(t.w) || R.honorifics.has(t.w) || R.calendar.has(t.w) || R.stop.has(t.w) || R.suffixes.has(t.w) || R.heads.has(t.w)) return false;
  return !R.gazByKey.has(tokKey(t)) && !isPlaceKey(R, tokKey(t));
}

/**
 * Whether the phrase, somewhere in the text, is followed by a possessive, a company's verb or
 * "said", or comes right after words that take a company ("a stake in", "unit", "offer for").
 */
function actsAsCompany(text: string, phrase: string, R: Compiled): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const e = at + phrase.length;
    const after = text.slice(e, e + 40);
    if (/^\p{L}/u.test(after)) continue;
    if (/^['’]s\s/.test(after) || R.orgVerbRe.test(after) || /^\s(?:said|says)\b/.test(after)) return true;
    // "Hyundai Rotem Co.": a corporate suffix after the phrase.
    const suffix = /^,?\s([A-Z][A-Za-z]*)\b/.exec(after);
    if (suffix && R.suffixes.has(suffix[1]!)) return true;
    if (COMPANY_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}
/** Whether some occurrence of the phrase comes right after a company's noun ("spirits group Beam Suntory"). */
function orgNounBefore(text: string, phrase: string, R: Compiled): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const pre = text.slice(Math.max(0, at - 24), at);
    if (!pre.endsWith(" ")) continue;
    const w = pre.slice(pre.lastIndexOf(" ", pre.length - 2) + 1, -1);
    if (R.orgNounSet.has(w)) return true;
  }
  return false;
}
/** Words right before a name that make it a company: "a stake in", "unit", "Spanish-listed", "offer for", "to acquire". */
const COMPANY_BEFORE = /(?:\b(?:stake|shares|holding|interest)\s+in|\b(?:unit|subsidiary|affiliate|rival|-listed|-based)|\b(?:offer|bid)\s+for|\b(?:acquire|takeover\s+of|acquisition\s+of)(?:\s+the\s+rest\s+of)?)\s+$/i;

/** A first name (the rules' list or compromise's lexicon), then a plain capitalised word: a person's full name. */
function personTail(R: Compiled, given: Tok, family: Tok): boolean {
  if (given.poss || !/^\p{Lu}\p{Ll}+$/u.test(given.w) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(family.w)) return false;
  if (R.heads.has(family.w) || R.suffixes.has(family.w)) return false;
  return R.firstNames.has(given.w) || lexiconKind(given.w) === "first-name";
}

/** The word after a place that makes the two one name: a plain name word, not in the possessive. */
function placeLedName(R: Compiled, t: Tok): boolean {
  return !t.poss && plainNameWord(R, t);
}

/** A capitalised word of three letters or more, and no title, month, first name, place, gazetteer or stop word. */
function plainNameWord(R: Compiled, t: Tok): boolean {
  if (!t.cap || t.w.length < 3 || !/^\p{Lu}\p{Ll}/u.test(t.w)) return false;
  if (R.roleTitle.has(t.w) || R.honorifics.has(t.w) || R.calendar.has(t.w) || R.firstNames.has(t.w)) return false;
  // A well-known name of its own ("Apple") is not; the first word of a longer one ("Industrial" of
  // "Industrial and Commercial Bank of China") may be.
  // A word that only opens a longer place's name ("Port" of "Port Louis") is plain: "China Merchants Port Holdings".
  return !R.placeKeys.has(placeKey(t)) && !R.gazByKey.has(tokKey(t)) && !R.stop.has(t.w);
}

/**
 * "HSBC Bank Canada", "Walmart Mexico", "Vodafone UK Ltd": after a well-known name (from toks[j]),
 * a head word if any, then a country or region that ends the run (corporate suffixes aside), in
 * running prose. How many tokens the head and the place take, or 0.
 */
function unitPlaceAt(text: string, toks: readonly Tok[], start: number, j: number, n: number, R: Compiled): number {
  if (!R.unitPlaces.size || j >= n) return 0;
  let k = j;
  if (R.heads.has(toks[k]!.w) && !toks[k]!.poss) k++;
  for (let len = 2; len >= 1; len--) {
    const e = k + len;
    if (e > n) continue;
    let ok = true;
    for (let q = j; q < e; q++) if ((q < e - 1 && toks[q]!.poss) || text.slice(toks[q - 1]!.e, toks[q]!.s) !== " ") ok = false;
    if (!ok || !R.unitPlaces.has(toks.slice(k, e).map(placeKey).join(" "))) continue;
    let end = e;
    while (end < n && R.suffixes.has(toks[end]!.w) && !toks[end - 1]!.poss) end++;
    // The run may go on with another name after "and": "Toyota South Africa and Nissan".
    if (end < n && toks[end]!.w !== "and" && toks[end]!.w !== "&") return 0;
    const last = toks[end - 1]!;
    return inProse(text, start, last.e + (last.poss ? 2 : 0)) ? e - j : 0;
  }
  return 0;
}

/** Whether the words [s, e) stand in running prose: a lower-case word just before them, or a lower-case word, comma or bracket just after. */
function inProse(text: string, s: number, e: number): boolean {
  // "Toyota Motor Corp. and Suzuki": an abbreviation's full stop before a lower-case word is no sentence end.
  const after = /^\.?[ \t]*([a-z,(])/.exec(text.slice(e, e + 8));
  if (after) return true;
  return /[a-z][ \t]+$/.test(text.slice(Math.max(0, s - 8), s));
}
