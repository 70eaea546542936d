// Counts that are neither money nor percentages: a number (or a vague count: "thousands of",
// "hundreds of thousands of") followed by a unit from rules/quantities.json, with up to a few
// modifier words between ("40 million U.K. households", "thousands of graphics processors"). The span runs from
// the number to the unit; a hedge before it becomes `qualifier`, as a vague count does.
// Refused: numbers glued to letters ("GB200", "Q3"), dotted runs ("v2.3.1"), bare years, and
// numbers inside money, percentages or dates found before.
import { z } from "zod";
import type { Extractor, RawFact } from "./types.js";
import { loadRules } from "../rules/load.js";
import { alt, esc, findNumbers, hedgeBefore, lowerOf, numbersCompiled } from "./numbers.js";

export const QuantityRules = z.object({
  rules: z.array(z.object({ id: z.string().regex(/^(quantity|duration)\./), description: z.string(), enabled: z.boolean().optional() })),
  maxModifiers: z.number().int().min(0).max(6),
  stopwords: z.array(z.string()),
  units: z.array(z.object({ unit: z.string().min(1), forms: z.array(z.string().min(1)).min(1) })),
  durationUnits: z.array(z.object({ forms: z.array(z.string().min(1)).min(1), iso: z.enum(["Y", "M", "W", "D", "TH", "TM"]), factor: z.number().positive(), maxCount: z.number().int().positive().optional() })),
  durationNotBefore: z.array(z.string()),
  vagueDurations: z.array(z.string().min(1)),
});
export type QuantityRules = z.infer<typeof QuantityRules>;

export function quantityRules(): QuantityRules {
  return loadRules("quantities", QuantityRules);
}

interface Compiled {
  enabled: Set<string>;
  unitRe: RegExp;
  exact: Map<string, string>;
  loose: Map<string, string>;
  modRe: RegExp;
  stop: Set<string>;
  vagueRe: RegExp;
  vagueAmount: Map<string, number>;
  maxModifiers: number;
  /** Forms whose plural is also listed ("chip" beside "chips"). */
  singular: Set<string>;
}
let compiled: Compiled | null = null;

const caseBound = (f: string) => f.length <= 4 && /[A-Z]/.test(f) && !/^[A-Z][a-z]/.test(f);

