// Quotes and who said them (issue 3). Quotes are found by scanning characters, never sentences
// (a sentence splitter breaks inside quotes): straight and curly double marks, an inch mark inside
// a measurement is no quote, an unterminated quote stops at a paragraph break or a length cap, and
// adjacent quotes stay apart. Speakers come from the text around each quote, in this order:
//   quote.said-after     "…," said X / "…," X said / "…," as X put it / "…," according to X
//   quote.according-to   According to X, "…"
//   quote.said-before    X said / stated / described … "…"   ("As X put it:" on the line before)
//   quote.continued      a second quote right after the first, with no new attribution
//   quote.same-sentence  a second quote later in the first one's sentence, with no attribution of its own
// A last name alone resolves to the full name given in the source, "the company" to the
// organisation last named outside any quote, "he"/"she" to the last person quoted.
import { z } from "zod";
import type { ExtractContext, Extractor, RawFact } from "./types.js";
import { loadRules } from "../rules/load.js";

export const SpeechRules = z.looseObject({
  verbs: z.array(z.string()).min(1),
  introVerbs: z.array(z.string()).min(1),
  according: z.array(z.string()),
  /** Nouns of what someone says ("Besnard’s advice to investors is patience: “…”"). */
  speechNouns: z.array(z.string()).optional(),
  roleWords: z.array(z.string()),
  orgReferents: z.array(z.string()),
  pronouns: z.array(z.string()),
  scareMaxWords: z.number().int().nonnegative(),
  maxQuoteChars: z.number().int().positive(),
});
export type SpeechRules = z.infer<typeof SpeechRules>;

interface Compiled {
  raw: SpeechRules;
  afterVerbRe: RegExp;
  afterSubjectRe: RegExp;
  /** The part of afterSubjectRe after the name phrase and its space, sticky. */
  subjectVerbRe: RegExp;
  afterAsRe: RegExp;
  afterAccordingRe: RegExp;
  /** "<Name>’s advice (to investors) is patience:" at the end of the text before a quote; group 1 the name. */
  possNounRe: RegExp | null;
  introVerbRe: RegExp;
  roleWordRe: RegExp;
  roleSet: Set<string>;
  orgRefRe: RegExp;
  /**
   * First words of the speech verbs (afterVerbRe) and of the adverbs and verbs that follow a
   * subject (afterSubjectRe): a cheap necessary condition tried before those regexes. Null when a
   * (user) verb does not begin with a plain ASCII word, then the regexes run unfiltered.
   */
  verbFirst: Set<string> | null;
  subjFirst: Set<string> | null;
  /**
   * The speech verbs by first word, each with its further words ("said" → [[], ["in", "a",
   * "statement"]]), to test subjectVerbRe without running it; null when a verb has a word that is
   * not plain ASCII letters and digits.
   */
  verbSeqs: Map<string, string[][]> | null;
  /** First ASCII letters or digits of each role word (roleWordRe's prefilter), or null. */
  roleFirst: Set<string> | null;
  /** The role words by those first letters (to match roleWordRe without it), or null. */
  roleByFirst: Map<string, string[]> | null;
  /** Lower-cased first letters of the referring phrases of orgRefRe (all ASCII), or null. */
  orgRefFirst: Set<string> | null;
}
let compiled: Compiled | null = null;
const SUBJECT_ADVERBS = ["also", "later", "previously", "then", "recently", "once"];
/** A word of a name phrase. */
const NP_WORD = "[\\p{L}\\p{N}.,’'&-]+";
const NP_WORD_RE = new RegExp(NP_WORD, "uy");
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");
const alt = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");

function rules(): Compiled {
  if (compiled) return compiled;
  const r = loadRules("speech", SpeechRules);
  const verbs = alt(r.verbs);
  const firsts = (ws: string[]) => {
    const out = new Set<string>();
    for (const w of ws) {
      const f = /^[A-Za-z0-9_]+(?= |$)/.exec(w);
      if (!f) return null;
      out.add(f[0]);
    }
    return out;
  };
  const verbFirst = firsts(r.verbs);
  let verbSeqs: Map<string, string[][]> | null = new Map();
  for (const v of r.verbs) {
    const ws = v.split(" ");
    if (!ws.every((w) => /^[A-Za-z0-9_]+$/.test(w))) {
      verbSeqs = null;
      break;
    }
    const list = verbSeqs.get(ws[0]!) ?? [];
    list.push(ws.slice(1));
    verbSeqs.set(ws[0]!, list);
  }
  const roleFirst = new Set<string>();
  const roleByFirst = new Map<string, string[]>();
  for (const w of r.roleWords) {
    const f = /^[A-Za-z0-9]+/.exec(w);
    if (!f) {
      roleFirst.clear();
      break;
    }
    roleFirst.add(f[0]);
    roleByFirst.set(f[0], [...(roleByFirst.get(f[0]) ?? []), w]);
  }
  const refs = r.orgReferents.filter((x) => x.includes(" "));
  const orgRefFirst = refs.every((x) => /^[A-Za-z]/.test(x)) ? new Set(refs.map((x) => x[0]!.toLowerCase())) : null;
  const subjFirst = firsts([...r.verbs, ...SUBJECT_ADVERBS]);
  // A name phrase: up to twelve words (bounded, so linear). subjectName() reads the same phrase.
  const np = `((?:${NP_WORD}\\s){0,19}?${NP_WORD})`;
  compiled = {
    raw: r,
    afterVerbRe: new RegExp(`^(?:${verbs})\\s(?!that\\b|to\\b|in\\b|on\\b|the\\s(?:report|statement)\\b)`, "u"),
    afterSubjectRe: new RegExp(`^${np}\\s(?:(?:${SUBJECT_ADVERBS.join("|")})\\s)?(?:${verbs})\\b`, "u"),
    subjectVerbRe: new RegExp(`(?:(?:${SUBJECT_ADVERBS.join("|")})\\s)?(?:${verbs})\\b`, "uy"),
    afterAsRe: new RegExp(`^as\\s${np}\\s(?:${verbs}|claims|claimed|puts\\sit|put\\sit)\\b`, "u"),
    afterAccordingRe: new RegExp(`^(?:${alt(r.according)})\\s`, "iu"),
    possNounRe: r.speechNouns?.length ? new RegExp(`(?:^|[\\s(])((?:\\p{Lu}[\\p{L}’'-]+\\s){0,3}\\p{Lu}[\\p{L}-]+)[’']s\\s(?:[\\p{Ll}-]+\\s){0,2}?(?:${alt(r.speechNouns)})\\b[^“”"\\n:]{0,80}:\\s*$`, "u") : null,
    introVerbRe: new RegExp(`(?:^|[\\s,(])(?:${alt(r.introVerbs)}|insisting|saying|adding|noting|arguing|warning|claiming|explaining|writing|telling)(?=[\\s,:.])`, "gu"),
    roleWordRe: new RegExp(`(?:^|[\\s’'-])(?:${alt(r.roleWords)})(?=$|[\\s,.’'-])`, "u"),
    roleSet: new Set(r.roleWords.filter((w) => !/\s/.test(w))),
    orgRefRe: new RegExp(`^(?:${alt(r.orgReferents.filter((x) => x.includes(" ")))})$`, "iu"),
    verbFirst,
    subjFirst,
    verbSeqs,
    roleFirst: roleFirst.size ? roleFirst : null,
    roleByFirst: roleFirst.size ? roleByFirst : null,
    orgRefFirst,
  };
  return compiled;
}

