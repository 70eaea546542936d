// Values as people write them ("$38 billion", "4.7%", "2025-11-03") and, beside them, the exact
// value a program would read, so a reader can check the one against the other.
import type { Fact } from "../model.js";

const SYMBOL: Record<string, string> = {
  USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", CNY: "CN¥", CAD: "C$", AUD: "A$", HKD: "HK$",
  SGD: "S$", NZD: "NZ$", KRW: "₩", BRL: "R$", CHF: "CHF ", MXN: "MX$",
};

const SCALES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];

/** 38000000000 → "38 billion"; 4200000000 → "4.2 billion"; 12500 → "12,500". */
export function humanAmount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  for (const [v, w] of SCALES) if (abs >= v) return `${trim(n / v)} ${w}`;
  return n.toLocaleString("en-US", Number.isInteger(n) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
const trim = (x: number) => String(Math.round(x * 1000) / 1000);

/** 38000000000 → "38,000,000,000": exact, but grouped so the zeros can be counted. */
export function exactNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 20, useGrouping: true });
}

type Value = Record<string, unknown> | null | undefined;
const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);

export function money(amount: number, currency: unknown): string {
  const cur = typeof currency === "string" ? currency : "";
  const sym = SYMBOL[cur];
  return sym ? `${sym}${humanAmount(amount)}` : `${humanAmount(amount)} ${cur || "(currency?)"}`;
}

/** The value as a person would write it. */
export function humanValue(type: string, value: Value): string {
  if (!value) return "";
  const q = typeof value.qualifier === "string" && value.qualifier ? `${value.qualifier} ` : "";
  switch (type) {
    case "money": {
      const a = num(value.amount);
      if (a === null) return "";
      const max = num(value.max);
      return `${q}${money(a, value.currency)}${max !== null ? `–${money(max, value.currency)}` : ""}${value.direction === "down" ? " down" : ""}`;
    }
    case "percent": {
      const v = num(value.value);
      if (v === null) return "";
      const max = num(value.max);
      // A share move down keeps its figure as written, and says so: "4% down".
      return `${q}${v}%${max !== null ? `–${max}%` : ""}${value.direction === "down" ? " down" : ""}`;
    }
    case "date":
      // Inferred: a year nearest the source's date, or the day of an undated source read by its deal.
      return value.iso ? `${q}${humanDate(String(value.iso))}${value.inferred ? " (inferred)" : ""}` : `${q}(unresolved)`;
    case "duration":
      return value.iso ? `${q}${humanDuration(String(value.iso))}` : String(value.qualifier ?? "(no number)");
    case "org":
      return String(value.name ?? "");
    case "quote": {
      const who = value.speaker ? String(value.speaker) : "unattributed";
      return value.role ? `${who} (${value.role})` : who;
    }
    case "quantity": {
      const a = num(value.amount);
      const max = num(value.max);
      return `${q}${a === null ? "?" : humanAmount(a)}${max !== null ? `–${humanAmount(max)}` : ""} ${value.unit ?? ""}`.trim();
    }
    default:
      return JSON.stringify(value);
  }
}

/** The value as a program reads it: the number with every digit, the ISO string, the name. */
export function exactValue(type: string, value: Value): string {
  if (!value) return "";
  switch (type) {
    case "money": {
      const a = num(value.amount);
      const max = num(value.max);
      if (a === null) return "";
      return `${a}${max !== null ? `–${max}` : ""} ${value.currency ?? "?"}`;
    }
    case "percent": {
      const v = num(value.value);
      const max = num(value.max);
      return v === null ? "" : `${v}${max !== null ? `–${max}` : ""}`;
    }
    case "date":
    case "duration":
      return value.iso === null || value.iso === undefined ? "null" : String(value.iso);
    case "quantity": {
      const a = num(value.amount);
      return a === null ? "" : `${a}${num(value.max) !== null ? `–${value.max}` : ""} ${value.unit ?? ""}`.trim();
    }
    case "org":
      return String(value.name ?? "");
    case "quote":
      return typeof value.text === "string" ? value.text : "";
    default:
      return JSON.stringify(value);
  }
}

