// The numbers layer (as Duckling keeps numbers a dimension of its own): every number written in a
// text, in digits ("1,234.5", "$38bn" → 38 with scale 1e9, "1½") or in words ("twenty-three",
// "one hundred and five", "a dozen", "five billion"). Money, percentages, quantities and durations
// are built on these mentions; they only look at what stands around them.
//
// Each mention keeps flags that let the layers above refuse numbers that belong to something else:
// glued to letters ("GB200", "Q3", "Kiran1"), dotted like versions or addresses ("v2.3.1"), or
// joined by ":" or "/" to more digits (times, fractions, dates).
import { z } from "zod";
import { loadRules } from "../rules/load.js";

export const NumbersRules = z.object({
  words: z.record(z.string(), z.number()),
  multipliers: z.record(z.string(), z.number()),
  scales: z.record(z.string(), z.number()),
  scaleAbbreviations: z.array(z.object({ forms: z.array(z.string().min(1)), value: z.number(), attachedOnly: z.boolean(), decimalComma: z.boolean().default(false) })),
  /**
   * Scale words of languages that write a decimal comma and a dot between thousands ("US$ 4,75
   * bilhões", "3.600 millones", "2,1 Mrd."): scales of digits only (never number words), and a
   * number before them reads a dot between groups of three digits as thousands.
   */
  localeScales: z.record(z.string(), z.number()).default({}),
  fractions: z.record(z.string(), z.number()),
  vague: z.array(z.object({ id: z.string(), phrase: z.string().min(1), amount: z.number() })),
  hedges: z.array(z.object({ id: z.string(), phrase: z.string().min(1), kind: z.enum(["max", "min", "approx", "exact"]) })),
  negativeWords: z.array(z.string()),
  percentChrome: z.array(z.string()),
});
export type NumbersRules = z.infer<typeof NumbersRules>;

export interface NumberMention {
  start: number;
  end: number;
  /** The value with its scale applied ("4.7 billion" → 4.7e9). */
  value: number;
  /** The value as written, before the scale ("4.7 billion" → 4.7). */
  base: number;
  /** The scale written with it (1 when none). */
  scale: number;
  /** Written in words ("twenty-three") rather than digits. */
  words: boolean;
  /** Digits with a decimal part ("4.25"). */
  decimals: boolean;
  /** A letter, digit or underscore touches the start ("Q3", "GB200", "USD3.14"). */
  gluedLeft: boolean;
  /** A letter or digit touches the end after any scale ("200GB", "10eur", "3rd"). */
  gluedRight: boolean;
  /** Part of a dotted, timed or slashed run of digits ("v2.3.1", "11:15", "3/4", "10.0.0.1"). */
  dotted: boolean;
}

/** Escape a literal for a RegExp source. */
export function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** An alternation of literals, longest first (JS alternation takes the first that matches). */
export function alt(forms: Iterable<string>): string {
  return [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((f) => esc(f).replace(/ /g, "\\s+")).join("|");
}

/**
 * An alternation of literals in their lower, Capitalised and UPPER case forms. Regexes built from
 * it run without the `i` flag, which V8 scans several times faster.
 */
export function altCased(forms: Iterable<string>): string {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    out.add(f.toLowerCase());
    out.add(f.charAt(0).toUpperCase() + f.slice(1).toLowerCase());
    out.add(f.toUpperCase());
  }
  return alt(out);
}

interface Compiled {
  rules: NumbersRules;
  digitRe: RegExp;
  wordRe: RegExp;
  wordTokenRe: RegExp;
  wordKinds: Map<string, { kind: "unit" | "teen" | "tens" | "hundred" | "dozen" | "scale" | "and" | "point" | "article" | "half"; value: number }>;
  scaleByForm: Map<string, number>;
  /** Forms (lower case) of localeScales: after them "3.600" is three thousand six hundred. */
  dotThousands: Set<string>;
  hedgeRe: RegExp;
  hedgeKind: Map<string, string>;
  hedgeLast: Set<string>;
}

let compiled: Compiled | null = null;