// ---- scanning ---------------------------------------------------------------------------------
export interface QuoteSpan {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

const OPENERS_BEFORE = /[\s([{\u2014\u2013/:>*-]/;

/** The characters of \s (WhiteSpace and LineTerminator), by code unit. */
function isWs(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Everything up to the next character the scanner acts on (a line break or a double quote mark). */
const SCAN_SKIP = /[^\n"\u201c\u201d\u201e]*/y;

/**
 * Find double-quoted stretches by scanning the characters once (a sticky regex jumps from one line
 * break or quote mark to the next, several times faster than a loop over every character).
 */
export function scanQuotes(text: string, maxChars: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let lineStart = 0;
  const n = text.length;
  const skip = SCAN_SKIP;
  for (let at = 0; ; ) {
    skip.lastIndex = at;
    skip.test(text); // always matches (possibly nothing)
    const i = skip.lastIndex;
    if (i >= n) break;
    at = i + 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (open >= 0) {
        // An open quote longer than the cap ends (checked as of the character before the break).
        if (i - 1 - open > maxChars) open = -1;
        else if (opensQuotedParagraph(text, i + 1)) {
          // A quote of several paragraphs: each opens with a mark and only the last closes. The
          // paragraph's part ends with its line; the next paragraph's opening mark starts the next part.
          out.push({ open, close: i });
          open = -1;
        } else {
          // A quote does not run past a paragraph break, nor past the end of a long (unwrapped) line.
          const c1 = text.charCodeAt(i + 1);
          if (c1 === 10 || c1 === 13 || i - lineStart > 110) open = -1;
        }
      }
      lineStart = i + 1;
      continue;
    }
    if (open >= 0 && i - open > maxChars) open = -1;
    const ch = text[i]!;
    const prev = i > 0 ? text[i - 1]! : "\n";
    const next = i + 1 < n ? text[i + 1]! : "\n";
    const prevSpace = OPENERS_BEFORE.test(prev) || i === 0;
    const nextSpace = /\s/.test(next) || i + 1 >= n;
    if (ch === "\u201c" || ch === "\u201e") {
      open = i; // a new opener abandons an unterminated one
      continue;
    }
    if (ch === "\u201d") {
      if (open >= 0) {
        out.push({ open, close: i });
        open = -1;
      } else if (prevSpace && !nextSpace) open = i; // a closing mark used as an opener
      continue;
    }
    // Straight double quote.
    const inWord = /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next);
    if (inWord) continue;
    if (open < 0) {
      if (/\p{N}/u.test(prev)) continue; // 12" screen, 5'9"
      if (prevSpace && !nextSpace) open = i;
      continue;
    }
    if (prevSpace && !nextSpace) {
      open = i; // the earlier one never closed
      continue;
    }
    if (/\p{N}/u.test(prev) && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "") && next === " " && /\p{Ll}/u.test(text[i + 2] ?? "")) continue; // 12" display inside a quote
    out.push({ open, close: i });
    open = -1;
  }
  return out;
}

/** Everything up to the next character the single-quote scanner acts on. */
const SINGLE_SKIP = /[^\n'\u2018\u2019]*/y;
/** Words after "s’ " that make the mark a quote's close, not a plural possessive ("investors’ money"). */
const AFTER_CLOSE = /^ (?:said|says|added|adds|told|tells|he|she|they|according|explained|wrote|noted|continued|insisted|warned|stressed)\b/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Single-quoted stretches, as British outlets write quotes (‘We are delighted,’ he said), outside
 * the double-quoted ones (`doubles`, sorted), whose inner quotes they would be; a single-quoted
 * stretch may hold a double-quoted one (‘He said “no” to it’). A mark between two
 * letters is an apostrophe ("Kellanova’s", "don't"); a closing mark after an "s" and before a
 * word is a plural possessive ("investors’ money", "the Owners’ and Directors’ Test") unless a
 * speech verb or a pronoun follows; a straight mark opens only before a letter ("the '90s" opens nothing). A stretch ends
 * with its line, except where the next paragraph opens with a mark (a quote of several paragraphs).
 */
export function scanSingleQuotes(text: string, maxChars: number, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  let open = -1;
  let d = 0;
  for (let at = 0; ; ) {
    SINGLE_SKIP.lastIndex = at;
    SINGLE_SKIP.test(text);
    const i = SINGLE_SKIP.lastIndex;
    if (i >= n) break;
    at = i + 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (open >= 0 && i - 1 - open <= maxChars && opensSingleQuotedParagraph(text, i + 1)) out.push({ open, close: i });
      open = -1;
      continue;
    }
    // A double-quoted stretch: single marks inside it are its inner quotes (skipped); one that a
    // single-quoted stretch holds (‘He said “no” to it’) is that quote's inner quote.
    while (d < doubles.length && doubles[d]!.close < i) d++;
    if (d < doubles.length && doubles[d]!.open < i) {
      at = doubles[d]!.close + 1;
      continue;
    }
    if (open >= 0 && i - open > maxChars) open = -1;
    const prev = i > 0 ? text[i - 1]! : "\n";
    const next = i + 1 < n ? text[i + 1]! : "\n";
    const letterPrev = LETTER_OR_DIGIT.test(prev);
    const letterNext = LETTER_OR_DIGIT.test(next);
    if (letterPrev && letterNext) continue; // an apostrophe inside a word
    const opener = (i === 0 || OPENERS_BEFORE.test(prev) || prev === '"' || prev === "\u201c") && (c === 0x2018 ? !isWs(next.charCodeAt(0)) && next !== "\n" : c === 39 && /\p{L}/u.test(next));
    if (open >= 0 && c !== 0x2018 && !isWs(prev.charCodeAt(0)) && !letterNext) {
      // A closing mark, unless it is a plural possessive.
      if ((prev === "s" || prev === "S") && next === " " && /^ [\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3)) && !AFTER_CLOSE.test(text.slice(i + 1, i + 16))) continue;
      if (i - open > 1) out.push({ open, close: i });
      open = -1;
      continue;
    }
    if (opener) open = i;
  }
  return out;
}

/** The first character from `from` that is no blank or line break (looking at most 400 ahead). */
function nextNonBlank(text: string, from: number): number {
  let j = from;
  for (let k = 0; j < text.length && k < 400; j++, k++) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return j;
}

/** Whether the next non-blank line from `from` opens with a single quote mark and a letter. */
function opensSingleQuotedParagraph(text: string, from: number): boolean {
  const j = nextNonBlank(text, from);
  const c = text.charCodeAt(j);
  return (c === 0x2018 || c === 39) && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!);
}

/** Whether the next non-blank line from `from` opens with a double quote mark and a word ("“It’s …"). */
function opensQuotedParagraph(text: string, from: number): boolean {
  const j = nextNonBlank(text, from);
  const c = text.charCodeAt(j);
  if (c !== 34 && c !== 0x201c) return false;
  if (j + 1 >= text.length) return false;
  const next = text.charCodeAt(j + 1);
  return !isWs(next) && next !== 34 && next !== 0x201d;
}

// ---- attribution ------------------------------------------------------------------------------
interface OrgMention {
  start: number;
  end: number;
  name: string;
}

/** Organisations with a per-character index: which one (the first in list order) covers a character. */
interface OrgIndex {
  list: OrgMention[];
  /** 1 + the index in `list` of the first organisation covering each character; 0 for none. */
  cover: Int32Array;
}

// Scratch buffers, reused from one document to the next (allocating typed arrays per document
// costs more than clearing them); each call takes a zeroed view of exactly the length it needs.
// Documents above KEEP_MAX characters get arrays of their own, so memory stays bounded.
const KEEP_MAX = 1 << 20;
const scratch = { cover: new Int32Array(0), quote: new Uint8Array(0), org: new Uint8Array(0) };
function zeroedInt32(n: number): Int32Array {
  if (n > KEEP_MAX) return new Int32Array(n);
  if (scratch.cover.length < n) scratch.cover = new Int32Array(Math.min(KEEP_MAX, Math.max(n, 2 * scratch.cover.length)));
  return scratch.cover.subarray(0, n).fill(0);
}
function zeroedUint8(n: number, which: "quote" | "org"): Uint8Array {
  if (n > KEEP_MAX) return new Uint8Array(n);
  if (scratch[which].length < n) scratch[which] = new Uint8Array(Math.min(KEEP_MAX, Math.max(n, 2 * scratch[which].length)));
  return scratch[which].subarray(0, n).fill(0);
}

function indexOrgs(list: OrgMention[], length: number): OrgIndex {
  const cover = zeroedInt32(length + 1);
  for (let k = list.length - 1; k >= 0; k--) {
    const o = list[k]!;
    const to = Math.min(o.end, length + 1);
    if (o.start < to) cover.fill(k + 1, Math.max(o.start, 0), to);
  }
  return { list, cover };
}

/** The first organisation (in list order) that covers character `at`. */
function orgCovering(orgs: OrgIndex, at: number): OrgMention | undefined {
  const k = at >= 0 && at < orgs.cover.length ? orgs.cover[at]! : 0;
  return k ? orgs.list[k - 1] : undefined;
}

interface Speaker {
  name: string;
  role?: string;
  kind: "person" | "org" | "pronoun" | "referent";
  /** Offset of the name in the text, to find people named earlier. */
  at: number;
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|U\.S|U\.K|a\.m|p\.m|[A-Z]))$/;

