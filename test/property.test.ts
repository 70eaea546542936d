// Properties that hold for any text (fast-check, fixed seed, bounded runs): extraction never
// throws; every fact's text is source.slice(start, end) with the right line; the --json document
// always parses and validates; and the result does not depend on the order of the inputs.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractSource, type SourceResult } from "../src/pipeline/extract-source.js";
import { Collector } from "../src/pipeline/run.js";
import { ExtractDocument, type SourceFormat } from "../src/model.js";

const SEED = 20251103;
const RUNS = 120;

/** Deal-ish, HTML-ish and hostile pieces of our own writing, mixed with arbitrary strings. */
const DEAL = [
  "Harlow Freight agreed to buy Pellin Logistics for $3.2 billion.", "worth about €450m", "rose 12.5% to $41.20", "on Tuesday",
  "a seven-year agreement", "by the end of 2031", '"We are delighted," said Mara Quell, chief executive of Orrin Systems.',
  "“It changes things,” Quell told analysts on Nov. 4, 2025.", "up to £2bn over five years", "in the second half of 2026",
  "8 per cent", "¥1.2 trillion", "Brindle Capital (BCAP)", "$75 million Series C", "hundreds of thousands of GPUs", "$10-12 billion",
  "March 3", "2025-11-03", "Kestrel Inc.", "Dovecote Ltd", "multi-year", "Q3", "H2 2026", "FY2025", "3x",
];
const MARKUP = [
  "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<br>", "<script>", "</script>", "<style>p{}</style>", "<!--", "-->", "<title>", "</title>",
  '<a href="x">', "</a>", '<meta property="article:published_time" content="2025-11-03">', "&amp;", "&lt;", "&#36;", "&euro;", "&#x1F600;", "&bogus;",
  "&", "<", ">", '"', "'", "“", "”", "\u0000", "\u001b[2J", "\u0007", "\r\n", "\r", "\n\n", "\ufeff", "\ud800", "\udfff", "😀", "\u00a0",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DEAL) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\n", ". ", ", ") },
);
const text = fc.array(piece, { maxLength: 60 }).map((a) => a.join(""));
const format = fc.constantFrom<SourceFormat>("text", "markdown", "html", "jsonl");

function lineOf(s: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function checkProvenance(source: string, r: SourceResult) {
  for (const f of r.facts) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(source.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.text).toBe(source.slice(f.start, f.end));
    expect(f.line).toBe(lineOf(source, f.start));
  }
}

describe("properties of extraction (fast-check, seed " + SEED + ")", () => {
  it("for any text, extraction never throws and every fact's text is source.slice(start, end) on the right line", () => {
    fc.assert(
      fc.property(text, format, fc.constantFrom(null, "2025-11-03"), (t, fmt, ref) => {
        const r = extractSource({ id: "p", path: "p", format: fmt, text: t }, { refDate: ref });
        checkProvenance(t, r);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("for any string at all (full Unicode, lone surrogates), the same holds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), format, (t, fmt) => {
        checkProvenance(t, extractSource({ id: "p", path: "p", format: fmt, text: t }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("the --json document always parses back and validates against the schema", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, format), { minLength: 1, maxLength: 4 }), (docs) => {
        const c = new Collector(true);
        docs.forEach(([t, fmt], i) => c.addResult(extractSource({ id: `d${i}`, path: `d${i}`, format: fmt, text: t }, { refDate: "2025-11-03" })));
        c.add({ kind: "error", source: "bad\u0000.txt", path: "bad\u0000.txt", reason: "binary file (not text)" });
        const json = JSON.stringify(c.document(), null, 2);
        const back = JSON.parse(json);
        expect(ExtractDocument.safeParse(back).success).toBe(true);
        expect(back.facts.length).toBe(docs.reduce((n, [t, fmt], i) => n + extractSource({ id: `d${i}`, path: `d${i}`, format: fmt, text: t }, { refDate: "2025-11-03" }).facts.length, 0));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it("the result does not depend on the order of the input files", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 2, maxLength: 5 }),
        fc.infiniteStream(fc.nat()),
        (texts, rnd) => {
          const results = texts.map((t, i) => extractSource({ id: `src-${i}.txt`, path: `src-${i}.txt`, format: "text", text: t }, { refDate: "2025-11-03" }));
          const shuffled = [...results];
          const it = rnd[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = it.next().value % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const a = new Collector(true);
          results.forEach((r) => a.addResult(r));
          const b = new Collector(true);
          shuffled.forEach((r) => b.addResult(r));
          expect(JSON.stringify(b.document())).toBe(JSON.stringify(a.document()));
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("deal stories in any order give the same record", () => {
    const stories = [
      "Harlow Freight agreed to buy Pellin Logistics for $3.2 billion on Monday, Nov. 3, 2025.\nThe seven-year deal lifted Pellin shares 14%.",
      "Pellin Logistics will be acquired by Harlow Freight in a deal worth $3.2 billion, the companies said.",
      "Harlow Freight's $3.5 billion purchase of Pellin Logistics, announced Monday, is a seven-year commitment.",
      "Orrin Systems raised $75 million in a Series C round led by Brindle Capital.",
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(stories.map((s, i) => [s, i] as const), { minLength: stories.length }), (order) => {
        const c = new Collector(true);
        for (const [s, i] of order) c.addResult(extractSource({ id: `story-${i}.txt`, path: `story-${i}.txt`, format: "text", text: s }, { refDate: "2025-11-03" }));
        const c0 = new Collector(true);
        stories.forEach((s, i) => c0.addResult(extractSource({ id: `story-${i}.txt`, path: `story-${i}.txt`, format: "text", text: s }, { refDate: "2025-11-03" })));
        expect(JSON.stringify(c.document())).toBe(JSON.stringify(c0.document()));
      }),
      { seed: SEED, numRuns: 24 },
    );
  });
});
