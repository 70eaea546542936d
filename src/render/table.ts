// Tables for people at a terminal: facts per source, then the deal record.
import Table from "cli-table3";
import type { ExtractDocument, DealRecord } from "../model.js";
import { safeText } from "./safe.js";
import { factValue, humanValue, guessType } from "./format.js";
import type { Paint } from "./paint.js";

export function renderFacts(doc: ExtractDocument, paint: Paint): string {
  const out: string[] = [];
  for (const s of doc.sources) {
    const facts = doc.facts.filter((f) => f.source === s.id);
    out.push(paint.heading(`${safeText(s.id)}`) + paint.dim(`  ${s.published ? `published ${s.published}` : "no date"}${s.title ? ` · ${safeText(s.title).slice(0, 80)}` : ""} · ${facts.length} facts`));
    if (!facts.length) continue;
    const t = new Table({ head: ["line", "type", "text", "value"].map((h) => paint.dim(h)), style: { head: [], border: [] }, wordWrap: true, colWidths: [6, 10, 44, 40] });
    for (const f of facts) t.push([String(f.line), paint.type(f.type), safeText(f.text), safeText(factValue(f))]);
    out.push(t.toString());
  }
  return out.join("\n");
}

export function renderRecord(rec: DealRecord, paint: Paint, title = "Deal record"): string {
  const out: string[] = [paint.heading(title)];
  if (rec.parties.length) out.push(`parties: ${rec.parties.map((p) => safeText(p.name) + (p.role ? paint.dim(` (${p.role})`) : "")).join(", ")}`);
  const names = Object.keys(rec.fields);
  if (!names.length) {
    out.push(paint.dim("no deal fields found"));
    return out.join("\n");
  }
  const t = new Table({ head: ["field", "value", "sources", "verdict"].map((h) => paint.dim(h)), style: { head: [], border: [] }, wordWrap: true, colWidths: [14, 36, 30, 20] });
  for (const name of names) {
    const f = rec.fields[name]!;
    const type = String(f.claims[0]?.type ?? guessType(f.value ?? {}));
    const verdict = f.conflict ? paint.bad(`conflict (${new Set(f.claims.map((c) => c.source)).size} sources)`) : paint.good(`agree (${f.sources.length})`);
    t.push([name, safeText(humanValue(type, f.value)), safeText(f.sources.join(", ")), verdict]);
  }
  out.push(t.toString());
  return out.join("\n");
}