/** End of the sentence that starts at `from` (exclusive), within `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, limit);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isWs(text.charCodeAt(i + 1)))) {
      if (c === 46 && ABBREV.test(text.slice(Math.max(from, i - 5), i))) continue;
      return i;
    }
  }
  return stop;
}

/** Start of the sentence that contains `at`, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < text.length && isWs(text.charCodeAt(i + 1))) {
      if (c === 46 && ABBREV.test(text.slice(Math.max(floor, i - 5), i))) continue;
      return i + 1;
    }
  }
  return Math.max(floor, 0);
}

const CAP_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|van|von|der|da|di|bin|al|la|le)$/u;
/** CAP_TOKEN.test(w), without the regex for plain ASCII words. */
function isCapToken(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) {
    for (let i = 1; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) continue;
      return c < 128 ? false : CAP_TOKEN.test(w); // an ASCII character outside the class, or leave it to the regex
    }
    return w.length > 0;
  }
  return c0 < 128 ? NAME_PARTICLES.has(w) : CAP_TOKEN.test(w);
}
const FUNCTION_WORDS = new Set("As According The A An In On At But And Or So While When Then Still Yet Also Earlier Later Last This That It Its He She They We I Speaking Asked Writing For From With By After Before During Meanwhile However".split(" "));
const HONORIFICS = new Set("Mr Mrs Ms Dr Prof Sir Dame Sen Rep Gov".split(" "));
const isFunctionWord = (w: string) => FUNCTION_WORDS.has(w);
/** Mr, Dr. (an honorific, with or without its dot). */
const isHonorific = (w: string) => HONORIFICS.has(w) || (w.charCodeAt(w.length - 1) === 46 && HONORIFICS.has(w.slice(0, -1)));
const NAME_PARTICLES = new Set("de van von der da di bin al la le".split(" "));

/** The token without trailing dots and apostrophes, except the dot of an initial ("J."). */
function trimTokenEnd(w: string): string {
  let j = w.length;
  while (j > 0) {
    const c = w.charCodeAt(j - 1);
    if (c !== 46 && c !== 0x2019 && c !== 39) break;
    j--;
  }
  if (j === w.length) return w;
  if (j === w.length - 1 && w.charCodeAt(j) === 46 && w.length === 2 && /^\p{Lu}$/u.test(w[0]!)) return w;
  return w.slice(0, j);
}

interface NameSplit {
  name: string;
  nameAt: number;
  prefix: string;
}

/** The words of a phrase (a letter or digit, then letters, digits, marks, ’'.&-), trailing dots and apostrophes trimmed. */
function nameTokens(phrase: string): { w: string; s: number }[] {
  const toks: { w: string; s: number }[] = [];
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) {
      // Letters beyond ASCII: the regex (Unicode classes).
      toks.length = 0;
      const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.&-]*/gu;
      for (let m = re.exec(phrase); m; m = re.exec(phrase)) toks.push({ w: trimTokenEnd(m[0]), s: m.index });
      return toks;
    }
  }
  const alnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  for (let i = 0; i < phrase.length; ) {
    if (!alnum(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < phrase.length; j++) {
      const c = phrase.charCodeAt(j);
      if (!(alnum(c) || c === 39 || c === 46 || c === 38 || c === 45 || c === 0x2019)) break;
    }
    toks.push({ w: trimTokenEnd(phrase.slice(i, j)), s: i });
    i = j;
  }
  return toks;
}

/** The name at the end of a phrase: trailing capitalised words, stopping at a role word. */
function trailingName(phrase: string, base: number, C: Compiled, orgs: OrgIndex): NameSplit | null {
  const toks = nameTokens(phrase);
  if (!toks.length) return null;
  // The phrase must end with the name.
  const tail = phrase.slice(toks[toks.length - 1]!.s + toks[toks.length - 1]!.w.length);
  if (/[^\s,.’'"”]/u.test(tail)) return null;
  let k = toks.length;
  while (k > 0) {
    const t = toks[k - 1]!;
    if (!isCapToken(t.w) || C.roleSet.has(t.w) || isHonorific(t.w) || isFunctionWord(t.w)) break;
    // An organisation inside the run ends the name ("Acme CEO Jane Roe": stop at CEO anyway).
    const abs = base + t.s;
    if (k < toks.length && orgCovering(orgs, abs)) break;
    k--;
    if (toks.length - k >= 4) break;
  }
  if (k === toks.length) return null;
  while (k < toks.length && NAME_PARTICLES.has(toks[k]!.w)) k++;
  if (k >= toks.length) return null;
  const first = toks[k]!;
  const last = toks[toks.length - 1]!;
  return { name: phrase.slice(first.s, last.s + last.w.length).replace(/\s+/g, " "), nameAt: base + first.s, prefix: phrase.slice(0, first.s).trim() };
}

function cleanRole(s: string, C: Compiled): string | undefined {
  if (!s || !mayHaveRoleWord(s, C)) return undefined; // (the cleaning below only removes text that cannot hold a role word)
  // Each replace runs only where its first character can match.
  let r = hasSpaceRun(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
  let c0 = r.charCodeAt(0);
  if (c0 === 44 || c0 === 0x2013 || c0 === 0x2014 || c0 === 45) r = r.replace(/^[,–—-]\s*/, "");
  let j = r.length;
  for (let c = r.charCodeAt(j - 1); c === 44 || c === 46 || c === 59 || c === 58; c = r.charCodeAt(j - 1)) j--; // trailing , . ; :
  r = r.slice(0, j).trim();
  c0 = r.charCodeAt(0) | 32; // ASCII lower case
  if (c0 === 116 || c0 === 97 || c0 === 102) r = r.replace(/^(?:the|a|an|and|former|then)\s+/i, (m) => (/former/i.test(m) ? m : "")); // t a f
  c0 = r.charCodeAt(0);
  if (c0 === 79 || c0 === 73 || c0 === 65 || c0 === 68 || c0 === 83) r = r.replace(/^(?:On|In|At|During|Speaking)\b.*?,\s*/u, ""); // O I A D S
  // The title, not what the person does: "principal at X who advises data centre operators" is "principal at X".
  const rel = /(?:^|\s)(?:who|whose|which)\s/.exec(r);
  if (rel) {
    let k = rel.index;
    while (k > 0 && (r.charCodeAt(k - 1) === 44 || isWs(r.charCodeAt(k - 1)))) k--;
    r = r.slice(0, k);
  }
  if (!r || r.length > 120) return undefined;
  return hasRoleWord(r, C) ? r : undefined;
}

/** Would /\s+/g replace anything but single spaces? */
function hasSpaceRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWs(c) && (c !== 32 || (i + 1 < s.length && isWs(s.charCodeAt(i + 1))))) return true;
  }
  return false;
}