function compile(): Compiled {
  if (compiled) return compiled;
  const r = quantityRules();
  const n = numbersCompiled().rules;
  const exact = new Map<string, string>(), loose = new Map<string, string>();
  for (const u of r.units) for (const f of u.forms) (caseBound(f) ? exact.set(f, u.unit) : loose.set(f.toLowerCase().replace(/[\s-]+/g, " "), u.unit));
  const forms = r.units.flatMap((u) => u.forms).sort((a, b) => b.length - a.length).map((f) => esc(f).replace(/\\-|\s+/g, "[\\s-]+"));
  const vaguePhrases = n.vague.map((v) => v.phrase);
  return (compiled = {
    enabled: new Set(r.rules.filter((x) => x.enabled !== false).map((x) => x.id)),
    // No gap crosses a line break: a paragraph's last word and the next one's first are no phrase.
    unitRe: new RegExp(`((?:[^\\S\\n]|-)*)(${forms.join("|")})(?![A-Za-z0-9])`, "iy"),
    exact, loose,
    modRe: /[^\S\n]+([A-Za-z][A-Za-z.’'&]*(?:-[A-Za-z]+)?)(?=\s)/y,
    stop: new Set(r.stopwords.map((s) => s.toLowerCase())),
    vagueRe: new RegExp(`\\b(${alt(vaguePhrases.map((v) => v.toLowerCase()))})\\s+of\\b`, "g"),
    vagueAmount: new Map(n.vague.map((v) => [v.phrase.toLowerCase(), v.amount])),
    maxModifiers: r.maxModifiers,
    singular: new Set(r.units.flatMap((u) => u.forms.filter((f) => u.forms.includes(f + "s")).map((f) => f.toLowerCase()))),
  });
}

/** The unit that follows `at` (past up to maxModifiers words), or null. */
function unitAfter(c: Compiled, text: string, at: number, glued: boolean): { end: number; unit: string; singular: boolean } | null {
  let pos = at;
  for (let k = 0; k <= c.maxModifiers; k++) {
    c.unitRe.lastIndex = pos;
    const m = c.unitRe.exec(text);
    if (m && (k === 0 ? !glued || m[1] === "" : m[1]!.length > 0)) {
      const f = m[2]!;
      const unit = c.exact.get(f) ?? c.loose.get(f.toLowerCase().replace(/[\s-]+/g, " "));
      if (unit) return { end: pos + m[0].length, unit, singular: c.singular.has(f.toLowerCase()) };
    }
    if (glued) return null;
    c.modRe.lastIndex = pos;
    const w = c.modRe.exec(text);
    if (!w || c.stop.has(w[1]!.toLowerCase())) return null;
    // A word that ends a sentence ("Three UK. Customers …"): one full stop, at its end ("U.K." goes on).
    if (w[1]!.endsWith(".") && w[1]!.indexOf(".") === w[1]!.length - 1) return null;
    pos += w[0].length;
  }
  return null;
}

/** The spans other extractors claimed (sorted), to refuse numbers inside them; `has(i)` is a binary search. */
export function claimedBy(found: readonly RawFact[], types: readonly string[]): { has(i: number): boolean } {
  const spans = found.filter((f) => types.includes(f.type)).map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  // Prefix maximum of the ends, so a span nested in an earlier long one is still seen.
  const maxEnd: number[] = [];
  for (const [i, s] of spans.entries()) maxEnd[i] = Math.max(s[1], i ? maxEnd[i - 1]! : 0);
  return {
    has(i: number): boolean {
      let lo = 0, hi = spans.length - 1, k = -1;
      while (lo <= hi) { const mid = (lo + hi) >> 1; if (spans[mid]![0] <= i) { k = mid; lo = mid + 1; } else hi = mid - 1; }
      return k >= 0 && maxEnd[k]! > i;
    },
  };
}

export function extractQuantity(text: string, found: readonly RawFact[] = []): RawFact[] {
  const c = compile();
  const claimed = claimedBy(found, ["money", "percent", "date", "duration"]);
  const out: RawFact[] = [];
  if (c.enabled.has("quantity.count-unit")) {
    for (const n of findNumbers(text)) {
      if (n.dotted || n.gluedLeft || claimed.has(n.start) || claimed.has(n.end - 1)) continue;
      if (!n.words && n.scale === 1 && !n.decimals && /^(1[89]|20)\d\d$/.test(text.slice(n.start, n.end))) continue; // a year
      // A bare "one" is too often a pronoun ("this one because ..."): only right before its unit.
      const pronoun = n.words && n.value === 1 && n.scale === 1;
      const u = unitAfter(c, text, n.end, n.gluedRight || pronoun);
      if (!u) continue;
      // A singular unit after a count above one is a modifier of something else ("300 chip design teams").
      if (u.singular && n.value !== 1 && n.scale === 1) continue;
      const hedge = hedgeBefore(text, n.start);
      out.push({ type: "quantity", start: n.start, end: u.end, value: { amount: n.value, unit: u.unit, ...(hedge ? { qualifier: hedge.phrase } : {}) }, rule: "quantity.count-unit" });
    }
  }
  if (c.enabled.has("quantity.vague-unit")) {
    const re = c.vagueRe;
    re.lastIndex = 0;
    const low = lowerOf(text);
    let m: RegExpExecArray | null;
    while ((m = re.exec(low))) {
      const phrase = m[1]!.toLowerCase().replace(/\s+/g, " ");
      const u = unitAfter(c, text, m.index + m[0].length - 0, false) ?? null;
      if (!u || claimed.has(m.index)) continue;
      out.push({ type: "quantity", start: m.index, end: u.end, value: { amount: c.vagueAmount.get(phrase) ?? 0, unit: u.unit, qualifier: phrase }, rule: "quantity.vague-unit" });
    }
  }
  return out;
}

export const quantityExtractor: Extractor = {
  name: "quantity",
  types: ["quantity"],
  extract: (ctx) => extractQuantity(ctx.text, ctx.found),
};
