// Tables for people at a terminal: facts per source, then the deal record. Tables fit the width of
// the terminal: narrow columns keep their natural width, the wide ones (the text, the value) share
// what is left, and long quotes wrap over a few lines and are then cut with an ellipsis.
import Table from "cli-table3";
import type { ExtractDocument, DealRecord, Fact } from "../model.js";
import { safeText } from "./safe.js";
import { explainFact, factValueWithExact, guessType, valueWithExact, fieldType, sourceDateLabel } from "./format.js";
import { plain, type Paint } from "./paint.js";

export interface TableOptions {
  paint?: Paint;
  /** Terminal width in columns; tables never grow past it. */
  width?: number;
  /** Add the rule id and the cue words that tied each fact to its field. */
  explain?: boolean;
  /** Lines a long cell may take before it is cut with an ellipsis. */
  maxLines?: number;
}

export const DEFAULT_WIDTH = 100;

/** The width to fit: the terminal's when stdout is one, else $COLUMNS, else 100. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_WIDTH;
}

// ---- text measurement and wrapping --------------------------------------------------------------

/** Columns a string takes on a terminal: East Asian wide characters take two, combining marks none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfe0f) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}
function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
}

/** Cut to `width` columns, ending in "…" when anything was cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? "…" : "";
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

/** Word-wrap to `width` columns over at most `maxLines` lines; the last line ends in "…" if cut. */
export function wrap(s: string, width: number, maxLines = 3): string[] {
  width = Math.max(1, width);
  const lines: string[] = [];
  for (const para of s.split("\n")) {
    let line = "";
    for (const word of para.split(/ +/)) {
      let rest = word;
      // A word longer than the line is split where it must be.
      while (displayWidth(rest) > width) {
        if (line) {
          lines.push(line);
          line = "";
        }
        let head = "";
        let hw = 0;
        for (const ch of rest) {
          const cw = displayWidth(ch);
          if (hw + cw > width) break;
          head += ch;
          hw += cw;
        }
        if (!head) head = [...rest][0]!;
        lines.push(head);
        rest = rest.slice(head.length);
      }
      if (!line) line = rest;
      else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line += " " + rest;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = displayWidth(last) + 2 <= width ? `${last} \u2026` : truncate(`${last}  `, width);
  return kept;
}

// ---- column fitting ------------------------------------------------------------------------------

export interface Column {
  head: string;
  /** Fewest columns of content this column may have. */
  min: number;
  /** Wide columns share the space left after the narrow ones; weight is their share. */
  flex?: number;
  /** Never wider than this, even when there is room. */
  max?: number;
}

/**
 * Content widths per column so the whole table, borders and padding included, fits `width`.
 * Narrow columns keep their natural width; flexible ones share the rest in proportion to weight.
 */
export function fitColumns(cols: Column[], rows: string[][], width: number): number[] {
  const natural = cols.map((c, i) => {
    let w = displayWidth(c.head);
    for (const r of rows) for (const line of (r[i] ?? "").split("\n")) w = Math.max(w, displayWidth(line));
    return Math.max(c.min, Math.min(w, c.max ?? Infinity));
  });
  const overhead = cols.length + 1 + 2 * cols.length; // borders, one space of padding each side
  const avail = Math.max(cols.length, width - overhead);
  if (natural.reduce((a, b) => a + b, 0) <= avail) return natural;
  const fixed = cols.map((c, i) => (c.flex ? 0 : natural[i]!));
  let left = avail - fixed.reduce((a, b) => a + b, 0);
  const flexIdx = cols.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
  const out = [...fixed];
  // Give each flexible column its share, but no more than it needs; pass what it leaves on.
  let pending = [...flexIdx];
  while (pending.length) {
    const weight = pending.reduce((a, i) => a + cols[i]!.flex!, 0);
    const done = pending.filter((i) => natural[i]! <= Math.floor((left * cols[i]!.flex!) / weight));
    if (!done.length) {
      for (const i of pending) out[i] = Math.max(cols[i]!.min, Math.floor((left * cols[i]!.flex!) / weight));
      break;
    }
    for (const i of done) {
      out[i] = natural[i]!;
      left -= natural[i]!;
    }
    pending = pending.filter((i) => !done.includes(i));
  }
  // Still too wide (a narrow terminal): take a column from the widest until it fits or all are at
  // their minimum; fixed columns then show one line cut with an ellipsis.
  let over = out.reduce((a, b) => a + b, 0) - avail;
  while (over > 0) {
    let widest = -1;
    for (let i = 0; i < out.length; i++) if (out[i]! > cols[i]!.min && (widest < 0 || out[i]! > out[widest]!)) widest = i;
    if (widest < 0) break;
    out[widest]!--;
    over--;
  }
  return out;
}

/** Draw rows (plain text) fitted to `width`; `colour` paints a cell after wrapping. */
export function drawTable(
  cols: Column[],
  rows: string[][],
  width: number,
  paint: Paint,
  colour: (row: number, col: number, s: string) => string = (_r, _c, s) => s,
  maxLines = 3,
): string {
  const widths = fitColumns(cols, rows, width);
  const cells = rows.map((r) => r.map((cell, ci) => wrap(cell, widths[ci]!, cols[ci]!.flex ? maxLines : 1)));
  // Rules between rows only when some row takes several lines; otherwise a compact table.
  const multi = cells.some((r) => r.some((c) => c.length > 1));
  const t = new Table({
    head: cols.map((c, i) => paint.dim(truncate(c.head, widths[i]!))),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    ...(multi ? {} : { chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } }),
  });
  cells.forEach((r, ri) => t.push(r.map((lines, ci) => lines.map((l) => colour(ri, ci, l)).join("\n"))));
  return t.toString();
}

// ---- the tables dealfacts prints --------------------------------------------------------------------

export function renderFacts(doc: ExtractDocument, paintOrOpts: Paint | TableOptions = {}): string {
  const o = asOptions(paintOrOpts);
  const paint = o.paint ?? plain;
  const width = o.width ?? DEFAULT_WIDTH;
  const out: string[] = [];
  const bySource = groupBy(doc.facts, (f) => f.source);
  for (const s of doc.sources) {
    const facts = bySource.get(s.id) ?? [];
    const meta = `  ${sourceDateLabel(s)}${s.title ? ` · ${safeText(s.title)}` : ""} · ${facts.length} fact${facts.length === 1 ? "" : "s"}`;
    out.push(paint.heading(safeText(s.id)) + paint.dim(truncate(meta, Math.max(10, width - displayWidth(s.id)))));
    if (!facts.length) continue;
    out.push(factTable(facts, o));
  }
  for (const e of doc.errors) out.push(paint.bad(`${safeText(e.source)}: ${safeText(e.reason)}`));
  return out.join("\n");
}

export function factTable(facts: readonly Fact[], o: TableOptions = {}): string {
  const paint = o.paint ?? plain;
  const cols: Column[] = [
    { head: "line", min: 4 },
    { head: "type", min: 4 },
    { head: "text", min: 12, flex: 3 },
    { head: "value", min: 12, flex: 2 },
  ];
  if (o.explain) cols.push({ head: "rule → field (cues)", min: 12, flex: 2 });
  const rows = facts.map((f) => {
    const r = [String(f.line), f.type, safeText(f.text), safeText(factValueWithExact(f))];
    if (o.explain) r.push(safeText(explainFact(f)));
    return r;
  });
  return drawTable(cols, rows, o.width ?? DEFAULT_WIDTH, paint, (ri, ci, s) => (ci === 1 ? paint.type(facts[ri]!.type, s) : s), o.maxLines ?? 3);
}

export function renderRecord(rec: DealRecord, paintOrOpts: Paint | TableOptions = {}, title = "Deal record"): string {
  const o = asOptions(paintOrOpts);
  const paint = o.paint ?? plain;
  const out: string[] = [paint.heading(title)];
  const width = o.width ?? DEFAULT_WIDTH;
  if (rec.parties.length) out.push(wrap(`parties: ${rec.parties.map((p) => safeText(p.name) + (p.role ? ` (${safeText(p.role)})` : "")).join(", ")}`, width, 10).join("\n"));
  if (rec.sources?.length) out.push(paint.dim(wrap(`sources: ${rec.sources.map((s) => safeText(s)).join(", ")}`, width, 10).join("\n")));
  const names = Object.keys(rec.fields);
  if (!names.length) {
    out.push(paint.dim("no deal fields found"));
    return out.join("\n");
  }
  const cols: Column[] = [
    { head: "field", min: 5 },
    { head: "value", min: 14, flex: 3 },
    { head: "sources", min: 10, flex: 2 },
    { head: "verdict", min: 7 },
  ];
  const rows: string[][] = [];
  const conflict: boolean[] = [];
  for (const name of names) {
    const f = rec.fields[name]!;
    const type = fieldType(f);
    let value = safeText(valueWithExact(type, f.value));
    if (f.conflict) {
      // Show what the other sources say, so the conflict can be read without --field.
      const others = new Map<string, string[]>();
      for (const c of f.claims) {
        if (f.sources.includes(c.source)) continue;
        const v = safeText(valueWithExact(String(c.type ?? type), c.value));
        others.set(v, [...(others.get(v) ?? []), c.source]);
      }
      for (const [v, srcs] of others) value += `\nvs ${v}: ${srcs.map((s) => safeText(s)).join(", ")}`;
    }
    const srcCount = new Set(f.claims.map((c) => c.source)).size;
    rows.push([safeText(name), value, f.sources.map((s) => safeText(s)).join(", "), f.conflict ? `conflict (${srcCount} sources)` : `agree (${f.sources.length})`]);
    conflict.push(f.conflict);
  }
  out.push(drawTable(cols, rows, width, paint, (ri, ci, s) => (ci === 3 ? (conflict[ri] ? paint.bad(s) : paint.good(s)) : s), 6));
  return out.join("\n");
}

/** `--field NAME`: every source's claim on one field, marked by whether it agrees with the record. */
export function renderFieldClaims(records: readonly DealRecord[], field: string, paintOrOpts: Paint | TableOptions = {}): string {
  const o = asOptions(paintOrOpts);
  const paint = o.paint ?? plain;
  const out: string[] = [];
  records.forEach((rec, i) => {
    const f = rec.fields[field];
    const title = `${safeText(field)}${records.length > 1 ? ` · deal record ${i + 1} of ${records.length}` : ""}`;
    if (!f) {
      if (records.length === 1) out.push(paint.heading(title) + "\n" + paint.dim("no source makes a claim on this field"));
      return;
    }
    const type = fieldType(f);
    out.push(paint.heading(title) + "  " + safeText(valueWithExact(type, f.value)) + "  " + (f.conflict ? paint.bad("conflict") : paint.good(`agree (${f.sources.length})`)));
    const cols: Column[] = [
      { head: "source", min: 6, flex: 1, max: 40 },
      { head: "line", min: 4 },
      { head: "text", min: 12, flex: 3 },
      { head: "value", min: 12, flex: 2 },
      { head: "", min: 5 },
    ];
    const rows = f.claims.map((c) => [safeText(c.source), c.line ? String(c.line) : "", safeText(c.text), safeText(valueWithExact(String(c.type ?? type), c.value)), f.sources.includes(c.source) ? "agree" : "other"]);
    out.push(drawTable(cols, rows, o.width ?? DEFAULT_WIDTH, paint, (ri, ci, s) => (ci === 4 ? (rows[ri]![4] === "agree" ? paint.good(s) : paint.bad(s)) : s), o.maxLines ?? 3));
  });
  return out.join("\n\n");
}

function asOptions(x: Paint | TableOptions): TableOptions {
  return x && typeof (x as Paint).heading === "function" ? { paint: x as Paint } : (x as TableOptions);
}

export function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const arr = m.get(k);
    if (arr) arr.push(x);
    else m.set(k, [x]);
  }
  return m;
}
