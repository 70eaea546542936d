// The field tagger and the party finder, on hand-made texts and fact lists (no extractor involved):
// each cue rule of rules/fields.json, the other-deal filter, and the party statements and links.
import { describe, expect, it } from "vitest";
import type { RawFact } from "../src/extract/types.js";
import { summarizeSource, tagFields } from "../src/merge/fields.js";
import type { DealSummary } from "../src/merge/parties.js";
import type { FactType } from "../src/model.js";

/** A fact on the n-th occurrence of `sub` in `text`. */
function at(text: string, sub: string, type: FactType, value: Record<string, unknown>, nth = 0): RawFact {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(sub, i + 1);
  if (i < 0) throw new Error(`${sub} not in text`);
  return { type, start: i, end: i + sub.length, value, rule: "test" };
}
const money = (text: string, sub: string, amount: number, nth = 0, qualifier?: string) => at(text, sub, "money", { amount, currency: "USD", ...(qualifier ? { qualifier } : {}) }, nth);
const pct = (text: string, sub: string, value: number) => at(text, sub, "percent", { value });
const date = (text: string, sub: string, iso: string) => at(text, sub, "date", { iso });
const dur = (text: string, sub: string, iso: string | null) => at(text, sub, "duration", { iso });
const org = (text: string, sub: string, name: string, nth = 0) => at(text, sub, "org", { name }, nth);

function tags(text: string, facts: RawFact[]): Record<string, string[]> {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  const t = tagFields(text, sorted);
  const out: Record<string, string[]> = {};
  sorted.forEach((f, i) => {
    for (const field of t[i]?.fields ?? []) (out[field] ??= []).push(text.slice(f.start, f.end));
  });
  return out;
}

describe("field cues", () => {
  it("value: an amount before a deal noun, not an amount elsewhere", () => {
    const text = "Brightwater Labs signed a $5 billion, ten-year agreement with Kestrel Cloud on Tuesday. Brightwater Labs reported revenue of $2 billion last year.";
    const facts = [money(text, "$5 billion", 5e9), dur(text, "ten-year", "P10Y"), money(text, "$2 billion", 2e9)];
    const t = tags(text, facts);
    expect(t.value).toEqual(["$5 billion"]);
    expect(t.term).toEqual(["ten-year"]);
  });

  it("value: 'to buy X for $N' and 'a deal worth $N'", () => {
    const text = "Ferrant Motors agreed to buy battery maker Calloway Cells for $900 million in cash. The deal worth $900 million needs approval.";
    const t = tags(text, [money(text, "$900 million", 9e8), money(text, "$900 million", 9e8, 1)]);
    expect(t.value).toEqual(["$900 million", "$900 million"]);
  });

  it("value: an earlier deal or a deal with a non-party is not this deal's value", () => {
    const text = [
      "Brightwater Labs signed a $5 billion agreement with Kestrel Cloud.",
      "Earlier this year Brightwater Labs signed a $90 billion agreement with Pellam Data.",
      "Brightwater Labs is also party to a $12 billion contract with Pellam Data.",
      "The pact is part of Brightwater Labs' $700 billion infrastructure commitment.",
    ].join(" ");
    const facts = [money(text, "$5 billion", 5e9), money(text, "$90 billion", 9e10), money(text, "$12 billion", 1.2e10), money(text, "$700 billion", 7e11)];
    expect(tags(text, facts).value).toEqual(["$5 billion"]);
  });

  it("term: 'over N years' counts only in a clause about the deal", () => {
    const text = "Brightwater Labs and Kestrel Cloud announced an agreement that runs over eight years. Prices rose over two years.";
    const t = tags(text, [dur(text, "eight years", "P8Y"), dur(text, "two years", "P2Y")]);
    expect(t.term).toEqual(["eight years"]);
  });

  it("announced: a date tied to 'announced', or the date of an embedded post that announces it; not the dateline", () => {
    const text = "March 4, 2026\nBrightwater Labs and Kestrel Cloud announced on Monday a ten-year agreement.\nKestrel Cloud just announced a partnership with Brightwater Labs.\n— Kestrel Cloud (@kestrelcloud) March 2, 2026\nThe servers will be ready by June 2027.";
    const facts = [date(text, "March 4, 2026", "2026-03-04"), date(text, "Monday", "2026-03-02"), date(text, "March 2, 2026", "2026-03-02"), date(text, "June 2027", "2027-06")];
    const t = tags(text, facts);
    expect(t.announced).toEqual(["Monday", "March 2, 2026"]);
    expect(t.capacity).toEqual(["June 2027"]);
  });

  it("stock: share moves, share prices and market value moves; a premium and a stake are not stock", () => {
    const text = "Kestrel Cloud's shares rose 6.2% to $88.10 after the news, adding nearly $30 billion to its market value. Brightwater Labs will pay $40 per share, a premium of 25% to the stock's last close. Brightwater Labs will hold a 15% stake in the venture.";
    const facts = [pct(text, "6.2%", 6.2), money(text, "$88.10", 88.1), money(text, "$30 billion", 3e10, 0, "nearly"), money(text, "$40", 40), pct(text, "25%", 25), pct(text, "15%", 15)];
    const t = tags(text, facts);
    expect(t.stock).toEqual(["6.2%", "$88.10", "$30 billion"]);
    expect(t.price_per_share).toEqual(["$40"]);
    expect(t.premium).toEqual(["25%"]);
    expect(t.stake).toEqual(["15%"]);
  });

  it("expected close, valuation (not the deal's value), units", () => {
    const text = "The acquisition is expected to close in the first half of 2027. Ferrant Motors was valued at $30 billion in its last round. Calloway Cells will supply thousands of battery packs and 500 robots.";
    const facts = [
      date(text, "first half of 2027", "2027-H1"),
      money(text, "$30 billion", 3e10),
      at(text, "thousands of battery packs", "quantity", { amount: 1000, unit: "pack", qualifier: "thousands" }),
      at(text, "500 robots", "quantity", { amount: 500, unit: "robot" }),
    ];
    const t = tags(text, facts);
    expect(t.expected_close).toEqual(["first half of 2027"]);
    expect(t.valuation).toEqual(["$30 billion"]);
    expect(t.value).toBeUndefined();
    expect(t.units).toEqual(["500 robots"]);
  });
});

describe("field cues: general rules learned off the seeds", () => {
  it("a per-share amount is never the deal's value; the offer price is price_per_share", () => {
    const text = "Alder Ltd will buy Birch Co for $2 billion, or $14.25 a share. Birch Co stock closed at $13.10, below the $14.25 offer.";
    const facts = [money(text, "$2 billion", 2e9), money(text, "$14.25", 14.25), money(text, "$13.10", 13.1), money(text, "$14.25", 14.25, 1)];
    const t = tags(text, facts);
    expect(t.value).toEqual(["$2 billion"]);
    expect(t.price_per_share).toEqual(["$14.25", "$14.25"]);
    expect(t.stock).toEqual(["$13.10"]);
  });

  it("stock: whose shares moved is part of the claim's aspect", () => {
    const text = "Birch Co's listed shares rose 20%. Alder Ltd stock slipped 1%. The stock market rose 2%.";
    const facts = [org(text, "Birch Co", "Birch Co"), pct(text, "20%", 20), org(text, "Alder Ltd", "Alder Ltd"), pct(text, "1%", 1), pct(text, "2%", 2)].sort((a, b) => a.start - b.start);
    const t = tagFields(text, facts);
    // The stock market is no company's stock.
    expect(facts.map((f, i) => t[i]?.aspects?.stock ?? null).filter(Boolean)).toEqual(["shares|birch", "shares|alder"]);
  });

  it("stock: a move down is marked down, by its verb, its cue's words or 'down' right after it; a rise is not", () => {
    const text = "Birch Co shares fell 4%. Alder Ltd stock closed 0.6% down in Oslo. Cedar Inc shares were trading lower by 0.34%. Dover plc shares rose 3%, down from a 9% gain earlier. Elm Corp shares rose 2% higher than expected. Fir KK shares closed 2.69% (JPY 90.0) lower.";
    const facts = [pct(text, "4%", 4), pct(text, "0.6%", 0.6), pct(text, "0.34%", 0.34), pct(text, "3%", 3), pct(text, "2%", 2), pct(text, "2.69%", 2.69)];
    const t = tagFields(text, facts);
    expect(facts.map((f, i) => [text.slice(f.start, f.end), t[i]?.fields ?? [], t[i]?.down ?? []])).toEqual([
      ["4%", ["stock"], ["stock"]],
      ["0.6%", ["stock"], ["stock"]],
      ["0.34%", ["stock"], ["stock"]],
      ["3%", ["stock"], []],
      ["2%", ["stock"], []],
      // The amount of the move in brackets between the figure and "lower".
      ["2.69%", ["stock"], ["stock"]],
    ]);
  });

  it("stock: a company's results moving is no share move, even with a market-value cue later in the clause", () => {
    const text = "Birch Co's annual profit was down by 50 per cent and nearly a quarter of its market value vanished. Birch Co shares rose 32 per cent after sales fell 5%.";
    const facts = [pct(text, "50 per cent", 50), pct(text, "32 per cent", 32), pct(text, "5%", 5)];
    const t = tagFields(text, facts);
    expect(facts.map((f, i) => [text.slice(f.start, f.end), t[i]?.fields ?? []])).toEqual([
      ["50 per cent", []],
      ["32 per cent", ["stock"]],
      ["5%", []],
    ]);
  });

  it("stock: a benchmark index's move is no claim, a company's move on an exchange of the same name is", () => {
    const text = "Birch Co shares were down 1.9% in Zurich, while the blue-chip SMI index was up 0.3%. Alder Ltd stock has risen 22% since January, against an 8% gain for the S&P 500. The FTSE 100 fell 1.2%. Cedar Ltd shares on the ASX rose 20%. Hang Seng Bank shares rose 4%.";
    const facts = [pct(text, "1.9%", 1.9), pct(text, "0.3%", 0.3), pct(text, "22%", 22), pct(text, "8%", 8), pct(text, "1.2%", 1.2), pct(text, "20%", 20), pct(text, "4%", 4)];
    const t = tagFields(text, facts);
    expect(facts.map((f, i) => [text.slice(f.start, f.end), t[i]?.fields ?? []])).toEqual([
      ["1.9%", ["stock"]],
      ["0.3%", []],
      ["22%", ["stock"]],
      ["8%", []],
      ["1.2%", []],
      ["20%", ["stock"]],
      ["4%", ["stock"]],
    ]);
  });

  it("stock: a move next to its verb and the price it moved to, not another figure of the sentence", () => {
    const text = "Birch Co shares closed up 22 per cent at $13.10, leaving a gap of about 8 per cent to the offer. Alder Ltd's stock moved -1.2%.";
    const facts = [pct(text, "22 per cent", 22), money(text, "$13.10", 13.1), { ...pct(text, "8 per cent", 8), value: { value: 8, qualifier: "about" } }, pct(text, "-1.2%", -1.2)];
    expect(tags(text, facts).stock).toEqual(["22 per cent", "$13.10", "-1.2%"]);
  });

  it("a guessed or rumoured figure is no value or valuation", () => {
    const text = "Dealers had pencilled in between $1 and $2 billion for the Birch Co round. An IPO could value Birch Co at up to $9 billion.";
    const facts = [at(text, "$1 and $2 billion", "money", { amount: 1e9, max: 2e9, currency: "USD" }), money(text, "$9 billion", 9e9, 0, "up to")];
    const t = tags(text, facts);
    expect(t.value).toBeUndefined();
    expect(t.valuation).toBeUndefined();
  });

  it("an amount the source gives as the valuation, beside another deal value, is the valuation", () => {
    const text = "Birch Co: the $4 billion contract engine\nBirch Co raised $300 million in a Series C round led by Alder Ltd, at a valuation of $4 billion.";
    const t = tags(text, [money(text, "$4 billion", 4e9), money(text, "$300 million", 3e8), money(text, "$4 billion", 4e9, 1)]);
    expect(t.value).toEqual(["$300 million"]);
    expect(t.valuation).toEqual(["$4 billion", "$4 billion"]);
    // One amount only: a deal that values the target at its price keeps its value.
    const one = "Alder Ltd will buy Birch Co for $2 billion, which values Birch Co at $2 billion.";
    const t1 = tags(one, [money(one, "$2 billion", 2e9), money(one, "$2 billion", 2e9, 1)]);
    expect(t1.value).toEqual(["$2 billion"]);
    expect(t1.valuation).toEqual(["$2 billion"]);
  });

  it("dates: a closing price is no closing, a shipping day is no capacity date", () => {
    const text = "Alder Ltd will pay a premium of 20% to Birch Co's closing price on Friday. Birch Co shipped its new scanner last week. The plant will be online from 2028.";
    const facts = [pct(text, "20%", 20), date(text, "Friday", "2026-03-06"), date(text, "last week", "2026-W10"), date(text, "2028", "2028")];
    const t = tags(text, facts);
    expect(t.expected_close).toBeUndefined();
    expect(t.capacity).toEqual(["2028"]);
    expect(t.premium).toEqual(["20%"]);
  });

  it("power: a supplied capacity in watts, not a company's own build-out nor a count of turbines", () => {
    const text = "Birch Co will deliver up to 900 megawatts to Alder Ltd. Alder Ltd plans to build 20 gigawatts of data centres. Birch Co will supply 70 turbines.";
    const q = (sub: string, amount: number, unit: string, qualifier?: string) => at(text, sub, "quantity", { amount, unit, ...(qualifier ? { qualifier } : {}) });
    const t = tags(text, [q("900 megawatts", 900, "megawatt", "up to"), q("20 gigawatts", 20, "gigawatt"), q("70 turbines", 70, "turbine")]);
    expect(t.power).toEqual(["900 megawatts"]);
  });

  it("a share of the market is no stake", () => {
    const text = "Together, Alder Ltd and Birch Co would control close to 35% of the market for lab scanners. Alder Ltd already owns 12% of Birch Co.";
    expect(tags(text, [pct(text, "35%", 35), pct(text, "12%", 12)]).stake).toEqual(["12%"]);
  });

  it("other deals: an earlier round ('when it raised'), a sale to an outside buyer; a place is no counterpart", () => {
    const text = [
      "Birch Co raised $300 million in a round led by Alder Ltd, the companies said on Tuesday, one of the largest rounds signed in Europe.",
      "The price is twice what Birch Co was worth in 2024, when it raised $40 million.",
      "Alder Ltd last week agreed to sell its scanner unit to Pellam Data.",
    ].join(" ");
    const facts = [
      org(text, "Birch Co", "Birch Co"), money(text, "$300 million", 3e8), org(text, "Alder Ltd", "Alder Ltd"), date(text, "Tuesday", "2026-03-10"),
      org(text, "Birch Co", "Birch Co", 1), money(text, "$40 million", 4e7), org(text, "Alder Ltd", "Alder Ltd", 1), date(text, "last week", "2026-W10"), org(text, "Pellam Data", "Pellam Data"),
    ];
    const t = tags(text, facts);
    expect(t.value).toEqual(["$300 million"]);
    expect(t.announced).toEqual(["Tuesday"]);
  });
});