/** roleWordRe.test(r), by the role words that begin with the ASCII letters at each word start. */
function hasRoleWord(r: string, C: Compiled): boolean {
  const byFirst = C.roleByFirst;
  if (!byFirst) return C.roleWordRe.test(r);
  for (let p = 0; p < r.length; p++) {
    if (p > 0) {
      const c = r.charCodeAt(p - 1);
      if (!(isWs(c) || c === 0x2019 || c === 39 || c === 45)) continue; // (?:^|[\s’'-])
    }
    let j = p;
    for (; j < r.length; j++) {
      const c = r.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    }
    if (j === p) continue;
    const list = byFirst.get(r.slice(p, j));
    if (list) for (const w of list) if (roleWordAt(r, p, w)) return true;
  }
  return false;
}

/** The role word `w` (a space in it stands for any space) at `p`, followed by the end, a space or , . ’ ' - */
function roleWordAt(r: string, p: number, w: string): boolean {
  if (p + w.length > r.length) return false;
  for (let i = 0; i < w.length; i++) {
    const wc = w.charCodeAt(i);
    const c = r.charCodeAt(p + i);
    if (wc === 32 ? !isWs(c) : wc !== c) return false;
  }
  const e = p + w.length;
  if (e === r.length) return true;
  const c = r.charCodeAt(e);
  return isWs(c) || c === 44 || c === 46 || c === 0x2019 || c === 39 || c === 45;
}

/**
 * A necessary condition for roleWordRe: a role word starts at the beginning or after a space,
 * apostrophe or hyphen (here: after any character but an ASCII letter or digit, so that it holds
 * for the text before cleanRole's cleaning too), and as it ends before a space or punctuation, the
 * ASCII letters and digits there are exactly the role word's first ones ("co" of co-founder,
 * "vice" of vice president).
 */
function mayHaveRoleWord(r: string, C: Compiled): boolean {
  const first = C.roleFirst;
  if (!first) return true;
  for (let p = 0; p < r.length; p++) {
    if (p > 0) {
      const c = r.charCodeAt(p - 1);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    }
    let j = p;
    for (; j < r.length; j++) {
      const c = r.charCodeAt(j);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    }
    if (j > p && first.has(r.slice(p, j))) return true;
  }
  return false;
}


/** Read a name phrase that follows a verb ("said OpenAI CEO Jane Roe, analyst at X"). */
function speakerAfterVerb(text: string, from: number, to: number, C: Compiled, orgs: OrgIndex): Speaker | null {
  const seg = text.slice(from, to);
  const comma = seg.search(/,\s|\s[–—]\s|\s\(/);
  const main = comma >= 0 ? seg.slice(0, comma) : seg;
  const appos = comma >= 0 ? seg.slice(comma + 1) : "";
  // The role first, the name in apposition: "said the president of Acme, Otávio Rezende, in …".
  if (appos && seg[comma] === "," && ROLE_LEAD.test(main) && hasRoleWord(main, C)) {
    const nm = APPOS_NAME.exec(appos);
    const at = nm ? from + comma + 1 + nm[0].indexOf(nm[1]!) : -1;
    if (nm && !orgCovering(orgs, at)) return { name: nm[1]!, role: cleanRole(main, C), kind: "person", at };
  }
  return speakerFromPhrase(cutAtPreposition(main), from, C, orgs, appos);
}
const PERSON_OF = /^\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,2})\s+(?:of|at|from)\s+$/u;
/**
 * "Yasir Al-Rumayyan, Governor of PIF said", "Jane Roe, chief executive of Acme said": a person and
 * a title of the organisation, with no comma before the verb (an honorific is no part of the name).
 */
