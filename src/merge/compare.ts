// Comparing claims by value, with the hedges understood: each claim becomes the interval of values
// it allows ("more than 4%" is (4, ∞), "$38 billion" is 38e9 give or take its last digit,
// "November 2" is one day, "thousands" is [1000, 10000)); two claims agree when their intervals meet.

import { fieldRules } from "./rules.js";

export type Value = Record<string, unknown>;

const unitScales = () => fieldRules().unitScales;

export interface Interval {
  lo: number;
  hi: number;
  /** A unit that must match for two intervals to be compared (currency); null: any. */
  unit: string | null;
}

const UP = /^(?:more than|over|above|exceeding|in excess of|upwards of|at least|north of|no less than|a minimum of)\b/i;
/** A stated ceiling ("up to 1,500 MW"): the figure the source gives is the most it can be, and near it. */
const CEILING = /^(?:up to|as much as|as many as)\b/i;
const DOWN = /^(?:at most|no more than|a maximum of)\b/i;
const BELOW = /^(?:less than|under|below|fewer than|short of)\b/i;
const NEAR_BELOW = /^(?:nearly|almost|just under|close to|just shy of|approaching)\b/i;
const ABOUT = /^(?:about|around|roughly|approximately|approx\.?|some|an estimated|estimated|circa|c\.|~|nearly about|just over|more or less|or so)\b/i;
const PLURAL_SCALE = /^(?:dozens|tens|hundreds|thousands|millions|billions)\b/i;

/** Trailing zeros removed, by a scan (an end-anchored regex rescans a long run of zeros at every start). */
function trimZeros(s: string): string {
  let e = s.length;
  while (e > 0 && s[e - 1] === "0") e--;
  return s.slice(0, e);
}

/**
 * Half a unit of the last digit as written, in the scale word's units: "$38 billion" is 37.5–38.5
 * billion, "$38.2bn" 38.15–38.25 billion, "$40 billion" 39.5–40.5 billion, "4.7%" 4.65–4.75.
 */
function tolerance(x: number): number {
  if (x === 0) return 0.5;
  const abs = Math.abs(x);
  const scale = abs >= 1e12 ? 1e12 : abs >= 1e9 ? 1e9 : abs >= 1e6 ? 1e6 : 1;
  const mantissa = trimZeros((abs / scale).toFixed(6));
  const decimals = mantissa.includes(".") ? mantissa.length - mantissa.indexOf(".") - 1 : 0;
  // A figure of one digit 1 ("$1 billion", "1%") is rounded at most by a quarter: half its size
  // would let "$1 billion" agree with the "$500 million" of another part of the deal.
  return Math.min(0.5 * 10 ** -decimals * scale, 0.25 * abs);
}

function numericInterval(x: number, max: number | undefined, qualifier: string | undefined): { lo: number; hi: number } {
  // A hedge is on the size of a move down: "nearly -5%" (fell nearly 5%) is -5 to -4.25.
  if (x < 0) {
    const iv = numericInterval(-x, typeof max === "number" ? -max : undefined, qualifier);
    return { lo: -iv.hi, hi: -iv.lo };
  }
  const q = (qualifier ?? "").trim();
  const tol = tolerance(x);
  if (typeof max === "number" && max >= x) return { lo: x - tolerance(x), hi: max + tolerance(max) };
  if (q && PLURAL_SCALE.test(q)) return { lo: x, hi: x * 10 };
  if (q && UP.test(q)) return { lo: x, hi: Infinity };
  if (q && CEILING.test(q)) return { lo: x * 0.85, hi: x };
  if (q && DOWN.test(q)) return { lo: -Infinity, hi: x };
  if (q && BELOW.test(q)) return { lo: -Infinity, hi: x };
  if (q && NEAR_BELOW.test(q)) return { lo: x * 0.85, hi: x };
  // "about 10%" is 10 as rounded, give or take 3%: it allows 9.5 but not 9.
  if (q && ABOUT.test(q)) return { lo: x * 0.97 - tol, hi: x * 1.03 + tol };
  return { lo: x - tol, hi: x + tol };
}