describe("parties", () => {
  const summary = (text: string, facts: RawFact[] = []) => summarizeSource(text, [...facts].sort((a, b) => a.start - b.start)) as unknown as DealSummary;

  it("'X signed a … deal with Y' names both, the headline weighing most", () => {
    const text = "Brightwater Labs signs $5 billion cloud deal with Kestrel Cloud\nThe agreement was welcomed by analysts at Pellam Data.";
    const s = summary(text);
    expect(s.pair.sort()).toEqual(["brightwater labs", "kestrel cloud"]);
    expect(s.parties.map((p) => p.name)).toEqual(expect.arrayContaining(["Brightwater Labs", "Kestrel Cloud"]));
    expect(s.parties.some((p) => p.key === "pellam data")).toBe(false);
  });

  it("'X to buy Y' gives acquirer and target; org facts give the canonical names", () => {
    const text = "Ferrant Motors Inc. agreed on Monday to buy Calloway Cells Ltd for $900 million.";
    const s = summary(text, [org(text, "Ferrant Motors Inc.", "Ferrant Motors"), org(text, "Calloway Cells Ltd", "Calloway Cells")]);
    const byName = Object.fromEntries(s.parties.map((p) => [p.name, p.roles]));
    expect(Object.keys(byName.Ferrant_Motors ?? byName["Ferrant Motors"]!)).toContain("acquirer");
    expect(Object.keys(byName["Calloway Cells"]!)).toContain("target");
  });

  it("'X’s acquisition of Y' and 'X and Y announced'", () => {
    expect(summary("Ferrant Motors’s acquisition of Calloway Cells was approved on Friday by the regulator.").pair.sort()).toEqual(["calloway cells", "ferrant motors"]);
    expect(summary("Ferrant Motors and Calloway Cells announced a battery partnership on Friday.").pair.sort()).toEqual(["calloway cells", "ferrant motors"]);
  });

  it("a unit and its parent are kept apart but linked; an acronym in brackets is an alias", () => {
    const text = "Brightwater Labs signed a deal with Kestrel, securing capacity through the retailer’s cloud arm, Kestrel Compute Services (KCS). Brightwater Labs will start using KCS at once.";
    const s = summary(text);
    expect(s.aliases.some((a) => a.alias === "kcs" && a.of === "kestrel compute services")).toBe(true);
    expect(s.links.some((l) => l.parent === "kestrel" && l.child === "kestrel compute services")).toBe(true);
    const roles = Object.fromEntries(s.parties.map((p) => [p.key, p.roles]));
    expect(roles["brightwater labs"]?.buyer).toBeGreaterThan(0);
  });

  it("an acronym in brackets is an alias of the name before it, with a place or a legal suffix the name's key leaves out", () => {
    const text = "The board of Harlow Media Holdings Ltd (HMHL) approved a merger between Ostrava Pictures Networks Brazil (OPNB) and HMHL on Tuesday.";
    // The org extractor may already name the bracketed acronym by the full name; the later bare
    // "HMHL" is then linked through the acronym as written.
    const facts = [
      org(text, "Harlow Media Holdings Ltd", "Harlow Media Holdings"),
      org(text, "HMHL", "Harlow Media Holdings"),
      org(text, "Ostrava Pictures Networks", "Ostrava Pictures Networks"),
      org(text, "HMHL", "HMHL", 1),
    ];
    const s = summary(text, facts);
    expect(s.aliases).toEqual(
      expect.arrayContaining([
        { alias: "hmhl", of: "harlow media", rule: "link.acronym" },
        { alias: "opnb", of: "ostrava pictures networks", rule: "link.acronym" },
      ]),
    );
    // Letters that do not spell the name before the bracket link nothing: a ticker of another
    // company, or a bracket after a name that does not hold its letters in order.
    for (const other of [
      "The board of Harlow Media Holdings Ltd (QXZ) approved a merger between Ostrava Pictures and QXZ.",
      "The board of Harlow Media Holdings Ltd (MHH) approved a merger between Ostrava Pictures and MHH.",
    ]) {
      const o = summary(other, [org(other, "Harlow Media Holdings Ltd", "Harlow Media Holdings")]);
      expect(o.aliases.filter((a) => a.rule === "link.acronym"), other).toEqual([]);
    }
  });

  it("an acronym the org extractor folded into its full name everywhere is still recorded as its alias, for sources that only write the acronym", () => {
    const text = "Alder Group will buy Nordic Birch Airways (NBA). NBA flies to 40 cities.";
    const facts = [
      org(text, "Alder Group", "Alder Group"),
      org(text, "Nordic Birch Airways", "Nordic Birch Airways"),
      org(text, "NBA", "Nordic Birch Airways"),
      org(text, "NBA", "Nordic Birch Airways", 1),
    ];
    expect(summary(text, facts).aliases).toContainEqual({ alias: "nba", of: "nordic birch airways", rule: "link.acronym" });
  });

  it("statements read through a date, a ticker in brackets and an 'Inc.' the org fact left out", () => {
    const fri = "Ferrant Motors and Calloway Cells on Friday signed a battery pact.";
    expect(summary(fri, [date(fri, "Friday", "2026-05-01")]).pair.sort()).toEqual(["calloway cells", "ferrant motors"]);
    expect(summary("Ferrant Motors and Calloway Cells lock in a battery pact.").pair.sort()).toEqual(["calloway cells", "ferrant motors"]);
    expect(summary("Ferrant Motors (FRM) said it would acquire Calloway Cells (CLC) for $900 million.").pair.sort()).toEqual(["calloway cells", "ferrant motors"]);
    const text = "On May 4, Calloway Cells Inc. confirmed a $90 million Series C led by Ferrant Motors.";
    const s = summary(text, [org(text, "Calloway Cells Inc", "Calloway Cells"), org(text, "Ferrant Motors", "Ferrant Motors")]);
    expect(Object.fromEntries(s.parties.map((p) => [p.key, Object.keys(p.roles)]))).toEqual({ "calloway cells": ["investee"], "ferrant motors": ["investor"] });
  });

  it("a sentence about an earlier deal names no parties", () => {
    const s = summary("Brightwater Labs and Kestrel Cloud announced a pact on Friday. Earlier this year Brightwater Labs signed a deal with Pellam Data.");
    expect(s.parties.map((p) => p.key).sort()).toEqual(["brightwater labs", "kestrel cloud"]);
  });
});

// End to end (extractors, tagger, record) on invented reports: relative and year-less dates, signed
// and hedged share moves, and one deal stated in two currencies or with its debt.
import { extractSource } from "../src/pipeline/extract-source.js";
import { buildRecords } from "../src/merge/record.js";
import { sourceYear } from "../src/merge/parties.js";
import { extractAll } from "../src/extract/index.js";
import { diffEntry, verdict } from "../src/merge/commands.js";
import { Collector } from "../src/pipeline/run.js";
import type { SourceInput } from "../src/sources/read.js";

/** The `--json` document of these sources, as `extract --json` builds it. */
function documentOf(inputs: SourceInput[]) {
  const c = new Collector(true);
  for (const input of inputs) c.addResult(extractSource(input));
  return c.document();
}

function recordOf(reports: [id: string, published: string | null, text: string][]) {
  const results = reports.map(([id, published, text]) => extractSource({ id, path: id, format: "text", text, published }));
  const records = recordsOfResults(results);
  expect(records).toHaveLength(1);
  return records[0]!;
}
/** The records of extracted sources, built from their sources and their claims (facts with a field). */
function recordsOfResults(results: ReturnType<typeof extractSource>[]) {
  return buildRecords(results.map((r) => r.source), results.flatMap((r) => r.facts.filter((f) => f.fields?.length)));
}
const DEAL = "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion.";