const PERSON_TITLE_OF = /^\s*(?:(?:His|Her)\s+(?:Excellency|(?:Royal\s+)?Highness)\s+|(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Prince)\.?\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,2}),\s+((?:[\p{L}’'&-]+\s+){0,5}?[\p{L}’'&-]+)\s+(?:of|at)\s+$/u;
const ROLE_LEAD = /^\s*(?:the|its|their|\p{Lu}[\p{L}’'.&-]*['’]s)\s/u;
const APPOS_NAME = /^\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(?=\s*,|\s*$)/u;

const PREPOSITION_AFTER_SPACE = /(?:in|on|at|during|from|to|of|when|while|after|before|as|about|with|via)\s/y;
/**
 * Cut a phrase at the first run of spaces followed by a preposition ("Jane Roe in a memo"), unless
 * it is "of"/"at" and a capital ("Jane Roe of Acme"). One pass over the runs of spaces (a regex
 * /\s+(?:in|…)\s.*$/ would retry at every character of a long run of spaces).
 */
function cutAtPreposition(main: string): string {
  for (let i = 0; i < main.length; i++) {
    if (!isWs(main.charCodeAt(i))) continue;
    const runStart = i;
    while (i < main.length && isWs(main.charCodeAt(i))) i++;
    PREPOSITION_AFTER_SPACE.lastIndex = i;
    if (PREPOSITION_AFTER_SPACE.test(main)) {
      const m = main.slice(runStart);
      return /^\s+(?:of|at)\s+\p{Lu}/u.test(m) ? main : main.slice(0, runStart);
    }
    i--; // main[i] is not a space: look at it again
  }
  return main;
}

/**
 * Can the phrase be a referring phrase ("the company")? Its first letter must be the first letter
 * of one (C.orgRefFirst for orgRefRe, t or a for "the …"/"a …" when C is null). Only an ASCII first
 * character is ruled out: others may fold to a letter under /i.
 */
function mayBeReferent(p: string, C: Compiled | null): boolean {
  let i = 0;
  while (i < p.length && isWs(p.charCodeAt(i))) i++;
  const c = p.charCodeAt(i);
  if (!(c < 128)) return true;
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  if (C === null) return lower === 116 || lower === 97;
  return C.orgRefFirst === null || C.orgRefFirst.has(String.fromCharCode(lower));
}

function speakerFromPhrase(phrase: string, base: number, C: Compiled, orgs: OrgIndex, appos: string): Speaker | null {
  let p = phrase.trimEnd();
  const last = p.charCodeAt(p.length - 1);
  if (last === 44 || last === 46) p = p.slice(0, -1); // /[,.]$/
  if (!p) return null;
  // A sentence's head keeps the blank after the previous sentence's stop: " He said: “…”".
  let lead = 0;
  while (lead < p.length && isWs(p.charCodeAt(lead))) lead++;
  if (p.length - lead <= 4) {
    // (Lower-casing never shortens a text: a longer phrase cannot be "he" or "they".)
    const low = p.slice(lead).toLowerCase();
    if (/^(?:he|she)$/.test(low)) return { name: low, kind: "pronoun", at: base + lead };
    if (/^(?:it|they)$/.test(low)) return { name: low, kind: "referent", at: base + lead };
  }
  if (mayBeReferent(p, C) && C.orgRefRe.test(p.trim()) || mayBeReferent(p, null) && /^(?:the|a)\s(?:company|firm|group|startup|bank|lender|fund|agency|regulator|retailer|chipmaker|carmaker|developer|provider|operator|business)(?:’s|'s)?(?:\s(?:spokesperson|spokesman|spokeswoman|statement))?$/i.test(p.trim()))
    return { name: p.trim(), kind: "referent", at: base };
  // An organisation as the whole phrase ("Acme said").
  const pEnd = base + p.length;
  const o = orgCovering(orgs, pEnd - 1);
  const split = trailingName(p, base, C, orgs);
  if (o && (!split || split.nameAt >= o.start)) {
    // "Felipe Aragão of Paineira Capital": the person, of the organisation.
    if (o.start > base && o.end >= pEnd - 1) {
      const before = p.slice(0, o.start - base);
      const of = PERSON_OF.exec(before);
      if (of && !orgCovering(orgs, base + of.index)) return { name: of[1]!, kind: "person", at: base + of[0].indexOf(of[1]!) };
      const titled = of ? null : PERSON_TITLE_OF.exec(before);
      if (titled && !orgCovering(orgs, base + titled[0].indexOf(titled[1]!))) {
        // The role as the appositive gives it: "chief executive of Acme".
        const role = cleanRole(p.slice(titled[0].lastIndexOf(titled[2]!)), C);
        return { name: titled[1]!, ...(role ? { role } : {}), kind: "person", at: base + titled[0].indexOf(titled[1]!) };
      }
    }
    if (o.end >= pEnd - 1 && base + p.trimStart().length - p.trimStart().length <= o.start) return { name: o.name, kind: "org", at: o.start };
  }
  if (!split) return null;
  if (!/^\p{Lu}/u.test(split.name)) return null;
  const cut = appos.search(/[.;]\s|\s[–—]\s/); // appos.split(…)[0]
  const prefix = split.prefix;
  const role =
    cleanRole(cut < 0 ? appos : appos.slice(0, cut), C) ??
    cleanRole(prefix.includes("said") || prefix.includes("says") || prefix.includes("by") || prefix.includes("to") ? prefix.replace(/^.*\b(?:said|says|by|to)\s/u, "") : prefix, C);
  return { name: split.name.replace(/[,.]$/, ""), role, kind: "person", at: split.nameAt };
}

/** A dash right after a closing quote, then a name (and its titles) that ends the line. */
const DASH_SIGNATURE = /^[ \t]*[-–—]{1,2}[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}(?:,[^\n"“”]{1,120}?)?)[ \t.]*(?=\n|$)/u;

interface Attribution {
  speaker: Speaker | null;
  rule: string;
  /** Where the attribution text ends (to tell a continued quote). */
  end: number;
}

/** The ASCII word (\\w+, as \\b sees words) that starts at `at`, or "". */
function wordAt(s: string, at: number): string {
  let j = at;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95)) break;
  }
  return s.slice(at, j);
}

/**
 * What afterSubjectRe captures (the name phrase before "said"), or null where it does not match,
 * without its cost: the regex tries its whole verb alternation after each of up to 12 words. The
 * phrase is 1 to 12 words (maximal runs of NP_WORD), each followed by one space; the first of them
 * followed by an adverb or verb (subjectVerbRe) ends it. The verb regex runs only after a word that
 * is the first word of an adverb or verb (C.subjFirst), which it must be, as \b ends ASCII words.
 */
function subjectName(tail: string, C: Compiled): string | null {
  if (C.subjFirst === null) {
    const m = C.afterSubjectRe.exec(tail);
    return m ? m[1]! : null;
  }
  let p = 0;
  // Twenty words, as afterSubjectRe's name phrase: a long appositive title ("Yasuhide Mizuno, senior
  // managing officer at Honda and the future CEO of Sony Honda Mobility, said") is fifteen.
  for (let k = 0; k < 20; k++) {
    const e = npWordEnd(tail, p);
    if (e === p) return null;
    if (e >= tail.length || !isWs(tail.charCodeAt(e))) return null;
    if (C.subjFirst.has(wordAt(tail, e + 1)) && subjectVerbAt(tail, e + 1, C)) return tail.slice(0, e);
    p = e + 1;
  }
  return null;
}

/** Where the run of NP_WORD characters that starts at `p` ends (`p` when there is none). */
function npWordEnd(s: string, p: number): number {
  let j = p;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 44 && c <= 57 && c !== 47) || c === 39 || c === 38 || c === 0x2019) continue; // letters , - . digits ' & ’
    if (c < 128) break;
    // Other letters and numbers: the regex decides (\p{L}, \p{N}, surrogate pairs).
    NP_WORD_RE.lastIndex = p;
    return NP_WORD_RE.test(s) ? NP_WORD_RE.lastIndex : p;
  }
  return j;
}

/** subjectVerbRe.test at `pos`: an optional adverb and a space, then a speech verb ending a word. */
function subjectVerbAt(s: string, pos: number, C: Compiled): boolean {
  const seqs = C.verbSeqs;
  if (seqs === null) {
    C.subjectVerbRe.lastIndex = pos;
    return C.subjectVerbRe.test(s);
  }
  const w = wordAt(s, pos);
  if (SUBJECT_ADVERBS.includes(w) && pos + w.length < s.length && isWs(s.charCodeAt(pos + w.length)) && verbAt(s, pos + w.length + 1, seqs)) return true;
  return verbAt(s, pos, seqs);
}

/** Does a speech verb (all its words, one space apart, the last ending an ASCII word) start at `pos`? */
function verbAt(s: string, pos: number, seqs: Map<string, string[][]>): boolean {
  const w = wordAt(s, pos);
  const list = seqs.get(w);
  if (!list) return false;
  for (const rest of list) {
    let q = pos + w.length;
    let ok = true;
    for (const r of rest) {
      if (q >= s.length || !isWs(s.charCodeAt(q)) || wordAt(s, q + 1) !== r) {
        ok = false;
        break;
      }
      q += 1 + r.length;
    }
    if (ok) return true;
  }
  return false;
}

/** The rest of the quote's sentence after it (not into the next quote), and its text past the punctuation that opens it. */
function quoteTail(text: string, q: QuoteSpan, nextOpen: number): { tailRaw: string; tail: string; t0: number; tailEnd: number } {
  const tailFrom = q.close + 1;
  const tailEnd = Math.min(sentenceEnd(text, tailFrom, tailFrom + 240), nextOpen);
  const tailRaw = text.slice(tailFrom, tailEnd);
  const lead = /^[\s,.!?;:–—-]*/u.exec(tailRaw)![0].length;
  return { tailRaw, tail: tailRaw.slice(lead), t0: tailFrom + lead, tailEnd };
}

/** Whether the words after the quote attribute it, resolvable or not: "…," said X / "…," X said. */
function ownAttribution(text: string, q: QuoteSpan, nextOpen: number, C: Compiled): boolean {
  const { tailRaw, tail } = quoteTail(text, q, nextOpen);
  if (/^[.!?]/.test(tailRaw.trimStart())) return false;
  if (!tail) return false;
  if ((C.verbFirst === null || C.verbFirst.has(wordAt(tail, 0))) && C.afterVerbRe.test(tail)) return true;
  return subjectName(tail, C) !== null;
}

/** "Jane Roe, CEO of X," → ["Jane Roe", "CEO of X"] (as /^(.*?),\s(.*),$/s, in one pass). */
function splitAppositive(phrase: string): [string, string] | null {
  const n = phrase.length;
  if (n === 0 || phrase.charCodeAt(n - 1) !== 44) return null;
  for (let k = 0; k + 1 < n - 1; k++) if (phrase.charCodeAt(k) === 44 && isWs(phrase.charCodeAt(k + 1))) return [phrase.slice(0, k), phrase.slice(k + 2, n - 1)];
  return null;
}