/** Days since 1970-01-01 of a calendar date (UTC arithmetic, no clock or zone involved). */
function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/** The days an ISO date at any precision covers: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-Www, YYYY-MM-DD. */
export function dateInterval(iso: string): { lo: number; hi: number } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso))) {
    const d = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { lo: d, hi: d };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) return { lo: dayNumber(+m[1]!, +m[2]!, 1), hi: dayNumber(+m[1]!, +m[2]! + 1, 1) - 1 };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(iso))) {
    const q = +m[2]!;
    return { lo: dayNumber(+m[1]!, q * 3 - 2, 1), hi: dayNumber(+m[1]!, q * 3 + 1, 1) - 1 };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(iso))) {
    const h = +m[2]!;
    return { lo: dayNumber(+m[1]!, h * 6 - 5, 1), hi: dayNumber(+m[1]!, h * 6 + 1, 1) - 1 };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) {
    // ISO week 1 holds January 4th.
    const y = +m[1]!;
    const jan4 = dayNumber(y, 1, 4);
    const dow = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const lo = jan4 - dow + (+m[2]! - 1) * 7;
    return { lo, hi: lo + 6 };
  }
  if ((m = /^(\d{4})$/.exec(iso))) return { lo: dayNumber(+m[1]!, 1, 1), hi: dayNumber(+m[1]! + 1, 1, 1) - 1 };
  return null;
}

/** Months in an ISO 8601 duration (days and weeks as fractions), or null. */
export function durationMonths(iso: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$/.exec(iso);
  if (!m || iso === "P") return null;
  return (+(m[1] ?? 0)) * 12 + +(m[2] ?? 0) + (+(m[3] ?? 0)) * 7 / 30.4375 + (+(m[4] ?? 0)) / 30.4375;
}

// compatible() runs on every pair of claims of a field; each value's interval is computed once.
const intervalCache = new WeakMap<Value, { type: string; iv: Interval | null }>();

/** The interval a claim allows, or null when it allows anything ("multi-year", an unresolved date). */
export function intervalOf(type: string, v: Value): Interval | null {
  const hit = intervalCache.get(v);
  if (hit && hit.type === type) return hit.iv;
  const iv = computeInterval(type, v);
  intervalCache.set(v, { type, iv });
  return iv;
}

function computeInterval(type: string, v: Value): Interval | null {
  const q = typeof v.qualifier === "string" ? v.qualifier : undefined;
  const max = typeof v.max === "number" ? v.max : undefined;
  switch (type) {
    case "money":
      if (typeof v.amount !== "number") return null;
      return { ...numericInterval(v.amount, max, q), unit: typeof v.currency === "string" ? v.currency : null };
    case "percent":
      if (typeof v.value !== "number") return null;
      return { ...numericInterval(v.value, max, q), unit: null };
    case "quantity": {
      if (typeof v.amount !== "number") return null;
      // Units with a metric prefix compare in their base unit: 1.2 gigawatts is 1,200 megawatts.
      const scale = typeof v.unit === "string" ? unitScales()[v.unit] : undefined;
      if (!scale) return { ...numericInterval(v.amount, max, q), unit: null };
      const iv = numericInterval(v.amount, max, q);
      return { lo: iv.lo * scale.factor, hi: iv.hi * scale.factor, unit: scale.base };
    }
    case "date": {
      if (typeof v.iso !== "string") return null;
      const d = dateInterval(v.iso);
      if (!d) return null;
      if (q && /^(?:by|before|no later than|until)\b/i.test(q)) return { lo: -Infinity, hi: d.hi, unit: null };
      if (q && /^(?:after|since|from)\b/i.test(q)) return { lo: d.lo, hi: Infinity, unit: null };
      return { ...d, unit: null };
    }
    case "duration": {
      if (typeof v.iso !== "string") return null;
      const months = durationMonths(v.iso);
      if (months === null) return null;
      // A term told by the year it ends ("through 2028", record.ts): counted in whole years from the
      // source's own, it may be a year less ("a six-year deal" that runs through the 2027-28 season).
      if (typeof v.through === "string" && months >= 12) return { lo: months - 12, hi: months, unit: null };
      return { ...numericInterval(months, undefined, q), unit: null };
    }
  }
  return null;
}