describe("the currency of the deal's own terms", () => {
  const aud = [
    ["a.txt", "2026-03-06", "Alder Dairy agreed on Monday to buy Birch Nutrition for A$1.5 billion, or A$13.25 a share."],
    ["b.txt", "2026-03-06", "Alder Dairy will pay A$13.25 a share for Birch Nutrition, valuing it at A$1.5 billion."],
  ] as [string, string, string][];
  const usd = [
    ["c.txt", "2026-03-06", "Alder Dairy agreed to buy Birch Nutrition for $1 billion."],
    ["d.txt", "2026-03-06", "Alder Dairy will buy Birch Nutrition in a $1 billion deal."],
    ["e.txt", "2026-03-06", "Alder Dairy is buying Birch Nutrition for $1 billion."],
  ] as [string, string, string][];
  it("of figures with equal support, the one in the currency of the offer's price a share is the value, though more pages print the other", () => {
    const v = recordOf([...aud, ...usd]).fields.value?.value;
    expect([v?.amount, v?.currency]).toEqual([1.5e9, "AUD"]);
  });
  it("a figure in a currency one page alone uses does not win because the pages in the other currency disagree among themselves", () => {
    const r = recordOf([
      ["a.txt", "2026-03-06", "Alder Hospitals will buy Birch Health for Rs 2,100 crore."],
      ["b.txt", "2026-03-06", "Alder Hospitals will buy Birch Health for about ₹2,400 crore."],
      ["c.txt", "2026-03-06", "Alder Hospitals will buy Birch Health for around ₹1,800 crore."],
      ["d.txt", "2026-03-06", "Alder Hospitals will buy Birch Health for $250-300 million."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ currency: "INR" });
  });
  it("one page's price a share is no deal's currency: the figure most pages print stays the value", () => {
    const one = recordOf([aud[0]!, ["b.txt", "2026-03-06", "Alder Dairy will buy Birch Nutrition, valuing it at A$1.5 billion."], ...usd]).fields.value?.value;
    expect([one?.amount, one?.currency]).toEqual([1e9, "USD"]);
  });
});

describe("the order of a record's parties", () => {
  it("the two sides lead, then the other names of a side's family (a unit's seller after the buyer)", () => {
    const rec = recordOf([
      ["a.txt", "2026-03-06", "Corran Industries agreed on Thursday to sell its power unit Tessel Power to Quayle Partners for $2 billion. Corran Industries shares rose 3%."],
      ["b.txt", "2026-03-06", "Quayle Partners will buy Tessel Power, the power unit of Corran Industries, for $2 billion."],
    ]);
    expect(rec.parties.map((p) => [p.name, p.role])).toEqual([
      ["Tessel Power", "target"],
      ["Quayle Partners", "buyer"],
      ["Corran Industries", "seller"],
    ]);
  });
});

describe("a company written as its acronym of three letters and named in full", () => {
  it("'BXR Semiconductors' and 'BXR' are one party across sources, though a source names both (three letters are enough for a name in capitals)", () => {
    const rec = recordOf([
      ["a.txt", "2026-03-06", "Alder Corp agreed to buy BXR Semiconductors for $47 billion on Thursday. BXR shares rose 2%."],
      ["b.txt", "2026-03-06", "Alder Corp said it would buy BXR for $47 billion. BXR shares rose."],
    ]);
    expect(rec.parties.map((p) => [p.name, p.role, p.sources])).toEqual([
      ["Alder", "acquirer", ["a.txt", "b.txt"]],
      ["BXR", "target", ["a.txt", "b.txt"]],
    ]);
  });
});

describe("an order of aircraft counted with their maker's name", () => {
  it("'to order 355 Birch Co aircraft': the count holds the maker's name, which stays a party; 'the latest order increases Y's total' is no order from Y", () => {
    const rec = recordOf([
      ["a.txt", "2026-03-06", "Alder Air said on Friday it has decided to order 355 Birch Co aircraft over the coming decade."],
      ["b.txt", "2026-03-06", "Turkey’s national carrier, Alder Air, says it’s placing an order for 220 new planes from Birch Co as it seeks to expand its fleet. Birch Co said the latest order increases Alder Air’s total order to 504 aircraft."],
    ]);
    expect(rec.parties.map((p) => [p.name, p.role, p.sources])).toEqual([
      ["Alder Air", "buyer", ["a.txt", "b.txt"]],
      ["Birch", "provider", ["a.txt", "b.txt"]],
    ]);
  });
});

describe("a government as a party", () => {
  it("a country that signs a contract to buy from a company is the buyer; a country named as where a company works is no party", () => {
    const rec = recordOf([
      ["a.txt", "2026-08-01", "Poland on Friday signed a deal worth about $6.5 billion to purchase a second batch of tanks from Alder Defence, the ministry said."],
      ["b.txt", "2026-08-01", "Poland has signed a $6.5 billion contract to buy tanks from Alder Defence. Alder Defence also has plants in Chile and Norway."],
    ]);
    expect(rec.parties.map((p) => [p.name, p.role])).toEqual([["Alder Defence", "provider"], ["Poland", "buyer"]]);
  });
});

describe("reports of one deal that name a party more or less fully", () => {
  const fuller = "Halden Air Lines agreed to acquire Corvane Airways, the airline said.";
  const shorter = "Halden Air will buy Corvane Airways for $1.6 billion.";
  it("are one record and one party: 'Halden Air' in one, 'Halden Air Lines' in another", () => {
    const records = recordsOfResults([extractSource({ id: "a.txt", path: "a.txt", format: "text", text: fuller }), extractSource({ id: "b.txt", path: "b.txt", format: "text", text: shorter })]);
    expect(records.map((r) => r.sources)).toEqual([["a.txt", "b.txt"]]);
    // One name each: the shorter, whose words both give.
    expect(records[0]!.parties.map((p) => [p.name, p.sources]).sort()).toEqual([["Corvane Airways", ["a.txt", "b.txt"]], ["Halden Air", ["a.txt", "b.txt"]]]);
  });
  it("but the same buyer with another target is another deal", () => {
    const other = "Halden Air Lines agreed to acquire Pellam Cargo, the airline said.";
    const records = recordsOfResults([extractSource({ id: "a.txt", path: "a.txt", format: "text", text: other }), extractSource({ id: "b.txt", path: "b.txt", format: "text", text: shorter })]);
    expect(records.map((r) => r.sources).sort()).toEqual([["a.txt"], ["b.txt"]]);
  });
});

describe("announced: relative and year-less dates", () => {
  it("each way of stating the day is a claim, resolved against the source's date", () => {
    const cases: [text: string, iso: string][] = [
      ["Tarnwell Group announced the deal yesterday, and Coppice Mills backed it.", "2026-06-08"],
      ["Tarnwell Group said yesterday it had agreed to buy Coppice Mills.", "2026-06-08"],
      ["Tarnwell Group late on Sunday agreed to buy Coppice Mills.", "2026-06-07"],
      ["Tarnwell Group on 3 June unveiled a bid for Coppice Mills.", "2026-06-03"],
      ["Coppice Mills investors cheered Friday's announcement of the Tarnwell Group takeover.", "2026-06-05"],
      ["The deal, unveiled on 2 June, gives Tarnwell Group control of Coppice Mills.", "2026-06-02"],
      ["Tarnwell Group agreed terms on 4 June to buy Coppice Mills.", "2026-06-04"],
      ["On Thursday, Tarnwell Group said it had agreed to buy Coppice Mills.", "2026-06-04"],
      ["Tarnwell Group said in a statement on Monday that it agreed to buy Coppice Mills.", "2026-06-08"],
      ["Tarnwell Group unveiled its bid on 1 June for Coppice Mills.", "2026-06-01"],
      ["Tarnwell Group announced the £2.4bn acquisition late on Sunday.", "2026-06-07"],
      ["Tarnwell Group confirmed on Monday that it would buy Coppice Mills.", "2026-06-08"],
      ["The two companies announced the merger in a joint statement on Friday.", "2026-06-05"],
      ["Coppice Mills shares have climbed since the 2 June announcement.", "2026-06-02"],
    ];
    for (const [text, iso] of cases) {
      const r = recordOf([["a.txt", "2026-06-09", `${DEAL} ${text}`]]);
      expect(r.fields.announced?.claims.map((c) => c.value.iso), text).toEqual([iso]);
    }
  });

  it("an announcement before the bell, and a licence said on a day by a subject in many words", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills. The agreement, announced before the opening bell on June 8, 2026, ends a long search."],
      ["b.txt", "2026-06-09", "On June 8 the Leeds-based drugmaker said it had licensed its pill to Tarnwell Group."],
    ]);
    expect(r.fields.announced?.claims.map((c) => c.text)).toEqual(["June 8, 2026", "June 8"]);
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-06-08" });
  });

  it("a sale's own attribution at the end of its sentence; not a regulator's later word", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills. Coppice Mills will sell its mills to Tarnwell Group for $3.1bn, the company said yesterday."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $3.1bn. The competition authority said Monday it would review the deal."],
    ]);
    expect(r.fields.announced?.claims.map((c) => c.text)).toEqual(["yesterday"]);
  });

  it("a wire with a day but no year in its dateline takes its year from the deal's other sources", () => {
    const results = [
      extractSource({ id: "a.txt", path: "a.txt", format: "text", text: "LONDON, June 8 (Wire) - Tarnwell Group said on Monday it had agreed to buy Coppice Mills for $3.1 billion." }),
      extractSource({ id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, it said on Monday.", published: "2026-06-09" }),
    ];
    expect(results[0]!.source.published).toBeNull();
    expect(results[0]!.source.datelineDay).toBe("--06-08");
    expect(results[0]!.facts.find((f) => f.text === "Monday")?.value).toEqual({ iso: null });
    const r = recordsOfResults(results)[0]!;
    expect(r.fields.announced?.claims.map((c) => [c.source, c.value.iso])).toEqual([["a.txt", "2026-06-08"], ["b.txt", "2026-06-08"]]);
    expect(r.fields.announced?.conflict).toBe(false);
  });

  it("an undated source's announcement weekday takes the day of that weekday the other sources give; its 'today' takes theirs", () => {
    const results = [
      extractSource({ id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. The deal announced late Monday ends a long search." }),
      extractSource({ id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, it said on Monday.", published: "2026-06-09" }),
      extractSource({ id: "c.txt", path: "c.txt", format: "text", text: "Tarnwell Group on Friday said it had agreed to buy Coppice Mills for $3.1 billion." }),
      extractSource({ id: "d.txt", path: "d.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company said today." }),
    ];
    expect(results.map((x) => x.source.published)).toEqual([null, "2026-06-09", null, null]);
    const r = recordsOfResults(results)[0]!;
    const claims = Object.fromEntries((r.fields.announced?.claims ?? []).map((c) => [c.source, c.value]));
    expect(claims["a.txt"]).toEqual({ iso: "2026-06-08", inferred: true });
    expect(claims["b.txt"]).toEqual({ iso: "2026-06-08" });
    // A weekday no other source's day fits is the latest such weekday by the others' dates (a
    // conflict to show): the announcement cannot come after their reports of it.
    expect(claims["c.txt"]).toEqual({ iso: "2026-06-05", inferred: true });
    // "Announced today" dates the source itself: the day the others give.
    expect(claims["d.txt"]).toEqual({ iso: "2026-06-08", inferred: true });
    // The facts themselves are as read: the record works on copies.
    expect(results[0]!.facts.find((f) => f.text === "Monday")?.value).toEqual({ iso: null });
  });

  it("the document dates an undated source by the deal: its relative dates resolved, marked inferred, and the day it was read against", () => {
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, it said on Monday.", published: "2026-06-09" },
      // "Yesterday" is the announcement: the source is of the day after; its "last year" is 2025.
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed yesterday to buy Coppice Mills for $3.1 billion. Its sales fell last year." },
      // Nothing of its own to align: the middle of the others' days; a bare weekday is the nearest
      // one to it ("Wednesday" after a Monday deal), "Friday" as the announcement stays on or before.
      { id: "c.txt", path: "c.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. Coppice Mills shares jumped 9% on Wednesday." },
    ]);
    const src = Object.fromEntries(doc.sources.map((s) => [s.id, s]));
    expect(src["a.txt"]!.dateInferred).toBeUndefined();
    expect(src["b.txt"]!.published).toBeNull();
    expect(src["b.txt"]!.dateInferred).toEqual({ day: "2026-06-09", from: "announcement" });
    expect(src["c.txt"]!.dateInferred).toEqual({ day: "2026-06-09", from: "deal" });
    const date = (id: string, text: string) => doc.facts.find((f) => f.source === id && f.type === "date" && f.text === text)?.value;
    expect(date("b.txt", "yesterday")).toEqual({ iso: "2026-06-08", inferred: true });
    expect(date("b.txt", "last year")).toEqual({ iso: "2025", inferred: true });
    expect(date("c.txt", "Wednesday")).toEqual({ iso: "2026-06-10", inferred: true });
    expect(doc.record.fields.announced?.claims.map((c) => [c.source, c.value.iso])).toEqual([["a.txt", "2026-06-08"], ["b.txt", "2026-06-08"]]);
  });

  it("an undated source's announcement weekday that is a dated source's own weekday is that source's day, not the week before a report of talks", () => {
    // 2026-06-09 is a Tuesday, 2026-06-11 a Thursday. The report of talks is dated first, the
    // announcement's own report second; no source dates the announcement itself.
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group is in talks to invest in Coppice Mills, according to people familiar with the matter.", published: "2026-06-09" },
      { id: "b.txt", path: "b.txt", format: "text", text: "Coppice Mills raised $235 million from Tarnwell Group and others.", published: "2026-06-11" },
      { id: "c.txt", path: "c.txt", format: "text", text: "Coppice Mills said on Thursday it was valued at $4.5 billion in a $235 million funding round led by Tarnwell Group." },
    ]);
    const src = Object.fromEntries(doc.sources.map((s) => [s.id, s]));
    expect(src["c.txt"]!.dateInferred).toEqual({ day: "2026-06-11", from: "deal" });
    expect(doc.record.fields.announced?.value).toEqual({ iso: "2026-06-11", inferred: true });
  });

  it("a deal no source dates: a yearless day with its weekday takes the year near the claims' years in which the day is that weekday", () => {
    // 8 June is a Monday in 2026 (and in 2020, 2015); the claims write 2027 (the closing).
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "LONDON, June 8 (Wire) - Tarnwell Group said on Monday it had agreed to buy Coppice Mills for $3.1 billion. The deal is expected to close in 2027." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company said on Monday. It expects to complete the deal in 2027." },
      { id: "c.txt", path: "c.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company announced on Tuesday, June 9." },
    ]);
    const src = Object.fromEntries(doc.sources.map((s) => [s.id, s]));
    expect(src["a.txt"]!.dateInferred).toEqual({ day: "2026-06-08", from: "dateline" });
    expect(src["c.txt"]!.dateInferred).toEqual({ day: "2026-06-09", from: "announcement" });
    expect(src["b.txt"]!.dateInferred).toMatchObject({ day: "2026-06-08" });
    expect(doc.record.fields.announced?.claims.map((c) => [c.source, c.value.iso])).toEqual([["a.txt", "2026-06-08"], ["b.txt", "2026-06-08"], ["c.txt", "2026-06-09"]]);
  });

  it("a deal no source dates: a yearless date line's own weekday makes its year, and the announcement's weekday falls before it", () => {
    // 25 October is a Saturday in 2025 (a Sunday in 2026, the year the claims write); the
    // announcement's Thursday is two days before it. The announcement's weekday must not make the
    // year (25 October is a Thursday in 2029).
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell and Coppice agree cloud deal\n\nSaturday, October 25\n\nTarnwell Group and Coppice Mills announced their cloud partnership Thursday, a deal worth $3.1 billion. The capacity comes online in 2026." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed a $3.1 billion cloud deal with Coppice Mills. The capacity comes online in 2026." },
    ]);
    expect(doc.sources[0]!.datelineWeekday).toBe("Saturday");
    expect(doc.sources[0]!.dateInferred).toEqual({ day: "2025-10-25", from: "dateline" });
    expect(doc.record.fields.announced?.value).toEqual({ iso: "2025-10-23", inferred: true });
  });

  it("a deal no source dates: a yearless day with no weekday takes the weekday another source gives, within a year of the claims' years", () => {
    // 8 June is a Monday in 2026, a Tuesday in 2027 (the closing), a Saturday only in 2024.
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "KUALA LUMPUR, June 8 — Tarnwell Group has entered into an agreement to buy Coppice Mills for $3.1 billion. The deal is expected to close in 2027." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company said on Monday. It expects to complete the deal in 2027." },
    ]);
    expect(doc.sources.map((s) => s.dateInferred?.day ?? null)).toEqual(["2026-06-08", "2026-06-08"]);
    expect(doc.record.fields.announced?.value).toEqual({ iso: "2026-06-08", inferred: true });
    // A weekday the day takes only three years from the claims' is too loose a fit.
    const far = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "KUALA LUMPUR, June 8 — Tarnwell Group has entered into an agreement to buy Coppice Mills for $3.1 billion. The deal is expected to close in 2027." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company said on Saturday. It expects to complete the deal in 2027." },
    ]);
    expect(far.sources.map((s) => s.dateInferred ?? null)).toEqual([null, null]);
  });

  it("a deal no source dates: no year from the claims' years alone, nor without a year written anywhere", () => {
    // The dateline's day names no weekday: 2027 (the closing) is no safe guess of its year.
    const noWeekday = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "LONDON, June 8 (Wire) - Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. The deal is expected to close in 2027." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. It expects to complete the deal in 2027." },
    ]);
    expect(noWeekday.sources.map((s) => s.dateInferred ?? null)).toEqual([null, null]);
    // A weekday, but no year written in any claim.
    const noYear = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "LONDON, June 8 (Wire) - Tarnwell Group said on Monday it had agreed to buy Coppice Mills for $3.1 billion." },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, the company said on Monday." },
    ]);
    expect(noYear.sources.map((s) => s.dateInferred ?? null)).toEqual([null, null]);
    expect(noYear.record.fields.announced?.value).toBeUndefined();
  });

  it("a deal no source states sides for: the two organisations most sources name most, without roles", () => {
    const a = "Coppice Mills said on Thursday it has set up a unit in which Tarnwell Group will put 1.1 billion euros. Coppice Mills shares rose 9%. Tarnwell Group is a long-time backer of Coppice Mills.";
    const b = "Tarnwell Group will put 1.1 billion euros into a new unit of Coppice Mills, which holds its best brands. Coppice Mills and Tarnwell Group gave no more detail.";
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: a, published: "2026-03-27" },
      { id: "b.txt", path: "b.txt", format: "text", text: b, published: "2026-03-27" },
    ]);
    expect(doc.record.parties.map((p) => [p.name, p.role ?? null, p.sources])).toEqual([
      ["Coppice Mills", null, ["a.txt", "b.txt"]],
      ["Tarnwell Group", null, ["a.txt", "b.txt"]],
    ]);
    // One source alone is not enough to call them the sides.
    expect(documentOf([{ id: "a.txt", path: "a.txt", format: "text", text: a, published: "2026-03-27" }]).record.parties).toEqual([]);
  });

  it("a parent merging with its listed unit: two sides, and one deal across sources", () => {
    const doc = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "Alder Finance Bank will merge with its parent Alder Finance Corp, the companies said on Monday.", published: "2026-04-06" },
      { id: "b.txt", path: "b.txt", format: "text", text: "Alder Finance Corp and Alder Finance Bank agreed to merge in a share swap, creating a lending giant.", published: "2026-04-06" },
    ]);
    expect(doc.records.length).toBe(1);
    expect(doc.record.parties.map((p) => p.name).sort()).toEqual(["Alder Finance", "Alder Finance Bank"]);
    expect(doc.record.sources).toEqual(["a.txt", "b.txt"]);
  });

  it("no day is inferred for a source alone, nor for one that dates the announcement after the others' reports", () => {
    const alone = documentOf([{ id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion on Tuesday." }]);
    expect(alone.sources[0]!.dateInferred).toBeUndefined();
    expect(alone.facts.find((f) => f.text === "Tuesday")?.value).toEqual({ iso: null });
    const later = documentOf([
      { id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion, it said on Monday.", published: "2026-06-09" },
      { id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group said on July 14, 2026 it had agreed to buy Coppice Mills for $3.1 billion. Shares rose on Tuesday." },
    ]);
    expect(later.sources.find((s) => s.id === "b.txt")!.dateInferred).toBeUndefined();
    expect(later.facts.find((f) => f.text === "Tuesday")?.value.inferred).toBeUndefined();
  });

  it("an undated source's announcement day and month take the year nearest the other sources' dates", () => {
    const results = [
      extractSource({ id: "a.txt", path: "a.txt", format: "text", text: "Tarnwell Group will buy Coppice Mills for $66 billion in the all-cash deal that was announced May 10." }),
      extractSource({ id: "b.txt", path: "b.txt", format: "text", text: "Tarnwell Group agreed to buy Coppice Mills for $66 billion, it said on Wednesday.", published: "2026-09-14" }),
    ];
    const r = recordsOfResults(results)[0]!;
    const claims = Object.fromEntries((r.fields.announced?.claims ?? []).map((c) => [c.source, c.value]));
    expect(claims["a.txt"]).toMatchObject({ iso: "2026-05-10", inferred: true });
    expect(r.fields.announced?.conflict).toBe(true);
  });

  it("an investor's own amount is the deal's value over the total of the round it joins; a round alone gives its total", () => {
    const r = recordOf([
      ["a.txt", "2025-09-09", "Tarnwell Group will invest 1.3 billion euros in Coppice Mills. Coppice Mills raised 1.7 billion euros in a funding round led by Tarnwell Group."],
      ["b.txt", "2025-09-09", "Coppice Mills closed a 1.7 billion euro funding round. Tarnwell Group, which led it, invests 1.3 billion euros."],
      ["c.txt", "2025-09-09", "Coppice Mills has raised 1.7 billion euros in a round led by Tarnwell Group."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.3e9, currency: "EUR" });
    const alone = recordOf([["a.txt", "2025-09-09", "Coppice Mills raised a 600 million euro funding round led by Tarnwell Group."]]);
    expect(alone.fields.value?.value).toMatchObject({ amount: 6e8, currency: "EUR" });
  });

  it("a market's reaction day told before the deal is another aspect: the day sources give for the announcement wins over it", () => {
    const r = recordOf([
      ["a.txt", "2026-06-08", "Tarnwell Group on Sunday agreed to buy Coppice Mills for $3.1 billion."],
      ["b.txt", "2026-06-08", "Tarnwell Group said on Sunday it had agreed to buy Coppice Mills for $3.1 billion."],
      ["c.txt", "2026-06-08", "Coppice Mills shares plunged 60% Monday after Tarnwell Group agreed to buy the company for $3.1 billion."],
      ["d.txt", "2026-06-08", "Coppice Mills shares jumped 20% Monday after Tarnwell Group said it would acquire the company for $3.1 billion."],
      ["e.txt", "2026-06-08", "Coppice Mills stock rose 21% Monday after Tarnwell Group agreed to buy the company for $3.1 billion."],
    ]);
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-06-07" });
    expect(r.fields.announced?.claims.map((c) => c.source).sort()).toEqual(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]);
    expect(r.fields.announced?.conflict).toBe(false);
  });

  it("the publication date is no claim, nor a weekday that names something else", () => {
    const r = recordOf([["a.txt", "2026-06-09", `${DEAL} Coppice Mills shares rose 20% on Monday.`]]);
    expect(r.fields.announced).toBeUndefined();
    const byline = recordOf([["a.txt", "2026-06-09", `Tarnwell Group announces deal for Coppice Mills\nJune 9, 2026\n\n${DEAL}`]]);
    expect(byline.fields.announced).toBeUndefined();
    const regulator = recordOf([["a.txt", "2026-06-09", `${DEAL} Regulators confirmed on Monday the deal would face a review.`]]);
    expect(regulator.fields.announced).toBeUndefined();
  });

  it("a day apart across time zones is a conflict; the day most sources give wins", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Tarnwell Group late on Sunday agreed to buy Coppice Mills.`],
      ["b.txt", "2026-06-09", `${DEAL} Tarnwell Group said yesterday it had agreed to buy Coppice Mills.`],
      ["c.txt", "2026-06-10", `${DEAL} Tarnwell Group agreed terms on 8 June to buy Coppice Mills.`],
    ]);
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-06-08" });
    expect(r.fields.announced?.conflict).toBe(true);
    expect(r.fields.announced?.sources).toEqual(["b.txt", "c.txt"]);
  });

  it("a tie goes to an explicit full date over a relative word, even from an older source", () => {
    const r = recordOf([
      ["a.txt", "2026-06-08", `${DEAL} Tarnwell Group on June 7, 2026 agreed to buy Coppice Mills.`],
      ["b.txt", "2026-06-09", `${DEAL} Tarnwell Group said yesterday it had agreed to buy Coppice Mills.`],
    ]);
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-06-07" });
    expect(r.fields.announced?.conflict).toBe(true);
  });
});

describe("stock: signs and hedges", () => {
  const claimsOf = (text: string) => recordOf([["a.txt", "2026-06-09", `${DEAL} ${text}`]]).fields.stock?.claims.map((c) => c.text) ?? [];
  it("each way of writing a move, and the level in the same clause", () => {
    expect(claimsOf("By noon Coppice Mills shares were +27.4% at 512p.")).toEqual(["+27.4%", "512p"]);
    expect(claimsOf("In Frankfurt the stock was up 28 per cent.")).toEqual(["28 per cent"]);
    expect(claimsOf("Coppice Mills stock closed up 41.3% at $9.64 on Friday.")).toEqual(["41.3%", "$9.64"]);
    expect(claimsOf("Tarnwell Group shares rose almost 6% after the news.")).toEqual(["6%"]);
    expect(claimsOf("Coppice Mills shares jumped as much as 29 per cent.")).toEqual(["29 per cent"]);
    expect(claimsOf("Tarnwell Group shares fell 3.9 per cent to 2,310 yen.")).toEqual(["3.9 per cent", "2,310 yen"]);
    expect(claimsOf("Tarnwell Group stock lost almost 6% over two days.")).toEqual(["6%"]);
    expect(claimsOf("Coppice Mills shares surged 44% in premarket trading.")).toEqual(["44%"]);
    expect(claimsOf("Coppice Mills' stock price jumped by as much as 29% to 430 pence.")).toEqual(["29%", "430 pence"]);
    expect(claimsOf("Coppice Mills shares have risen 26.5% since the approach.")).toEqual(["26.5%"]);
    expect(claimsOf("The offer sent Coppice Mills shares 26.5% higher.")).toEqual(["26.5%"]);
  });

  it("a move on the market without the word 'shares': closed up, a company as the subject, a signed move in trading", () => {
    expect(claimsOf("Coppice Mills closed up 45.1% in Frankfurt.")).toEqual(["45.1%"]);
    expect(claimsOf("Coppice Mills ended down 3.2% on the day.")).toEqual(["3.2%"]);
    expect(claimsOf("Coppice Mills jumped almost 7% in Tokyo.")).toEqual(["7%"]);
    expect(claimsOf("Tarnwell Group fell 2.5% while the wider index rose.")).toEqual(["2.5%"]);
    expect(claimsOf("In afternoon trading: CPM +12.5%, TWG -1.1%.")).toEqual(["+12.5%", "-1.1%"]);
  });

  it("not a move of the shares: a company's revenue, staff or market share; a signed figure outside trading", () => {
    expect(claimsOf("Coppice Mills revenue rose 12% last year.")).toEqual([]);
    expect(claimsOf("Coppice Mills sales were up 4% in the quarter.")).toEqual([]);
    expect(claimsOf("Coppice Mills cut 5% of its staff in March.")).toEqual([]);
    expect(claimsOf("Coppice Mills lost 3% of its market share last year.")).toEqual([]);
    expect(claimsOf("Coppice Mills gained 3% of the market in two years.")).toEqual([]);
    expect(claimsOf("Orders at Coppice Mills were +8% on the year.")).toEqual([]);
  });

  it("a signed fall agrees with a fall in words; moves of the two companies are not compared", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Tarnwell Group shares were -3.9% at 2,310 yen, while Coppice Mills shares were +27.4% at 512p.`],
      ["b.txt", "2026-06-09", `${DEAL} Tarnwell Group shares fell 3.9 per cent. Coppice Mills shares jumped 27 per cent.`],
    ]);
    const stock = r.fields.stock!;
    expect(stock.conflict).toBe(false);
    expect(stock.claims.find((c) => c.text === "-3.9%")?.value).toEqual({ value: 3.9, direction: "down" });
    expect(stock.claims.every((c) => c.agrees !== false)).toBe(true);
  });

  it("a bare '$' share price beside a named Canadian dollar does not make the US dollar the deal's own currency", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for C$24.50 a share, or C$4.5 billion."],
      ["b.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for $24.50 a share in a deal valued at $4.5 billion ($3.6 billion U.S.)."],
      ["c.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $24.50 per share, or $4.5 billion."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 4.5e9, currency: "CAD" });
  });

  it("where a page writes the deal's money in US dollars in so many words, a bare '$' one page reads as C$ from its exchange ('on the TSX') does not turn the other pages' bare dollars Canadian", () => {
    const reports: [string, string, string][] = [
      ["a.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for about $4.9 billion, or $54.00 a share, based on the closing price on the TSX for Tarnwell Group of $460.65."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $4.9 billion in cash and stock, or $54 a share."],
      ["c.txt", "2026-06-09", "Tarnwell Group has agreed to buy Coppice Mills for $54 a share in a transaction valued at $4.9-billion (U.S.)."],
    ];
    // The first page's own reading stays; the record's value is the US dollar figure the others give.
    const a = extractSource({ id: "a.txt", path: "a.txt", format: "text", text: reports[0]![2], published: "2026-06-09" });
    expect(a.facts.find((f) => f.type === "money" && f.value.amount === 4.9e9)?.value.currency).toBe("CAD");
    expect(recordOf(reports).fields.value?.value).toMatchObject({ amount: 4.9e9, currency: "USD" });
    // With no page that writes US dollars as such, the exchange's dollar stands for all of them; and
    // a page that names the Canadian dollar makes the others' bare "$" that dollar.
    const bare: [string, string, string][] = [...reports.slice(0, 2), ["c.txt", "2026-06-09", "Tarnwell Group has agreed to buy Coppice Mills for $54 a share in a transaction valued at $4.9-billion."]];
    expect(recordOf(bare).fields.value?.value).toMatchObject({ amount: 4.9e9, currency: "CAD" });
    const named: [string, string, string][] = [["a.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for C$4.9 billion, or C$54 a share."], ...bare.slice(1)];
    expect(recordOf(named).fields.value?.value).toMatchObject({ amount: 4.9e9, currency: "CAD" });
    // US dollars written as a restatement in brackets say the amount before them is another dollar.
    const restated: [string, string, string][] = [...reports.slice(0, 2), ["c.txt", "2026-06-09", "Tarnwell Group has agreed to buy Coppice Mills for $54 a share in a deal valued at $4.9 billion ($3.6 billion U.S.)."]];
    expect(recordOf(restated).fields.value?.value).toMatchObject({ amount: 4.9e9, currency: "CAD" });
  });

  it("a move or a price before the deal's news is shown among the stock claims but is never the stock value", () => {
    const alone = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Coppice Mills shares have fallen 4.4% this year.`],
      ["b.txt", "2026-06-09", `${DEAL} While the offer is a 71% premium on Coppice Mills' share price, it is lower than the £13.65 peak in 2020.`],
    ]);
    expect(alone.fields.stock?.claims.map((c) => c.text)).toEqual(["4.4%", "£13.65"]);
    expect(alone.fields.stock?.value).toBeNull();
    const both = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Coppice Mills shares have fallen 4.4% this year.`],
      ["b.txt", "2026-06-09", `${DEAL} Coppice Mills shares jumped 21% on Monday.`],
    ]);
    expect(both.fields.stock?.text).toBe("21%");
  });

  it("'shares of X' and 'shares in Y' are two companies' moves, not a clash", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Shares of Coppice Mills rose 30% while shares in Tarnwell Group fell 2%.`],
      ["b.txt", "2026-06-09", `${DEAL} Shares of Coppice Mills jumped 30 per cent.`],
    ]);
    expect(r.fields.stock?.claims.map((c) => c.text)).toEqual(["30%", "2%", "30 per cent"]);
    expect(r.fields.stock?.conflict).toBe(false);
  });

  it("the verdict names the values that clash when the chosen one clashes with none", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Tarnwell Group shares fell 3.9 per cent. Coppice Mills shares were +27.4% at 512p.`],
      ["b.txt", "2026-06-09", `${DEAL} Tarnwell Group shares closed down 3.9%. Coppice Mills shares jumped 35 per cent.`],
      ["c.txt", "2026-06-09", `${DEAL} Tarnwell Group stock fell 3.9 per cent.`],
    ]);
    expect(r.fields.stock?.conflict).toBe(true);
    expect(verdict(diffEntry(r, "stock", ["a.txt", "b.txt", "c.txt"]))).toBe("conflict on stock: coppice mills shares: 27.4% (a.txt) vs 35% (b.txt)");
  });

  it("different moves of one company's shares are a conflict", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", `${DEAL} Coppice Mills shares were +27.4% at 512p.`],
      ["b.txt", "2026-06-09", `${DEAL} Coppice Mills shares jumped 35 per cent.`],
    ]);
    expect(r.fields.stock?.conflict).toBe(true);
  });
});

describe("stock: the move on the news, stated as a move", () => {
  it("the day's move beats a move before the news, and a move beats the price it moved to", () => {
    const a: [string, string, string] = ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. Coppice Mills shares climbed 11% on Tuesday. The jump comes a day after shares traded up 22.7% on rumours of a deal."];
    const b: [string, string, string] = ["b.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for $3.1 billion. Coppice Mills shares rose 11.4% to $81.34 on Tuesday."];
    expect(recordOf([a]).fields.stock?.value).toEqual({ value: 11 });
    expect(recordOf([b]).fields.stock?.value).toEqual({ value: 11.4 });
    const both = recordOf([a, b]);
    // 11% and 11.4% agree (the more precise wins); the earlier 22.7% clashes with neither.
    expect(both.fields.stock?.value).toEqual({ value: 11.4 });
    expect(both.fields.stock?.conflict).toBe(false);
    expect(both.fields.stock?.claims.map((c) => c.text)).toEqual(["11%", "22.7%", "11.4%", "$81.34"]);
  });
});

describe("stock: a move restated", () => {
  it("a move in money restated as a percentage after a comma is the same claim ('rose by 500 yen, or 16.9%, to 3,460 yen'); a percentage of something else is not", () => {
    const text = "Alder Ltd agreed to buy Birch Co. Birch Co shares rose by the daily limit of 500 yen, or 16.9%, to 3,460 yen.";
    const jpy = (sub: string, amount: number) => at(text, sub, "money", { amount, currency: "JPY" });
    const facts = [org(text, "Alder Ltd", "Alder Ltd"), org(text, "Birch Co", "Birch Co"), org(text, "Birch Co", "Birch Co", 1), jpy("500 yen", 500), pct(text, "16.9%", 16.9), jpy("3,460 yen", 3460)];
    const t = tagFields(text, facts);
    expect(t[3]?.fields).toEqual(["stock"]);
    expect(t[4]?.fields).toEqual(["stock"]);
    expect(t[4]?.aspects).toEqual(t[3]?.aspects);
    const other = "Alder Ltd agreed to buy Birch Co. Birch Co shares rose 500 yen to 3,460 yen, and 16.9% of them changed hands.";
    const u = tagFields(other, [org(other, "Alder Ltd", "Alder Ltd"), org(other, "Birch Co", "Birch Co"), org(other, "Birch Co", "Birch Co", 1), at(other, "500 yen", "money", { amount: 500, currency: "JPY" }), at(other, "3,460 yen", "money", { amount: 3460, currency: "JPY" }), pct(other, "16.9%", 16.9)]);
    expect(u[5]?.fields ?? []).not.toContain("stock");
  });
});

describe("value: one deal in two currencies, or with its debt", () => {
  it("'Rs.' before a figure ends no sentence: the rupee conversion in brackets leaves the deal noun after it to the amount", () => {
    const inr = (text: string, sub: string, amount: number) => at(text, sub, "money", { amount, currency: "INR", qualifier: "roughly" });
    const text = "Alder Ltd agreed to buy Birch Co in a $61 billion (roughly Rs. 4,73,223 crore) cash-and-stock deal.";
    const facts = [org(text, "Alder Ltd", "Alder Ltd"), org(text, "Birch Co", "Birch Co"), money(text, "$61 billion", 61e9), inr(text, "Rs. 4,73,223 crore", 4.73223e12)];
    const t = tagFields(text, facts);
    expect(t[2]?.fields).toEqual(["value"]);
    expect(t[3]?.aspects).toEqual({ value: "converted" });
  });
  it("an amount restated after a comma ('X, or about Y,') is X's conversion, and the words after the restatement are X's own", () => {
    const cny = (text: string, sub: string, amount: number) => at(text, sub, "money", { amount, currency: "CNY" });
    const eur = (text: string, sub: string, amount: number) => at(text, sub, "money", { amount, currency: "EUR", qualifier: "about" });
    const text = "Alder Ltd will pay RMB14.6 billion, or about €1.9 billion, for a 21 per cent stake in Birch Co.";
    const facts = [org(text, "Alder Ltd", "Alder Ltd"), cny(text, "RMB14.6 billion", 14.6e9), eur(text, "€1.9 billion", 1.9e9), pct(text, "21 per cent", 21), org(text, "Birch Co", "Birch Co")];
    const t = tagFields(text, facts);
    expect(t[1]?.fields).toEqual(["value"]);
    expect(t[1]?.aspects).toBeUndefined();
    expect(t[2]?.fields).toEqual(["value"]);
    expect(t[2]?.aspects).toEqual({ value: "converted" });
    // No comma, no restatement: "X or Y" names two amounts, and the words after X are not X's.
    const alt = "Alder Ltd will pay RMB14.6 billion or about €1.9 billion in all for a 21 per cent stake in Birch Co.";
    const u = tagFields(alt, [org(alt, "Alder Ltd", "Alder Ltd"), cny(alt, "RMB14.6 billion", 14.6e9), eur(alt, "€1.9 billion", 1.9e9), pct(alt, "21 per cent", 21), org(alt, "Birch Co", "Birch Co")]);
    expect(u[1]?.fields ?? []).not.toContain("value");
    expect(u[2]?.aspects?.value).not.toBe("converted");
  });

  it("two conversions in one bracket ('A$23.6 billion ($17.46 billion; €15.11 billion)') are both the first figure's; an amount after the semicolon that no bracket closes after is none", () => {
    const text = "Birch Co has agreed to a A$23.6 billion ($17.46 billion; €15.11 billion) takeover bid from Alder Ltd.";
    const aud = at(text, "A$23.6 billion", "money", { amount: 23.6e9, currency: "AUD" });
    const facts = [org(text, "Birch Co", "Birch Co"), aud, money(text, "$17.46 billion", 17.46e9), at(text, "€15.11 billion", "money", { amount: 15.11e9, currency: "EUR" }), org(text, "Alder Ltd", "Alder Ltd")];
    const t = tagFields(text, facts);
    expect(t[1]?.fields).toEqual(["value"]);
    expect(t[1]?.aspects).toBeUndefined();
    expect(t[2]?.aspects).toEqual({ value: "converted" });
    expect(t[3]?.aspects).toEqual({ value: "converted" });
    const r = recordOf([
      ["a.txt", "2026-06-09", text],
      ["b.txt", "2026-06-09", "Alder Ltd agreed to buy Birch Co for A$23.6 billion."],
    ]);
    expect(r.fields.value?.value).toEqual({ amount: 23.6e9, currency: "AUD" });
    expect(r.fields.value?.conflict).toBe(false);
    // A second amount after a semicolon that no bracket closes is no conversion of the first.
    const open = "Alder Ltd agreed to buy Birch Co for A$23.6 billion ($17.46 billion; €15.11 billion of it in debt owed to lenders, not yet repaid).";
    const u = tagFields(open, [org(open, "Alder Ltd", "Alder Ltd"), org(open, "Birch Co", "Birch Co"), at(open, "A$23.6 billion", "money", { amount: 23.6e9, currency: "AUD" }), money(open, "$17.46 billion", 17.46e9), at(open, "€15.11 billion", "money", { amount: 15.11e9, currency: "EUR" })]);
    expect(u[4]?.aspects?.value).not.toBe("converted");
  });

  it("a conversion in brackets with the rate it was made at is the first figure's conversion", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group signed a supply deal with Coppice Mills valued at ¥465 billion (about US$3.04 billion at ¥153 to the dollar)."],
      ["b.txt", "2026-06-09", "Tarnwell Group signed a ¥465 billion ($3.0 billion) supply contract with Coppice Mills."],
      ["c.txt", "2026-06-09", "Tarnwell Group signed a supply deal with Coppice Mills worth about $3.1 billion."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 465e9, currency: "JPY" });
    expect(r.fields.value?.values?.find((v) => v.text === "US$3.04 billion")?.aspect).toBe("converted|money");
  });

  it("a hedged figure in another currency gives way to the figure most sources state, in their currency ('nearly £6 billion' beside '$8.45 billion (£5.98 billion)'); a hedged figure in the currency most sources use stays, and no one source's conversion stands in for it", () => {
    const r = recordOf([
      ["a.txt", "2026-05-26", "Tarnwell Group has bought Coppice Mills for nearly £6 billion. As the $8.45 billion (£5.98 billion) deal was agreed, Tarnwell Group said it would keep the brand."],
      ["b.txt", "2026-05-26", "Tarnwell Group agreed to buy Coppice Mills for $8.45 billion."],
      ["c.txt", "2026-05-26", "Tarnwell Group will purchase Coppice Mills for 8.45 billion dollars."],
      ["d.txt", "2026-05-26", "Tarnwell Group will buy Coppice Mills in a £6bn deal."],
    ]);
    expect(r.fields.value?.value).toEqual({ amount: 8.45e9, currency: "USD" });
    const g = recordOf([
      ["a.txt", "2026-03-03", "Tarnwell Group raised its offer for Coppice Mills, valuing it at about £1.73 billion ($2.2 billion)."],
      ["b.txt", "2026-03-03", "Tarnwell Group raised its offer for Coppice Mills. That makes it a $2.2 billion deal."],
      ["c.txt", "2026-03-03", "Tarnwell Group agreed to buy Coppice Mills in a £1.46bn takeover."],
    ]);
    expect(g.fields.value?.value).toEqual({ amount: 1.73e9, currency: "GBP", qualifier: "about" });
  });
  it("the figure two sources give beats one source's figure in another currency", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for 1.15 trillion yen."],
      ["b.txt", "2026-06-09", "Tarnwell Group will acquire Coppice Mills for ¥1.15tn in cash."],
      ["c.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills in a $7.45 billion takeover."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.15e12, currency: "JPY" });
  });

  it("a figure including debt is another aspect: no conflict with the equity price, and it does not win", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for 1.15 trillion yen."],
      ["b.txt", "2026-06-09", "Tarnwell Group will acquire Coppice Mills for ¥1.15tn in cash."],
      ["c.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills in a deal worth ¥1.3tn including debt."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.15e12, currency: "JPY" });
    expect(r.fields.value?.conflict).toBe(false);
    expect(r.fields.value?.claims.map((c) => c.text)).toContain("¥1.3tn");
  });

  it("the day an agreement 'was signed' is another aspect of the announcement: it neither clashes with the day announced nor ties with it", () => {
    const r = recordOf([
      ["a.txt", "2026-09-23", "Tarnwell Group agreed to buy power from Coppice Mills under a 20-year agreement announced on Wednesday. The agreement was signed late on Tuesday and made public before the market opened."],
      ["b.txt", "2026-09-24", "Tarnwell Group and Coppice Mills announced on Sept. 22 their largest power purchase agreement."],
      ["c.txt", "2026-09-24", "Tarnwell Group will buy power from Coppice Mills, the companies said on Sept. 23."],
    ]);
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-09-23" });
    expect(r.fields.announced?.conflict).toBe(true);
    const signedOnly = recordOf([["a.txt", "2026-09-23", "Tarnwell Group will buy power from Coppice Mills. The agreement was signed on Tuesday."]]);
    expect(signedOnly.fields.announced?.value).toMatchObject({ iso: "2026-09-22" });
  });

  it("a figure with a contingent payment (a CVR, an earn-out) or risk-adjusted is another aspect: it neither clashes with the price nor wins", () => {
    const r = recordOf([
      ["a.txt", "2026-11-16", "Tarnwell Group agreed to buy Coppice Mills for $72 a share in cash, or about $8.2 billion. Including the CVR, the deal could be worth as much as $8.9 billion."],
      ["b.txt", "2026-11-16", "Tarnwell Group will buy Coppice Mills for $8.2 billion in cash."],
      ["c.txt", "2026-11-17", "Tarnwell Group agreed to buy Coppice Mills for $8.9 billion including the CVR. Our $3.35 puts the risk-adjusted package at $75.35 a share, or roughly $8.6bn for the company."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 8.2e9 });
    expect(r.fields.value?.conflict).toBe(false);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(expect.arrayContaining(["$8.9 billion", "$8.6bn"]));
    // "plus an earn-out" is the price without it.
    const plus = recordOf([["a.txt", "2026-11-16", "Tarnwell Group will buy Coppice Mills for $1.35 billion in cash plus an earn-out of up to $300 million."]]);
    expect(plus.fields.value?.value).toMatchObject({ amount: 1.35e9 });
  });

  it("a name that only describes the next ('Premier League club Y') is no party and makes no other deal of the sentence", () => {
    const r = recordOf([
      ["a.txt", "2026-07-16", "Tarnwell Capital has agreed to buy a 24.9% stake in Premier League football club Coppice Rovers for 120 million pounds, the two sides said on Thursday."],
      ["b.txt", "2026-07-16", "Tarnwell Capital will pay £120m for a quarter of Coppice Rovers, the Coppice Rovers Supporters' Trust said."],
    ]);
    expect(r.parties.map((p) => p.name).sort()).toEqual(["Coppice Rovers", "Tarnwell Capital"]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.2e8, currency: "GBP" });
    expect(r.fields.announced?.value).toMatchObject({ iso: "2026-07-16" });
  });

  it("a minority stake's price is the value; what the deal 'values the club at' (price = stake × that) is not", () => {
    const r = recordOf([
      ["a.txt", "2026-03-03", "Tarnwell Capital has agreed to buy a 25% stake in Coppice Rovers for £45 million, in a deal that values the club at about £180 million."],
      ["b.txt", "2026-03-03", "Tarnwell Capital will hand over £45m for the shares. The deal values Coppice Rovers at £180m."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 4.5e7, currency: "GBP" });
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["£45 million", "£45m"]);
    // A combined company's market value, told with no "values ... at", stays whatever the stake: a merger's figures.
    const merger = recordOf([["a.txt", "2026-03-03", "Tarnwell Capital agreed a $3.4bn merger with Coppice Rovers, whose owners will own about 86% of the combined company. The merger will give the combined company a market value of $4 billion."]]);
    expect(merger.fields.value?.claims.map((c) => c.text)).toContain("$4 billion");
  });

  it("a second buyer named a member in one source and a buyer in others is a party beside the lead; a buyer never named a member is not", () => {
    const r = recordOf([
      ["a.txt", "2020-11-18", "Cedar Group said it had agreed to be acquired by Alder Ltd and Birch Co for £7.2 billion."],
      ["b.txt", "2020-11-18", "Alder Ltd agreed to buy Cedar Group for £7.2 billion. Birch Co will pay £4.2 billion to buy Cedar Group's Nordic units."],
      ["c.txt", "2020-11-18", "Alder Ltd agreed to buy Cedar Group for £7.2 billion. Birch Co will pay £4.2 billion to buy Cedar Group's Nordic units."],
    ]);
    expect(r.parties.map((p) => [p.name.split(" ")[0], p.role])).toEqual(expect.arrayContaining([["Birch", "acquirer"], ["Alder", "acquirer"], ["Cedar", "target"]]));
    const rival = recordOf([
      ["a.txt", "2020-11-18", "Alder Ltd agreed to buy Cedar Group for £7.2 billion."],
      ["b.txt", "2020-11-18", "Alder Ltd agreed to buy Cedar Group for £7.2 billion. Birch Co had offered to buy Cedar Group for £6 billion."],
      ["c.txt", "2020-11-18", "Alder Ltd agreed to buy Cedar Group for £7.2 billion. Birch Co had offered to buy Cedar Group for £6 billion."],
    ]);
    expect(rival.parties.map((p) => p.name.split(" ")[0])).not.toContain("Birch");
  });

  it("a bare '$' amount a little finer than another source's named dollar ('$1.512 billion' beside 'A$1.5 billion') is that dollar", () => {
    const r = recordOf([
      ["a.txt", "2023-01-03", "Alder Ltd signed a A$1.5 billion rights deal with Birch Co."],
      ["b.txt", "2023-01-03", "Alder Ltd signed a rights deal with Birch Co. The $1.512 billion deal is a record."],
    ]);
    expect(r.fields.value?.claims.find((c) => c.text === "$1.512 billion")?.value).toMatchObject({ currency: "AUD" });
    // Another amount ("$1.4 billion": neither within 1% nor a rounding) keeps the US dollar.
    const far = recordOf([
      ["a.txt", "2023-01-03", "Alder Ltd signed a A$1.5 billion rights deal with Birch Co."],
      ["b.txt", "2023-01-03", "Alder Ltd signed a rights deal with Birch Co. The $1.4 billion deal is a record."],
    ]);
    expect(far.fields.value?.claims.find((c) => c.text === "$1.4 billion")?.value).toMatchObject({ currency: "USD" });
  });

  it("a bare '$' amount restated at once in another source's named dollar ('$2.5 billion (CAD 3.4 billion)') is not that dollar", () => {
    const r = recordOf([
      ["a.txt", "2024-07-15", "Alder Steel will buy Birch Steel for C$2.5 billion, or C$3.4 billion with debt."],
      ["b.txt", "2024-07-15", "Alder Steel is set to acquire Birch Steel for $2.5 billion (CAD 3.4 billion)."],
      ["c.txt", "2024-07-15", "Alder Steel agreed to buy Birch Steel in a deal with an enterprise value of $2.5 billion."],
    ]);
    const cur = (src: string) => r.fields.value?.claims.find((c) => c.source === src && c.text === "$2.5 billion")?.value.currency;
    expect(cur("b.txt")).toBe("USD");
    // Without a restatement, the bare "$" still takes the named dollar of the same amount.
    expect(cur("c.txt")).toBe("CAD");
  });

  it("a brand written as one word and as two ('QatarEnergy', 'Qatar Energy') is one party across sources", () => {
    const r = recordOf([
      ["a.txt", "2024-02-06", "Coppice Mills signed a deal with TarnwellEnergy to buy gas."],
      ["b.txt", "2024-02-06", "Coppice Mills signed a deal with Tarnwell Energy to buy gas."],
    ]);
    expect(r.parties).toHaveLength(2);
    expect(r.parties.find((p) => p.name.startsWith("Tarnwell"))!.sources).toEqual(["a.txt", "b.txt"]);
    // Run together in one word of several ("JPMorgan Chase" / "JP Morgan Chase"): one party too.
    const two = recordOf([
      ["a.txt", "2024-02-06", "JR Tarnwell Chase agreed to buy Coppice Mills for $3.1 billion."],
      ["b.txt", "2024-02-06", "JRTarnwell Chase agreed to buy Coppice Mills for $3.1 billion."],
    ]);
    expect(two.parties.map((p) => p.sources)).toEqual([["a.txt", "b.txt"], ["a.txt", "b.txt"]]);
  });

  it("a page's date line over a lede that says the deal was struck is the record's announcement day only where no source states one; it clashes with none", () => {
    const only = recordOf([
      ["a.txt", null, "Tarnwell Group to buy Coppice Mills\n\nJuly 29, 2025\n\nTarnwell Group has signed an agreement to buy Coppice Mills for $85 billion."],
      ["b.txt", null, "Tarnwell Group agreed to buy Coppice Mills for $85 billion."],
    ]);
    expect(only.fields.announced?.value).toEqual({ iso: "2025-07-29" });
    const stated = recordOf([
      ["a.txt", null, "Tarnwell Group to buy Coppice Mills\n\nJuly 30, 2025\n\nTarnwell Group has signed an agreement to buy Coppice Mills for $85 billion."],
      ["b.txt", "2025-07-29", "Tarnwell Group agreed on July 29, 2025 to buy Coppice Mills for $85 billion."],
    ]);
    expect(stated.fields.announced?.value).toEqual({ iso: "2025-07-29" });
    expect(stated.fields.announced?.conflict).toBe(false);
  });
  it("a headline's clipped last word ('Envision Health' beside 'Envision Healthcare') is one party across sources", () => {
    const r = recordOf([
      ["a.txt", "2018-06-11", "Alder Ltd to buy Tarnwell Health for $9.9 billion"],
      ["b.txt", "2018-06-11", "Alder Ltd agreed to buy Tarnwell Healthcare for $9.9 billion."],
    ]);
    expect(r.parties.map((p) => [p.name, p.sources])).toEqual([
      ["Alder", ["a.txt", "b.txt"]],
      ["Tarnwell Healthcare", ["a.txt", "b.txt"]],
    ]);
  });
  it("a deal paid in parts: the total is the value; the upfront part is another aspect, never the value", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Coppice Mills agreed to license its drug to Tarnwell Group for $50 million upfront and up to $1.2 billion in total."],
      ["b.txt", "2026-06-09", "Coppice Mills signed a licensing deal with Tarnwell Group worth up to $1.2 billion."],
      ["c.txt", "2026-06-09", "Tarnwell Group will pay $50 million upfront to Coppice Mills in a deal worth up to $1.2bn."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.2e9, currency: "USD" });
    expect(r.fields.value?.conflict).toBe(false);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["$1.2 billion", "$1.2 billion", "$1.2bn"]);
  });

  it("in one source, the total beats the upfront part, and the equity price beats the figure including debt", () => {
    const parts = recordOf([["a.txt", "2026-06-09", "Tarnwell Group agreed to buy the drug unit of Coppice Mills for $50 million upfront and up to $400 million in total."]]);
    expect(parts.fields.value?.claims.map((c) => c.text)).toEqual(["$50 million", "$400 million"]);
    expect(parts.fields.value?.value).toMatchObject({ amount: 4e8 });
    const debt = recordOf([["a.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills in a deal worth ¥1.3tn including debt. Tarnwell Group agreed to pay ¥1.15tn for Coppice Mills."]]);
    expect(debt.fields.value?.claims.map((c) => c.text)).toEqual(["¥1.3tn", "¥1.15tn"]);
    expect(debt.fields.value?.value).toMatchObject({ amount: 1.15e12, currency: "JPY" });
  });

  it("a part named with 'including' does not win over the deal's figure; a deal 'valued at as much as' is a value", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to license Coppice Mills' drug in a deal valued at as much as $1.3 billion, including a $100 million equity investment."],
      ["b.txt", "2026-06-09", "Tarnwell Group signed a $1.2 billion licensing deal with Coppice Mills."],
      ["c.txt", "2026-06-09", "Tarnwell Group will make a $100 million equity investment in Coppice Mills."],
    ]);
    // The equity investment beside the licence is one part of what is paid, no claim; told alone, it is.
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["$1.3 billion", "$1.2 billion", "$100 million"]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.2e9 });
  });

  it("a deal of the past named with 'since its … purchase of' is another deal", () => {
    const text = "Tarnwell Group, which has grown since its $3.4bn purchase of Ansel Mills in 2023, agreed to buy Coppice Mills.";
    const facts = [org(text, "Tarnwell Group", "Tarnwell Group"), money(text, "$3.4bn", 3.4e9), org(text, "Ansel Mills", "Ansel Mills"), org(text, "Coppice Mills", "Coppice Mills")];
    expect(tags(text, facts)).toEqual({});
  });

  it("a round: 'pulled in' is raised, an appositive between the startup and its verb, and co-investors are no other deal", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Coppice Mills, the Leeds loom maker whose looms run in Asia, has pulled in $450 million in a Series D round led by Tarnwell Group."],
      ["b.txt", "2026-06-09", "Coppice Mills said on Monday that it had closed a round of $450 million led by Tarnwell Group, with participation from Ansel Ventures and Birchfield Capital."],
    ]);
    expect(r.parties.map((p) => p.name)).toEqual(["Coppice Mills", "Tarnwell Group"]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["$450 million", "$450 million"]);
    expect(r.fields.announced?.claims.map((c) => c.text)).toEqual(["Monday"]);
  });

  it("a sale told in the past with an earlier year is another deal; a year of another verb far from the figure is not", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. In 2024 it sold its gas business for $640 million."],
      ["b.txt", "2026-06-09", "Tarnwell Group will sell its mills to Coppice Mills for $3.1 billion. It sold the gas business to Ansel Mills for $640 million in 2024."],
      ["c.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills, the loom maker it first bought a stake in back in 1998, from its founders for $3.1 billion."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$3.1 billion"], ["b.txt", "$3.1 billion"], ["c.txt", "$3.1 billion"]]);
  });

  it("an auction won names buyer and target; a buyout told with its year is another deal, in a dated text and in an undated wire whose past-tense years place it", () => {
    const buyout = "Private equity firm Ansel Partners took Coppice Mills private in 2019 in a leveraged buyout valued at $780 million.";
    const r = recordOf([
      ["a.txt", "2026-05-20", `Tarnwell Group said it had won a court-supervised auction for the assets of bankrupt retailer Coppice Mills with a bid valued at $412 million. ${buyout}`],
      ["b.txt", null, `Tarnwell Group wins bankruptcy auction for Coppice Mills with $412 million bid\n\nCoppice's sales fell to $1.46 billion in 2025. ${buyout}`],
    ]);
    expect(r.parties.map((p) => [p.name, p.role])).toEqual([["Coppice Mills", "target"], ["Tarnwell Group", "acquirer"]]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$412 million"], ["b.txt", "$412 million"]]);
  });

  it("an undated text speaks from the latest year it tells of in the past tense; plans and timetables place it nowhere", () => {
    const year = (text: string) => sourceYear(text, null, extractAll(text, { refDate: null, sourceId: "t" }));
    expect(sourceYear("x", "2026-05-20", [])).toBe(2026);
    expect(year("Sales fell to $1.46 billion in 2025 from a peak in 2021. Deliveries run from 2027 to 2031.")).toBe(2025);
    expect(year("Deliveries run from 2027 to 2031, and the plant opens in 2028.")).toBeNull();
    // With no year, a deal told with a year is not judged past: the figure stays this deal's.
    const r = recordOf([["a.txt", null, "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. Coppice will deliver the first looms in 2027."]]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["$3.1 billion"]);
  });

  it("a name with and without its accents is one party; a venture formed in a past year is another deal", () => {
    const r = recordOf([
      ["a.txt", "2026-03-10", "Tarnwell Group and Valmont Aérostructures SA will form a joint venture, committing a combined €1.1 billion under a ten-year investment plan."],
      ["b.txt", "2026-03-10", "Tarnwell Group and Valmont Aerostructures SA will form a ten-year joint venture worth €1.1 billion. In 2021 the French group formed an eight-year, €240m venture with a British partner."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "€1.1 billion"], ["b.txt", "€1.1 billion"]]);
    expect(r.fields.term?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "ten-year"], ["b.txt", "ten-year"]]);
  });

  it("figures in page furniture (nav, footer, aside, a 'related' or 'share' box) are facts that claim nothing", () => {
    const html = `<html><body><nav><a href="/x">Rival Ansel in $5 billion deal</a></nav>
<article><h1>Tarnwell to buy Coppice</h1><p>Tarnwell Group agreed to buy Coppice Mills in a $3.1 billion deal.</p>
<div class="related-stories"><p>Ansel Looms signs $7 billion deal with Birch</p></div>
<p>Coppice shares rose 12%.</p></article>
<aside><p>Most read: Pellam agrees $9 billion deal</p></aside><footer>Acme wins $4 billion contract</footer></body></html>`;
    const { facts } = extractSource({ id: "p.html", path: "p.html", format: "html", text: html, published: "2026-06-09" });
    const money = facts.filter((f) => f.type === "money");
    expect(money.map((f) => f.text)).toEqual(["$5 billion", "$3.1 billion", "$7 billion", "$9 billion", "$4 billion"]);
    for (const f of money) expect(html.slice(f.start, f.end)).toBe(f.text);
    expect(money.filter((f) => f.fields?.includes("value")).map((f) => f.text)).toEqual(["$3.1 billion"]);
    expect(facts.find((f) => f.text === "12%")?.fields).toEqual(["stock"]);
  });

  it("an earlier round: 'the $95 million Series B that Y led in 2023', 'Previous round: … in 2023'; venture debt is no venture", () => {
    const r = recordOf([
      ["a.txt", "2026-02-17", "Coppice Mills raised $300 million in a Series C round led by Tarnwell Group. It is three times the size of the $95 million Series B that Ansel Looms led in 2023."],
      ["b.txt", "2026-02-18", "Coppice Mills raised $300 million led by Tarnwell Group, and a lender provided a $10 million venture-debt line.\n\n- Previous round: $95 million Series B in 2023, led by Ansel Looms"],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$300 million"], ["b.txt", "$300 million"]]);
  });

  it("a bracketed conversion follows the amount before it, whatever cue reached it; a non-party that went public in a past deal claims nothing", () => {
    const r = recordOf([
      ["a.txt", "2026-08-11", "Tarnwell Group agreed to take over Coppice Mills in an all-share deal that values the lender at R$12.4 billion ($2.3 billion), the two banks said late on Monday."],
      ["b.txt", "2026-08-11", "Tarnwell Group will take over Coppice Mills for R$12.4 billion. Ansel Aviation Corp., which went public through a blank-check merger in 2021 in a deal that valued it at $3.1 billion, has lost 80% of its value since."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "R$12.4 billion"], ["a.txt", "$2.3 billion"], ["b.txt", "R$12.4 billion"]]);
    expect(r.fields.value?.value).toEqual({ amount: 12.4e9, currency: "BRL" });
    expect(r.fields.announced?.claims.map((c) => [c.source, c.text, c.value.iso])).toEqual([["a.txt", "Monday", "2026-08-10"]]);
  });

  it("a figure after a deal verb whose doer and object are both other companies is another deal's ('In January, Ansel Aviation bought Pell Rail in a $22 billion deal'); where the object is a party it is this deal's", () => {
    const r = recordOf([
      ["a.txt", "2026-08-11", "Tarnwell Group agreed to buy Coppice Mills for $21.5 billion. In January, Ansel Aviation bought Pell Rail in a $22 billion all-stock deal."],
      ["b.txt", "2026-08-11", "Tarnwell Group will buy Coppice Mills for $21.5 billion."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$21.5 billion"], ["b.txt", "$21.5 billion"]]);
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("a head word that opens a name is left out of its key: 'Banco Taquaral' and 'Taquaral' are one party, and one record", () => {
    const r = recordOf([
      ["a.txt", "2026-08-11", "Banco Taquaral SA agreed to take over smaller rival Banco Carauna SA in an all-share deal, the two banks said late on Monday. Taquaral's acquisition of Carauna needs approval."],
      ["b.txt", "2026-08-12", "Taquaral announced on 11 August an all-share merger with Carauna."],
    ]);
    expect(r.sources).toEqual(["a.txt", "b.txt"]);
    expect(r.fields.announced?.claims.map((c) => c.source)).toEqual(["a.txt", "b.txt"]);
  });

  it("a deal told with an earlier year after its noun names no parties; a passive 'is delivered to' names no supplier", () => {
    const summary = (text: string, published: string) => {
      const r = recordOf([["a.txt", published, text]]);
      return r.parties.map((p) => p.name);
    };
    const text = "Tarnwell Energy announced a 20-year power purchase agreement (PPA) with Coppice Cloud. The obvious comparison is Ansel Atomic's 15-year contract with Birchwood Data from 2025. Regulators may object to how the power is delivered to Coppice Cloud's data centers.";
    expect(summary(text, "2026-07-17").sort()).toEqual(["Coppice Cloud", "Tarnwell Energy"]);
  });

  it("'the enterprise value is roughly $6.1bn' is a claim on another measure of the value: the price stays the value", () => {
    const r = recordOf([
      ["a.txt", "2026-05-18", "Tarnwell Group agreed to buy Coppice Mills for $7.2 billion in cash."],
      ["b.txt", "2026-05-20", "Tarnwell Group is buying Coppice Mills for $7.2 billion. Net of Coppice Mills' cash, the enterprise value is roughly $6.1bn."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$7.2 billion"], ["b.txt", "$7.2 billion"], ["b.txt", "$6.1bn"]]);
    expect(r.fields.value?.value).toEqual({ amount: 7.2e9, currency: "USD" });
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("a rate a source states ('€5.9 billion ($6.8 billion)') compares the currencies: the figure in the currency most sources use wins", () => {
    const r = recordOf([
      ["a.txt", "2026-06-08", "Tarnwell Group has signed a five-year, $6.8 billion contract to rent capacity to Coppice Mills."],
      ["b.txt", "2026-06-09", "Tarnwell Group has signed a contract worth €5.9 billion ($6.8 billion) to supply capacity to Coppice Mills."],
      ["c.txt", "2026-06-09", "Tarnwell Group has signed a contract to supply capacity to Coppice Mills worth up to US$8.9bn including the expansion option."],
    ]);
    expect(r.fields.value?.value).toEqual({ amount: 6.8e9, currency: "USD" });
    expect(r.fields.value?.sources).toEqual(["a.txt", "b.txt"]);
    expect(r.fields.value?.conflict).toBe(true);
  });

  it("a figure a season or a year is another measure of the value; a past rights deal paid for in a year claims nothing; a rival's bid is no claim", () => {
    const r = recordOf([
      ["a.txt", "2026-09-23", "Tarnwell Group has won the broadcast rights to Coppice Mills in a five-season deal worth £1.05 billion. Tarnwell Group will pay £210 million a season. It bought its first live rights in 2024, paying $150 million for three years of rights. Ansel Media Ltd bid around £185m a season."],
    ]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["£1.05 billion", "£210 million"]);
    expect(r.fields.value?.value).toEqual({ amount: 1.05e9, currency: "GBP" });
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("a filing made with a regulator is no deal with it: the sentence still claims term, value and date", () => {
    const r = recordOf([
      ["a.txt", "2026-02-25", "Tarnwell Group will supply Coppice Mills with chips through 2032 under an agreement valued at $54 billion, according to a filing the chipmaker made with the Securities and Exchange Commission after the deal was announced on Feb. 24."],
    ]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["$54 billion"]);
    expect(r.fields.term?.value).toEqual({ iso: "P6Y", through: "2032" });
    expect(r.fields.announced?.claims.map((c) => c.text)).toEqual(["Feb. 24"]);
  });

  it("an earlier round told figure, year, verb ('a $210m Series C in 2024 led by Y'), or as a company's last round", () => {
    const r = recordOf([
      ["a.txt", "2026-11-10", "Tarnwell Group agreed to buy Coppice Mills for $2.8 billion. Coppice Mills' last private round, a $210m Series C in 2024 led by Ansel Looms, valued it at $1.6bn."],
      ["b.txt", "2026-11-11", "Tarnwell Group will buy Coppice Mills for $2.8 billion. It has raised $455 million to date, most recently a $210 million Series C round in 2024 led by Ansel Looms."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$2.8 billion"], ["b.txt", "$2.8 billion"]]);
  });

  it("a trailing 'after …' clause with an earlier event tells this deal's past: the sentence before it still claims", () => {
    const r = recordOf([
      ["a.txt", "2026-10-27", "Tarnwell Group on Monday launched a hostile tender offer for Coppice Mills at $48 a share, valuing the loom maker at about $6.3 billion, after Coppice's board turned down a private approach last month."],
      ["b.txt", "2026-10-27", "Tarnwell Group launched a $6.3 billion tender offer for Coppice Mills on Monday. Last year Tarnwell Group bought Ansel Looms for $900 million."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$6.3 billion"], ["b.txt", "$6.3 billion"]]);
    expect(r.fields.announced?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "Monday"], ["b.txt", "Monday"]]);
  });

  it("a small stake bought beside a licence is another aspect; a place is no party; title-case deal words are no name", () => {
    const r = recordOf([
      ["a.txt", "2026-01-12", "Tarnwell Group agreed to pay up to $2.9 billion for exclusive worldwide rights to a pill from U.S. biotech Coppice Mills. Tarnwell Group will also buy a 4.9% stake in the San Diego company for $50 million."],
      ["b.txt", "2026-01-13", "Coppice Mills Enters into Exclusive Worldwide License Agreement with Tarnwell Group\n\nTarnwell Group signed a licence with Coppice Mills in a deal worth $2.9 billion. Tarnwell Group will buy a 4.9% stake in Coppice Mills for $50 million."],
    ]);
    expect(r.parties.map((p) => p.name).sort()).toEqual(["Coppice Mills", "Tarnwell Group"]);
    expect(r.fields.value?.value).toMatchObject({ amount: 2.9e9, currency: "USD" });
  });

  it("a term told by the year it ends is counted in years from the source's own year, and compared with the others", () => {
    const r = recordOf([
      ["a.txt", "2026-09-15", "Tarnwell Group signed a seven-year supply contract with Coppice Mills."],
      ["b.txt", "2026-09-16", "Tarnwell Group will buy looms from Coppice Mills in a supply deal that runs through 2033."],
      ["c.txt", "2026-09-17", "Tarnwell Group signed an eight-year supply contract with Coppice Mills, including an extension."],
    ]);
    expect(r.fields.term?.claims.map((c) => [c.source, c.text, c.type, c.value.iso])).toEqual([
      ["a.txt", "seven-year", "duration", "P7Y"],
      ["b.txt", "through 2033", "duration", "P7Y"],
      ["c.txt", "eight-year", "duration", "P8Y"],
    ]);
    expect(r.fields.term?.value).toMatchObject({ iso: "P7Y" });
    expect(r.fields.term?.conflict).toBe(true);
  });

  it("a co-investor joining the buyer ('with Z alongside') is no counterpart of another deal", () => {
    const r = recordOf([
      ["a.txt", "2026-04-21", "Tarnwell Group announced on 21 April that it has agreed to sell its loom business to Coppice Mills, with Canada's Ansel Pension Investments alongside."],
      ["b.txt", "2026-04-21", "Tarnwell Group said on Tuesday it had agreed to sell its loom business to Coppice Mills."],
    ]);
    expect(r.fields.announced?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "21 April"], ["b.txt", "Tuesday"]]);
  });

  it("'its previous … deal' and 'the 2023 purchase of' tell another deal", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. Its only previous textile deal was the purchase of Ansel Looms for $640 million."],
      ["b.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for $3.1 billion. The buyer's record here is thin: the 2023 purchase of Ansel Looms for $640 million."],
    ]);
    expect(r.fields.value?.claims.map((c) => [c.source, c.text])).toEqual([["a.txt", "$3.1 billion"], ["b.txt", "$3.1 billion"]]);
  });

  it("an earlier agreement signed in a past year is another deal; 'worth' reads through a long counterpart", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group signed a supply agreement with Finnish battery maker Coppice Mills Cell Technologies worth €6bn over eight years. Tarnwell Group signed a €4.5bn cell agreement with Ansel Energy in 2022."],
      ["b.txt", "2026-06-09", "Tarnwell Group signed an €6bn supply deal with Coppice Mills Cell Technologies."],
    ]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["€6bn", "€6bn"]);
  });

  it("a total that is not a deal's is no value", () => {
    const text = "Coppice Mills had sales of $300 million in total last year, and a total of $40 million in cash.";
    const facts = [money(text, "$300 million", 3e8), money(text, "$40 million", 4e7)];
    expect(tags(text, facts)).toEqual({});
  });

  it("the amount in brackets is the conversion, whichever one the cue ties; the stated currency wins", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group yesterday agreed a €3.1bn ($3.4bn) takeover of Coppice Mills."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills in a deal worth about $3.4 billion."],
      ["c.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills for €3.1 billion. It follows Tarnwell Group's 2023 purchase of Ansel Mills for €640 million."],
    ]);
    expect(r.fields.value?.claims.map((c) => c.text)).toEqual(["€3.1bn", "$3.4bn", "$3.4 billion", "€3.1 billion"]);
    expect(r.fields.value?.value).toMatchObject({ amount: 3.1e9, currency: "EUR" });
  });

  it("a conversion at another rate is no conflict", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for 1.15 trillion yen (about $7.4 billion)."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for ¥1.15tn ($7.7bn)."],
    ]);
    expect(r.fields.value?.claims).toHaveLength(4);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.15e12, currency: "JPY" });
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("an amount and its conversion in brackets are both claims; the figure more sources state in one currency wins", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for 1.15 trillion yen (about $7.4 billion)."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills in a $7.4 billion takeover."],
      ["c.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills. Tarnwell Group will pay $7.4bn for Coppice Mills."],
    ]);
    expect(r.fields.value?.claims.map((c) => `${c.source} ${c.text}`)).toEqual(["a.txt 1.15 trillion yen", "a.txt $7.4 billion", "b.txt $7.4 billion", "c.txt $7.4bn"]);
    expect(r.fields.value?.value).toMatchObject({ amount: 7.4e9, currency: "USD" });
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("a finer amount stated as often as the round one that allows it is the value ('$5.32 billion' over '$5 billion')", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $5 billion."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for $5.32 billion (£4.25 billion)."],
      ["c.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for £4.3 billion."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 5.32e9, currency: "USD" });
  });

  it("'including debt' after the deal noun marks the figure too", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for ¥1.15tn."],
      ["b.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills in a ¥1.3tn deal including net debt."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.15e12 });
    expect(r.fields.value?.conflict).toBe(false);
  });

  it("a figure with the leases added is the worth including debt, whether the leases come after it or open its sentence", () => {
    const r = recordOf([
      ["a.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills for €1.9 billion in cash. Including about €1.5 billion of aircraft lease liabilities, the deal values Coppice Mills at around €3.4 billion, Tarnwell Group said."],
      ["b.txt", "2026-06-09", "Tarnwell Group will buy Coppice Mills in a deal worth €3.4 billion including leases."],
      ["c.txt", "2026-06-09", "Tarnwell Group agreed to buy Coppice Mills, valuing its equity at €1.9 billion."],
    ]);
    expect(r.fields.value?.value).toMatchObject({ amount: 1.9e9, currency: "EUR" });
    expect(r.fields.value?.conflict).toBe(false);
    // Leases named in another sentence mark nothing: the 3.4bn there is the worth as stated.
    const text = "Tarnwell Group has big lease liabilities. The takeover values Coppice Mills at €3.4 billion.";
    const t = tagFields(text, [at(text, "€3.4 billion", "money", { amount: 3.4e9, currency: "EUR" })]);
    expect(t[0]?.fields).toEqual(["value"]);
    expect(t[0]?.aspects).toBeUndefined();
  });

  it("'the takeover values X at' is the deal's value; 'the round values X at' a valuation", () => {
    const text = "The takeover values Coppice Mills at $2.4 billion. Earlier, a funding round valued Coppice Mills at $900 million.";
    const t = tags(text, [money(text, "$2.4 billion", 2.4e9), money(text, "$900 million", 9e8)]);
    expect(t.value).toEqual(["$2.4 billion"]);
  });
});