function attribute(text: string, q: QuoteSpan, prevClose: number, nextOpen: number, C: Compiled, orgs: OrgIndex): Attribution | null {
  // 0. A signature after a dash, to the end of the line: "…" — Jane Roe, CEO, Alder Ltd.
  const sig = DASH_SIGNATURE.exec(text.slice(q.close + 1, Math.min(text.length, q.close + 170)));
  if (sig && q.close + sig[0].length < nextOpen) {
    const at = q.close + 1 + sig[0].length - sig[1]!.length;
    const comma = sig[1]!.indexOf(",");
    const sp = speakerFromPhrase(comma < 0 ? sig[1]! : sig[1]!.slice(0, comma), at, C, orgs, comma < 0 ? "" : sig[1]!.slice(comma + 1).trim());
    // The whole name is the person's: not "Reuters reported it on Monday".
    if (sp?.kind === "person" && sp.at === at) return { speaker: sp, rule: "quote.signed", end: q.close + 1 + sig[0].length };
  }
  // 1. After the quote, up to the end of its sentence (not into the next quote).
  const { tailRaw, tail, t0, tailEnd } = quoteTail(text, q, nextOpen);
  if (tail && !/^\s*$/.test(tail) && !/^[.!?]/.test(tailRaw.trimStart()) || /^,/.test(tailRaw.trimStart())) {
    let m = C.verbFirst === null || C.verbFirst.has(wordAt(tail, 0)) ? C.afterVerbRe.exec(tail) : null;
    if (m) {
      const sp = speakerAfterVerb(text, t0 + m[0].length, tailEnd, C, orgs);
      if (sp) return { speaker: sp, rule: "quote.said-after", end: tailEnd };
    }
    m = tail.charCodeAt(0) === 97 && tail.charCodeAt(1) === 115 && isWs(tail.charCodeAt(2)) ? C.afterAsRe.exec(tail) : null; // "as "
    if (m && m[1]) {
      const sp = speakerFromPhrase(m[1], t0 + 3, C, orgs, "");
      if (sp) return { speaker: sp, rule: "quote.said-after", end: tailEnd };
    }
    m = C.afterAccordingRe.exec(tail);
    if (m) {
      const sp = speakerAfterVerb(text, t0 + m[0].length, tailEnd, C, orgs);
      if (sp) return { speaker: sp, rule: "quote.according-to", end: tailEnd };
    }
    const phrase = subjectName(tail, C);
    if (phrase) {
      const cm = splitAppositive(phrase); // "Jane Roe, CEO of X, said"
      let sp = cm ? speakerFromPhrase(cm[0], t0, C, orgs, cm[1]) : speakerFromPhrase(phrase, t0, C, orgs, "");
      // The role first, the name in apposition: "…," Vodafone's new CEO, Margherita Della Valle, said.
      if (cm && sp?.kind !== "person") {
        const named = speakerFromPhrase(cm[1], t0 + cm[0].length + 2, C, orgs, cm[0]);
        if (named && named.kind === "person") sp = named;
      }
      if (sp) return { speaker: sp, rule: "quote.said-after", end: tailEnd };
    }
  }
  // 2. Before the quote, in its own sentence (or an introducing line ending with a colon).
  // Bounded look-back: text without sentence ends must not make this quadratic.
  const floor = Math.max(prevClose, q.open - 400);
  let headFrom = sentenceStart(text, q.open, floor);
  if (headFrom === q.open || /^\s*$/.test(text.slice(headFrom, q.open))) {
    // "As X put it:" on the line before.
    let lineEnd = q.open - 1;
    while (lineEnd >= 0 && (text[lineEnd] === " " || text[lineEnd] === "\t")) lineEnd--;
    if (text[lineEnd] !== "\n") lineEnd = -1;
    if (lineEnd > 0 && /:\s*$/.test(text.slice(Math.max(0, lineEnd - 3), lineEnd)) && lineEnd > prevClose) headFrom = sentenceStart(text, lineEnd, Math.max(prevClose, lineEnd - 400));
  }
  const head = text.slice(headFrom, q.open);
  // (No character outside ASCII folds to the letters of "according to" under /iu, so a plain /i
  // search, much faster, rules out the heads without it.)
  const acc = /ccording to/i.test(head) ? /\baccording to\s/iu.exec(head) : null;
  if (acc) {
    const from = headFrom + acc.index + acc[0].length;
    const sp = speakerAfterVerb(text, from, q.open, C, orgs);
    if (sp) return { speaker: sp, rule: "quote.according-to", end: q.open };
  }
  // "Besnard’s advice to investors is patience: “…”".
  const pn = C.possNounRe && head.includes(":") ? C.possNounRe.exec(head) : null;
  if (pn) {
    const at = headFrom + pn.index + pn[0].indexOf(pn[1]!);
    const sp = speakerFromPhrase(pn[1]!, at, C, orgs, "");
    if (sp) return { speaker: sp, rule: "quote.said-before", end: q.open };
  }
  const verbs: { at: number; end: number }[] = [];
  C.introVerbRe.lastIndex = 0;
  for (let m = C.introVerbRe.exec(head); m; m = C.introVerbRe.exec(head)) {
    const lead2 = /^[\s,(]/.test(m[0]) ? 1 : 0;
    verbs.push({ at: m.index + lead2, end: m.index + m[0].length });
  }
  for (let v = verbs.length - 1; v >= 0; v--) {
    const { at, end } = verbs[v]!;
    // Subject before the verb, maybe with an appositive: "Jane Roe, CEO of X, described …"
    // "X has told", "X had also said": the auxiliary is no part of the name.
    let subj = stripAuxEnd(head.slice(0, at).trimEnd());
    let appos = "";
    const ap = /^(.*?),\s([^,]{2,120}),$/su.exec(subj);
    if (ap) {
      subj = ap[1]!;
      appos = ap[2]!;
    }
    // Only the clause right before the verb: "On a call last week, CEO Jane Roe stressed".
    const clause = subj.split(/,\s/).pop() ?? subj;
    const clauseBase = headFrom + subj.length - clause.length;
    const words = clause.trim().split(/\s+/);
    if (clause.trim() && words.length <= 8) {
      const sp = speakerFromPhrase(clause, clauseBase, C, orgs, appos);
      if (sp?.kind === "org" && !appos && subj.length > clause.length) {
        // "Yasir Al-Rumayyan, Governor of PIF said": the person whose title the clause is.
        const prev = subj.lastIndexOf(", ", subj.length - clause.length - 3);
        const two = subj.slice(prev + (prev < 0 ? 1 : 2));
        const person = two.split(/\s+/).length <= 12 ? speakerFromPhrase(two, headFrom + subj.length - two.length, C, orgs, "") : null;
        if (person?.kind === "person") return { speaker: person, rule: "quote.said-before", end: q.open };
      }
      if (sp) return { speaker: sp, rule: "quote.said-before", end: q.open };
      // The role first, the name in apposition: "Its chairman, Friedrich Oberholz, told …".
      if (appos) {
        const named = speakerFromPhrase(appos, headFrom + subj.length + 2, C, orgs, clause);
        if (named && named.kind === "person") return { speaker: named, rule: "quote.said-before", end: q.open };
      }
    }
    // Inverted: "said Jane Roe:" right before the quote.
    const rest = head.slice(end).trim();
    if (/[:,]$/.test(rest) && rest.split(/\s+/).length <= 8) {
      const sp = speakerAfterVerb(text, headFrom + head.indexOf(rest, end), headFrom + head.indexOf(rest, end) + rest.length - 1, C, orgs);
      if (sp) return { speaker: sp, rule: "quote.said-before", end: q.open };
    }
  }
  return null;
}

// ---- the extractor ----------------------------------------------------------------------------
// Words of a name are one space apart; a line break only where the next line is no "Label:" line
// ("Hosts: A and Ben Okereke" / "Guest: …" is two lines, not a name "Ben Okereke Guest").
const NAME_RE = /(?<![A-Za-z\u00C0-\u024F])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]+(?:(?:\n(?![^\s:]{1,40}:)|(?!\n)\s)(?:[A-Z]\.\s)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]+){1,5}/g;

