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
  it("a quote of several paragraphs: each opens with a mark, only the last closes; each paragraph is a part", () => {
    for (const [o, c] of [["“", "”"], ['"', '"']]) {
      const text = `She said: ${o}The merger is great for customers.\n${o}It is transformative for the country.\n\n${o}This is a vote of confidence.${c}\nThe end.`;
      expect(scanQuotes(text, 2000).map((q) => text.slice(q.open + 1, q.close).trim())).toEqual(["The merger is great for customers.", "It is transformative for the country.", "This is a vote of confidence."]);
    }
    // A paragraph whose quote never closes, followed by prose, is still no quote.
    expect(scanQuotes("He said “this never closes\nand the next line is prose.", 2000)).toEqual([]);
  });
  it("caps the length of a quote", () => {
    const text = "“" + "word ".repeat(1000) + "”";
    expect(scanQuotes(text, 2000)).toEqual([]);
  });
});

describe("speakers", () => {
  it("a signature after a dash at the end of the line names the speaker and role; a sentence after a dash does not", () => {
    expect(quotes("“Together we can accelerate the growth of the business.”—Jane Okafor, CEO, Alder Ltd\nShares fell.")).toEqual([
      { text: "Together we can accelerate the growth of the business.", speaker: "Jane Okafor", role: "CEO, Alder Ltd", rule: "quote.signed" },
    ]);
    expect(quotes("\"We are thrilled to welcome the whole team to the group.\" - Tom Reyes\n")[0]).toMatchObject({ speaker: "Tom Reyes", rule: "quote.signed" });
    expect(quotes("\"We are thrilled to welcome the whole team to the group,\" - Reuters reported the plan on Monday.\n")[0]!.rule).not.toBe("quote.signed");
    expect(quotes("\"We are thrilled to welcome the whole team to the group.\" - The Times\n")[0]!.speaker).toBeNull();
  });
  it("a quote below a line that ends with a colon after an attributed quote continues it", () => {
    const text = "CEO Jeff Weiner added that “little is expected to change,” with one exception:\n\n“For those of the team whose jobs are focused on the listing, we will help you find your next role.”\n";
    expect(quotes(text).map((q) => [q.speaker, q.rule])).toEqual([["Jeff Weiner", "quote.said-before"], ["Jeff Weiner", "quote.continued"]]);
    // A full stop before the colon's line: a new sentence, not the same speaker's.
    const other = "CEO Jeff Weiner added that “little is expected to change.” Analysts see it otherwise. One wrote:\n\n“For those of the team whose jobs are focused on the listing, it is bad news.”\n";
    expect(quotes(other)[1]!.speaker).not.toBe("Jeff Weiner");
  });
  it("'he captioned the post' attributes a quote", () => {
    expect(quotes("Jane Okafor took to social media to share a picture. “Welcome back, old friend of ours,” she captioned the post.")[0]).toMatchObject({ speaker: "Jane Okafor", rule: "quote.said-after" });
  });
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
  it("the role first and the name in apposition after the quote: '…,” Acme's new CEO, Jane Roe, said'", () => {
    const q = quotes("“We are excited about the market,” Alder's new chief executive, Margit Della Roe, said.");
    expect(q.map((x) => [x.speaker, x.role])).toEqual([["Margit Della Roe", "Alder's new chief executive"]]);
  });
  it("a long title in apposition between the name and 'said' ('Jane Roe, senior managing officer at X and the future CEO of Y, said')", () => {
    const q = quotes("“We are very pleased with the progress,” Yasu Mizorin, senior managing officer at Alder Motor and the future chief executive of Alder Birch Mobility, said in a statement.");
    expect(q.map((x) => [x.speaker, x.role])).toEqual([["Yasu Mizorin", "senior managing officer at Alder Motor and the future chief executive of Alder Birch Mobility"]]);
  });
  it("a role is the title, not a relative clause after it ('…, portfolio manager at X, which owns 2% of Y')", () => {
    const q = quotes("“The price is fair,” said Mara Quint, portfolio manager at Stellhaven Capital, which owns about 2 percent of Brelford. “We will back it,” said Tomas Eld, who leads the Brelford Savers Group.");
    expect(q.map((x) => [x.speaker, x.role ?? null])).toEqual([["Mara Quint", "portfolio manager at Stellhaven Capital"], ["Tomas Eld", null]]);
  });
  it("a quote with an attribution of its own that resolves to no one continues no earlier speaker", () => {
    const q = quotes("“Costs will fall sharply next year,” said Brelford CEO Anika Saule.\n\n“It is a strong record in this sector,” Dovecote brokers said in a note.");
    expect(q[0]).toMatchObject({ speaker: "Anika Saule" });
    expect(q[1]?.rule).not.toBe("quote.continued");
    expect(q[1]?.speaker ?? null).not.toBe("Anika Saule");
  });
  it("every paragraph of a quote of several paragraphs is the speaker's", () => {
    const text = "Margit Della Roe, chief executive of Alder, welcomed the deal.\nShe said: “The merger is great for customers, great for the country.\n“It will create a best-in-class network.\n“This is a vote of confidence in the country.”\n";
    expect(quotes(text).map((x) => [x.text, x.speaker])).toEqual([
      ["The merger is great for customers, great for the country.", "Margit Della Roe"],
      ["It will create a best-in-class network.", "Margit Della Roe"],
      ["This is a vote of confidence in the country.", "Margit Della Roe"],
    ]);
  });
  it("a pronoun that opens a sentence on the same line as the one before introduces the quote ('… since 2021. She said the deal would let it “…”')", () => {
    expect(quotes("Margit Della Roe has run Alder since 2021. She said: “The merger is great for customers and for the country.”")).toEqual([
      { text: "The merger is great for customers and for the country.", speaker: "Margit Della Roe", role: undefined, rule: "quote.said-before" },
    ]);
    expect(quotes("Margit Della Roe has been under pressure to cut debt. She said the deal would let Alder “spend our money on the things customers actually notice”.")[0]).toMatchObject({ speaker: "Margit Della Roe", rule: "quote.said-before" });
    expect(quotes("Quenby Systems Inc. reported its results. It said: “Demand for our chips is stronger than at any time before.”")[0]).toMatchObject({ speaker: "Quenby Systems", rule: "quote.said-before" });
    // A pronoun with no one named before it names no one.
    expect(quotes("Shares fell 4% in early trading. She said: “The merger is great for customers and for the country.”")[0]!.speaker).toBeNull();
  });
  it("a last name alone resolves to the full name given earlier", () => {
    const q = quotes("Teodor Brandvik runs the unit.\n“The timing is right for this deal,” Brandvik told reporters.");
    expect(q[0]!.speaker).toBe("Teodor Brandvik");
  });
  it("'the company said' is the organisation named last outside the quote", () => {
    const q = quotes("Quenby Systems Inc. confirmed the plan. “Nvidia and Intel were never part of this,” the company said.");
    expect(q[0]!.speaker).toBe("Quenby Systems");
  });
  it("a person and a title of an organisation with no comma before 'said:' is the person, not the organisation", () => {
    const q = quotes('Quenby Systems bought Arvik Labs.\n\nHis Excellency Omar Haddad, Governor of Quenby Systems said: "We are extremely proud to become the owners."\n\nTom Selby, an analyst at Dovecote Partners said: "It is a fair price for both."');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ["Omar Haddad", "Governor of Quenby Systems"],
      ["Tom Selby", "analyst at Dovecote Partners"],
    ]);
  });
  it("a group named by what they are, before the organisation, stays the organisation ('Analysts at Dovecote Partners said:')", () => {
    const q = quotes('Quenby Systems bought Arvik Labs.\n\nAnalysts at Dovecote Partners said: "This is a fair price for the shares."');
    expect(q[0]!.speaker).toBe("Dovecote Partners");
  });
  it("single marks, as British outlets quote: before and after the speaker, and over several paragraphs", () => {
    const q = quotes("Quenby Systems will buy Arvik Labs.\n\nOmar Haddad, chief executive of Quenby Systems, said: ‘We are delighted to agree this deal with Arvik.\n\n‘We will honour the heritage of the brands.’\n\n‘It is a great day for our investors’ money,’ Haddad added. Analysts called it 'a fair price for a good business', Selma Arvik said.");
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ["We are delighted to agree this deal with Arvik.", "Omar Haddad"],
      ["We will honour the heritage of the brands.", "Omar Haddad"],
      ["It is a great day for our investors’ money", "Omar Haddad"],
      ["a fair price for a good business", "Selma Arvik"],
    ]);
  });
  it("a single-quoted quote holds a double-quoted one as its inner quote", () => {
    const q = quotes("Quenby Systems will buy Arvik Labs. ‘The board said “no” to the first bid,’ Omar Haddad said.");
    expect(q.map((x) => [x.text, x.speaker])).toEqual([["The board said “no” to the first bid", "Omar Haddad"]]);
  });
  it("apostrophes, plural possessives, a decade and marks inside a double-quoted quote open no single-quoted one", () => {
    const text = "Quenby's shares rose in the '90s boom. The Owners’ and Directors’ Test was passed, and shareholders’ approval is due. “He said ‘no’ to the bid,” said Omar Haddad.";
    const q = quotes(text);
    expect(q.map((x) => x.text)).toEqual(["He said ‘no’ to the bid"]);
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
