// `dealfacts report`: one self-contained HTML page (inline CSS and JS, no request to any network,
// enforced by a Content-Security-Policy): the deal record at the top with its conflicts marked,
// then each source's text with every fact highlighted by type, the way displaCy shows entities.
// Every fact links to the record row of the field it supports; every claim in the record links
// back to its place in the text. Source text is HTML-escaped; HTML sources show their readable text.
import type { DealRecord, ExtractDocument, Fact, SourceFormat } from "../model.js";
import { TextView } from "../sources/textview.js";
import { exactValue, guessType, humanValue, fieldType, sourceDateLabel } from "./format.js";

export interface SourceText {
  /** The decoded source text that fact offsets index. */
  raw: string;
  format: SourceFormat;
}

export interface ReportOptions {
  title?: string;
}

export const TYPE_STYLE: Record<string, { bg: string; label: string }> = {
  money: { bg: "#bfe1b0", label: "MONEY" },
  percent: { bg: "#fde68a", label: "PERCENT" },
  date: { bg: "#bae6fd", label: "DATE" },
  org: { bg: "#ddd6fe", label: "ORG" },
  quote: { bg: "#e0eaff", label: "QUOTE" },
  duration: { bg: "#e5e7eb", label: "DURATION" },
  quantity: { bg: "#fbcfe8", label: "QUANTITY" },
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/** A fragment id from anything: letters, digits and dashes only. */
export function anchor(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9]+/g, "-")).join("--");
}

/**
 * The readable text of a source and a map from raw offsets (what facts hold) into it. Built from
 * the public TextView.toRaw only: rawStartOf[i] is the raw offset of readable character i.
 */
export function readableText(src: SourceText): { text: string; toClean(start: number, end: number): [number, number] | null } {
  const view = new TextView(src.raw, src.format);
  // Plain text and Markdown are shown as written (their hard-wrapped lines too); HTML as its readable text.
  if (!view.isMapped || view.format !== "html") return { text: view.raw, toClean: (s, e) => (e <= view.raw.length ? [s, e] : null) };
  const n = view.text.length;
  const rawStartOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) rawStartOf[i] = view.toRaw(i, i + 1)[0];
  /** First readable index whose raw start is >= r. */
  const lowerBound = (r: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rawStartOf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text: view.text,
    toClean(s, e) {
      const cs = lowerBound(s);
      const ce = lowerBound(e);
      return ce > cs ? [cs, ce] : null;
    },
  };
}

interface Placed {
  id: number;
  fact: Fact;
  start: number;
  end: number;
}

/**
 * Text with nested marks; a mark that crosses another is split and reopened, keeping its id.
 * markup(p, first, last) gives the open and close tags of one piece of p.
 */
export function highlight(text: string, spans: readonly Placed[], markup: (p: Placed, first: boolean, last: boolean) => [string, string]): string {
  const bounds = new Set<number>([0, text.length]);
  for (const p of spans) {
    bounds.add(p.start);
    bounds.add(p.end);
  }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  // Outer spans first: longer before shorter at the same start, so nesting stays proper.
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const opened = new Set<number>();
  let out = "";
  let stack: Placed[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const a = cuts[k]!;
    const b = cuts[k + 1]!;
    const covering = order.filter((p) => p.start <= a && p.end >= b);
    // Keep the common prefix of the open stack, close the rest, open what is new.
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep] === covering[keep]) keep++;
    for (let i = stack.length - 1; i >= keep; i--) out += markup(stack[i]!, false, stack[i]!.end <= a)[1];
    for (let i = keep; i < covering.length; i++) {
      const p = covering[i]!;
      out += markup(p, !opened.has(p.id), false)[0];
      opened.add(p.id);
    }
    stack = covering;
    out += escapeHtml(text.slice(a, b));
  }
  for (let i = stack.length - 1; i >= 0; i--) out += markup(stack[i]!, false, true)[1];
  return out;
}