describe("which deal a source is about, when it states no pair", () => {
  const recordsOf = (reports: [id: string, text: string][]) => {
    const results = reports.map(([id, text]) => extractSource({ id, path: id, format: "text", text, published: "2026-06-09" }));
    return recordsOfResults(results);
  };
  const main: [string, string] = ["a.txt", "Tarnwell Group agreed to buy Coppice Mills for $3.1 billion. Coppice Mills shares rose 20%."];
  it("joins the deal of the two organisations it names most, whatever figures it gives", () => {
    const side: [string, string] = ["b.txt", "Coppice Mills Inc is in play. Tarnwell Group Ltd is said to be keen. Coppice Mills, a maker of looms, will get $90 million upfront from Tarnwell Group."];
    const other: [string, string] = ["c.txt", "Harrowgate Foods Inc bought a stake. Harrowgate Foods will pay $90 million for the stake in Larkspur Dairy Ltd, which Larkspur Dairy welcomed."];
    const recs = recordsOf([main, side, other]);
    expect(recs.map((r) => r.sources)).toEqual([["a.txt", "b.txt"], ["c.txt"]]);
  });
});

import { foldAccents } from "../src/util/fold.js";

describe("foldAccents (name keys)", () => {
  it("takes accents off, and leaves ASCII as it is", () => {
    expect(foldAccents("Société Générale")).toBe("Societe Generale");
    expect(foldAccents("Tomáš Hrubý")).toBe("Tomas Hruby");
    expect(foldAccents("Valmont Aerostructures SA")).toBe("Valmont Aerostructures SA");
    // Compatibility forms are folded too, as NFKD does: "ﬁ" is "fi".
    expect(foldAccents("Eﬁcaz")).toBe("Eficaz");
  });
});

