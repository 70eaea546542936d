// Markdown that renders as tables in any GitHub-flavoured viewer: the deal record first, then a
// table of facts per source. Cells escape what Markdown would read as markup: "|" would end the
// cell, a newline the row, "*" or "_" would turn text italic, "<" would start HTML.
import type { DealRecord, ExtractDocument, Fact } from "../model.js";
import { explainFact, exactValue, guessType, humanValue, fieldType, sourceDateLabel } from "./format.js";

export function mdCell(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\\`*_[\]<>|#~]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`))
    .replace(/\n/g, "<br>")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

export interface MarkdownOptions {
  explain?: boolean;
  /** Only this field of the record (`--field`). */
  field?: string;
}

export function renderMarkdown(doc: ExtractDocument, o: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`# dealfacts: ${doc.sources.length} source${doc.sources.length === 1 ? "" : "s"}, ${doc.facts.length} fact${doc.facts.length === 1 ? "" : "s"}`);
  doc.records.forEach((r, i) => out.push(recordMarkdown(r, doc.records.length > 1 ? `Deal record ${i + 1} of ${doc.records.length}` : "Deal record", o)));
  out.push("## Sources");
  for (const s of doc.sources) {
    const facts = doc.facts.filter((f) => f.source === s.id);
    out.push(`### ${mdCell(s.id)}`);
    const meta = [sourceDateLabel(s), s.title ? `“${mdCell(s.title)}”` : "", `${facts.length} fact${facts.length === 1 ? "" : "s"}`].filter(Boolean);
    out.push(`_${meta.join(" · ")}_`);
    if (facts.length) out.push(factsMarkdown(facts, o));
  }
  if (doc.errors.length) {
    out.push("## Errors");
    out.push(mdTable(["source", "reason"], doc.errors.map((e) => [e.source, e.reason])));
  }
  return out.join("\n\n") + "\n";
}

export function factsMarkdown(facts: readonly Fact[], o: MarkdownOptions = {}): string {
  const head = ["line", "type", "text", "value", "exact"];
  if (o.explain) head.push("rule", "fields (cues)");
  return mdTable(head, facts.map((f) => {
    const r = [String(f.line), f.type, f.text, humanValue(f.type, f.value), exactValue(f.type, f.value)];
    if (o.explain) r.push(f.rule ?? "", explainFact({ rule: "", fields: f.fields, cues: f.cues }).replace(/^\(no rule id\) ?/, ""));
    return r;
  }));
}

export function recordMarkdown(rec: DealRecord, title: string, o: MarkdownOptions = {}): string {
  const out = [`## ${mdCell(title)}`];
  if (rec.parties.length) out.push(`**Parties:** ${rec.parties.map((p) => mdCell(p.name) + (p.role ? ` (${mdCell(p.role)})` : "")).join(", ")}`);
  const names = Object.keys(rec.fields).filter((n) => !o.field || n === o.field);
  if (!names.length) {
    out.push(o.field ? `_no source makes a claim on ${mdCell(o.field)}_` : "_no deal fields found_");
    return out.join("\n\n");
  }
  out.push(mdTable(["field", "value", "exact", "sources", "verdict"], names.map((n) => {
    const f = rec.fields[n]!;
    const type = fieldType(f);
    const srcCount = new Set(f.claims.map((c) => c.source)).size;
    return [n, humanValue(type, f.value), exactValue(type, f.value), f.sources.join(", "), f.conflict ? `⚠ conflict (${srcCount} sources)` : `agree (${f.sources.length})`];
  })));
  for (const n of names) {
    const f = rec.fields[n]!;
    if (!f.conflict && !o.field) continue;
    const type = fieldType(f);
    out.push(`**${mdCell(n)}: claims**`);
    out.push(mdTable(["source", "line", "text", "value", ""], f.claims.map((c) => [c.source, c.line ? String(c.line) : "", c.text, humanValue(String(c.type ?? type), c.value), f.sources.includes(c.source) ? "agree" : "other"])));
  }
  return out.join("\n\n");
}
