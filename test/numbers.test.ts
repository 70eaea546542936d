// The numbers layer and the numeric extractors built on it: values, flags, rule ids, and inputs
// made to provoke backtracking (they must simply come back, with nothing or the right thing).
import { describe, expect, it } from "vitest";
import { findNumbers } from "../src/extract/numbers.js";
import { extractMoney, CurrencyRules } from "../src/extract/money.js";
import { extractPercent } from "../src/extract/percent.js";
import { extractQuantity, QuantityRules } from "../src/extract/quantity.js";
import { extractDuration } from "../src/extract/duration.js";
import { loadRules } from "../src/rules/load.js";

const nums = (t: string) => findNumbers(t).map((n) => [t.slice(n.start, n.end), n.value]);

describe("numbers layer", () => {
  it("reads digits with separators, decimals, fractions and scales", () => {
    expect(nums("1,234.5 and 38bn and 4.7 billion and 10K and 1½ and 5 lakh")).toEqual([
      ["1,234.5", 1234.5], ["38bn", 38e9], ["4.7 billion", 4.7e9], ["10K", 1e4], ["1½", 1.5], ["5 lakh", 5e5],
    ]);
  });
  it("reads number words", () => {
    expect(nums("five, twenty-three, one hundred and five, a dozen, a billion, two million three hundred thousand")).toEqual([
      ["five", 5], ["twenty-three", 23], ["one hundred and five", 105], ["a dozen", 12], ["a billion", 1e9], ["two million three hundred thousand", 2.3e6],
    ]);
  });
  it("splits word runs that are not one number", () => {
    expect(nums("fifty fifty")).toEqual([["fifty", 50], ["fifty", 50]]);
    expect(nums("between five and ten")).toEqual([["five", 5], ["ten", 10]]);
  });
  it("flags numbers glued to letters and dotted runs", () => {
    const [gb] = findNumbers("GB200");
    expect(gb!.gluedLeft).toBe(true);
    expect(findNumbers("v2.3.1").every((n) => n.dotted || n.gluedLeft)).toBe(true);
    expect(findNumbers("at 11:15 today").every((n) => n.dotted)).toBe(true);
  });
  it("is exact for scaled decimals (no 47000001)", () => {
    expect(findNumbers("4.7 billion")[0]!.value).toBe(4700000000);
    expect(findNumbers("1.4tn")[0]!.value).toBe(1400000000000);
  });
});

const money = (t: string) => extractMoney(t).map((f) => [t.slice(f.start, f.end), f.value, f.rule]);

describe("money: a text whose companies are quoted on one country's exchange", () => {
  const cur = (t: string) => extractMoney(t).map((f) => [t.slice(f.start, f.end), f.value.currency]);
  it("writes its bare '$' in that country's dollar", () => {
    expect(cur("SYDNEY - Alder Media (ASX: ALM) shares jumped on a merger with Birch (ASX: BRC) that will create a $4 billion company.")).toEqual([["$4 billion", "AUD"]]);
    expect(cur("Alder Energy Inc. (TSX: ALE) will buy Birch Ltd. (TSX: BRC) for $3.8 billion, or US$2.9 billion.")).toEqual([["$3.8 billion", "CAD"], ["US$2.9 billion", "USD"]]);
  });
  it("not where it writes that dollar marked ('A$', Reuters' style), nor where other exchanges' tickers stand beside", () => {
    expect(cur("SYDNEY (Reuters) - Alder Ltd (ASX: ALD) agreed to buy Birch for A$4 billion ($2.9 billion).")).toEqual([["A$4 billion", "AUD"], ["$2.9 billion", "USD"]]);
    expect(cur("Alder Ltd (ASX: ALD) agreed to buy Birch Co (NYSE: BRC) for $4 billion.")).toEqual([["$4 billion", "USD"]]);
    expect(cur("Alder Ltd agreed to buy Birch Co for $4 billion.")).toEqual([["$4 billion", "USD"]]);
  });
  it("the exchange written out counts as its tickers do ('on the Toronto Stock Exchange'), and so does another country's beside it", () => {
    expect(cur("Alder Energy will buy Birch Oil, whose shares trade on the Toronto Stock Exchange, for $900 million.")).toEqual([["$900 million", "CAD"]]);
    expect(cur("Alder Energy, listed on the Toronto Stock Exchange and the New York Stock Exchange, will buy Birch Oil for $900 million.")).toEqual([["$900 million", "USD"]]);
    expect(cur("Alder Energy will buy Birch Oil (TSX: BRO), listed in Toronto and on Wall Street, for $900 million.")).toEqual([["$900 million", "USD"]]);
    expect(cur("Alder Energy on the Toronto Stock Exchange will buy Birch Oil for C$900 million ($700 million).")).toEqual([["C$900 million", "CAD"], ["$700 million", "USD"]]);
    expect(cur("Birch Health has agreed to a $4.4 billion takeover bid from Alder Group, it said in a statement sent to the ASX on Friday.")).toEqual([["$4.4 billion", "AUD"]]);
    expect(cur("Birch Health has agreed to a $4.4 billion takeover bid from Alder Group, it said in statements sent to the ASX and the NYSE.")).toEqual([["$4.4 billion", "USD"]]);
  });
});

