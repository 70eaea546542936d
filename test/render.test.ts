// Renderers in-process on a sample of our own: values as people write them, tables that fit the
// terminal, colour rules, the progress bar, globs, Markdown escaping and the HTML report's marks.
import { describe, expect, it } from "vitest";
import { exactValue, humanValue, valueWithExact, explainFact, sourceDateLabel } from "../src/render/format.js";
import { colourLevel, makePaint } from "../src/render/paint.js";
import { displayWidth, fitColumns, renderFacts, renderFieldClaims, renderRecord, truncate, wrap } from "../src/render/table.js";
import { Progress } from "../src/render/progress.js";
import { compileGlob, selectField, sourceMatcher } from "../src/render/select.js";
import { mdCell, renderMarkdown } from "../src/render/markdown.js";
import { readableText, renderReport, highlight } from "../src/render/report-html.js";
import { planOutput } from "../src/render/output.js";
import { PAGE, sampleDoc, sampleTexts } from "./render-sample.js";

const ANSI = /\x1b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ANSI, "");

describe("values as people write them, beside the exact value", () => {
  it("money, percent, dates, durations", () => {
    expect(humanValue("money", { amount: 38e9, currency: "USD" })).toBe("$38 billion");
    expect(humanValue("money", { amount: 4.2e9, currency: "USD", qualifier: "more than" })).toBe("more than $4.2 billion");
    expect(humanValue("money", { amount: 2.5e9, currency: "EUR" })).toBe("€2.5 billion");
    expect(humanValue("money", { amount: 10e9, max: 12e9, currency: "USD" })).toBe("$10 billion–$12 billion");
    expect(humanValue("money", { amount: 61.5, currency: "USD" })).toBe("$61.50");
    expect(humanValue("money", { amount: 5e6, currency: "SEK" })).toBe("5 million SEK");
    expect(humanValue("percent", { value: 4.7 })).toBe("4.7%");
    expect(humanValue("date", { iso: "2025-11-03" })).toBe("3 November 2025");
    expect(humanValue("date", { iso: "2024-H2" })).toBe("H2 2024");
    expect(humanValue("date", { iso: null })).toBe("(unresolved)");
    expect(humanValue("duration", { iso: "P7Y" })).toBe("7 years");
    expect(humanValue("duration", { iso: "P8Y6M" })).toBe("8 years 6 months");
    expect(humanValue("duration", { iso: "P1Y1M" })).toBe("1 year 1 month");
    expect(humanValue("quantity", { amount: 100000, unit: "GPU", qualifier: "hundreds of thousands" })).toBe("hundreds of thousands 100,000 GPU");
    expect(valueWithExact("money", { amount: 38e9, currency: "USD" })).toBe("$38 billion (38000000000 USD)");
    expect(valueWithExact("percent", { value: 4.7 })).toBe("4.7%");
    expect(valueWithExact("date", { iso: "2025-03-09", inferred: true })).toBe("9 March 2025 (2025-03-09, inferred)");
    expect(exactValue("money", { amount: 1.5e9, currency: "USD" })).toBe("1500000000 USD");
    // A share move down says so; its exact value is the figure as written.
    expect(valueWithExact("percent", { value: 4, direction: "down" })).toBe("4% down");
    expect(exactValue("percent", { value: 4, direction: "down" })).toBe("4");
    // So does a change in a price ("fell 11 cents").
    expect(humanValue("money", { amount: 0.11, currency: "USD", direction: "down" })).toBe("$0.11 down");
  });
  it("heads a source by its date: its own, the day its deal gives it, or none", () => {
    expect(sourceDateLabel({ published: "2026-06-09" })).toBe("published 2026-06-09");
    expect(sourceDateLabel({ published: null, dateInferred: { day: "2026-06-09", from: "announcement" } })).toBe("no date; read as 2026-06-09 (its announcement day, as the other sources give it)");
    expect(sourceDateLabel({ published: null, dateInferred: { day: "2026-06-09", from: "deal" } })).toBe("no date; read as 2026-06-09 (the other sources' dates)");
    expect(sourceDateLabel({ published: null })).toBe("no date");
  });
  it("explains a fact by rule and cue words", () => {
    expect(explainFact({ rule: "money.symbol-scale", fields: ["value"], cues: { value: ["buy", "for"] } })).toBe('money.symbol-scale → value ("buy", "for")');
    expect(explainFact({ rule: "date.iso" })).toBe("date.iso");
  });
});