/** Built once, on first use (after any --rules folders are known), never per document. */
export function numbersCompiled(): Compiled {
  if (compiled) return compiled;
  const rules = loadRules("numbers", NumbersRules);
  const wordKinds: Compiled["wordKinds"] = new Map();
  for (const [w, v] of Object.entries(rules.words)) wordKinds.set(w, { kind: v < 10 ? "unit" : v < 20 ? "teen" : "tens", value: v });
  for (const [w, v] of Object.entries(rules.multipliers)) wordKinds.set(w, { kind: v === 100 ? "hundred" : "dozen", value: v });
  for (const [w, v] of Object.entries(rules.scales)) wordKinds.set(w, { kind: "scale", value: v });
  wordKinds.set("and", { kind: "and", value: 0 });
  wordKinds.set("point", { kind: "point", value: 0 });
  wordKinds.set("a", { kind: "article", value: 1 });
  wordKinds.set("an", { kind: "article", value: 1 });
  wordKinds.set("half", { kind: "half", value: 0.5 });

  const scaleByForm = new Map<string, number>();
  for (const [w, v] of Object.entries(rules.scales)) scaleByForm.set(w.toLowerCase(), v);
  for (const a of rules.scaleAbbreviations) for (const f of a.forms) scaleByForm.set(f.toLowerCase(), a.value);
  const dotThousands = new Set<string>();
  for (const a of rules.scaleAbbreviations) if (a.decimalComma) for (const f of a.forms) dotThousands.add(f.toLowerCase());
  for (const [w, v] of Object.entries(rules.localeScales)) {
    scaleByForm.set(w.toLowerCase(), v);
    dotThousands.add(w.toLowerCase());
  }

  const wordList = [...Object.keys(rules.words), ...Object.keys(rules.multipliers), ...Object.keys(rules.scales)];
  const scaleWords = altCased([...Object.keys(rules.scales), ...Object.keys(rules.localeScales)]);
  const spacedAbbr = altCased(rules.scaleAbbreviations.filter((a) => !a.attachedOnly).flatMap((a) => a.forms));
  const attachedAbbr = altCased(rules.scaleAbbreviations.flatMap((a) => a.forms));
  const fractions = Object.keys(rules.fractions).map(esc).join("");
  // Digits: thousands groups or a plain run, an optional decimal part and fraction, then a scale.
  // Every repetition is over a class that the next token cannot start with, so matching is linear.
  const digits =
    // A decimal comma, as most of the world writes it ("R$ 21,38", "R$ 1.234,56"): one or two digits
    // after the comma and no group after them; three digits after a comma are a thousands group.
    // Indian grouping, in lakhs and crores ("Rs 4,73,223 crore", "₹1,20,000"): pairs of digits, then three.
    String.raw`(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|[.,]\d)|\d+,\d{1,2}(?!\d|[.,]\d)|\d{1,2}(?:,\d\d)+,\d{3}(?![\d])|\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?` +
    (fractions ? `[${fractions}]?` : "") +
    String.raw`(?:\s+point\s+\d{1,6})?` +
    // A footnote's digit may touch a scale word: "over A$24 billion1." (press releases).
    String.raw`(?:[\s-]?(?:${scaleWords})(?:\b|(?=\d(?![\w.,]\d|\w)))|\s?(?:${spacedAbbr})(?![A-Za-z0-9])|(?:${attachedAbbr})(?![A-Za-z0-9]))?`;
  // Words: a run of number words, "and" and "point" between them; the parser below splits runs
  // that do not read as one number ("five and ten" is two).
  // Run on the lower-cased text (lowerOf): without the `i` flag and without case variants, V8 scans
  // an alternation of words several times faster.
  const lw = (xs: string[]) => alt(xs.map((x) => x.toLowerCase()));
  const words = String.raw`\b(?:(?:half[\s-]+)?an?[\s-]+(?=(?:${lw([...Object.keys(rules.multipliers), ...Object.keys(rules.scales)])})\b))?(?:${lw(wordList)})\b(?:[\s-]+(?:${lw(wordList)}|and|point)\b){0,16}`;
  // Two passes (digits, words) merged by position: each alone scans far faster than their union.
  const digitRe = new RegExp(digits, "g");
  const wordRe = new RegExp(words, "g");
  const wordTokenRe = /[A-Za-z]+/g;

  const hedgeKind = new Map(rules.hedges.map((h) => [h.phrase.toLowerCase(), h.kind]));
  const hedgeRe = new RegExp(`(?<![A-Za-z])(${alt(rules.hedges.map((h) => h.phrase))})\\s+$`, "i");
  const hedgeLast = new Set(rules.hedges.map((h) => h.phrase.toLowerCase().split(/\s+/).pop()!));
  compiled = { rules, digitRe, wordRe, wordTokenRe, wordKinds, scaleByForm, dotThousands, hedgeRe, hedgeKind, hedgeLast };
  return compiled;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isJoinChar = (ch: number) => ch === 46 || ch === 58 || ch === 47; // . : /
/** /[\s(]/ on one character. */
const isSpaceOrParen = (c: number) =>
  c === 32 || c === 40 || (c >= 9 && c <= 13) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

let lowText: string | null = null;
let lowVal = "";

/**
 * The text lower-cased with every offset kept (memoised for the last text). Word rules scan this
 * with lower-case patterns and no `i` flag. Where full Unicode lower-casing would change the length
 * ("İ"), only ASCII letters are lowered.
 */
export function lowerOf(text: string): string {
  if (text === lowText) return lowVal;
  let low = text.toLowerCase();
  if (low.length !== text.length) low = text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  lowText = text;
  lowVal = low;
  return low;
}

let lastText: string | null = null;
let lastMentions: NumberMention[] = [];

/** Every number mention in `text`, in order. Memoised for the last text: every numeric extractor reads it. */
export function findNumbers(text: string): NumberMention[] {
  if (text === lastText) return lastMentions;
  const c = numbersCompiled();
  const digits: NumberMention[] = [];
  const words: NumberMention[] = [];
  let m: RegExpExecArray | null;
  const dre = c.digitRe;
  dre.lastIndex = 0;
  while ((m = dre.exec(text))) {
    const mention = digitMention(text, m.index, m[0], c);
    if (mention) digits.push(mention);
  }
  const wre = c.wordRe;
  wre.lastIndex = 0;
  const low = lowerOf(text);
  while ((m = wre.exec(low))) for (const w of wordMentions(text, m.index, m[0], c)) words.push(w);
  let out: NumberMention[];
  if (!words.length) out = digits;
  else {
    // Merge; a word mention inside a digit mention ("5 million": "million") is dropped.
    out = [];
    let i = 0, j = 0;
    while (i < digits.length || j < words.length) {
      const d = digits[i], w = words[j];
      if (w && (!d || w.start < d.start)) {
        if (!out.length || out[out.length - 1]!.end <= w.start) out.push(w);
        j++;
      } else {
        if (out.length && out[out.length - 1]!.end > d!.start) out.pop();
        out.push(d!);
        i++;
      }
    }
  }
  lastText = text;
  lastMentions = out;
  return out;
}

function flags(text: string, start: number, end: number): Pick<NumberMention, "gluedLeft" | "gluedRight" | "dotted"> {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  const after2 = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
  const before2 = start > 1 ? text.charCodeAt(start - 2) : 0;
  const dotted = (isJoinChar(after) && isDigit(after2)) || (isJoinChar(before) && isDigit(before2));
  return { gluedLeft: isWordChar(before), gluedRight: isWordChar(after), dotted };
}

const CORE_RE = /^(\d[\d,]*(?:\.\d+)*(?:,\d{1,2})?)([^\s\d\w-]?)(?:\s+point\s+(\d+))?/;
/** "21,38" and "1.234,56": a decimal comma (the digits regex only lets these shapes through). */
const DECIMAL_COMMA = /^(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}$/;
/** "3.600", "1.000.000": dots between groups of three digits. */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

function digitMention(text: string, start: number, s: string, c: Compiled): NumberMention | null {
  const core = CORE_RE.exec(s);
  if (!core) return null;
  const rest = core[0].length < s.length ? s.slice(core[0].length).replace(/^[\s-]+/, "").toLowerCase() : "";
  const scale = rest ? c.scaleByForm.get(rest) ?? 1 : 1;
  const decimalComma = DECIMAL_COMMA.test(core[1]!);
  // "3.600 millones": before a scale word of a decimal-comma language, dots separate thousands.
  const dotGroups = !decimalComma && scale !== 1 && DOT_THOUSANDS.test(core[1]!) && c.dotThousands.has(rest);
  const digits = decimalComma ? core[1]!.replace(/\./g, "").replace(",", ".") : dotGroups ? core[1]!.replace(/\./g, "") : core[1]!.includes(",") ? core[1]!.replace(/,/g, "") : core[1]!;
  let base = Number(digits);
  const frac = core[2] ? c.rules.fractions[core[2]] : undefined;
  if (frac !== undefined) base += frac;
  if (core[3]) base = Number(`${digits}.${core[3]}`);
  const end = start + s.length;
  // (flags() inline: one object, no spread.)
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  const after2 = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
  const before2 = start > 1 ? text.charCodeAt(start - 2) : 0;
  return {
    start, end, base, scale, value: scaled(base, scale), words: false,
    decimals: decimalComma || (!dotGroups && core[1]!.includes(".")) || !!core[3] || frac !== undefined,
    gluedLeft: isWordChar(before),
    // A footnote's digit after a scale word ("billion1 ") glues nothing.
    gluedRight: isWordChar(after) && !(scale !== 1 && isDigit(after) && isLetter(text.charCodeAt(end - 1)) && !isWordChar(after2)),
    dotted: (isJoinChar(after) && isDigit(after2)) || (isJoinChar(before) && isDigit(before2)),
  };
}

export function scaled(base: number, scale: number): number {
  if (scale === 1) return base;
  const v = base * scale;
  // An integer of up to 15 digits prints exactly at 15 significant digits (and zero prints as +0).
  if (v === 0) return 0;
  if (Number.isInteger(v) && v < 1e15 && v > -1e15) return v;
  return Number(v.toPrecision(15));
}

/** Split a run of number words into the numbers it reads as ("one hundred and five" is one; "fifty fifty" two). */
function wordMentions(text: string, start: number, s: string, c: Compiled): NumberMention[] {
  const toks: { w: string; start: number; end: number; kind: string; value: number }[] = [];
  const re = c.wordTokenRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const w = m[0].toLowerCase();
    const k = c.wordKinds.get(w);
    if (!k) break;
    toks.push({ w, start: start + m.index, end: start + m.index + w.length, kind: k.kind, value: k.value });
  }
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    let total = 0, current = 0, lastScale = Infinity, state = "start", last = -1, decimals = "";
    let j = i;
    let scaleSeen = 1;
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      const k = t.kind;
      if (state === "start") {
        // "half a billion": one half of the scale that follows.
        if (k === "half") {
          const a = toks[j + 1], sc = toks[j + 2];
          if (!a || a.kind !== "article" || !sc || sc.kind !== "scale") break;
          total = 0.5 * sc.value; lastScale = sc.value; scaleSeen = sc.value; state = "scale"; last = j + 2; j += 2; continue;
        }
        if (k === "article") {
          const nx = toks[j + 1];
          if (!nx || !(nx.kind === "hundred" || nx.kind === "scale" || nx.kind === "dozen")) break;
          current = 1; state = "unit"; continue;
        }
        if (k === "unit" || k === "teen") { current = t.value; state = "unit"; last = j; continue; }
        if (k === "tens") { current = t.value; state = "tens"; last = j; continue; }
        break;
      }
      if (state === "and") {
        if (k === "unit" || k === "teen") { current += t.value; state = "unit"; last = j; continue; }
        if (k === "tens") { current += t.value; state = "tens"; last = j; continue; }
        break;
      }
      if (state === "point") {
        if (k === "unit") { decimals += String(t.value); last = j; continue; }
        break;
      }
      if (k === "point") {
        const nx = toks[j + 1];
        if (nx && nx.kind === "unit" && state !== "scale-end") { state = "point"; continue; }
        break;
      }
      if (k === "and") {
        if (state === "hundred" || state === "scale") { state = "and"; continue; }
        break;
      }
      if (k === "hundred") {
        if ((state === "unit" || state === "tens") && current > 0 && current < 100) { current *= 100; state = "hundred"; last = j; continue; }
        break;
      }
      if (k === "dozen") {
        if (state === "unit" && current > 0 && current < 100) { current *= 12; state = "dozen"; last = j; continue; }
        break;
      }
      if (k === "scale") {
        if (state !== "dozen" && t.value < lastScale && (current > 0 || total === 0)) {
          total += (current || 1) * t.value; current = 0; lastScale = t.value; scaleSeen = Math.max(scaleSeen, t.value); state = "scale"; last = j; continue;
        }
        break;
      }
      if (k === "unit") {
        if ((state === "tens" && current % 10 === 0 && current % 100 !== 0) || ((state === "hundred" || state === "scale") && current % 100 === 0)) { current += t.value; state = "unit"; last = j; continue; }
        break;
      }
      if (k === "teen" || k === "tens") {
        if ((state === "hundred" || state === "scale") && current % 100 === 0) { current += t.value; state = k === "teen" ? "unit" : "tens"; last = j; continue; }
        break;
      }
      break;
    }
    if (last < i) { i++; continue; }
    let value = total + current;
    if (decimals) value = Number(`${value}.${decimals}`);
    const st = toks[i]!.start;
    const en = toks[last]!.end;
    const base = scaleSeen > 1 && value % scaleSeen !== 0 ? value / scaleSeen : scaleSeen > 1 ? value / scaleSeen : value;
    out.push({ start: st, end: en, value, base, scale: scaleSeen, words: true, decimals: !!decimals, ...flags(text, st, en) });
    i = last + 1;
  }
  return out;
}

/** The hedge that stands right before `pos` ("up to ", "more than "), with where it starts. */
export function hedgeBefore(text: string, pos: number): { phrase: string; start: number; kind: string } | null {
  const c = numbersCompiled();
  // Cheap gate: the word right before must end some hedge ("than", "to", "nearly", "estimated").
  let e = pos;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 160 || text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 9)) e--;
  let b = e;
  while (b > 0 && b > e - 16 && !isSpaceOrParen(text.charCodeAt(b - 1))) b--;
  if (!c.hedgeLast.has(text.slice(b, e).toLowerCase())) return null;
  const from = Math.max(0, pos - 32);
  const left = text.slice(from, pos);
  const m = c.hedgeRe.exec(left);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase().replace(/\s+/g, " ");
  return { phrase, start: from + m.index, kind: c.hedgeKind.get(phrase) ?? "approx" };
}