/** Both, when they say something different: "$38 billion (38000000000 USD)". */
export function valueWithExact(type: string, value: Value): string {
  const h = humanValue(type, value);
  const e = exactValue(type, value);
  if (!e || type === "org" || type === "quote" || e === h) return h;
  if (type === "percent" && (`${e}%` === h || `${e}% down` === h)) return h;
  if ((type === "date" || type === "duration") && h.startsWith(e)) return h;
  if (type === "date" && value?.inferred) return `${h.replace(/ \(inferred\)$/, "")} (${e}, inferred)`;
  return `${h} (${e})`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-11-03" → "3 November 2025"; "2024-H2" → "H2 2024"; others as given. */
export function humanDate(iso: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-([HQ]\d|W\d{2})$/.exec(iso);
  if (m) return `${m[2]!.startsWith("W") ? `week ${Number(m[2]!.slice(1))} of` : m[2]} ${m[1]}`;
  return iso;
}

const UNIT: Record<string, string> = { Y: "year", M: "month", W: "week", D: "day" };
/** "P7Y" → "7 years"; "P18M" → "18 months"; anything else as given. */
export function humanDuration(iso: string): string {
  const m = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(iso);
  const part = (n: number, u: string) => `${n} ${UNIT[u]}${n === 1 ? "" : "s"}`;
  // Years and months ("P8Y6M"): "8 years 6 months".
  const ym = m ? null : /^P(\d+)Y(\d+)M$/.exec(iso);
  if (ym) return `${part(Number(ym[1]), "Y")} ${part(Number(ym[2]), "M")}`;
  if (!m) return iso;
  return part(Number(m[1]), m[2]!);
}

export function guessType(value: Record<string, unknown>): string {
  if ("currency" in value) return "money";
  if ("unit" in value) return "quantity";
  if ("speaker" in value) return "quote";
  if ("name" in value) return "org";
  if ("iso" in value) return String(value.iso ?? "").startsWith("P") ? "duration" : "date";
  if ("value" in value) return "percent";
  return "";
}

/**
 * The type of a record field's chosen value: the record says it (`type`); else the value's own
 * shape; else its first claim's. (A field's claims may be of several types: a share move in
 * percent, the price in money.)
 */
export function fieldType(f: { value: Record<string, unknown> | null; claims: readonly { type?: string }[] }): string {
  const own = (f as { type?: unknown }).type;
  if (typeof own === "string" && own) return own;
  return (f.value && guessType(f.value)) || String(f.claims[0]?.type ?? "");
}

export const factValue = (f: Pick<Fact, "type" | "value">) => humanValue(f.type, f.value);
export const factValueWithExact = (f: Pick<Fact, "type" | "value">) => valueWithExact(f.type, f.value);

/** Why a fact is where it is: its rule, and the cue words that tied it to each field. */
export function explainFact(f: Pick<Fact, "rule" | "fields" | "cues">): string {
  const parts = [f.rule || "(no rule id)"];
  for (const field of f.fields ?? []) {
    const cues = f.cues?.[field] ?? [];
    parts.push(`→ ${field}${cues.length ? ` (${cues.map((c) => `"${c}"`).join(", ")})` : ""}`);
  }
  return parts.join(" ");
}

/** How a source is dated, for its heading: "published …", "no date; read as … (its deal's announcement)", or "no date". */
export function sourceDateLabel(s: { published?: string | null; dateInferred?: { day: string; from: string } }): string {
  if (s.published) return `published ${s.published}`;
  const d = s.dateInferred;
  if (!d) return "no date";
  const how = d.from === "dateline" ? "its dateline's day" : d.from === "announcement" ? "its announcement day, as the other sources give it" : "the other sources' dates";
  return `no date; read as ${d.day} (${how})`;
}
