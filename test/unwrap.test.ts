// Hard-wrapped plain text and Markdown read as the paragraphs they are (src/sources/unwrap.ts).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unwrapSoftBreaks } from "../src/sources/unwrap.js";
import { plainFurniture } from "../src/sources/textview.js";
import { extractSource } from "../src/pipeline/extract-source.js";
import { buildRecords } from "../src/merge/record.js";
import type { SourceFormat } from "../src/model.js";

/** Greedy wrap of every line longer than `width` at spaces, as a mail client or `fmt` would. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (line.length <= width || /^\s*[|#]/.test(line)) {
      out.push(line);
      continue;
    }
    let cur = "";
    for (const w of line.split(" ")) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) out.push(cur);
  }
  return out.join("\n");
}

const PROSE =
  "LONDON, May 4 (Wire) - British low-cost airline Corvid Air has placed a firm order for 60 Aldervane Aerospace jets worth $7.3 billion at list prices, the companies said on Monday, giving the planemaker its biggest order of the year.";

describe("unwrapSoftBreaks", () => {
  it("reads a paragraph wrapped at 60 columns as one line, each break one space mapped to the line break", () => {
    const raw = `Corvid orders jets\n\n${wrap(PROSE, 60)}\n\nBy A. Writer\n`;
    const u = unwrapSoftBreaks(raw)!;
    expect(u.text).toContain(PROSE);
    expect(u.text.startsWith("Corvid orders jets\n\n")).toBe(true);
    // Every character maps to a raw one; the spaces that stand for breaks map to the "\n".
    for (let i = 0; i < u.text.length; i++) {
      const r = raw.slice(u.startMap[i]!, u.endMap[i]!);
      expect(r === u.text[i] || (u.text[i] === " " && r === "\n")).toBe(true);
    }
  });

  it("keeps the breaks of list items, headings, table rows, labels and short lines", () => {
    const raw = [
      "## Deal terms at a glance, with the figures the companies gave us and",
      "- Buyer: Grupo Aeroportuario Tulancingo, the listed operator of six airports",
      "- Seller: Aerovia del Bajio, a private operator owned by two families and a fund",
      "  Cash consideration ............ MXN 18.5bn",
      "  Debt assumed .................. MXN 4.2bn",
      "Date:          14 October 2026",
      "Company:       Grupo Aeroportuario Tulancingo (GATUL* MM)",
      "GATUL: AEROVIA ADDS THE BAJIO AT A FULL BUT DEFENSIBLE PRICE FOR ALL",
      "Shares rose 4.8% after the deal was announced on the Mexican exchange.",
    ].join("\n");
    expect(unwrapSoftBreaks(raw)).toBeNull();
  });

  it("in text that is not wrapped, joins only a line that plainly goes on: lower case next, or a comma or 'of' before", () => {
    const raw = `${PROSE}\nThe deal was signed on Sunday.\nIt was announced on Monday by the\ncompanies, which said\nthat it would close in June.`;
    const u = unwrapSoftBreaks(raw)!;
    expect(u.text).toBe(`${PROSE}\nThe deal was signed on Sunday.\nIt was announced on Monday by the companies, which said that it would close in June.`);
  });
});

describe("extraction over hard-wrapped text", () => {
  it("finds a name, an amount and a quote cut by line breaks, with the raw text's own slice as provenance", () => {
    const raw = wrap(
      'PARIS, June 3 (Wire) - Hoshizora Heavy Industries agreed to buy Valmont Aerostructures for 1.2 billion euros in cash. "We have wanted this business for a decade and we are paying a fair price for it," said Kenji Arata, chief executive of Hoshizora Heavy Industries. Valmont Aerostructures shares rose 12% in Paris after the news, and Hoshizora Heavy Industries shares fell 2% in Tokyo.',
      60,
    );
    const { facts } = extractSource({ id: "w.txt", path: "w.txt", format: "text", text: raw, published: "2026-06-03" });
    for (const f of facts) expect(raw.slice(f.start, f.end)).toBe(f.text);
    const orgs = facts.filter((f) => f.type === "org").map((f) => f.value.name);
    expect(orgs).toContain("Hoshizora Heavy Industries");
    expect(orgs).toContain("Valmont Aerostructures");
    const money = facts.find((f) => f.type === "money")!;
    expect(money.value).toMatchObject({ amount: 1.2e9, currency: "EUR" });
    const quote = facts.find((f) => f.type === "quote")!;
    expect(quote.value).toMatchObject({ speaker: "Kenji Arata" });
    expect(String(quote.value.text)).toContain("for a decade and we are paying");
  });

  // The record of a deal must not depend on where its articles' lines were wrapped.
  for (const deal of ["aldervane-corvid", "tulancingo-aerovia", "copperleaf-hallbrook", "brackenridge-tallowmere"]) {
    it(`${deal}: the record is the same with every plain-text and Markdown article wrapped at 72 columns`, () => {
      const dir = join(import.meta.dirname, "..", "fixtures", "deals", deal);
      const files = readdirSync(dir).sort();
      const recordOf = (wrapped: boolean) => {
        const results = files.map((f) => {
          const text = readFileSync(join(dir, f), "utf8");
          const format: SourceFormat = f.endsWith(".html") ? "html" : f.endsWith(".md") ? "markdown" : "text";
          return extractSource({ id: f, path: f, format, text: wrapped && format !== "html" ? wrap(text, 72) : text });
        });
        const r = buildRecords(results.map((x) => x.source), results.flatMap((x) => x.facts.filter((f) => f.fields?.length)))[0]!;
        return {
          parties: r.parties.map((p) => p.name).sort(),
          value: r.fields.value?.value ?? null,
          announced: r.fields.announced?.value ?? null,
          stock: r.fields.stock?.value ?? null,
          term: r.fields.term?.value ?? null,
        };
      };
      expect(recordOf(true)).toEqual(recordOf(false));
    });
  }
});

describe("page furniture in plain text and Markdown", () => {
  const furnitureText = (text: string) => plainFurniture(text).map(([s, e]) => text.slice(s, e));
  it("is a line that opens with an image, or a quote widget's signed change and percentage", () => {
    const text = [
      "Birch Co shares fell 2.4% to 399.60 pence.",
      "![Day 5 of gains streak for Cedar stock with 475% return (vs. -20% YTD) [10/14/2025]](https://example.com/a.jpg)",
      "Related Charts",
      "+11.60p (+3.41%) delayed 17:35PM",
      "-0.45 (-1.2%)",
      "Shares rose 3% (+2.1% on the week) after the news.",
      "The offer is worth +5 (+3%) on some measures, analysts said.",
    ].join("\n");
    expect(furnitureText(text)).toEqual([
      "![Day 5 of gains streak for Cedar stock with 475% return (vs. -20% YTD) [10/14/2025]](https://example.com/a.jpg)",
      "+11.60p (+3.41%) delayed 17:35PM",
      "-0.45 (-1.2%)",
    ]);
  });
  it("is a wire photo's caption from 'FILE -' or 'FILE PHOTO:' to the end of its line, in capitals only", () => {
    const text = [
      "Alder Ltd agreed to buy Birch Co for $2.5 billion.",
      "Cedar Steel FILE - A water tower at a Cedar Steel plant is seen, May 7, 2020. On Sunday, Cedar Steel said that it rejected a $7.3 billion buyout proposal from Alder Ltd.",
      "FILE PHOTO: The logo of Birch Co is seen at its headquarters.",
      "The file - a PDF of 40 pages - gives the terms.",
    ].join("\n");
    expect(furnitureText(text)).toEqual([
      "FILE - A water tower at a Cedar Steel plant is seen, May 7, 2020. On Sunday, Cedar Steel said that it rejected a $7.3 billion buyout proposal from Alder Ltd.",
      "FILE PHOTO: The logo of Birch Co is seen at its headquarters.",
    ]);
    const r = extractSource({ id: "a.txt", path: "a.txt", format: "text", text, published: "2026-03-10" });
    const value = r.facts.filter((f) => f.fields?.includes("value")).map((f) => f.text);
    expect(value).toContain("$2.5 billion");
    expect(value).not.toContain("$7.3 billion");
  });
  it("holds no claims: a widget's percentage is not the record's share move", () => {
    const text = "Alder Ltd agreed to buy Birch Co on Monday. Birch Co shares fell 2.4% to 399.60 pence.\n\nRelated Charts\n\nBirch Co (BRC)\n\n+11.60p (+3.41%)\ndelayed 17:35PM\n";
    const r = extractSource({ id: "a.txt", path: "a.txt", format: "text", text, published: "2026-03-10" });
    const stock = r.facts.filter((f) => f.fields?.includes("stock")).map((f) => f.text);
    expect(stock).toContain("2.4%");
    expect(stock).not.toContain("+3.41%");
  });
});
