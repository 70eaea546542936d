// Durations as ISO 8601 ({iso: "P7Y"}), built on the numbers layer: "seven-year" → P7Y, "18-month"
// → P18M, "over five years" → P5Y with qualifier "over", "two and a half years" → P2Y6M, "a decade"
// → P10Y, and spans without a number ("multi-year") → {iso: null, qualifier: "multi-year"}.
// Not durations: ages ("a five-year-old"), points in time ("two years ago", "a year earlier") and
// rates ("$5 billion a year", "once a year"). The span runs from the number to the unit.
import type { Extractor, RawFact } from "./types.js";
import { alt, findNumbers, hedgeBefore, lowerOf } from "./numbers.js";
import { claimedBy, quantityRules } from "./quantity.js";

/** maxCount: a unit counted only with a number up to it, never with "a" ("three seasons", not "a season" or "the 2024-25 season"). */
interface Unit { iso: string; factor: number; maxCount?: number }
interface Compiled {
  enabled: Set<string>;
  unitRe: RegExp;
  units: Map<string, Unit>;
  articleRe: RegExp;
  vagueRe: RegExp;
  notAfterRe: RegExp;
  rateRe: RegExp;
}
let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const r = quantityRules();
  const units = new Map<string, Unit>();
  for (const u of r.durationUnits) for (const f of u.forms) units.set(f.toLowerCase(), { iso: u.iso, factor: u.factor, ...(u.maxCount ? { maxCount: u.maxCount } : {}) });
  const forms = alt(r.durationUnits.flatMap((u) => u.forms));
  const lforms = alt(r.durationUnits.flatMap((u) => u.forms.map((f) => f.toLowerCase())));
  return (compiled = {
    enabled: new Set(r.rules.filter((x) => x.enabled !== false).map((x) => x.id)),
    // "two and a half years", "eight-and-a-half-year".
    unitRe: new RegExp(`([\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+(${forms})(?![A-Za-z0-9])`, "iy"),
    units,
    // These two scan the lower-cased text (lowerOf), so they need no `i` flag.
    articleRe: new RegExp(`\\b(an?)\\s+(${lforms})(?![a-z0-9])`, "g"),
    vagueRe: new RegExp(`\\b(${alt(r.vagueDurations.map((v) => v.toLowerCase()))})(?![a-z])`, "g"),
    notAfterRe: new RegExp(`^(?:[\\s-]+(?:${alt(r.durationNotBefore)})\\b|\\s+of\\b)`, "i"),
    // "a year" as a rate: after an amount, a count or "once"/"twice"/"per".
    rateRe: /(?:\d|illion|bn|mn|tn|[%$€£¥]|percent|once|twice|times|per|each)\s*$/i,
  });
}

export function isoDuration(amount: number, u: Unit): string {
  const v = Number((amount * u.factor).toPrecision(12));
  // Years and a whole number of months are written as both ("two and a half years": P2Y6M, as
  // "P8Y6M" is written for an eight-and-a-half-year term); other fractions stay ("5.6 years": P5.6Y).
  if (u.iso === "Y" && !Number.isInteger(v) && Number.isInteger(Number((v * 12).toPrecision(12)))) {
    const months = Math.round(v * 12);
    return `P${Math.floor(months / 12)}Y${months % 12}M`;
  }
  return u.iso.startsWith("T") ? `PT${v}${u.iso.slice(1)}` : `P${v}${u.iso}`;
}

export function extractDuration(text: string, found: readonly RawFact[] = []): RawFact[] {
  const c = compile();
  const claimed = claimedBy(found, ["money", "percent", "date"]);
  const out: RawFact[] = [];
  const low = lowerOf(text);
  const push = (start: number, end: number, value: Record<string, unknown>, rule: string) => out.push({ type: "duration", start, end, value, rule });
  if (c.enabled.has("duration.number-unit")) {
    for (const n of findNumbers(text)) {
      if (n.dotted || n.gluedLeft || n.gluedRight || claimed.has(n.start) || n.value <= 0) continue;
      c.unitRe.lastIndex = n.end;
      const m = c.unitRe.exec(text);
      if (!m) continue;
      const end = n.end + m[0].length;
      const unit = c.units.get(m[2]!.toLowerCase())!;
      if (c.notAfterRe.test(text.slice(end, end + 12))) continue;
      // "the 2024-25 season", "the 2031 season": a year's, not a count.
      if (unit.maxCount !== undefined && (n.value > unit.maxCount || YEAR_JOIN.test(text.slice(Math.max(0, n.start - 2), n.start)))) continue;
      const amount = n.value + (m[1] ? 0.5 : 0);
      const hedge = hedgeBefore(text, n.start);
      push(n.start, end, { iso: isoDuration(amount, unit), ...(hedge ? { qualifier: hedge.phrase } : {}) }, "duration.number-unit");
    }
  }
  if (c.enabled.has("duration.article-unit")) {
    const re = c.articleRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(low))) {
      const end = m.index + m[0].length;
      if (claimed.has(m.index) || c.notAfterRe.test(text.slice(end, end + 12))) continue;
      if (c.rateRe.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const unit = c.units.get(m[2]!.toLowerCase())!;
      if (unit.maxCount !== undefined) continue;
      const hedge = hedgeBefore(text, m.index);
      push(m.index, end, { iso: isoDuration(1, unit), ...(hedge ? { qualifier: hedge.phrase } : {}) }, "duration.article-unit");
    }
  }
  if (c.enabled.has("duration.vague")) {
    const re = c.vagueRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(low))) {
      if (claimed.has(m.index)) continue;
      push(m.index, m.index + m[0].length, { iso: null, qualifier: m[0].toLowerCase().replace(/\s+/g, " ") }, "duration.vague");
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A number joined to a year before it ("2024-25", "2024/25"). */
const YEAR_JOIN = /\d[-–/]$/;

export const durationExtractor: Extractor = {
  name: "duration",
  types: ["duration"],
  extract: (ctx) => extractDuration(ctx.text, ctx.found),
};