describe("colour", () => {
  it("only on a TTY; NO_COLOR wins; FORCE_COLOR forces", () => {
    expect(colourLevel({ isTTY: false }, {})).toBe(0);
    expect(colourLevel({ isTTY: true }, {})).toBe(1);
    expect(colourLevel({ isTTY: true }, { NO_COLOR: "1" })).toBe(0);
    expect(colourLevel({ isTTY: true }, { NO_COLOR: "1", FORCE_COLOR: "3" })).toBe(0);
    expect(colourLevel({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(1);
    expect(colourLevel({ isTTY: false }, { FORCE_COLOR: "" })).toBe(1);
    expect(colourLevel({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(0);
    expect(colourLevel({ isTTY: true }, { NO_COLOR: "" })).toBe(1);
    expect(colourLevel({ isTTY: true }, { TERM: "dumb" })).toBe(0);
  });
  it("level 0 paints nothing, level 1 paints", () => {
    expect(makePaint(0).bad("x")).toBe("x");
    expect(makePaint(1).bad("x")).toMatch(ANSI);
  });
});

describe("tables fit the terminal", () => {
  it("wrap and truncate", () => {
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
    expect(truncate("abc", 5)).toBe("abc");
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    const cut = wrap("word ".repeat(40).trim(), 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    for (const l of cut) expect(displayWidth(l)).toBeLessThanOrEqual(10);
    expect(wrap("abcdefghijklmnop", 5, 10)).toEqual(["abcde", "fghij", "klmno", "p"]);
    expect(displayWidth("資料")).toBe(4);
  });
  it("narrow columns keep their width, wide ones share the rest", () => {
    const w = fitColumns([{ head: "line", min: 4 }, { head: "text", min: 10, flex: 1 }], [["12", "x".repeat(200)]], 60);
    expect(w[0]).toBe(4);
    expect(w[0]! + w[1]! + 3 + 4).toBeLessThanOrEqual(60);
  });
  for (const width of [60, 80, 120]) {
    it(`every line of the tables is at most ${width} columns`, () => {
      const doc = sampleDoc();
      for (const explain of [false, true]) {
        const out = [renderFacts(doc, { width, explain, paint: makePaint(1) }), renderRecord(doc.record, { width }), renderFieldClaims(doc.records, "value", { width })].join("\n");
        for (const line of strip(out).split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    });
  }
  it("shows the facts, human and exact values, and marks the conflict with what the others say", () => {
    const doc = sampleDoc();
    const facts = renderFacts(doc, { width: 140 });
    expect(facts).toContain("$1.2 billion (1200000000 USD)");
    expect(facts).toContain("4.7%");
    expect(facts).toContain("⏎"); // the newline inside the quote cannot break the table
    const rec = renderRecord(doc.record, { width: 140 });
    expect(rec).toMatch(/value .*\$1\.2 billion/);
    expect(rec).toContain("conflict (2 sources)");
    expect(rec).toContain("vs $1.5 billion (1500000000 USD): acme/page.html");
    expect(rec).toContain("agree (1)");
    expect(renderFacts(doc, { width: 140, explain: true })).toContain('money.symbol-scale → value ("buy", "for")');
  });
  it("a field whose claims are of several types shows its value by the value's own type", () => {
    const rec = {
      parties: [],
      sources: ["a.txt"],
      fields: {
        stock: {
          value: { amount: 58.4, currency: "USD" },
          text: "$58.40",
          type: "money",
          sources: ["a.txt"],
          conflict: false,
          claims: [
            { source: "a.txt", text: "30%", start: 10, end: 13, type: "percent" as const, value: { value: 30 } },
            { source: "a.txt", text: "$58.40", start: 20, end: 26, type: "money" as const, value: { amount: 58.4, currency: "USD" } },
          ],
        },
      },
    };
    expect(renderRecord(rec, { width: 120 })).toMatch(/stock +│ \$58\.40 \(58\.4 USD\)/);
    expect(renderMarkdown({ ...sampleDoc(), record: rec, records: [rec] }, { width: 120 })).toContain("$58.40");
  });

  it("--field lists each source's claim on the field", () => {
    const out = renderFieldClaims(sampleDoc().records, "value", { width: 120 });
    expect(out).toContain("acme/wire.txt");
    expect(out).toContain("acme/page.html");
    expect(out).toMatch(/\$1\.5 billion.*other/);
    expect(out).toMatch(/\$1\.2 billion.*agree/);
  });
});

describe("progress bar", () => {
  const fake = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { isTTY, columns: 80, write: (s: string) => chunks.push(s), chunks };
  };
  it("never on a pipe, however many sources", () => {
    const s = fake(false);
    const p = new Progress(s, { threshold: 30 });
    for (let i = 0; i < 500; i++) p.tick(`f${i}.txt`, 3);
    p.done();
    expect(s.chunks).toEqual([]);
  });
  it("on a TTY only past the threshold, then erased", () => {
    const s = fake(true);
    let t = 0;
    const p = new Progress(s, { threshold: 30, total: 100, now: () => (t += 100) });
    for (let i = 0; i < 30; i++) p.tick(`f${i}.txt`);
    expect(s.chunks).toEqual([]);
    for (let i = 30; i < 100; i++) p.tick(`f${i}.txt`, 2);
    expect(s.chunks.length).toBeGreaterThan(0);
    expect(s.chunks.at(-1)).toContain("100/100 sources");
    expect(s.chunks.at(-1)).toContain("140 facts");
    p.done();
    expect(s.chunks.at(-1)).toBe("\r\x1b[2K");
  });
});

const G = (g: string) => ({ test: compileGlob(g) });
describe("--source globs", () => {
  it("*, ?, ** and classes", () => {
    expect(G("*.txt").test("wire.txt")).toBe(true);
    expect(G("*.txt").test("a/wire.txt")).toBe(false);
    expect(G("**/*.txt").test("a/b/wire.txt")).toBe(true);
    expect(G("**/*.txt").test("wire.txt")).toBe(true);
    expect(G("a/**").test("a/b/c.md")).toBe(true);
    expect(G("day?.txt").test("day1.txt")).toBe(true);
    expect(G("day?.txt").test("day10.txt")).toBe(false);
    expect(G("day[12].txt").test("day2.txt")).toBe(true);
    expect(G("day[!12].txt").test("day2.txt")).toBe(false);
    expect(G("a+b(1).txt").test("a+b(1).txt")).toBe(true);
    expect(G("a.txt").test("abtxt")).toBe(false);
  });
  it("a glob without / also matches the last part of the id", () => {
    const m = sourceMatcher(["wire*"]);
    expect(m("acme/wire.txt")).toBe(true);
    expect(m("acme/blog.md")).toBe(false);
    expect(sourceMatcher(["acme/*.md"])("acme/blog.md")).toBe(true);
    expect(sourceMatcher(["acme/*.md"])("other/blog.md")).toBe(false);
  });
  it("runs in linear time on long near-matches", () => {
    const re = G("**/*a*b*c*d*e*f.txt");
    const s = "a/".repeat(2000) + "abcde".repeat(2000) + ".tx";
    expect(re.test(s)).toBe(false);
  });
});

describe("--format and --field plan", () => {
  it("--json and --ndjson are shorthands; two formats are refused", () => {
    const o: Record<string, unknown> = { format: "csv" };
    expect(planOutput(o).format).toBe("csv");
    const j: Record<string, unknown> = { json: true };
    expect(planOutput(j).format).toBe("json");
    expect(j.json).toBe(true);
    const n: Record<string, unknown> = { format: "ndjson" };
    planOutput(n);
    expect(n.ndjson).toBe(true);
    expect(() => planOutput({ json: true, format: "csv" })).toThrow(/choose one output format/);
    expect(() => planOutput({ format: "xml" })).toThrow(/table, json, ndjson, csv, markdown/);
    expect(planOutput({ format: "md" }).format).toBe("markdown");
  });
  it("--field keeps the facts and record entry of that field", () => {
    const d = selectField(sampleDoc(), "value");
    expect(d.facts.map((f) => f.text)).toEqual(["$1.5 billion", "$1.2 billion"]);
    expect(Object.keys(d.record.fields)).toEqual(["value"]);
  });
});

describe("markdown", () => {
  it("escapes what would break a table or turn into markup", () => {
    expect(mdCell("a | b")).toBe("a \\| b");
    expect(mdCell("one\ntwo")).toBe("one<br>two");
    expect(mdCell("<script>*x*_y_")).toBe("&lt;script&gt;\\*x\\*\\_y\\_");
  });
  it("renders a record table and a facts table per source, every row with the header's cell count", () => {
    const md = renderMarkdown(sampleDoc(), { explain: true });
    expect(md).toContain("## Deal record");
    expect(md).toContain("### acme/wire.txt");
    expect(md).toContain("⚠ conflict (2 sources)");
    const tables = md.split(/\n\n/).map((b) => b.trim()).filter((b) => b.startsWith("|"));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const rows = t.split("\n");
      expect(rows[1]).toMatch(/^\|( --- \|)+$/);
      const cells = (r: string) => r.replace(/\\\|/g, "").split("|").length;
      for (const r of rows) expect(cells(r), r).toBe(cells(rows[0]!));
    }
  });
});

describe("HTML report", () => {
  it("readable text of an HTML source, with raw offsets mapped into it", () => {
    const v = readableText({ raw: PAGE, format: "html" });
    expect(v.text).not.toContain("<p>");
    expect(v.text).not.toContain("color:red");
    const raw = PAGE.indexOf("$1.5 billion");
    const span = v.toClean(raw, raw + "$1.5 billion".length)!;
    expect(v.text.slice(span[0], span[1])).toBe("$1.5 billion");
    const amp = PAGE.indexOf("Acme &amp;");
    const s2 = v.toClean(amp, amp + "Acme &amp;".length)!;
    expect(v.text.slice(s2[0], s2[1])).toBe("Acme &");
  });
  it("one mark per fact, by type; claims link to their record row and back", () => {
    const doc = sampleDoc();
    const html = renderReport(doc, sampleTexts());
    const ids = new Map<string, Set<string>>();
    for (const m of html.matchAll(/<mark [^>]*data-type="(\w+)" data-fact="(\d+)"/g)) {
      if (!ids.has(m[1]!)) ids.set(m[1]!, new Set());
      ids.get(m[1]!)!.add(m[2]!);
    }
    const want: Record<string, number> = {};
    for (const f of doc.facts) want[f.type] = (want[f.type] ?? 0) + 1;
    expect(Object.fromEntries([...ids].map(([k, v]) => [k, v.size]))).toEqual(want);
    expect(html).toMatch(/<tr id="rec--0--field--value" class="field conflict"/);
    expect(html).toContain('href="#rec--0--field--value"');
    for (let i = 0; i < doc.facts.length; i++) expect(html).toContain(`id="f-${i}"`);
    expect(html).not.toMatch(/https?:\/\/(?!json-schema)/); // nothing to fetch
    expect(html).toContain("default-src 'none'");
  });
  it("escapes source text: markup in a plain-text source is shown, never run", () => {
    const doc = sampleDoc();
    const html = renderReport(doc, sampleTexts());
    expect(html).toContain("&lt;b&gt;analysts&lt;/b&gt;");
    expect(html).not.toContain("<b>analysts</b>");
    expect(html).toContain("&quot;strong&quot;");
  });
  it("nests marks properly when facts overlap or cross", () => {
    const text = "abcdefghij";
    const f = (id: number, start: number, end: number) => ({ id, start, end, fact: { type: "money" } as never });
    const out = highlight(text, [f(0, 0, 6), f(1, 2, 4), f(2, 5, 9)], (p) => [`<m${p.id}>`, `</m${p.id}>`]);
    // Every close matches the innermost open.
    const stack: string[] = [];
    for (const m of out.matchAll(/<(\/?)m(\d)>/g)) {
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
    expect(out.replace(/<\/?m\d>/g, "")).toBe(text);
  });
});