interface FullName {
  name: string;
  at: number;
}

const WORD_STARTS = new Int32Array(16);
const WORD_ENDS = new Int32Array(16);

/** Full names given in the source ("Jane Roe"), in text order, so a last name alone can be resolved. */
const AUX_WORDS = new Set(["has", "have", "had", "also", "later", "then", "previously", "recently", "repeatedly", "often"]);

/** The phrase without auxiliaries and adverbs at its end ("X has also" → "X"), word by word. */
function stripAuxEnd(s: string): string {
  let t = s;
  for (;;) {
    const sp = Math.max(t.lastIndexOf(" "), t.lastIndexOf("\n"), t.lastIndexOf("\t"));
    if (sp < 0 || !AUX_WORDS.has(t.slice(sp + 1))) return t;
    t = t.slice(0, sp).trimEnd();
  }
}
const WORKPLACE_BEFORE = /\b(?:at|of|from)\s$/;
const PLACE_BEFORE = /\b(?:in|across|near|outside|throughout)\s$/;

function findFullNames(text: string, C: Compiled, orgMask: Uint8Array): FullName[] {
  const fullNames: FullName[] = [];
  const starts = WORD_STARTS;
  const ends = WORD_ENDS;
  const word = (i: number) => text.slice(starts[i]!, ends[i]!);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    // The words of the match (NAME_RE puts one space between them, and has at most 11 words), as
    // offsets in the text.
    const mEnd = m.index + m[0].length;
    let n = 0;
    for (let i = m.index; i < mEnd && n < starts.length; ) {
      let j = i;
      while (j < mEnd && !isWs(text.charCodeAt(j))) j++;
      if (j > i) {
        starts[n] = i;
        ends[n++] = j;
      }
      i = j + 1;
    }
    // Drop leading titles and function words ("Chief Executive Tobias Renwick"), and organisations.
    let k = 0;
    for (; k < n; k++) {
      if (orgMask[starts[k]!] === 1) continue;
      const w = word(k);
      if (!(C.roleSet.has(w) || isFunctionWord(w) || isHonorific(w))) break;
    }
    if (n - k < 2) continue;
    let inOrg = false;
    for (let i = k; i < n && !inOrg; i++) inOrg = orgMask[starts[i]!] === 1 || orgMask[ends[i]! - 1] === 1;
    if (inOrg) continue;
    // "an analyst at X in New York": a name right after "in" is a place.
    if (k === 0 && PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const from = Math.max(k, n - 3);
    let name = text.slice(starts[from]!, ends[n - 1]!);
    for (let i = from + 1; i < n; i++) if (text.charCodeAt(starts[i]! - 1) !== 32) { name = name.replace(/\s/g, " "); break; }
    fullNames.push({ name, at: starts[from]! });
  }
  return fullNames;
}

/**
 * The full name (of `named`, before `limit`) whose first word stands alone, as a capitalised word,
 * after named[k] and before `limit` within the paragraph of `limit`; the last such; else null.
 */
function firstNameAfter(text: string, named: readonly FullName[], k: number, limit: number): string | null {
  const para = text.lastIndexOf("\n\n", limit);
  const from = Math.max(named[k]!.at + named[k]!.name.length, para < 0 ? 0 : para);
  if (from >= limit) return null;
  const firsts = new Map<string, string>();
  for (let i = 0; i <= k; i++) {
    const n = named[i]!.name;
    const sp = n.indexOf(" ");
    if (sp > 1) firsts.set(n.slice(0, sp), n);
  }
  let found: string | null = null;
  const re = /\b\p{Lu}\p{Ll}+\b/gu;
  const span = text.slice(from, limit);
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const full = firsts.get(m[0]);
    // Alone: not followed by the rest of its full name (that would be a full name, found above).
    if (full && !span.startsWith(full, m.index)) found = full;
  }
  return found;
}