/** Can both claims be true? Claims of different types are about different things and never clash. */
export function compatible(ta: string, a: Value, tb: string, b: Value): boolean {
  if (ta !== tb) return true;
  const x = intervalOf(ta, a), y = intervalOf(tb, b);
  if (!x || !y) return true;
  if (x.unit && y.unit && x.unit !== y.unit) return true;
  // Two plain figures: the finer one must round to the coarser one ("$38.2bn" is "$38bn"; "$7.5bn" is not "$7bn").
  const pa = plainFigure(ta, a), pb = plainFigure(tb, b);
  if (pa !== null && pb !== null) {
    const [fine, coarse] = x.hi - x.lo <= y.hi - y.lo ? [pa, y] : [pb, x];
    return coarse.lo <= fine && fine < coarse.hi;
  }
  // A plain figure and a hedged one: the figure lies in what the hedge allows ("roughly 10%" is
  // not 9%), or the hedge's own number rounds to the figure ("about $4.2bn" is "$4bn").
  if (pa !== null || pb !== null) {
    const [p, plainIv, hedged, hv, ht] = pa !== null ? [pa, x, y, b, tb] : [pb!, y, x, a, ta];
    const n = nominal(ht, hv);
    return (hedged.lo <= p && p <= hedged.hi) || (n !== null && plainIv.lo <= n && n < plainIv.hi);
  }
  return x.lo <= y.hi && y.lo <= x.hi;
}

/**
 * The span a claim can agree over: its interval, widened to take in the number it names (a hedge
 * such as "about -5%" need not hold its own figure). Two claims of one type that are compatible by
 * their values have overlapping reaches: each rule of `compatible` puts a point of one in the
 * other's interval or the named number of one in the other's interval, and a plain figure lies in
 * its own interval. So the reaches find every candidate; `compatible` decides.
 */
export function reachOf(type: string, v: Value): { lo: number; hi: number } | null {
  const iv = intervalOf(type, v);
  if (!iv) return null;
  const n = nominal(type, v);
  if (n === null) return { lo: iv.lo, hi: iv.hi };
  return { lo: Math.min(iv.lo, n), hi: Math.max(iv.hi, n) };
}

/** The number a hedged claim names, in its interval's units ("more than 4%" → 4). */
export function nominal(type: string, v: Value): number | null {
  const n = type === "percent" ? v.value : type === "money" || type === "quantity" ? v.amount : null;
  if (typeof n !== "number") return null;
  const scale = type === "quantity" && typeof v.unit === "string" ? unitScales()[v.unit] : undefined;
  return scale ? n * scale.factor : n;
}

/** A figure that names only a scale ("billions of dollars", "tens of billions"): it agrees with any figure of that size. */
export function isScaleOnly(type: string, v: Value): boolean {
  return (type === "money" || type === "percent" || type === "quantity") && typeof v.qualifier === "string" && PLURAL_SCALE.test(v.qualifier.trim());
}

/** Is this an unhedged, single figure ("$38bn", "4.7%"), which `compatible` compares by rounding? */
export function isPlainFigure(type: string, v: Value): boolean {
  return plainFigure(type, v) !== null;
}

/** The number of an unhedged, single figure (no qualifier, no range), in the interval's units; else null. */
function plainFigure(type: string, v: Value): number | null {
  if (type !== "money" && type !== "percent" && type !== "quantity") return null;
  if ((typeof v.qualifier === "string" && v.qualifier.trim()) || typeof v.max === "number") return null;
  const n = type === "percent" ? v.value : v.amount;
  if (typeof n !== "number") return null;
  const scale = type === "quantity" && typeof v.unit === "string" ? unitScales()[v.unit] : undefined;
  return scale ? n * scale.factor : n;
}

/** How precisely a claim states its value: higher is more precise (unhedged, more digits, a finer date). */
export function precision(type: string, v: Value): number {
  const hedged = typeof v.qualifier === "string" && v.qualifier.trim() !== "" ? 0 : 100;
  switch (type) {
    case "money":
    case "percent":
    case "quantity": {
      const x = (type === "percent" ? v.value : v.amount) as number;
      if (typeof x !== "number") return 0;
      const tol = tolerance(x);
      const rel = x ? tol / Math.abs(x) : 1;
      return hedged + (typeof v.max === "number" ? 0 : 20) + Math.min(60, Math.round(-Math.log10(rel || 1e-12) * 5));
    }
    case "date": {
      const iso = typeof v.iso === "string" ? v.iso : "";
      const d = dateInterval(iso);
      const span = d ? d.hi - d.lo + 1 : 10000;
      return hedged + (v.inferred ? 0 : 10) + Math.round(60 - Math.log2(span) * 6);
    }
    case "duration":
      return hedged + (typeof v.iso === "string" ? (typeof v.through === "string" ? 40 : 50) : 0);
  }
  return hedged;
}

/** A canonical key of a value, for sets and stable order. */
export function valueKey(type: string, v: Value): string {
  const keys = Object.keys(v).sort();
  return `${type}:${keys.map((k) => `${k}=${JSON.stringify(v[k])}`).join(",")}`;
}