describe("money", () => {
  it("reads the common forms with their rule ids", () => {
    expect(money("a $38bn deal")).toEqual([["$38bn", { amount: 38e9, currency: "USD" }, "money.symbol-amount"]]);
    expect(money("priced at 20 euros")).toEqual([["20 euros", { amount: 20, currency: "EUR" }, "money.amount-word"]]);
    expect(money("costs 50 cents")).toEqual([["50 cents", { amount: 0.5, currency: "USD" }, "money.subunit"]]);
    expect(money("a $10-12 billion range")).toEqual([["$10-12 billion", { amount: 10e9, max: 12e9, currency: "USD" }, "money.range"]]);
    // Headline abbreviations: "bil." and "tril." as Japanese English-language pages write them.
    expect(money("lands ¥465 bil. chip deal")).toEqual([["¥465 bil", { amount: 465e9, currency: "JPY" }, "money.symbol-amount"]]);
    expect(money("a ¥1.2 tril. budget")).toEqual([["¥1.2 tril", { amount: 1.2e12, currency: "JPY" }, "money.symbol-amount"]]);
    // A footnote's digit on the scale word is no part of the amount ("over A$24 billion1."); other glued digits still end it.
    expect(money("an enterprise value of over A$24 billion1. This")).toEqual([["A$24 billion", { amount: 24e9, currency: "AUD", qualifier: "over" }, "money.symbol-amount"]]);
    expect(money("over A$24 billion12 units").map((m) => m[0])).not.toContain("A$24 billion");
    // One letter before a spaced "$" is a word ("Makes A $15 Billion Bet"); "US $" and a glued "A$" are currencies.
    expect(money("Meta Makes A $15 Billion Bet")).toEqual([["$15 Billion", { amount: 15e9, currency: "USD" }, "money.symbol-amount"]]);
    expect(money("paid US $ 5 million and A$30 million")).toEqual([["US $ 5 million", { amount: 5e6, currency: "USD" }, "money.symbol-amount"], ["A$30 million", { amount: 30e6, currency: "AUD" }, "money.symbol-amount"]]);
    // A move and the level it reached are two amounts, not a range; a range still is one.
    expect(money("BG shares were up 242.60p to 1,153p.").map((m) => m[0])).toEqual(["242.60p", "1,153p"]);
    expect(money("The shares rose by $2 to $15 each.").map((m) => m[0])).toEqual(["$2", "$15"]);
    // A low end with no scale takes the high end's, symbols on both: "€100 to €150 million" is one range.
    expect(money("an investment of €100 to €150 million")).toEqual([["€100 to €150 million", { amount: 100e6, max: 150e6, currency: "EUR" }, "money.range"]]);
    expect(money("It paid $2 to $15 per share.").map((m) => m[0])).toEqual(["$2", "$15"]);
    expect(money("sales of $5 billion to $7 million").map((m) => m[0])).toEqual(["$5 billion", "$7 million"]);
    expect(money("a price range of 10p to 20p").map((m) => m[0])).toEqual(["10p to 20p"]);
    // Crowns, as English-language wires write the Nordic currencies.
    expect(money("values it at 42 billion Norwegian crowns").map((m) => m[1])).toEqual([{ amount: 42e9, currency: "NOK" }]);
    expect(money("3 billion Swedish crowns").map((m) => m[1])).toEqual([{ amount: 3e9, currency: "SEK" }]);
    expect(money("a share price of 151.20 crowns")).toEqual([]);
    // "won" is the currency only after a large amount; the verb stays a verb.
    expect(money("a contract worth 1.12 trillion won ($812 million)").map((m) => [m[0], m[1]])).toEqual([["1.12 trillion won", { amount: 1.12e12, currency: "KRW" }], ["$812 million", { amount: 8.12e8, currency: "USD" }]]);
    expect(money("shares rose to 61,300 won").map((m) => m[1])).toEqual([{ amount: 61300, currency: "KRW" }]);
    expect(money("Spain won 2-1 and the party's 5 won seats; they won 3 contracts")).toEqual([]);
    // A text that says which dollar it means: its bare "$" amounts are that dollar, marked ones keep theirs.
    const cur = (t: string) => money(t).map((m) => [m[0], (m[1] as { currency: string }).currency]);
    expect(cur("All figures in C$ unless otherwise noted. Price $2.15B, or US$1.6B.")).toEqual([["$2.15B", "CAD"], ["US$1.6B", "USD"]]);
    expect(cur("All dollar figures are Canadian unless marked US$. It pays $46.00 a share.")).toEqual([["$46.00", "CAD"]]);
    expect(cur("Amounts in Australian dollars. It paid $3.4 billion.")).toEqual([["$3.4 billion", "AUD"]]);
    // No declaration: "$" is the US dollar, whatever else the text says about figures.
    expect(cur("The figures are Canadian in origin; it paid $5 million.")).toEqual([["$5 million", "USD"]]);
  });
  it("keeps counts and amounts apart", () => {
    expect(money("two $500 checks")).toEqual([["$500", { amount: 500, currency: "USD" }, "money.symbol-amount"]]);
    expect(money("US$4.7 billion")[0]![1]).toEqual({ amount: 4.7e9, currency: "USD" });
  });
  it("keeps the hedge as qualifier, outside the span", () => {
    expect(money("up to $300 billion")).toEqual([["$300 billion", { amount: 300e9, currency: "USD", qualifier: "up to" }, "money.symbol-amount"]]);
    expect(money("worth in the region of €280million")).toEqual([["€280million", { amount: 280e6, currency: "EUR", qualifier: "in the region of" }, "money.symbol-amount"]]);
    expect(money("a deal to the tune of $2 billion")[0]![1]).toEqual({ amount: 2e9, currency: "USD", qualifier: "to the tune of" });
    // Not a hedge without its 'of': "in the region" is a place.
    expect(money("sales in the region $2 billion")[0]![1]).toEqual({ amount: 2e9, currency: "USD" });
  });
  it("is not fooled by prefixes that are words", () => {
    expect(money("a $5 bill")).toEqual([["$5", { amount: 5, currency: "USD" }, "money.symbol-amount"]]);
    expect(money("Apple's $5 fee")[0]![1]).toEqual({ amount: 5, currency: "USD" });
  });
  it("emits only rule ids declared in rules/currencies.json", () => {
    const declared = new Set(loadRules("currencies", CurrencyRules).rules.map((r) => r.id));
    const text = "$5, 5 euros, 10 cents, a dollar, ringgit 42, 20 dollars 43 cents, $5-7 billion, 3.14US$";
    const ids = new Set(extractMoney(text).map((f) => f.rule));
    expect(ids.size).toBeGreaterThanOrEqual(7);
    for (const id of ids) expect(declared).toContain(id);
  });
});

