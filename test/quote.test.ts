// Quotes: the character scanner and speaker attribution.
import { describe, expect, it } from "vitest";
import { extractQuotes, scanQuotes } from "../src/extract/quote.js";
import { extractAll } from "../src/extract/index.js";

const quotes = (text: string) =>
  extractAll(text, { refDate: null, sourceId: "t" })
    .filter((f) => f.type === "quote")
    .map((f) => ({ text: f.value.text, speaker: f.value.speaker, role: f.value.role, rule: f.rule }));

describe("scanning", () => {
  it("pairs straight and curly marks and keeps adjacent quotes apart", () => {
    const text = "“One two three four” and \"five six seven eight\" then “nine ten eleven twelve”";
    expect(scanQuotes(text, 2000).map((q) => text.slice(q.open + 1, q.close))).toEqual(["One two three four", "five six seven eight", "nine ten eleven twelve"]);
  });
  it("ignores inch marks and marks inside words", () => {
    expect(scanQuotes('A 27" screen and a 5\'9" player, a"b c"d.', 2000)).toEqual([]);
  });
  it("an unterminated quote does not swallow the next paragraph", () => {
    const text = "“This never closes and runs on\n\nNext paragraph says “short and closed here now” indeed.";
    const spans = scanQuotes(text, 2000).map((q) => text.slice(q.open + 1, q.close));
    expect(spans).toEqual(["short and closed here now"]);
  });
  it("caps the length of a quote", () => {
    const text = "“" + "word ".repeat(1000) + "”";
    expect(scanQuotes(text, 2000)).toEqual([]);
  });
});

describe("speakers", () => {
  it("said-after with role, then a continued quote", () => {
    const q = quotes("“Costs will fall sharply next year,” said Brelford CEO Anika Saule. “We have the scale to do it.”");
    expect(q[0]).toMatchObject({ speaker: "Anika Saule", role: "Brelford CEO", rule: "quote.said-after" });
    expect(q[1]).toMatchObject({ speaker: "Anika Saule", rule: "quote.continued" });
  });
  it("a second quote later in the same sentence keeps its speaker; one in the next sentence does not", () => {
    const q = quotes("Chief executive Anika Saule said the company was “off to a strong start to the year” having signed “multiple large cloud service agreements”.");
    expect(q[1]).toMatchObject({ speaker: "Anika Saule", rule: "quote.same-sentence" });
    const r = quotes("Chief executive Anika Saule said the company was “off to a strong start to the year”. Rivals have long pointed to “multiple large cloud service agreements” of their own.");
    expect(r[1]?.speaker ?? null).toBeNull();
  });
  it("a last name alone resolves to the full name given earlier", () => {
    const q = quotes("Teodor Brandvik runs the unit.\n“The timing is right for this deal,” Brandvik told reporters.");
    expect(q[0]!.speaker).toBe("Teodor Brandvik");
  });
  it("'the company said' is the organisation named last outside the quote", () => {
    const q = quotes("Quenby Systems Inc. confirmed the plan. “Nvidia and Intel were never part of this,” the company said.");
    expect(q[0]!.speaker).toBe("Quenby Systems");
  });
  it("according to X before the quote, with the title given", () => {
    const q = quotes("According to Selma Arvik, chief strategist at Dovecote Partners, “the market has not priced this in.”");
    expect(q[0]).toMatchObject({ speaker: "Selma Arvik", role: "chief strategist at Dovecote Partners" });
  });
  it("short scare quotes are not quotes of a person unless attributed", () => {
    expect(quotes("Critics call the plan “reckless” and “margin-neutral”.")).toEqual([]);
    expect(quotes("Ilse Marr called it “a bold bet”.")[0]).toMatchObject({ text: "a bold bet", speaker: "Ilse Marr" });
  });
  it("an unattributed quote has a null speaker", () => {
    expect(extractQuotes("The sign read “no entry after dark for anyone here”.", [])[0]!.value.speaker).toBeNull();
  });
});
