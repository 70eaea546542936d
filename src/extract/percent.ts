// Percentages, built on the numbers layer: a number followed by "%", "percent", "per cent", "pct", "pc",
// "percentage point(s)" or "basis points" (as percentage points: "50 basis points" → 0.5), with its
// sign ("-0.50%", "+3%", "minus five percent"), ranges ("10-12%", "between 10% and 12%") and hedges
// as `qualifier`. The span starts at the sign or the number, never at the hedge.
// Page chrome ("Volume 0%") is refused by the word before it (rules/numbers.json percentChrome).
import type { Extractor, RawFact } from "./types.js";
import { alt, findNumbers, hedgeBefore, numbersCompiled, type NumberMention } from "./numbers.js";

interface Compiled {
  suffixRe: RegExp;
  signRe: RegExp;
  chromeRe: RegExp;
  sepRe: RegExp;
  betweenRe: RegExp;
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const r = numbersCompiled().rules;
  return (compiled = {
    // group 1: percent; 2: percentage points; 3: basis points
    suffixRe: /(?:\s?(%|％)|[\s-]?(?:(percentage[\s-]+points?|pct\.?\s+points?|ppts?|pp)|(basis[\s-]+points?|bps|bp)|percents?|per[\s-]?cents?|pct|pc|percentage(?![\s-]+of))(?![A-Za-z]))/iy,
    signRe: new RegExp(`(?:(?<![\\w.,%-])([-+−–])|(?<![A-Za-z])(${alt(r.negativeWords)})\\s+)$`, "i"),
    chromeRe: new RegExp(`(?<![A-Za-z])(?:${alt(r.percentChrome)})\\s*[:=]?\\s*$`, "i"),
    sepRe: /^\s?(?:(-|–|—|to|and)\s?)$/i,
    betweenRe: /(?<![A-Za-z])(between|from)\s+$/i,
  });
}

interface Pct { n: NumberMention; start: number; end: number; sign: number; kind: "pct" | "pp" | "bp" | null }

function suffix(c: Compiled, text: string, n: NumberMention): { end: number; kind: "pct" | "pp" | "bp" } | null {
  c.suffixRe.lastIndex = n.end;
  const m = c.suffixRe.exec(text);
  if (!m) return null;
  // "pp"/"bp" only touching the number ("2pp", "25bp"); spaced they are too often something else.
  if (/^\s/.test(m[0]) && /^(pp|ppts?|bps?)$/i.test(m[0].trim())) return null;
  // "10 pc", "5pc" (British and Indian papers) in lower case only: "10 PC" is a count of computers.
  if (/^[\s-]?pc$/i.test(m[0]) && !m[0].endsWith("pc")) return null;
  return { end: n.end + m[0].length, kind: m[3] ? "bp" : m[2] ? "pp" : "pct" };
}

export function extractPercent(text: string): RawFact[] {
  const c = compile();
  const nums = findNumbers(text);
  const items: (Pct | null)[] = nums.map((n) => {
    if (n.dotted || n.gluedLeft) return null;
    const suf = suffix(c, text, n);
    if (n.gluedRight && !(suf && !/^[\s-]/.test(text.slice(n.end, suf.end)))) return null;
    const left = text.slice(Math.max(0, n.start - 10), n.start);
    const sm = c.signRe.exec(left);
    let start = n.start, sign = 1;
    if (sm) {
      start = n.start - (left.length - sm.index);
      sign = sm[1] ? (sm[1] === "+" ? 1 : -1) : -1;
    }
    return { n, start, end: suf ? suf.end : n.end, sign, kind: suf ? suf.kind : null };
  });
  const out: RawFact[] = [];
  let lastEnd = -1;
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (!a || a.start < lastEnd) continue;
    const b = items[i + 1];
    // ---- ranges: "10-12%", "10% to 12%", "between 10 and 12 percent"
    if (b && b.kind && (!a.kind || a.kind === b.kind)) {
      const gap = text.slice(a.end, b.n.start);
      const sep = c.sepRe.exec(gap);
      const betweenM = c.betweenRe.exec(text.slice(Math.max(0, a.start - 9), a.start));
      const word = sep?.[1]?.toLowerCase();
      // "-" between two numbers is the dash of a range, not the sign of the second.
      const ok = sep && (word === "and" ? betweenM?.[1]?.toLowerCase() === "between" : word === "to" ? !a.kind || !!betweenM : true);
      if (ok) {
        const lo = value(a, b.kind), hi = b.n.value * (b.kind === "bp" ? 0.01 : 1);
        if (lo <= hi && !chrome(c, text, a.start)) {
          const hedge = hedgeBefore(text, betweenM ? a.start - betweenM[0].length : a.start);
          out.push(fact(a.start, b.end, { value: lo, max: hi, ...unit(b.kind), ...(hedge ? { qualifier: hedge.phrase } : {}) }, "percent.range"));
          lastEnd = b.end;
          i++;
          continue;
        }
      }
    }
    if (!a.kind || chrome(c, text, a.start)) continue;
    const hedge = hedgeBefore(text, a.start);
    const rule = a.kind === "bp" ? "percent.basis-points" : a.kind === "pp" ? "percent.points" : /%|％/.test(text.slice(a.n.end, a.end)) ? "percent.symbol" : "percent.word";
    out.push(fact(a.start, a.end, { value: value(a, a.kind), ...unit(a.kind), ...(hedge ? { qualifier: hedge.phrase } : {}) }, rule));
    lastEnd = a.end;
  }
  return out;
}

function value(p: Pct, kind: Pct["kind"]): number {
  const v = p.sign * p.n.value * (kind === "bp" ? 0.01 : 1);
  return Number(v.toPrecision(15));
}
const unit = (k: Pct["kind"]) => (k === "pp" || k === "bp" ? { unit: "percentage point" } : {});
const chrome = (c: Compiled, text: string, at: number) => c.chromeRe.test(text.slice(Math.max(0, at - 16), at));

function fact(start: number, end: number, value: Record<string, unknown>, rule: string): RawFact {
  return { type: "percent", start, end, value, rule };
}

export const percentExtractor: Extractor = {
  name: "percent",
  types: ["percent"],
  extract: (ctx) => extractPercent(ctx.text),
};