describe("percent", () => {
  it("reads signs, words, points and ranges", () => {
    const t = "-0.50%, five percent, 25 basis points, 10-12%, Volume 0%";
    expect(extractPercent(t).map((f) => [t.slice(f.start, f.end), f.value.value, f.rule])).toEqual([
      ["-0.50%", -0.5, "percent.symbol"], ["five percent", 5, "percent.word"], ["25 basis points", 0.25, "percent.basis-points"], ["10-12%", 10, "percent.range"],
    ]);
  });
});

describe("money: 'cr' for crore", () => {
  it("reads 'Rs 11,500 cr', 'Rs 500cr' and 'Rs 1.5 lakh cr' (Indian papers' abbreviation of crore)", () => {
    const t = "RIL to invest Rs 11,500 cr in the JV; it has Rs 500cr cash and Rs 1.5 lakh cr of debt.";
    expect(money(t).map(([text, v]) => [text, (v as { amount: number }).amount])).toEqual([["Rs 11,500 cr", 1.15e11], ["Rs 500cr", 5e9], ["Rs 1.5 lakh cr", 1.5e12]]);
  });
});

describe("money: Indian digit grouping", () => {
  it("reads lakh and crore grouping ('Rs. 4,73,223 crore', '₹12,34,56,789') as one number; Western groups stay as they were", () => {
    const t = "It is worth Rs. 4,73,223 crore, up from Rs 1,20,000 and ₹12,34,56,789.";
    expect(money(t).map(([text, v]) => [text, (v as { amount: number }).amount])).toEqual([["Rs. 4,73,223 crore", 4.73223e12], ["Rs 1,20,000", 120000], ["₹12,34,56,789", 123456789]]);
    expect(money("It paid $1,234,567 and R$ 21,38.").map(([text, v]) => [text, (v as { amount: number }).amount])).toEqual([["$1,234,567", 1234567], ["R$ 21,38", 21.38]]);
    // Pairs of digits without the closing three are no such number.
    expect(money("It paid Rs 1,20 today.").map(([text]) => text)).not.toContain("Rs 1,20,000");
  });
});