/** The last full name (sorted by `at`) named before `limit`; -1 when none. */
function lastNameBefore(list: readonly FullName[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.at < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last organisation (sorted by `end`) that ends at or before `limit`; -1 when none. */
function lastOrgEndingBy(list: readonly OrgMention[], limit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.end <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const CAP_RUN = /\p{Lu}[\p{L}’'-]*/gu;
const WORD_CHAR = /^[\p{L}’'-]$/u;
const SPACE = /^\s$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * The people "he" or "she" can be, in text order: each full name, and each later mention of one by
 * the last name alone ("Hruby, who will run the unit, said … “…,” he told Wire") as that person.
 */
function withLastNames(text: string, full: FullName[], skip: (at: number) => boolean): FullName[] {
  if (!full.length) return full;
  const byLast = new Map<string, string>();
  for (const f of full) {
    const last = f.name.slice(f.name.lastIndexOf(" ") + 1);
    if (/^\p{Lu}[\p{L}’'-]{2,}$/u.test(last)) byLast.set(last, f.name);
  }
  if (!byLast.size || byLast.size > 200) return full;
  const more: FullName[] = [];
  const firstAt = new Map<string, number>();
  for (const f of full) if (!firstAt.has(f.name)) firstAt.set(f.name, f.at);
  // Whole words only, never the second word of a name ("Sam Altman") nor the first ("Altman
  // Partners"): a word run that is a known last name, with no word just before or just after it.
  // One scan over capitalised runs and a map lookup, not an alternation of every last name.
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
    const name = byLast.get(m[0]);
    if (name === undefined) continue;
    const at = m.index;
    const end = at + m[0].length;
    if (at > 0 && (WORD_CHAR.test(text[at - 1]) || (SPACE.test(text[at - 1]) && at > 1 && WORD_CHAR.test(text[at - 2])))) continue;
    if (end < text.length && SPACE.test(text[end]) && end + 1 < text.length && UPPER.test(text[end + 1])) continue;
    // Only after the full name was given, outside quotes and organisation names.
    if (at > (firstAt.get(name) ?? Infinity) && !skip(at)) more.push({ name, at });
  }
  return more.length ? [...full, ...more].sort((a, b) => a.at - b.at) : full;
}

/** Names of organisations the source speaks to or writes as: "told Wire", a dateline's "(Wire)". */
function outletNames(text: string, orgs: readonly OrgMention[]): Set<string> {
  const out = new Set<string>();
  for (const o of orgs) {
    const before = text.slice(Math.max(0, o.start - 8), o.start);
    if (/\b(?:told|tells|telling)\s$/.test(before) || (/\($/.test(before) && /^\)\s*[-–—]/.test(text.slice(o.end, o.end + 4)))) out.add(o.name);
  }
  return out;
}

export function extractQuotes(text: string, found: readonly RawFact[]): RawFact[] {
  const C = rules();
  const doubles = scanQuotes(text, C.raw.maxQuoteChars);
  // Single-quoted stretches too, where the text has a mark that can open one.
  const singles = text.includes("\u2018") || text.includes("'") ? scanSingleQuotes(text, C.raw.maxQuoteChars, doubles) : [];
  // A double-quoted stretch inside a single-quoted one is its inner quote, no quote of its own.
  const spans = singles.length ? [...doubles.filter((q) => !singles.some((o) => o.open < q.open && q.close < o.close)), ...singles].sort((a, b) => a.open - b.open) : doubles;
  if (!spans.length) return [];
  // Character masks: inside a quote, inside an organisation's name.
  const quoteMask = zeroedUint8(text.length + 1, "quote");
  for (const sp of spans) quoteMask.fill(1, sp.open + 1, sp.close);
  const inQuote = (at: number) => quoteMask[at] === 1;
  const orgs: OrgMention[] = [];
  for (const f of found) if (f.type === "org") orgs.push({ start: f.start, end: f.end, name: String((f.value as { name?: unknown }).name ?? text.slice(f.start, f.end)) });
  const outsideOrgs = orgs.filter((o) => !inQuote(o.start));
  const outsideIndex = indexOrgs(outsideOrgs, text.length);
  const orgMask = zeroedUint8(text.length + 1, "org");
  for (const o of orgs) orgMask.fill(1, o.start, o.end);
  // "the company": the organisation last named (outside quotes) before the quote. When the list is
  // in order of its ends (it is, from the org extractor), a binary search finds it.
  let endsSorted = true;
  for (let i = 0; i < outsideOrgs.length; i++) {
    const o = outsideOrgs[i]!;
    if (!(o.start < o.end) || (i > 0 && o.end < outsideOrgs[i - 1]!.end)) endsSorted = false;
  }

  let outletsCache: Set<string> | null = null;
  // Full names, found only when a quote needs them.
  let fullNamesCache: FullName[] | null = null;
  const fullNamesOf = (): FullName[] => (fullNamesCache ??= findFullNames(text, C, orgMask));
  // Who "he"/"she" can be: full names outside quotes that do not start with a function or role
  // word, nor name a workplace ("head of research at Pennard Shaw": a firm named like a person).
  let pronounNamesCache: FullName[] | null = null;
  const pronounNames = (): FullName[] =>
    (pronounNamesCache ??= withLastNames(
      text,
      fullNamesOf().filter((f) => {
        const first = f.name.slice(0, f.name.indexOf(" "));
        return !inQuote(f.at) && !isFunctionWord(first) && !C.roleSet.has(first) && !WORKPLACE_BEFORE.test(text.slice(Math.max(0, f.at - 6), f.at));
      }),
      (at) => inQuote(at) || orgMask[at] === 1,
    ));
  // Full names by their last word, to resolve a last name alone.
  let byLastCache: Map<string, FullName[]> | null = null;
  const byLast = (): Map<string, FullName[]> => {
    if (byLastCache) return byLastCache;
    byLastCache = new Map();
    for (const f of fullNamesOf()) {
      const last = f.name.slice(f.name.lastIndexOf(" ") + 1);
      const list = byLastCache.get(last);
      if (list) list.push(f);
      else byLastCache.set(last, [f]);
    }
    return byLastCache;
  };

  const facts: RawFact[] = [];
  let prev = null as { close: number; attrEnd: number; speaker: Speaker | null } | null;
  let lastPerson: Speaker | null = null;
  const roles = new Map<string, string>();
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    let s = q.open + 1;
    let e = q.close;
    while (s < e && isWs(text.charCodeAt(s))) s++;
    while (e > s && (isWs(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
    const inner = text.slice(s, e);
    if (!/\p{L}/u.test(inner)) {
      continue;
    }
    const nextOpen = spans[qi + 1]?.open ?? text.length;
    const att = attribute(text, q, prev ? prev.close + 1 : 0, nextOpen, C, outsideIndex);
    let speaker = att?.speaker ?? null;
    let rule = att?.rule ?? "quote.unattributed";
    // A quote with an attribution of its own that names no one we could resolve ("…," Peel Hunt
    // analysts said) is someone else's: it continues no earlier speaker.
    if (!speaker && prev && prev.speaker && !ownAttribution(text, q, nextOpen, C)) {
      const gap = text.slice(Math.max(prev.close + 1, prev.attrEnd), q.open);
      // A quote that opens its own paragraph, right after a quoted paragraph, continues it; so does
      // one below the rest of a sentence that introduces it ("X added that “…,” with one exception:").
      if (/^[\s,.;:!?–—-]*$/u.test(gap) || (gap.length <= 160 && /:\s*$/.test(gap) && !/[.!?]["”’)]?\s/.test(gap))) {
        speaker = prev.speaker;
        rule = "quote.continued";
      } else if (gap.length <= 120 && !/[.!?]["”’)]?\s|\n/.test(gap)) {
        // A second quote later in the same sentence, with no attribution of its own: "X said the
        // company was “off to a strong start” having signed “multiple large agreements”."
        speaker = prev.speaker;
        rule = "quote.same-sentence";
      }
    }
    if (!att?.speaker && countWords(inner, C.raw.scareMaxWords + 1) <= C.raw.scareMaxWords) {
      prev = { close: q.close, attrEnd: q.close + 1, speaker: prev?.speaker ?? null };
      continue; // a scare quote, not a quote of anyone
    }
    // Resolve the speaker to a name.
    let name: string | null = null;
    let role: string | undefined;
    if (speaker) {
      if (speaker.kind === "pronoun") {
        // The person last named before the quote, outside any quote; else the last person quoted.
        const named = pronounNames();
        const k = lastNameBefore(named, q.open);
        name = k >= 0 ? named[k]!.name : lastPerson?.name ?? null;
        // Someone named later in the quote's own paragraph by a first name alone ("Ben pointed out
        // that …"): the person of that first name named in full before.
        if (k >= 0) {
          const byFirst = firstNameAfter(text, named, k, q.open);
          if (byFirst) name = byFirst;
        }
        // The role the person was quoted with before ("Jane Roe, CEO of X, said …" then "She said: …").
        if (name) role = roles.get(name);
      } else if (speaker.kind === "referent") {
        // "The company" is no news outlet the source spoke to ("told Wire", "(Wire)").
        const outlets = (outletsCache ??= outletNames(text, outsideOrgs));
        if (endsSorted) {
          let k = lastOrgEndingBy(outsideOrgs, q.open);
          while (k >= 0 && outlets.has(outsideOrgs[k]!.name)) k--;
          name = k >= 0 ? outsideOrgs[k]!.name : null;
        } else {
          const before = outsideOrgs.filter((o) => o.end <= q.open && !(o.start >= q.open && o.end <= q.close) && !outlets.has(o.name));
          name = before.length ? before[before.length - 1]!.name : null;
        }
      } else if (speaker.kind === "org") {
        name = speaker.name;
      } else {
        const resolved = /\s/.test(speaker.name) ? speaker.name : resolvePerson(speaker, byLast(), orgs, text);
        name = resolved;
        role = speaker.role;
        if (role) roles.set(resolved, role);
        else role = roles.get(resolved);
        lastPerson = { name: resolved, role: speaker.role, kind: speaker.kind, at: speaker.at };
      }
    }
    const value: Record<string, unknown> = { text: inner, speaker: name };
    if (role && name) value.role = role;
    facts.push({ type: "quote", start: s, end: e, value, rule });
    prev = { close: q.close, attrEnd: att?.end ?? q.close + 1, speaker: speaker && name ? { name, role, kind: speaker.kind === "person" || speaker.kind === "pronoun" ? "person" : "org", at: speaker.at } : null };
  }
  return facts;
}

/** Words (runs of non-space) in `s`, counting no further than `cap`. */
function countWords(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const ws = isWs(s.charCodeAt(i));
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

/** A last name alone is the full name given in the source (the latest one before it, else the first). */
function resolvePerson(sp: Speaker, byLast: Map<string, FullName[]>, orgs: OrgMention[], text: string): string {
  const name = sp.name;
  if (/\s/.test(name)) return name;
  const ends = byLast.get(name);
  if (ends) {
    const k = lastNameBefore(ends, sp.at);
    return k >= 0 ? ends[k]!.name : ends[0]!.name;
  }
  const org = orgs.find((o) => o.name === name || text.slice(o.start, o.end) === name);
  return org ? org.name : name;
}

export const quoteExtractor: Extractor = {
  name: "quote",
  types: ["quote"],
  extract: (ctx: ExtractContext) => extractQuotes(ctx.text, ctx.found),
};