export function renderReport(doc: ExtractDocument, texts: ReadonlyMap<string, SourceText>, o: ReportOptions = {}): string {
  const factId = new Map<string, number>();
  doc.facts.forEach((f, i) => factId.set(`${f.source}\u0000${f.start}\u0000${f.end}\u0000${f.type}`, i));
  const claimTarget = (c: { source: string; start: number; end: number; type?: string }, type: string) =>
    factId.get(`${c.source}\u0000${c.start}\u0000${c.end}\u0000${c.type ?? type}`);

  // Where each fact's field lives in the record (the first record that has it from this source).
  const fieldRow = new Map<string, { rec: number; conflict: boolean; agrees: boolean }>();
  doc.records.forEach((r, ri) => {
    for (const [name, f] of Object.entries(r.fields)) {
      for (const c of f.claims) {
        const key = `${c.source}\u0000${name}`;
        if (!fieldRow.has(key)) fieldRow.set(key, { rec: ri, conflict: f.conflict, agrees: f.sources.includes(c.source) });
      }
    }
  });

  const counts: Record<string, number> = {};
  for (const f of doc.facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
  const title = o.title ?? `dealfacts report: ${doc.sources.length} source${doc.sources.length === 1 ? "" : "s"}`;

  const body: string[] = [];
  body.push(`<header><h1>${escapeHtml(title)}</h1><p class="meta">${doc.sources.length} sources · ${doc.facts.length} facts${doc.errors.length ? ` · <span class="bad">${doc.errors.length} unreadable</span>` : ""}</p>`);
  body.push(`<nav class="legend" aria-label="fact types">${Object.keys(TYPE_STYLE).map((t) => `<label class="chip" style="background:${TYPE_STYLE[t]!.bg}"><input type="checkbox" checked data-toggle="${t}"> ${TYPE_STYLE[t]!.label} <b>${counts[t] ?? 0}</b></label>`).join("")}</nav></header>`);

  body.push(`<main>`);
  doc.records.forEach((r, ri) => body.push(recordHtml(r, ri, doc.records.length, claimTarget)));
  if (doc.errors.length) {
    body.push(`<section class="errors"><h2>Sources that could not be read</h2><ul>${doc.errors.map((e) => `<li><code>${escapeHtml(e.source)}</code>: ${escapeHtml(e.reason)}</li>`).join("")}</ul></section>`);
  }

  body.push(`<h2>Sources</h2>`);
  const bySource = new Map<string, Placed[]>();
  const unplaced = new Map<string, Fact[]>();
  for (const s of doc.sources) {
    const src = texts.get(s.id);
    const facts = doc.facts.map((f, i) => ({ f, i })).filter(({ f }) => f.source === s.id);
    body.push(`<article class="source" id="${anchor("src", s.id)}"><h3>${escapeHtml(s.id)}</h3>`);
    const meta = [s.title ? `<q>${escapeHtml(s.title)}</q>` : "", escapeHtml(sourceDateLabel(s)), s.format === "html" ? "HTML: readable text shown" : "", `${facts.length} facts`].filter(Boolean);
    body.push(`<p class="meta">${meta.join(" · ")}</p>`);
    if (!src) {
      body.push(`<p class="bad">text not available</p></article>`);
      continue;
    }
    const view = readableText(src);
    const placed: Placed[] = [];
    for (const { f, i } of facts) {
      const span = view.toClean(f.start, f.end);
      if (span) placed.push({ id: i, fact: f, start: span[0], end: span[1] });
      else unplaced.set(s.id, [...(unplaced.get(s.id) ?? []), f]);
    }
    bySource.set(s.id, placed);
    const html = highlight(view.text, placed, (p, first, last) => {
      const f = p.fact;
      const st = TYPE_STYLE[f.type] ?? { bg: "#eee", label: f.type.toUpperCase() };
      const fields = f.fields ?? [];
      const rows = fields.map((name) => ({ name, row: fieldRow.get(`${f.source}\u0000${name}`) }));
      const conflict = rows.some((x) => x.row?.conflict && !x.row.agrees);
      const cls = ["fact", `t-${f.type}`, fields.length ? "claim" : "", conflict ? "disputed" : ""].filter(Boolean).join(" ");
      const tip = `${f.type}: ${humanValue(f.type, f.value)} (${exactValue(f.type, f.value)}) · rule ${f.rule ?? "?"}${fields.length ? ` · supports ${fields.join(", ")}` : ""}`;
      const label = last
        ? `<span class="label">${st.label}${rows.map((x) => ` <a href="#${anchor("rec", x.row?.rec ?? 0, "field", x.name)}" class="to-field" title="go to the record row">→ ${escapeHtml(x.name)}</a>`).join("")}</span>`
        : "";
      const attrs = `class="${cls}" data-type="${escapeHtml(f.type)}" data-fact="${p.id}"${first ? ` id="f-${p.id}"` : ""}${fields.length ? ` data-fields="${escapeHtml(fields.join(" "))}"` : ""} title="${escapeHtml(tip)}" style="background:${st.bg}"`;
      return [`<mark ${attrs}>`, `${label}</mark>`];
    });
    body.push(`<pre class="text">${html}</pre>`);
    const lost = unplaced.get(s.id);
    if (lost?.length) body.push(`<p class="meta">facts inside markup, not shown in the text: ${lost.map((f) => `${escapeHtml(f.type)} “${escapeHtml(f.text)}”`).join(", ")}</p>`);
    body.push(`</article>`);
  }
  body.push(`</main>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dealfacts">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
<script>${JS}</script>
</body>
</html>
`;
}

function recordHtml(r: DealRecord, ri: number, total: number, claimTarget: (c: { source: string; start: number; end: number; type?: string }, type: string) => number | undefined): string {
  const out: string[] = [];
  const title = total > 1 ? `Deal record ${ri + 1} of ${total}` : "Deal record";
  out.push(`<section class="record" id="${anchor("rec", ri)}"><h2>${title}</h2>`);
  if (r.parties.length) out.push(`<p class="parties">Parties: ${r.parties.map((p) => `<strong>${escapeHtml(p.name)}</strong>${p.role ? ` <span class="meta">(${escapeHtml(p.role)})</span>` : ""}`).join(", ")}</p>`);
  if (r.sources?.length) out.push(`<p class="meta">Sources: ${r.sources.map((s) => `<a href="#${anchor("src", s)}">${escapeHtml(s)}</a>`).join(", ")}</p>`);
  const names = Object.keys(r.fields);
  if (!names.length) {
    out.push(`<p class="meta">No deal fields found.</p></section>`);
    return out.join("\n");
  }
  out.push(`<table class="fields"><thead><tr><th>field</th><th>value</th><th>verdict</th><th>claims</th></tr></thead><tbody>`);
  for (const name of names) {
    const f = r.fields[name]!;
    const type = fieldType(f);
    const verdict = f.conflict
      ? `<span class="verdict conflict">⚠ conflict</span>`
      : `<span class="verdict agree">agree (${f.sources.length})</span>`;
    const claims = f.claims.map((c) => {
      const t = String(c.type ?? type);
      const target = claimTarget(c, t);
      const agrees = f.sources.includes(c.source);
      const inner = `<span class="src">${escapeHtml(c.source)}</span> “${escapeHtml(c.text)}” <span class="meta">${escapeHtml(humanValue(t, c.value))}</span>`;
      const link = target !== undefined ? `<a href="#f-${target}">${inner}</a>` : inner;
      return `<li class="${agrees ? "agrees" : "differs"}">${agrees ? "" : "≠ "}${link}</li>`;
    });
    out.push(`<tr id="${anchor("rec", ri, "field", name)}" class="field${f.conflict ? " conflict" : ""}" data-field="${escapeHtml(name)}"><th scope="row">${escapeHtml(name)}</th><td><strong>${escapeHtml(humanValue(type, f.value))}</strong><br><code>${escapeHtml(exactValue(type, f.value))}</code></td><td>${verdict}</td><td><ul class="claims">${claims.join("")}</ul></td></tr>`);
  }
  out.push(`</tbody></table></section>`);
  return out.join("\n");
}

const CSS = `
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--bad:#b42318}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;background:#f6f8fa}
header{background:#fff;border-bottom:1px solid var(--line);padding:16px 28px;position:sticky;top:0;z-index:2}
h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}h3{font-size:15px;margin:0 0 4px;font-family:ui-monospace,monospace}
main{padding:8px 28px 40px;max-width:1100px}
.meta{color:var(--muted);font-size:13px;margin:2px 0 8px}.bad{color:var(--bad)}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.chip{border-radius:12px;padding:1px 10px;font-size:12px;font-weight:600;cursor:pointer;user-select:none}
.chip input{margin:0 4px 0 0;vertical-align:-1px}
.record{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 18px 14px}
table.fields{border-collapse:collapse;width:100%;font-size:14px}
.fields th,.fields td{border-top:1px solid var(--line);padding:8px;text-align:left;vertical-align:top}
.fields thead th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;border-top:0}
tr.field.conflict{background:#fff4f2}tr.field:target,tr.field.lit{outline:2px solid #0969da}
.verdict{font-weight:700;white-space:nowrap}.verdict.conflict{color:var(--bad)}.verdict.agree{color:#1a7f37}
ul.claims{margin:0;padding:0;list-style:none}ul.claims li{margin:0 0 3px}ul.claims li.differs{color:var(--bad)}
ul.claims a{color:inherit;text-decoration:none;border-bottom:1px dotted currentColor}
.src{font-family:ui-monospace,monospace;font-size:12px;background:#eef1f4;border-radius:4px;padding:0 4px}
.source{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;margin:0 0 14px}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:15px/2.3 Georgia,"Times New Roman",serif;margin:0}
mark.fact{color:inherit;border-radius:5px;padding:2px 4px;margin:0 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.fact mark.fact{padding:1px 3px}
mark.fact.claim{box-shadow:inset 0 -2px 0 #0969da}
mark.fact.disputed{box-shadow:inset 0 0 0 2px var(--bad)}
mark.fact:target{outline:3px solid #0969da}
.label{font:700 10px/1 system-ui,sans-serif;letter-spacing:.04em;margin-left:5px;vertical-align:middle;color:#3b3f45;text-transform:uppercase}
.label a.to-field{color:#0969da;text-decoration:none;text-transform:none;font-weight:600}
body.hide-money mark.t-money,body.hide-percent mark.t-percent,body.hide-date mark.t-date,body.hide-org mark.t-org,
body.hide-quote mark.t-quote,body.hide-duration mark.t-duration,body.hide-quantity mark.t-quantity{background:none!important;box-shadow:none;padding:0;margin:0}
body.hide-money mark.t-money>.label,body.hide-percent mark.t-percent>.label,body.hide-date mark.t-date>.label,body.hide-org mark.t-org>.label,
body.hide-quote mark.t-quote>.label,body.hide-duration mark.t-duration>.label,body.hide-quantity mark.t-quantity>.label{display:none}
`;

// Toggle a type's highlights from the legend; light up a field's row when one of its facts is hovered.
const JS = `
document.querySelectorAll('[data-toggle]').forEach(function(box){box.addEventListener('change',function(){document.body.classList.toggle('hide-'+box.dataset.toggle,!box.checked)})});
document.querySelectorAll('mark.claim').forEach(function(m){
  var rows=function(){return (m.dataset.fields||'').split(' ').map(function(f){return document.querySelector('tr.field[data-field="'+f+'"]')}).filter(Boolean)};
  m.addEventListener('mouseenter',function(){rows().forEach(function(r){r.classList.add('lit')})});
  m.addEventListener('mouseleave',function(){rows().forEach(function(r){r.classList.remove('lit')})});
});
`;