describe("percent: 'pc'", () => {
  it("reads '10 pc' and '5pc' (British and Indian papers), but not a capitalised 'PC' (computers)", () => {
    const t = "Reliance gains 10 pc, shares rose 5pc; it sold 10 PC units and 5 pcs.";
    expect(extractPercent(t).map((f) => [t.slice(f.start, f.end), f.value.value])).toEqual([["10 pc", 10], ["5pc", 5]]);
  });
});

describe("quantity and duration", () => {
  it("declares every rule id it emits", () => {
    const declared = new Set(loadRules("quantities", QuantityRules).rules.map((r) => r.id));
    const t = "hundreds of thousands of graphics chips, 2,300 jobs, a nine-year deal, a decade, a multi-year pact";
    const ids = [...extractQuantity(t), ...extractDuration(t)].map((f) => f.rule);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(declared).toContain(id);
  });
  it("refuses model names, quarters and years as counts", () => {
    expect(extractQuantity("XR450 chips ship in Q3 2025 stores")).toEqual([]);
  });
  it("a count's modifiers do not run past a sentence's end ('owner of Three UK. Customers …'); 'U.K.' inside a phrase does", () => {
    expect(extractQuantity("CK Hutchison, owner of Three UK. Customers will see no change.")).toEqual([]);
    expect(extractQuantity("CK Hutchison, owner of Three UK.\nCustomers will see no change.")).toEqual([]);
    const t = "The network serves 40 million U.K. households.";
    expect(extractQuantity(t).map((f) => [t.slice(f.start, f.end), f.value.amount, f.value.unit])).toEqual([["40 million U.K. households", 40e6, "home"]]);
  });
  it("a half year written with hyphens, and years with a whole number of months as years and months", () => {
    const t = "an eight-and-a-half-year contract, a 7.5-year lease, over two and a half years, a 5.6-year average, 1.5 months";
    expect(extractDuration(t).map((f) => [t.slice(f.start, f.end), f.value.iso])).toEqual([
      ["eight-and-a-half-year", "P8Y6M"],
      ["7.5-year", "P7Y6M"],
      ["two and a half years", "P2Y6M"],
      ["5.6-year", "P5.6Y"],
      ["1.5 months", "P1.5M"],
    ]);
    // "and a half" belongs to the unit only where it comes right before it.
    expect(extractDuration("eight-and-a-half").map((f) => f.value.iso)).toEqual([]);
  });
  it("refuses ages and rates as durations", () => {
    expect(extractDuration("a five-year-old spends $5 billion a year")).toEqual([]);
  });
});

describe("long near-matches come back (linear-time rules)", () => {
  const N = 50_000;
  const inputs: Record<string, string> = {
    digits: "1".repeat(N), commas: "1,".repeat(N / 2), dots: "1.".repeat(N / 2), words: "one ".repeat(N / 4),
    dollars: "$".repeat(N), usd: "US$ ".repeat(N / 4), spaces: "1" + " ".repeat(N) + "x", dashes: "1-".repeat(N / 2),
    vague: "hundreds of ".repeat(N / 12), modifiers: "5 " + "big ".repeat(N / 4), hedges: "more than ".repeat(N / 10) + "x",
    twenty: "twenty-".repeat(N / 7), minus: "-".repeat(N) + "x",
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      const all = [...extractMoney(text), ...extractPercent(text), ...extractQuantity(text), ...extractDuration(text)];
      expect(all).toEqual([]);
    });
  }
});