import { findMentions, nameKey } from "../src/merge/text.js";
describe("name keys and mentions", () => {
  it("initials are one word, however they are dotted: 'A.S. Watson', 'A.S Watson', 'AS Watson'", () => {
    const none = new Set<string>();
    expect(nameKey("A.S. Watson", none)).toBe("as watson");
    expect(nameKey("A.S Watson", none)).toBe("as watson");
    expect(nameKey("AS Watson", none)).toBe("as watson");
    expect(nameKey("J.P. Morgan", none)).toBe("jp morgan");
    // Not initials: a single letter beside a word stays apart.
    expect(nameKey("X Corp", none)).toBe("x corp");
  });
  it("an honorific opener before initials alone is left out of the key ('Royal DSM NV' is 'dsm'); not before a word, nor with more words after the initials", () => {
    const suffixes = new Set(["nv", "inc"]);
    expect(nameKey("Royal DSM NV", suffixes)).toBe("dsm");
    expect(nameKey("Koninklijke KPN", suffixes)).toBe("kpn");
    expect(nameKey("Royal Caribbean", suffixes)).toBe("royal caribbean");
    expect(nameKey("Royal Bank of Canada", suffixes)).toBe("royal bank of canada");
    expect(nameKey("Royal DSM Ventures", suffixes)).toBe("royal dsm ventures");
  });
  it("a name is a whole word with its accents ('Nestlé', not 'Nestl'; 'Škoda'); a capital inside a word starts none, after an accented letter as after an ASCII one; a word in lower case starts none", () => {
    const text = "Alder Ltd bought Nestlé units, eBay and éBay listings, średnio Škoda cars and Société Générale bonds from Birch Co.";
    const names = findMentions(text, [], new Set(), new Set()).map((m) => m.name);
    expect(names).toEqual(["Alder Ltd", "Nestlé", "Škoda", "Société Générale", "Birch Co"]);
  });
  it("a place after 'the city/port/town of' is no mention; a state, province or kingdom, which can sign a deal, still is", () => {
    const place = "Alder Ltd, which has its headquarters in the port city of Marlow, bought Birch Co.";
    expect(findMentions(place, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Alder Ltd", "Birch Co"]);
    const town = "Birch Co runs two plants in the town of Kestrel.";
    expect(findMentions(town, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Birch Co"]);
    const state = "Alder Ltd will sell its unit Birch Co to the state of Varnia for $2 billion.";
    expect(findMentions(state, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Alder Ltd", "Birch Co", "Varnia"]);
    const kingdom = "Alder Ltd signed a supply deal with the kingdom of Varnia.";
    expect(findMentions(kingdom, [], new Set(), new Set()).map((m) => m.name)).toContain("Varnia");
  });
  it("one word that opens a sentence or headline and that the text also writes in lower case is a common noun ('Consortium acquires …'); 'St.' joins the name after it, and a place before '-based' is none", () => {
    const text = "Consortium acquires Birch Co lease\n\nA consortium of investors led by Alder Ltd has bought the lease.";
    expect(findMentions(text, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Birch Co", "Alder Ltd"]);
    // Never written in lower case: a name, at a sentence start too.
    expect(findMentions("Kestrel acquires Birch Co lease.", [], new Set(), new Set()).map((m) => m.name)).toEqual(["Kestrel", "Birch Co"]);
    const saint = "Alder Ltd is acquiring the St. Paul-based Birch Co. It bought St. Halvard Holdings too.";
    expect(findMentions(saint, [], new Set(["It"]), new Set(), ["-based"]).map((m) => m.name)).toEqual(["Alder Ltd", "Birch Co", "St. Halvard Holdings"]);
  });
  it("a name right before a contract's or programme's noun, that no org fact holds, is an asset ('won the Kestrel Cloud Infrastructure contract'), no party", () => {
    const text = "Alder Ltd won the Kestrel Cloud Infrastructure contract to supply Birch Co.";
    const ms = findMentions(text, [], new Set(), new Set());
    expect(ms.map((m) => [m.name, m.asset === true])).toEqual([
      ["Alder Ltd", false],
      ["Kestrel Cloud Infrastructure", true],
      ["Birch Co", false],
    ]);
  });
  it("a demonym alone is no mention ('two Peruvian assets'); a name it opens still is", () => {
    const text = "Alder Ltd agreed to acquire two Peruvian assets from Birch Co, and Chinese Grid Holdings said it would bid.";
    expect(findMentions(text, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Alder Ltd", "Birch Co", "Chinese Grid Holdings"]);
  });
  it("a word after a model code is the model's ('150 A321 Neo aircraft'), no name; a name after a model code and a comma still is", () => {
    const text = "Alder Air will buy 150 A321 Neo aircraft and 50 A350 Freighter jets from Birch Co, and 20 A220, Cedar Aero said.";
    expect(findMentions(text, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Alder Air", "Birch Co", "Cedar Aero"]);
  });
  it("a country that signs, orders, buys or chooses is a party's name ('Poland on Friday signed a deal'); a country where things are is none", () => {
    const acts = "Poland on Friday signed a deal worth about $6.5 billion to purchase tanks from Alder Ltd. Norway has selected Birch Co's frigates.";
    expect(findMentions(acts, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Poland", "Friday", "Alder Ltd", "Norway", "Birch Co"]);
    // A deal struck, inked or sealed is one signed.
    const struck = "Finland has struck a deal with America’s Alder Ltd to buy 64 jets. Chile inked a pact with Birch Co.";
    expect(findMentions(struck, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Finland", "Alder Ltd", "Chile", "Birch Co"]);
    const where = "Alder Ltd has plants in Poland and Norway, and sold tanks to Chile in 2020.";
    expect(findMentions(where, [], new Set(), new Set()).map((m) => m.name)).toEqual(["Alder Ltd"]);
  });
  it("a rank is no name: 'the world's No. 3 computer maker'", () => {
    const text = "Silver Lake is paying $13.65 per share in cash for the world's No. 3 computer maker.";
    const names = findMentions(text, [], new Set(), new Set()).map((m) => m.name);
    expect(names).toContain("Silver Lake");
    expect(names).not.toContain("No");
  });
});
