// CSV (RFC 4180) of the facts: one row a fact, a header row, CRLF line ends, a field quoted when it
// holds a comma, a quote, CR or LF, quotes doubled. Nested values are JSON in one cell, so the rows
// parse back to exactly the facts of `--json` (parseFactsCsv, used by the tests and by anyone).
import type { Fact } from "../model.js";
import { humanValue } from "./format.js";

export const CSV_COLUMNS = ["source", "line", "start", "end", "type", "text", "display", "value", "rule", "fields", "cues", "extra"] as const;
const KNOWN = new Set<string>(["source", "line", "start", "end", "type", "text", "value", "rule", "fields", "cues"]);

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

export function factToCsv(f: Fact): string {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) if (!KNOWN.has(k) && k !== "kind") extra[k] = v;
  return csvRow([
    f.source,
    String(f.line),
    String(f.start),
    String(f.end),
    f.type,
    f.text,
    humanValue(f.type, f.value),
    JSON.stringify(f.value),
    f.rule ?? "",
    f.fields ? f.fields.join(";") : "",
    f.cues ? JSON.stringify(f.cues) : "",
    Object.keys(extra).length ? JSON.stringify(extra) : "",
  ]);
}

export function renderCsv(facts: readonly Fact[]): string {
  return csvHeader() + facts.map(factToCsv).join("");
}

/** RFC 4180 rows; accepts LF as well as CRLF line ends. A quoted field may hold anything. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      any = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      any = true;
      i++;
    } else if (c === "\r" || c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      any = false;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      any = true;
      i++;
    }
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (any || field) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The facts a `--format csv` output holds, as `--json` would give them. */
export function parseFactsCsv(text: string): Fact[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`CSV has no ${name} column`);
    return i;
  };
  const idx = Object.fromEntries(CSV_COLUMNS.map((c) => [c, col(c)])) as Record<(typeof CSV_COLUMNS)[number], number>;
  return rows.map((r) => {
    const get = (c: (typeof CSV_COLUMNS)[number]) => r[idx[c]] ?? "";
    const f: Fact = {
      type: get("type") as Fact["type"],
      text: get("text"),
      source: get("source"),
      start: Number(get("start")),
      end: Number(get("end")),
      line: Number(get("line")),
      value: JSON.parse(get("value")) as Record<string, unknown>,
      rule: get("rule"),
    };
    if (get("fields")) f.fields = get("fields").split(";");
    if (get("cues")) f.cues = JSON.parse(get("cues")) as Record<string, string[]>;
    if (get("extra")) Object.assign(f, JSON.parse(get("extra")) as Record<string, unknown>);
    return f;
  });
}
