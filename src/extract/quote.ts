// Quotes and who said them (issue 3). Quotes are found by scanning characters, never sentences
// (a sentence splitter breaks inside quotes): straight and curly double marks, an inch mark inside
// a measurement is no quote, an unterminated quote stops at a paragraph break or a length cap, and
// adjacent quotes stay apart. Speakers come from the text around each quote, in this order:
//   quote.said-after     "…," said X / "…," X said / "…," as X put it / "…," according to X
//   quote.according-to   According to X, "…"
//   quote.said-before    X said / stated / described … "…"   ("As X put it:" on the line before)
//   quote.continued      a second quote right after the first, with no new attribution
// A last name alone resolves to the full name given in the source, "the company" to the
// organisation last named outside any quote, "he"/"she" to the last person quoted.
import { z } from "zod";
import type { ExtractContext, Extractor, RawFact } from "./types.js";
import { loadRules } from "../rules/load.js";

export const SpeechRules = z.looseObject({
  verbs: z.array(z.string()).min(1),
  introVerbs: z.array(z.string()).min(1),
  according: z.array(z.string()),
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
  afterAsRe: RegExp;
  afterAccordingRe: RegExp;
  introVerbRe: RegExp;
  roleWordRe: RegExp;
  roleSet: Set<string>;
  orgRefRe: RegExp;
}
let compiled: Compiled | null = null;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s");
const alt = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");

function rules(): Compiled {
  if (compiled) return compiled;
  const r = loadRules("speech", SpeechRules);
  const verbs = alt(r.verbs);
  // A name phrase: up to seven words (bounded, so linear).
  const np = `((?:[\\p{L}\\p{N}.,’'&-]+\\s){0,11}?[\\p{L}\\p{N}.,’'&-]+)`;
  compiled = {
    raw: r,
    afterVerbRe: new RegExp(`^(?:${verbs})\\s(?!that\\b|to\\b|in\\b|on\\b|the\\s(?:report|statement)\\b)`, "u"),
    afterSubjectRe: new RegExp(`^${np}\\s(?:(?:also|later|previously|then|recently|once)\\s)?(?:${verbs})\\b`, "u"),
    afterAsRe: new RegExp(`^as\\s${np}\\s(?:${verbs}|claims|claimed|puts\\sit|put\\sit)\\b`, "u"),
    afterAccordingRe: new RegExp(`^(?:${alt(r.according)})\\s`, "iu"),
    introVerbRe: new RegExp(`(?:^|[\\s,(])(?:${alt(r.introVerbs)}|insisting|saying|adding|noting|arguing|warning|claiming|explaining|writing|telling)(?=[\\s,:.])`, "gu"),
    roleWordRe: new RegExp(`(?:^|[\\s’'-])(?:${alt(r.roleWords)})(?=$|[\\s,.’'-])`, "u"),
    roleSet: new Set(r.roleWords.filter((w) => !/\s/.test(w))),
    orgRefRe: new RegExp(`^(?:${alt(r.orgReferents.filter((x) => x.includes(" ")))})$`, "iu"),
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

/** Find double-quoted stretches by scanning the characters once. */
export function scanQuotes(text: string, maxChars: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      // A quote does not run past a paragraph break, nor past the end of a long (unwrapped) line.
      if (open >= 0 && (text[i + 1] === "\n" || text[i + 1] === "\r" || i - lineStart > 110)) open = -1;
      lineStart = i + 1;
      continue;
    }
    if (open >= 0 && i - open > maxChars) open = -1;
    if (ch !== "\u201c" && ch !== "\u201d" && ch !== '"' && ch !== "\u201e") continue;
    const prev = i > 0 ? text[i - 1]! : "\n";
    const next = i + 1 < text.length ? text[i + 1]! : "\n";
    const prevSpace = OPENERS_BEFORE.test(prev) || i === 0;
    const nextSpace = /\s/.test(next) || i + 1 >= text.length;
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

// ---- attribution ------------------------------------------------------------------------------
interface OrgMention {
  start: number;
  end: number;
  name: string;
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
    const ch = text[i]!;
    if (ch === "\n") return i;
    if ((ch === "." || ch === "!" || ch === "?") && (i + 1 >= text.length || /\s/.test(text[i + 1]!))) {
      if (ch === "." && ABBREV.test(text.slice(Math.max(from, i - 5), i))) continue;
      return i;
    }
  }
  return stop;
}

/** Start of the sentence that contains `at`, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i > floor; i--) {
    const ch = text[i]!;
    if (ch === "\n") return i + 1;
    if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(text[i + 1] ?? "")) {
      if (ch === "." && ABBREV.test(text.slice(Math.max(floor, i - 5), i))) continue;
      return i + 1;
    }
  }
  return Math.max(floor, 0);
}

const CAP_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|de|van|von|der|da|di|bin|al|la|le)$/u;
const FUNCTION_WORD = /^(?:As|According|The|A|An|In|On|At|But|And|Or|So|While|When|Then|Still|Yet|Also|Earlier|Later|Last|This|That|It|Its|He|She|They|We|I|Speaking|Asked|Writing|For|From|With|By|After|Before|During|Meanwhile|However)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Sen|Rep|Gov)\.?$/;

interface NameSplit {
  name: string;
  nameAt: number;
  prefix: string;
}

/** The name at the end of a phrase: trailing capitalised words, stopping at a role word. */
function trailingName(phrase: string, base: number, C: Compiled, orgs: OrgMention[]): NameSplit | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.&-]*/gu;
  const toks: { w: string; s: number }[] = [];
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) toks.push({ w: m[0].replace(/[.’']+$/, (x) => (x === "." && /^\p{Lu}$/u.test(m![0][0]!) && m![0].length === 2 ? x : "")), s: m.index });
  if (!toks.length) return null;
  // The phrase must end with the name.
  const tail = phrase.slice(toks[toks.length - 1]!.s + toks[toks.length - 1]!.w.length);
  if (/[^\s,.’'"”]/u.test(tail)) return null;
  let k = toks.length;
  while (k > 0) {
    const t = toks[k - 1]!;
    if (!CAP_TOKEN.test(t.w) || C.roleSet.has(t.w) || HONORIFIC.test(t.w) || FUNCTION_WORD.test(t.w)) break;
    // An organisation inside the run ends the name ("Acme CEO Jane Roe": stop at CEO anyway).
    const abs = base + t.s;
    if (k < toks.length && orgs.some((o) => o.start <= abs && abs < o.end)) break;
    k--;
    if (toks.length - k >= 4) break;
  }
  if (k === toks.length) return null;
  while (k < toks.length && /^(?:de|van|von|der|da|di|bin|al|la|le)$/.test(toks[k]!.w)) k++;
  if (k >= toks.length) return null;
  const first = toks[k]!;
  const last = toks[toks.length - 1]!;
  return { name: phrase.slice(first.s, last.s + last.w.length).replace(/\s+/g, " "), nameAt: base + first.s, prefix: phrase.slice(0, first.s).trim() };
}

function cleanRole(s: string, C: Compiled): string | undefined {
  let r = s.replace(/\s+/g, " ").trim().replace(/^[,–—-]\s*/, "").replace(/[,.;:]+$/, "").trim();
  r = r.replace(/^(?:the|a|an|and|former|then)\s+/i, (m) => (/former/i.test(m) ? m : ""));
  r = r.replace(/^(?:On|In|At|During|Speaking)\b.*?,\s*/u, "");
  if (!r || r.length > 90) return undefined;
  return C.roleWordRe.test(r) ? r : undefined;
}

function orgAt(orgs: OrgMention[], start: number, end: number): OrgMention | undefined {
  return orgs.find((o) => o.start < end && start < o.end);
}

/** Read a name phrase that follows a verb ("said OpenAI CEO Jane Roe, analyst at X"). */
function speakerAfterVerb(text: string, from: number, to: number, C: Compiled, orgs: OrgMention[]): Speaker | null {
  const seg = text.slice(from, to);
  const comma = seg.search(/,\s|\s[–—]\s|\s\(/);
  const main = comma >= 0 ? seg.slice(0, comma) : seg;
  const appos = comma >= 0 ? seg.slice(comma + 1) : "";
  return speakerFromPhrase(main.replace(/\s+(?:in|on|at|during|from|to|of|when|while|after|before|as|about|with|via)\s.*$/su, (m) => (/^\s+(?:of|at)\s+\p{Lu}/u.test(m) ? m : "")), from, C, orgs, appos);
}

function speakerFromPhrase(phrase: string, base: number, C: Compiled, orgs: OrgMention[], appos: string): Speaker | null {
  const p = phrase.replace(/\s+$/u, "").replace(/[,.]$/, "");
  if (!p) return null;
  const low = p.toLowerCase();
  if (/^(?:he|she)$/.test(low)) return { name: low, kind: "pronoun", at: base };
  if (/^(?:it|they)$/.test(low)) return { name: low, kind: "referent", at: base };
  if (C.orgRefRe.test(p.trim()) || /^(?:the|a)\s(?:company|firm|group|startup|bank|lender|fund|agency|regulator|retailer|chipmaker|carmaker|developer|provider|operator|business)(?:’s|'s)?(?:\s(?:spokesperson|spokesman|spokeswoman|statement))?$/i.test(p.trim()))
    return { name: p.trim(), kind: "referent", at: base };
  // An organisation as the whole phrase ("Acme said").
  const pEnd = base + p.length;
  const o = orgAt(orgs, pEnd - 1, pEnd);
  const split = trailingName(p, base, C, orgs);
  if (o && (!split || split.nameAt >= o.start)) {
    if (o.end >= pEnd - 1 && base + p.trimStart().length - p.trimStart().length <= o.start) return { name: o.name, kind: "org", at: o.start };
  }
  if (!split) return null;
  if (!/^\p{Lu}/u.test(split.name)) return null;
  const role = cleanRole(appos.split(/[.;]\s|\s[–—]\s/)[0] ?? "", C) ?? cleanRole(split.prefix.replace(/^.*\b(?:said|says|by|to)\s/u, ""), C);
  return { name: split.name.replace(/[,.]$/, ""), role, kind: "person", at: split.nameAt };
}

interface Attribution {
  speaker: Speaker | null;
  rule: string;
  /** Where the attribution text ends (to tell a continued quote). */
  end: number;
}

function attribute(text: string, q: QuoteSpan, prevClose: number, nextOpen: number, C: Compiled, orgs: OrgMention[]): Attribution | null {
  // 1. After the quote, up to the end of its sentence (not into the next quote).
  const tailFrom = q.close + 1;
  const tailEnd = Math.min(sentenceEnd(text, tailFrom, tailFrom + 240), nextOpen);
  const tailRaw = text.slice(tailFrom, tailEnd);
  const lead = /^[\s,.!?;:–—-]*/u.exec(tailRaw)![0].length;
  const tail = tailRaw.slice(lead);
  const t0 = tailFrom + lead;
  if (tail && !/^\s*$/.test(tail) && !/^[.!?]/.test(tailRaw.trimStart()) || /^,/.test(tailRaw.trimStart())) {
    let m = C.afterVerbRe.exec(tail);
    if (m) {
      const sp = speakerAfterVerb(text, t0 + m[0].length, tailEnd, C, orgs);
      if (sp) return { speaker: sp, rule: "quote.said-after", end: tailEnd };
    }
    m = C.afterAsRe.exec(tail);
    if (m && m[1]) {
      const sp = speakerFromPhrase(m[1], t0 + 3, C, orgs, "");
      if (sp) return { speaker: sp, rule: "quote.said-after", end: tailEnd };
    }
    m = C.afterAccordingRe.exec(tail);
    if (m) {
      const sp = speakerAfterVerb(text, t0 + m[0].length, tailEnd, C, orgs);
      if (sp) return { speaker: sp, rule: "quote.according-to", end: tailEnd };
    }
    m = C.afterSubjectRe.exec(tail);
    if (m && m[1]) {
      const phrase = m[1];
      const cm = /^(.*?),\s(.*),$/su.exec(phrase); // "Jane Roe, CEO of X, said"
      const sp = cm ? speakerFromPhrase(cm[1]!, t0, C, orgs, cm[2]!) : speakerFromPhrase(phrase, t0, C, orgs, "");
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
  const acc = /\baccording to\s/iu.exec(head);
  if (acc) {
    const from = headFrom + acc.index + acc[0].length;
    const sp = speakerAfterVerb(text, from, q.open, C, orgs);
    if (sp) return { speaker: sp, rule: "quote.according-to", end: q.open };
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
    let subj = head.slice(0, at).replace(/\s+$/u, "");
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
      if (sp) return { speaker: sp, rule: "quote.said-before", end: q.open };
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
const NAME_RE = /(?<![A-Za-z\u00C0-\u024F])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]+(?:\s(?:[A-Z]\.\s)?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F’'-]+){1,5}/g;

export function extractQuotes(text: string, found: readonly RawFact[]): RawFact[] {
  const C = rules();
  const spans = scanQuotes(text, C.raw.maxQuoteChars);
  if (!spans.length) return [];
  // Character masks: inside a quote, inside an organisation's name.
  const quoteMask = new Uint8Array(text.length + 1);
  for (const sp of spans) quoteMask.fill(1, sp.open + 1, sp.close);
  const inQuote = (at: number) => quoteMask[at] === 1;
  const orgs: OrgMention[] = found
    .filter((f) => f.type === "org")
    .map((f) => ({ start: f.start, end: f.end, name: String((f.value as { name?: unknown }).name ?? text.slice(f.start, f.end)) }));
  const outsideOrgs = orgs.filter((o) => !inQuote(o.start));
  const orgMask = new Uint8Array(text.length + 1);
  for (const o of orgs) orgMask.fill(1, o.start, o.end);

  // Full names given in the source ("Jane Roe"), so a last name alone can be resolved; found only
  // when a quote needs them.
  let fullNamesCache: { name: string; at: number }[] | null = null;
  const fullNamesOf = (): { name: string; at: number }[] => {
    if (fullNamesCache) return fullNamesCache;
    const fullNames: { name: string; at: number }[] = [];
    NAME_RE.lastIndex = 0;
    for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
      // Drop leading titles and function words ("Chief Executive Tobias Renwick"), and organisations.
      const words: { w: string; at: number }[] = [];
      const wre = /\S+/g;
      for (let w = wre.exec(m[0]); w; w = wre.exec(m[0])) words.push({ w: w[0], at: m.index + w.index });
      let k = 0;
      while (k < words.length && (C.roleSet.has(words[k]!.w) || FUNCTION_WORD.test(words[k]!.w) || HONORIFIC.test(words[k]!.w) || orgMask[words[k]!.at] === 1)) k++;
      const rest = words.slice(k);
      if (rest.length < 2 || rest.some((w) => orgMask[w.at] === 1 || orgMask[w.at + w.w.length - 1] === 1)) continue;
      const keep = rest.slice(-3);
      fullNames.push({ name: keep.map((w) => w.w).join(" "), at: keep[0]!.at });
    }

    fullNamesCache = fullNames;
    return fullNames;
  };

  const facts: RawFact[] = [];
  let prev = null as { close: number; attrEnd: number; speaker: Speaker | null } | null;
  let lastPerson: Speaker | null = null;
  const roles = new Map<string, string>();
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    let s = q.open + 1;
    let e = q.close;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    const inner = text.slice(s, e);
    if (!/\p{L}/u.test(inner)) {
      continue;
    }
    const nextOpen = spans[qi + 1]?.open ?? text.length;
    const att = attribute(text, q, prev ? prev.close + 1 : 0, nextOpen, C, outsideOrgs);
    let speaker = att?.speaker ?? null;
    let rule = att?.rule ?? "quote.unattributed";
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    if (!speaker && prev && prev.speaker) {
      const gap = text.slice(Math.max(prev.close + 1, prev.attrEnd), q.open);
      // A quote that opens its own paragraph, right after a quoted paragraph, continues it.
      if (/^[\s,.;:!?–—-]*$/u.test(gap)) {
        speaker = prev.speaker;
        rule = "quote.continued";
      }
    }
    if (wordCount <= C.raw.scareMaxWords && !att?.speaker) {
      prev = { close: q.close, attrEnd: q.close + 1, speaker: prev?.speaker ?? null };
      continue; // a scare quote, not a quote of anyone
    }
    // Resolve the speaker to a name.
    let name: string | null = null;
    let role: string | undefined;
    if (speaker) {
      if (speaker.kind === "pronoun") {
        // The person last named before the quote, outside any quote; else the last person quoted.
        const named = fullNamesOf().filter((f) => f.at < q.open && !inQuote(f.at) && !FUNCTION_WORD.test(f.name.split(" ")[0]!) && !C.roleSet.has(f.name.split(" ")[0]!));
        name = named.length ? named[named.length - 1]!.name : lastPerson?.name ?? null;
      } else if (speaker.kind === "referent") {
        const before = outsideOrgs.filter((o) => o.end <= q.open && !(o.start >= q.open && o.end <= q.close));
        name = before.length ? before[before.length - 1]!.name : null;
      } else if (speaker.kind === "org") {
        name = speaker.name;
      } else {
        const resolved = /\s/.test(speaker.name) ? speaker.name : resolvePerson(speaker, fullNamesOf(), orgs, text);
        name = resolved;
        role = speaker.role;
        if (role) roles.set(resolved, role);
        else role = roles.get(resolved);
        lastPerson = { ...speaker, name: resolved };
      }
    }
    const value: Record<string, unknown> = { text: inner, speaker: name };
    if (role && name) value.role = role;
    facts.push({ type: "quote", start: s, end: e, value, rule });
    prev = { close: q.close, attrEnd: att?.end ?? q.close + 1, speaker: speaker && name ? { ...speaker, name, kind: speaker.kind === "person" || speaker.kind === "pronoun" ? "person" : "org", role } : null };
  }
  return facts;
}

/** A last name alone is the full name given in the source (the latest one before it, else the first). */
function resolvePerson(sp: Speaker, fullNames: { name: string; at: number }[], orgs: OrgMention[], text: string): string {
  const name = sp.name;
  if (/\s/.test(name)) return name;
  const ends = fullNames.filter((f) => f.name.endsWith(" " + name));
  const earlier = ends.filter((f) => f.at < sp.at);
  if (earlier.length) return earlier[earlier.length - 1]!.name;
  if (ends.length) return ends[0]!.name;
  const org = orgs.find((o) => o.name === name || text.slice(o.start, o.end) === name);
  return org ? org.name : name;
}

export const quoteExtractor: Extractor = {
  name: "quote",
  types: ["quote"],
  extract: (ctx: ExtractContext) => extractQuotes(ctx.text, ctx.found),
};
