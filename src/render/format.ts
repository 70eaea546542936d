// Values as people write them: "$38 billion", "4.7%", "2025-11-03".
import type { Fact } from "../model.js";

const SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", CNY: "CN¥", CAD: "C$", AUD: "A$", HKD: "HK$" };

export function humanAmount(n: number): string {
  const abs = Math.abs(n);
  const scales: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];
  for (const [v, w] of scales) if (abs >= v) return `${trim(n / v)} ${w}`;
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
const trim = (x: number) => String(Math.round(x * 1000) / 1000);

export function humanValue(type: string, value: Record<string, unknown> | null | undefined): string {
  if (!value) return "";
  const q = typeof value.qualifier === "string" ? `${value.qualifier} ` : "";
  switch (type) {
    case "money": {
      const cur = String(value.currency ?? "");
      const sym = SYMBOL[cur];
      const one = (n: number) => (sym ? `${sym}${humanAmount(n)}` : `${humanAmount(n)} ${cur || "(currency?)"}`);
      const max = typeof value.max === "number" ? `–${one(value.max)}` : "";
      return typeof value.amount === "number" ? `${q}${one(value.amount)}${max}` : "";
    }
    case "percent":
      return typeof value.value === "number" ? `${q}${value.value}%${typeof value.max === "number" ? `–${value.max}%` : ""}` : "";
    case "date":
    case "duration":
      return `${q}${value.iso ?? "(unresolved)"}${value.inferred ? " (year inferred)" : ""}`;
    case "org":
      return String(value.name ?? "");
    case "quote": {
      const who = value.speaker ? String(value.speaker) : "unattributed";
      return value.role ? `${who} (${value.role})` : who;
    }
    case "quantity":
      return `${q}${humanAmount(Number(value.amount))} ${value.unit ?? ""}`.trim();
    default:
      return JSON.stringify(value);
  }
}

export function guessType(value: Record<string, unknown>): string {
  if ("currency" in value) return "money";
  if ("unit" in value) return "quantity";
  if ("iso" in value) return String(value.iso ?? "").startsWith("P") ? "duration" : "date";
  if ("value" in value) return "percent";
  return "";
}

export const factValue = (f: Fact) => humanValue(f.type, f.value);
