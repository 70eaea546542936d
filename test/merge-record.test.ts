// Claims compared by value with hedges understood, consensus and conflicts, several deals, and a
// record that depends only on the set of inputs (any order, any grouping, duplicates once).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compatible, dateInterval, intervalOf, isPlainFigure, reachOf } from "../src/merge/compare.js";
import { buildRecords } from "../src/merge/record.js";
import { MergeSet } from "../src/merge/inputs.js";
import type { Fact, SourceEntry } from "../src/model.js";

describe("compatible", () => {
  const m = (amount: number, qualifier?: string) => ({ amount, currency: "USD", ...(qualifier ? { qualifier } : {}) });
  it("understands hedges", () => {
    expect(compatible("percent", { value: 4, qualifier: "more than" }, "percent", { value: 4.7 })).toBe(true);
    expect(compatible("percent", { value: 4, qualifier: "more than" }, "percent", { value: 3.5 })).toBe(false);
    expect(compatible("money", m(38e9), "money", m(38e9))).toBe(true);
    expect(compatible("money", m(38e9), "money", m(38.2e9))).toBe(true);
    expect(compatible("money", m(38e9), "money", m(40e9))).toBe(false);
    expect(compatible("money", m(140e9, "nearly"), "money", m(138e9))).toBe(true);
    // A stated ceiling is the figure near its top: "up to $5bn" allows $4.5bn, not $3bn or $6bn.
    expect(compatible("money", m(5e9, "up to"), "money", m(4.5e9))).toBe(true);
    expect(compatible("money", m(5e9, "up to"), "money", m(3e9))).toBe(false);
    expect(compatible("money", m(5e9, "up to"), "money", m(6e9))).toBe(false);
    expect(compatible("money", m(5e9, "at most"), "money", m(3e9))).toBe(true);
    // Plain figures: the finer must round to the coarser.
    expect(compatible("money", m(7e9), "money", m(7.5e9))).toBe(false);
    expect(compatible("money", m(7e9), "money", m(7.4e9))).toBe(true);
    // A figure of one digit 1 is rounded by a quarter at most: "$1 billion" is not "$500 million".
    expect(compatible("money", m(1e9), "money", m(5e8))).toBe(false);
    expect(compatible("money", m(1e9), "money", m(1.2e9))).toBe(true);
    expect(compatible("money", m(2e9), "money", m(2.4e9))).toBe(true);
    // A term counted in whole years to the year it runs through may be a year less.
    expect(compatible("duration", { iso: "P7Y", through: "2028" }, "duration", { iso: "P6Y" })).toBe(true);
    expect(compatible("duration", { iso: "P7Y", through: "2028" }, "duration", { iso: "P5Y" })).toBe(false);
    expect(compatible("duration", { iso: "P7Y" }, "duration", { iso: "P6Y" })).toBe(false);
    expect(compatible("percent", { value: 31 }, "percent", { value: 31 })).toBe(true);
    // A hedge on a move down is on its size: "fell nearly 5%" is -5 to -4.25, "fell more than 4%" -4 or below.
    expect(compatible("percent", { value: -5, qualifier: "nearly" }, "percent", { value: -4.6 })).toBe(true);
    expect(compatible("percent", { value: -5, qualifier: "nearly" }, "percent", { value: -5.5 })).toBe(false);
    expect(compatible("percent", { value: -5, qualifier: "nearly" }, "percent", { value: 4.6 })).toBe(false);
    expect(compatible("percent", { value: -4, qualifier: "more than" }, "percent", { value: -4.7 })).toBe(true);
    expect(compatible("percent", { value: -4, qualifier: "more than" }, "percent", { value: -3.5 })).toBe(false);
    expect(compatible("percent", { value: -3, max: -4 }, "percent", { value: -3.5 })).toBe(true);
    // "roughly 10%" is not 9%, but it is 9.8%.
    expect(compatible("percent", { value: 10, qualifier: "roughly" }, "percent", { value: 9 })).toBe(false);
    expect(compatible("percent", { value: 10, qualifier: "roughly" }, "percent", { value: 9.8 })).toBe(true);
  });
  it("compares dates at their precision", () => {
    expect(compatible("date", { iso: "2025-11-02" }, "date", { iso: "2025-11-03" })).toBe(false);
    expect(compatible("date", { iso: "2025-11" }, "date", { iso: "2025-11-03" })).toBe(true);
    expect(compatible("date", { iso: "2026", qualifier: "end of" }, "date", { iso: "2026-H2" })).toBe(true);
    expect(compatible("date", { iso: "2026-Q1" }, "date", { iso: "2026-H2" })).toBe(false);
    expect(dateInterval("2025-W45")).toEqual(dateInterval("2025-11-03") && { lo: dateInterval("2025-11-03")!.lo, hi: dateInterval("2025-11-09")!.lo });
  });
  it("counts: 'thousands' and 'hundreds of thousands' differ; an open duration agrees with any", () => {
    expect(compatible("quantity", { amount: 1000, unit: "GPU", qualifier: "thousands" }, "quantity", { amount: 100000, unit: "GPU", qualifier: "hundreds of thousands" })).toBe(false);
    expect(compatible("quantity", { amount: 1000, unit: "GPU", qualifier: "thousands" }, "quantity", { amount: 4000, unit: "GPU" })).toBe(true);
    expect(compatible("duration", { iso: null, qualifier: "multi-year" }, "duration", { iso: "P7Y" })).toBe(true);
    expect(compatible("duration", { iso: "P84M" }, "duration", { iso: "P7Y" })).toBe(true);
    expect(compatible("duration", { iso: "P5Y" }, "duration", { iso: "P7Y" })).toBe(false);
  });
  it("two compatible claims have overlapping reaches (what the record's support index and conflict search rely on)", () => {
    const qualifier = fc.constantFrom(undefined, "about", "more than", "up to", "nearly", "less than", "at most", "thousands", "roughly");
    const num = fc.oneof(fc.constantFrom(0, 1, 4, 4.7, 10, 12.5, 38e9, 38.2e9, -5, -4e9), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
    const claimOf = fc.oneof(
      fc.record({ type: fc.constant("money"), v: fc.record({ amount: num, currency: fc.constantFrom("USD", "EUR"), qualifier, max: fc.option(num, { nil: undefined }) }, { requiredKeys: ["amount", "currency"] }) }),
      fc.record({ type: fc.constant("percent"), v: fc.record({ value: num, qualifier }, { requiredKeys: ["value"] }) }),
      fc.record({ type: fc.constant("quantity"), v: fc.record({ amount: num, unit: fc.constantFrom("gigawatt", "megawatt", "GPU"), qualifier }, { requiredKeys: ["amount", "unit"] }) }),
      fc.record({ type: fc.constant("date"), v: fc.record({ iso: fc.constantFrom("2025-11-03", "2025-11", "2025-Q4", "2025-H2", "2026", "2025-W45"), qualifier: fc.constantFrom(undefined, "by", "after") }, { requiredKeys: ["iso"] }) }),
    );
    fc.assert(
      fc.property(claimOf, claimOf, (a, b) => {
        const x = reachOf(a.type, a.v), y = reachOf(b.type, b.v);
        if (a.type !== b.type || !x || !y || !compatible(a.type, a.v, b.type, b.v)) return;
        const [ia, ib] = [intervalOf(a.type, a.v)!, intervalOf(b.type, b.v)!];
        if (ia.unit && ib.unit && ia.unit !== ib.unit) return;
        expect(x.lo <= y.hi && y.lo <= x.hi).toBe(true);
      }),
      {
        numRuns: 3000,
        seed: 20251103,
        // A hedge whose interval does not hold its own figure ("up to -5%": [-4.25, -5]) agrees with
        // the plain figure by that figure: the reach must take it in.
        examples: [[{ type: "percent", v: { value: -5 } }, { type: "percent", v: { value: -5, qualifier: "up to" } }]],
      },
    );
    // What the record's conflict search relies on, for claims whose interval holds their own figure:
    // two hedges agree exactly when their intervals meet; a hedge that holds a plain figure's whole
    // interval agrees with it, both ways round.
    fc.assert(
      fc.property(claimOf, claimOf, (a, b) => {
        const [ia, ib] = [intervalOf(a.type, a.v), intervalOf(b.type, b.v)];
        if (a.type !== b.type || !ia || !ib || (ia.unit && ib.unit && ia.unit !== ib.unit)) return;
        const normal = (t: string, v: Record<string, unknown>, iv: { lo: number; hi: number }) => {
          const r = reachOf(t, v)!;
          return iv.lo <= iv.hi && r.lo === iv.lo && r.hi === iv.hi;
        };
        if (!normal(a.type, a.v, ia) || !normal(b.type, b.v, ib)) return;
        const [pa, pb] = [isPlainFigure(a.type, a.v), isPlainFigure(b.type, b.v)];
        const meet = ia.lo <= ib.hi && ib.lo <= ia.hi;
        if (!pa && !pb) expect(compatible(a.type, a.v, b.type, b.v)).toBe(meet);
        if (pa && !pb && ib.lo <= ia.lo && ia.hi <= ib.hi) {
          expect(compatible(a.type, a.v, b.type, b.v)).toBe(true);
          expect(compatible(b.type, b.v, a.type, a.v)).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 20251103 },
    );
  });

  it("metric units compare across prefixes", () => {
    const q = (amount: number, unit: string, qualifier?: string) => ({ amount, unit, ...(qualifier ? { qualifier } : {}) });
    expect(compatible("quantity", q(1.2, "gigawatt"), "quantity", q(1200, "megawatt"))).toBe(true);
    expect(compatible("quantity", q(1.2, "gigawatt"), "quantity", q(1500, "megawatt", "up to"))).toBe(false);
    expect(compatible("quantity", q(1.5, "gigawatt"), "quantity", q(1500, "megawatt", "up to"))).toBe(true);
    expect(compatible("quantity", q(3, "gigawatt-hour"), "quantity", q(3, "gigawatt"))).toBe(true);
  });
});

// A tiny world: sources with their deal summaries and claims, written by hand.
function src(id: string, published: string | null, pair: [string, string] | [], extra: Partial<SourceEntry> = {}): SourceEntry {
  const parties = pair.map((k) => ({ name: k.replace(/\b\w/g, (c) => c.toUpperCase()), key: k, weight: 3, roles: {}, rules: ["party.sign-with"] }));
  return { id, path: id, published, title: null, format: "text", deal: { parties, pair: [...pair], links: [], aliases: [], names: Object.fromEntries(parties.map((p) => [p.key, p.name])) }, ...extra };
}
/** A source whose summary names these parties (key, weight, roles), its pair the first two. */
function withParties(id: string, parties: [string, number, Record<string, number>][]): SourceEntry {
  const ps = parties.map(([key, weight, roles]) => ({ name: key.replace(/\b\w/g, (c) => c.toUpperCase()), key, weight, roles, rules: ["test"] }));
  return { id, path: id, published: "2026-03-09", title: null, format: "text", deal: { parties: ps, pair: ps.slice(0, 2).map((p) => p.key), links: [], aliases: [], names: Object.fromEntries(ps.map((p) => [p.key, p.name])) } };
}
let pos = 0;
function claim(source: string, field: string, type: Fact["type"], text: string, value: Record<string, unknown>, cue = "deal"): Fact {
  pos += 50;
  return { type, text, source, start: pos, end: pos + text.length, line: 1, value, rule: "test", fields: [field], cues: { [field]: [cue] } };
}

/** A source whose summary also writes these display names for its keys ("cd&r" written "CD&R"). */
function named(id: string, pair: [string, string], names: Record<string, string>): SourceEntry {
  const e = src(id, "2026-03-09", pair);
  (e.deal as { names: Record<string, string> }).names = { ...(e.deal as { names: Record<string, string> }).names, ...names };
  return e;
}

const A = ["alder ltd", "birch co"] as [string, string];
const C = ["cedar", "dogwood"] as [string, string];

function world() {
  const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-10", A), src("c.txt", null, A), src("d.txt", "2026-05-01", C), src("e.txt", "2026-05-02", C)];
  const claims = [
    claim("a.txt", "value", "money", "$4.2 billion", { amount: 4.2e9, currency: "USD" }),
    claim("b.txt", "value", "money", "$4.2bn", { amount: 4.2e9, currency: "USD" }),
    claim("c.txt", "value", "money", "more than $4 billion", { amount: 4e9, currency: "USD", qualifier: "more than" }),
    claim("a.txt", "announced", "date", "Monday", { iso: "2026-03-09" }, "announced"),
    claim("c.txt", "announced", "date", "March 8", { iso: "2026-03-08" }, "announced"),
    claim("b.txt", "announced", "date", "March 9", { iso: "2026-03-09" }, "announced"),
    // An announcement after the source's own date cannot be one.
    claim("a.txt", "announced", "date", "next month", { iso: "2026-04-15" }, "announced"),
    claim("a.txt", "stock", "percent", "7%", { value: 7 }, "shares"),
    claim("b.txt", "stock", "money", "$20 billion", { amount: 2e10, currency: "USD" }, "market value"),
    claim("d.txt", "value", "money", "€600 million", { amount: 6e8, currency: "EUR" }),
    claim("e.txt", "value", "money", "€0.6bn", { amount: 6e8, currency: "EUR" }),
    claim("d.txt", "term", "duration", "five-year", { iso: "P5Y" }),
    claim("e.txt", "term", "duration", "multi-year", { iso: null, qualifier: "multi-year" }),
  ];
  return { sources, claims };
}

describe("buildRecords", () => {
  it("one record per deal, the deal most sources are about first", () => {
    const { sources, claims } = world();
    const recs = buildRecords(sources, claims);
    expect(recs.map((r) => r.sources)).toEqual([["a.txt", "b.txt", "c.txt"], ["d.txt", "e.txt"]]);
    expect(recs[0]!.parties.map((p) => p.name).sort()).toEqual(["Alder Ltd", "Birch Co"]);
    expect(recs[1]!.fields.value!.value).toEqual({ amount: 6e8, currency: "EUR" });
    expect(recs[1]!.fields.term!.value).toEqual({ iso: "P5Y" });
    expect(recs[1]!.fields.term!.conflict).toBe(false);
  });

  it("names one spelling apart across sources are one party; two words apart, or a short word, are not", () => {
    const near = buildRecords([src("a.txt", "2026-03-09", ["microsoft", "department of defense"]), src("b.txt", "2026-03-09", ["microscoft", "department of defence"]), src("c.txt", "2026-03-09", ["microsoft", "department of defense"])], [])[0]!;
    expect(near.parties.map((p) => p.name).sort()).toEqual(["Department Of Defense", "Microsoft"]);
    expect(near.parties.find((p) => p.name === "Microsoft")!.sources).toEqual(["a.txt", "b.txt", "c.txt"]);
    // "Birch" and "Birck" (a word under seven letters), "Cedarwood" and "Cedarmoor" (two letters), "Alder Fund II" and "III" (no letters): not one spelling apart.
    const pairs: [string, string][] = [["cedarwood", "birch"], ["cedarwood", "birch"], ["alder fund ii", "birch"], ["cedarmoor", "birck"], ["alder fund iii", "birck"]];
    const recs = buildRecords(pairs.map((p, k) => src(`${k}.txt`, "2026-03-09", p)), []);
    const parties = recs.flatMap((r) => r.parties);
    for (const p of parties) {
      const mixed = (names: string[], ids: string[]) => names.includes(p.name) && p.sources.some((x) => ids.includes(x));
      expect(mixed(["Birch", "Cedarwood"], ["3.txt", "4.txt"]) || mixed(["Birck", "Cedarmoor"], ["0.txt", "1.txt", "2.txt"])).toBe(false);
      expect(mixed(["Alder Fund Ii"], ["4.txt"]) || mixed(["Alder Fund Iii"], ["2.txt"])).toBe(false);
    }
    expect(parties.map((p) => p.name)).toContain("Birck");
  });

  it("an acronym one source writes ('CD&R') is the name whose initials it spells in another ('Clayton Dubilier & Rice'); not a lower-case word, nor where two names spell it", () => {
    const one = buildRecords([named("a.txt", ["alder", "clayton dubilier & rice"], { "clayton dubilier & rice": "Clayton Dubilier & Rice" }), named("b.txt", ["alder", "cd&r"], { "cd&r": "CD&R" })], []);
    expect(one).toHaveLength(1);
    expect(one[0]!.parties.find((p) => p.name === "Clayton Dubilier & Rice")!.sources).toEqual(["a.txt", "b.txt"]);
    // "Royal Bank of Canada" and "RBC": "of" is no initial.
    const rbc = buildRecords([named("a.txt", ["alder", "royal bank of canada"], {}), named("b.txt", ["alder", "rbc"], { rbc: "RBC" })], []);
    expect(rbc[0]!.parties.find((p) => p.sources.length === 2 && p.name !== "Alder")).toBeDefined();
    // Written in lower case ("Cdr"), or spelled by two names: two parties.
    const lower = buildRecords([named("a.txt", ["alder", "clayton dubilier & rice"], {}), named("b.txt", ["alder", "cd&r"], { "cd&r": "Cd&r" })], []);
    expect(lower.flatMap((r) => r.parties).find((p) => p.name === "Clayton Dubilier & Rice")!.sources).toEqual(["a.txt"]);
    const two = buildRecords([named("a.txt", ["alder", "birch capital"], {}), named("b.txt", ["alder", "bc"], { bc: "BC" }), named("c.txt", ["alder", "birch co"], {})], []);
    expect(two.flatMap((r) => r.parties).find((p) => p.name === "Birch Capital")!.sources).toEqual(["a.txt"]);
  });

  it("a name whose last words one source writes as their initials is one party ('Vodafone NZ', 'Vodafone New Zealand'); not where two names spell them", () => {
    const one = buildRecords([named("a.txt", ["alder", "birch new zealand"], { "birch new zealand": "Birch New Zealand" }), named("b.txt", ["alder", "birch nz"], { "birch nz": "Birch NZ" })], []);
    expect(one).toHaveLength(1);
    expect(one[0]!.parties.find((p) => p.name === "Birch New Zealand")!.sources).toEqual(["a.txt", "b.txt"]);
    const two = buildRecords([named("a.txt", ["alder", "birch new zealand"], {}), named("b.txt", ["alder", "birch nz"], { "birch nz": "Birch NZ" }), named("c.txt", ["alder", "birch north zone"], {})], []);
    expect(two.flatMap((r) => r.parties).find((p) => p.name === "Birch New Zealand")!.sources).toEqual(["a.txt"]);
  });

  it("a bare '$' amount is the dollar other sources name for the same amount ('$9.6 billion' beside 'A$9.6 billion'), unless a source gives it in US dollars", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), src("c.txt", "2026-03-09", A)];
    const rec = buildRecords(sources, [
      claim("a.txt", "value", "money", "A$9.6 billion", { amount: 9.6e9, currency: "AUD" }),
      claim("b.txt", "value", "money", "$9.6 billion", { amount: 9.6e9, currency: "USD" }),
      claim("c.txt", "value", "money", "$6.4 billion", { amount: 6.4e9, currency: "USD" }),
    ])[0]!;
    const v = rec.fields.value!;
    expect(v.value).toEqual({ amount: 9.6e9, currency: "AUD" });
    expect(v.claims.find((c) => c.source === "b.txt")!.value).toEqual({ amount: 9.6e9, currency: "AUD", currencyFrom: "other sources" });
    expect(v.claims.find((c) => c.source === "c.txt")!.value).toEqual({ amount: 6.4e9, currency: "USD" });
    // "US$9.6 billion" in another source: the bare "$" may be either; it stays as written.
    const us = buildRecords(sources, [
      claim("a.txt", "value", "money", "A$9.6 billion", { amount: 9.6e9, currency: "AUD" }),
      claim("b.txt", "value", "money", "$9.6 billion", { amount: 9.6e9, currency: "USD" }),
      claim("c.txt", "value", "money", "US$9.6 billion", { amount: 9.6e9, currency: "USD" }),
    ])[0]!;
    expect(us.fields.value!.claims.find((c) => c.source === "b.txt")!.value).toEqual({ amount: 9.6e9, currency: "USD" });
  });

  it("a six-letter misspelling of a seven-letter name ('Vitera'), and a letter moved in a long word ('Vittera'), are the same party; two short words are not", () => {
    const rec = buildRecords([src("a.txt", "2026-03-09", ["alderwood", "viterra"]), src("b.txt", "2026-03-09", ["alderwood", "vitera"]), src("c.txt", "2026-03-09", ["alderwood", "vittera"])], []);
    expect(rec).toHaveLength(1);
    expect(rec[0]!.parties.find((p) => p.name === "Viterra")!.sources).toEqual(["a.txt", "b.txt", "c.txt"]);
    // "Birches" and "Birchse" (a letter moved, both seven letters) are one; "Birch" and "Brich" (five) are not.
    const moved = buildRecords([src("a.txt", "2026-03-09", ["alderwood", "birches"]), src("b.txt", "2026-03-09", ["alderwood", "birchse"])], []);
    expect(moved.flatMap((r) => r.parties.map((p) => p.name)).sort()).toEqual(["Alderwood", "Birches"]);
    const short = buildRecords([src("a.txt", "2026-03-09", ["alderwood", "birch"]), src("b.txt", "2026-03-09", ["alderwood", "brich"])], []);
    expect(short.flatMap((r) => r.parties.map((p) => p.name))).toContain("Brich");
    // A letter moved where the second letters differ ("Sanders" / "Snaders"): not one.
    const far = buildRecords([src("a.txt", "2026-03-09", ["alderwood", "sanders"]), src("b.txt", "2026-03-09", ["alderwood", "snaders"])], []);
    expect(far.flatMap((r) => r.parties.map((p) => p.name))).toContain("Snaders");
  });

  it("a sale has three sides: seller, buyer and what is sold, each with its role; a third name with another role is none", () => {
    const rec = buildRecords([
      withParties("a.txt", [["alder", 3, { seller: 3 }], ["birch", 3, { buyer: 3 }], ["cedar grid", 1.8, { target: 1.8 }]]),
      withParties("b.txt", [["birch", 3, { acquirer: 3 }], ["cedar grid", 3, { target: 3 }]]),
      withParties("c.txt", [["alder", 1.8, { seller: 1.8 }], ["birch", 1.8, { buyer: 1.8 }]]),
    ], [])[0]!;
    expect(rec.parties.map((p) => [p.name, p.role]).sort()).toEqual([["Alder", "seller"], ["Birch", "buyer"], ["Cedar Grid", "target"]]);
    // An adviser named once with no role of a sale's side is no third party.
    const two = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["dogwood", 1, { provider: 1 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(two.parties.map((p) => p.name).sort()).toEqual(["Alder", "Birch"]);
    // A seller that bought the target not long before ("Elm, which bought Birch last year, sells
    // it to Alder"): its purchase outweighs its sale in the text, yet it is this sale's seller.
    const resale = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["elm", 5, { acquirer: 3, seller: 2 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["elm", 3.5, { acquirer: 2, seller: 1.5 }]]),
      withParties("c.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(resale.parties.map((p) => [p.name, p.role]).sort()).toEqual([["Alder", "acquirer"], ["Birch", "target"], ["Elm", "seller"]]);
    // A rival bidder, never said to sell, is no side.
    const rival = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["elm", 3, { acquirer: 3 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["elm", 2, { acquirer: 2 }]]),
    ], [])[0]!;
    expect(rival.parties.map((p) => p.name).sort()).toEqual(["Alder", "Birch"]);
  });

  it("one deal told as a sale by one source ('X sells its stake in Z to Y') and as a purchase by another ('Y buys Z') is one record; a pair on other sides is not", () => {
    const rec = buildRecords([
      withParties("a.txt", [["alder", 1.8, { seller: 1.8 }], ["birch", 1.8, { buyer: 1.8 }], ["cedar grid", 1.8, { target: 1.8 }]]),
      withParties("b.txt", [["birch", 2, { acquirer: 2 }], ["cedar grid", 2, { target: 2 }]]),
    ], []);
    expect(rec).toHaveLength(1);
    expect(rec[0]!.parties.map((p) => [p.name, p.role]).sort()).toEqual([["Alder", "seller"], ["Birch", "acquirer"], ["Cedar Grid", "target"]]);
    // The buyer of one is the target of the other: two deals.
    const two = buildRecords([
      withParties("a.txt", [["alder", 1.8, { seller: 1.8 }], ["birch", 1.8, { buyer: 1.8 }], ["cedar grid", 1.8, { target: 1.8 }]]),
      withParties("b.txt", [["cedar grid", 2, { acquirer: 2 }], ["birch", 2, { target: 2 }]]),
    ], []);
    expect(two).toHaveLength(2);
    // A source with a seller and a buyer but no target names two sides only.
    const pairs = buildRecords([
      withParties("a.txt", [["alder", 1.8, { seller: 1.8 }], ["birch", 1.8, { buyer: 1.8 }], ["cedar grid", 1, { provider: 1 }]]),
      withParties("b.txt", [["birch", 2, { acquirer: 2 }], ["cedar grid", 2, { target: 2 }]]),
    ], []);
    expect(pairs).toHaveLength(2);
  });

  it("a company named in full by some sources and by its first words by others is one party; a unit sold by its parent, or one a source calls the other's unit, is not", () => {
    const rec = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch natural resources", 3, { target: 3 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch natural resources", 3, { target: 3 }]]),
      withParties("c.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(rec.parties.map((p) => [p.name, p.role, p.sources])).toEqual([["Alder", "acquirer", ["a.txt", "b.txt", "c.txt"]], ["Birch Natural Resources", "target", ["a.txt", "b.txt", "c.txt"]]]);
    // A tie: the shorter name, whose words both sources give.
    const tie = buildRecords([withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]), withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch terminates", 3, { target: 3 }]])], [])[0]!;
    expect(tie.parties.map((p) => p.name)).toEqual(["Alder", "Birch"]);
    // "Cedar sells Cedar Motion to Alder": seller and what is sold stay two parties.
    const sale = buildRecords([
      withParties("a.txt", [["cedar", 3, { seller: 3 }], ["alder", 3, { buyer: 3 }], ["cedar motion", 3, { target: 3 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["cedar motion", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(sale.parties.map((p) => p.name).sort()).toEqual(["Alder", "Cedar", "Cedar Motion"]);
    // A unit the text itself calls the other's ("Dogwood Cloud, Dogwood's cloud arm"): two parties.
    const unitSrc = withParties("a.txt", [["alder", 3, { buyer: 3 }], ["dogwood cloud", 3, { provider: 3 }], ["dogwood", 1, { provider: 1 }]]);
    unitSrc.deal!.links = [{ parent: "dogwood", child: "dogwood cloud", rule: "link.unit-of" }];
    const unit = buildRecords([unitSrc, withParties("b.txt", [["alder", 3, { buyer: 3 }], ["dogwood cloud", 3, { provider: 3 }]])], [])[0]!;
    expect(unit.parties.map((p) => p.name).sort()).toEqual(["Alder", "Dogwood", "Dogwood Cloud"]);
    // One name with and without a head word inside it ("Birch Bank Canada", "Birch Canada"): one party.
    const inner = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch bank canada", 3, { target: 3 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch canada", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(inner.parties.map((p) => [p.name, p.sources])).toEqual([["Alder", ["a.txt", "b.txt"]], ["Birch Bank Canada", ["a.txt", "b.txt"]]]);
    // A chain of three forms ("Birch", "Birch Capital", "Birch Capital Partners"): one party, with
    // every source and the weight of all three.
    const chain = buildRecords([
      withParties("a.txt", [["birch capital", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("b.txt", [["birch capital", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("c.txt", [["birch capital partners", 2, { acquirer: 2 }], ["alder", 2, { target: 2 }]]),
      withParties("d.txt", [["birch", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(chain.parties.map((p) => [p.name, p.role, p.sources, p.weight])).toEqual([
      ["Alder", "target", ["a.txt", "b.txt", "c.txt", "d.txt"], 11],
      ["Birch Capital", "acquirer", ["a.txt", "b.txt", "c.txt", "d.txt"], 11],
    ]);
    // A short name with two fuller ones, all buying ("Birch", "Birch Airlines", "Birch Air Group"):
    // one party, under the name most sources give.
    const fan = buildRecords([
      withParties("a.txt", [["birch air group", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("b.txt", [["birch", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("c.txt", [["birch", 3, { acquirer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("d.txt", [["birch airlines", 2, { acquirer: 2 }], ["alder", 2, { target: 2 }]]),
    ], [])[0]!;
    expect(fan.parties.map((p) => [p.name, p.role, p.sources, p.weight])).toEqual([
      ["Alder", "target", ["a.txt", "b.txt", "c.txt", "d.txt"], 11],
      ["Birch", "acquirer", ["a.txt", "b.txt", "c.txt", "d.txt"], 11],
    ]);
    // A short name only named, with no role of its own ("Elmwood"), beside two fuller ones sold: one party.
    const named = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["elmwood health", 3, { target: 3 }], ["elmwood", 1, {}]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["elmwood health", 2, { target: 2 }], ["elmwood hospital", 2, { target: 2 }]]),
      withParties("c.txt", [["alder", 3, { acquirer: 3 }], ["elmwood health", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(named.parties.map((p) => [p.name, p.role]).sort()).toEqual([["Alder", "acquirer"], ["Elmwood Health", "target"]]);
    // Fuller names in two roles ("Cedar Cloud" providing, "Cedar Bank" buying) stay apart.
    const split = buildRecords([
      withParties("a.txt", [["alder", 3, { target: 3 }], ["cedar bank", 3, { buyer: 3 }], ["cedar cloud", 2, { provider: 2 }]]),
      withParties("b.txt", [["cedar bank", 3, { buyer: 3 }], ["alder", 3, { target: 3 }]]),
      withParties("c.txt", [["cedar", 1, { buyer: 1 }], ["alder", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(split.parties.map((p) => p.name).sort()).toEqual(["Alder", "Cedar", "Cedar Bank", "Cedar Cloud"]);
    // A unit named with its parent first in one source ("Cedar Elm Health") and without in all
    // ("Elm Health"), its parent a party too: one party, under the name more sources give.
    const unitName = buildRecords([
      withParties("a.txt", [["alder", 3, { buyer: 3 }], ["cedar elm health", 3, { target: 3 }], ["elm health", 1, { target: 1 }], ["cedar", 2, { seller: 2 }]]),
      withParties("b.txt", [["alder", 3, { buyer: 3 }], ["elm health", 3, { target: 3 }], ["cedar elm health", 1, { target: 1 }], ["cedar", 2, { seller: 2 }]]),
      withParties("c.txt", [["alder", 3, { buyer: 3 }], ["elm health", 3, { target: 3 }]]),
    ], [])[0]!;
    expect(unitName.parties.map((p) => [p.name, p.role, p.sources]).sort()).toEqual([
      ["Alder", "buyer", ["a.txt", "b.txt", "c.txt"]],
      ["Cedar", "seller", ["a.txt", "b.txt"]],
      ["Elm Health", "target", ["a.txt", "b.txt", "c.txt"]],
    ]);
    // Not where the words before are no party's, nor where the two take different roles.
    const noParent = buildRecords([
      withParties("a.txt", [["alder", 3, { buyer: 3 }], ["dover elm health", 3, { target: 3 }], ["elm health", 1, { target: 1 }]]),
      withParties("b.txt", [["alder", 3, { buyer: 3 }], ["elm health", 3, { target: 3 }], ["dover elm health", 1, { target: 1 }]]),
    ], [])[0]!;
    expect(noParent.parties.map((p) => [p.name, p.weight])).toEqual([["Alder", 6], ["Dover Elm Health", 4]]);
    const twoRoles = buildRecords([
      withParties("a.txt", [["alder", 3, { buyer: 3 }], ["cedar elm health", 3, { seller: 3 }], ["elm health", 1, { target: 1 }], ["cedar", 2, { seller: 2 }]]),
      withParties("b.txt", [["alder", 3, { buyer: 3 }], ["elm health", 3, { target: 3 }], ["cedar elm health", 1, { seller: 1 }]]),
    ], [])[0]!;
    expect(twoRoles.parties.map((p) => [p.name, p.weight])).toEqual([["Alder", 6], ["Cedar Elm Health", 6], ["Elm Health", 4]]);
    // One name spelt with and without a plural "s" ("Birch Foods Group", "Birch Food Group"): one
    // party, with the weight of both.
    const spelt = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch foods group", 3, { target: 3 }], ["birch food group", 1, { target: 1 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch food group", 3, { target: 3 }], ["birch foods group", 1, { target: 1 }]]),
    ], [])[0]!;
    expect(spelt.parties.map((p) => [p.name, p.role, p.sources, p.weight]).sort()).toEqual([["Alder", "acquirer", ["a.txt", "b.txt"], 6], ["Birch Foods Group", "target", ["a.txt", "b.txt"], 8]]);
    // Not two words apart ("Birch Foods Groups"), nor a name of one word ("Elms" and "Elm").
    const spelt2 = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch foods groups", 3, { target: 3 }], ["birch food group", 1, { target: 1 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch food group", 3, { target: 3 }], ["birch foods groups", 1, { target: 1 }]]),
    ], [])[0]!;
    expect(spelt2.parties.map((p) => p.weight)).not.toContain(8);
    const spelt3 = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["elms", 3, { target: 3 }], ["elm", 1, { target: 1 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["elm", 3, { target: 3 }], ["elms", 1, { target: 1 }]]),
    ], [])[0]!;
    expect(spelt3.parties.map((p) => p.weight)).not.toContain(8);
  });

  it("a consortium's members are listed beside its lead with the lead's role; a co-role no side has is none", () => {
    const rec = buildRecords([
      withParties("a.txt", [["alder", 3, { seller: 3 }], ["birch", 3, { buyer: 3 }], ["cedar", 1.5, { "co-buyer": 1.5 }], ["dover", 1.5, { "co-buyer": 1.5 }]]),
      withParties("b.txt", [["alder", 3, { seller: 3 }], ["birch", 3, { buyer: 3 }], ["elm", 1, { "co-licensee": 1 }]]),
    ], [])[0]!;
    expect(rec.parties.map((p) => [p.name, p.role])).toEqual([["Alder", "seller"], ["Birch", "buyer"], ["Cedar", "buyer"], ["Dover", "buyer"]]);
    // Two makers of one order: a second provider in two sources, as heavy as half the weaker side; a second acquirer (a rival bidder) is none.
    const order = buildRecords([
      withParties("a.txt", [["alder", 3, { buyer: 3 }], ["birch", 3, { provider: 3 }], ["cedar", 2, { provider: 2 }]]),
      withParties("b.txt", [["alder", 3, { buyer: 3 }], ["birch", 2, { provider: 2 }], ["cedar", 2, { provider: 2 }]]),
    ], [])[0]!;
    expect(order.parties.map((p) => [p.name, p.role])).toEqual([["Alder", "buyer"], ["Birch", "provider"], ["Cedar", "provider"]]);
    const rival = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["cedar", 2, { acquirer: 2 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch", 2, { target: 2 }], ["cedar", 2, { acquirer: 2 }]]),
    ], [])[0]!;
    expect(rival.parties.map((p) => p.name)).toEqual(["Alder", "Birch"]);
    // Members of a group no side leads ("free care to people in Lagos, Kano and Gombe", the lead
    // no side) are none, though a side has the role elsewhere.
    const unled = buildRecords([
      withParties("a.txt", [["alder", 3, { seller: 3 }], ["birch", 3, { buyer: 3 }]]),
      withParties("b.txt", [["alder", 3, {}], ["birch", 3, {}], ["fern", 2, { buyer: 2 }], ["cedar", 1.5, { "co-buyer": 1.5 }], ["dover", 1.5, { "co-buyer": 1.5 }]]),
    ], [])[0]!;
    expect(unled.parties.map((p) => [p.name, p.role])).toEqual([["Alder", "seller"], ["Birch", "buyer"]]);
    // A member named as a co-acquirer once and a buyer elsewhere is on the acquirer's side.
    const sameSide = buildRecords([
      withParties("a.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["cedar", 1.5, { "co-acquirer": 1.5 }]]),
      withParties("b.txt", [["alder", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }], ["cedar", 2, { buyer: 2 }]]),
    ], [])[0]!;
    expect(sameSide.parties.map((p) => [p.name, p.role])).toEqual([["Alder", "acquirer"], ["Birch", "target"], ["Cedar", "acquirer"]]);
  });

  it("an order from two makers is one deal: a source whose pair is the buyer and one maker, with the other maker as a co-provider, joins the sources whose pair is the buyer and that other maker", () => {
    const mk = (id: string, published: string | null, parties: [string, number, Record<string, number>][]) => ({ ...withParties(id, parties), published });
    const records = buildRecords([
      mk("a.txt", null, [["alder", 3, { buyer: 3 }], ["birch", 3, { provider: 3 }], ["cedar", 1.5, { "co-provider": 1.5 }]]),
      mk("a2.txt", null, [["alder", 3, { buyer: 3 }], ["birch", 3, { provider: 3 }], ["cedar", 1.5, { "co-provider": 1.5 }]]),
      mk("b.txt", null, [["alder", 3, { buyer: 3 }], ["cedar", 3, { provider: 3 }]]),
      mk("c.txt", null, [["alder", 3, { buyer: 3 }], ["cedar", 3, { provider: 3 }]]),
    ], []);
    expect(records.length).toBe(1);
    expect(records[0]!.parties.map((p) => p.name).sort()).toEqual(["Alder", "Birch", "Cedar"]);
    // A third party in another role (a rival, a regulator) joins no two deals.
    const apart = buildRecords([
      mk("a.txt", null, [["alder", 3, { buyer: 3 }], ["birch", 3, { provider: 3 }], ["cedar", 1.5, { seller: 1.5 }]]),
      mk("b.txt", null, [["alder", 3, { buyer: 3 }], ["cedar", 3, { provider: 3 }]]),
    ], []);
    expect(apart.length).toBe(2);
  });
  it("two pairs with one side in common are one deal where the other sides are a short name and a longer one that starts with its words ('LG' / 'LG Electronics'); not two unrelated buyers of one target", () => {
    const mk = (id: string, parties: [string, number, Record<string, number>][]) => ({ ...withParties(id, parties), published: null });
    const one = buildRecords([
      mk("a.txt", [["jk", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
      mk("b.txt", [["jk electronics", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
      mk("c.txt", [["jk electronics", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
    ], []);
    expect(one.length).toBe(1);
    const two = buildRecords([
      mk("a.txt", [["jk", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
      mk("b.txt", [["jkl electronics", 3, { acquirer: 3 }], ["birch", 3, { target: 3 }]]),
    ], []);
    expect(two.length).toBe(2);
  });
  it("a small stake is the deal where a source states no other figure for it; beside another figure it is a side stake", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), src("c.txt", "2026-03-09", A)];
    const as = (c: Fact, aspect: string) => ({ ...c, aspects: { value: aspect } });
    const sole = buildRecords(sources, [
      as(claim("a.txt", "value", "money", "30 billion yen", { amount: 3e10, currency: "JPY" }), "side stake"),
      as(claim("a.txt", "value", "money", "$264 million", { amount: 2.64e8, currency: "USD" }), "converted"),
      as(claim("b.txt", "value", "money", "30 billion yen", { amount: 3e10, currency: "JPY" }), "side stake"),
      claim("c.txt", "value", "money", "US$264 million", { amount: 2.64e8, currency: "USD" }),
      as(claim("c.txt", "value", "money", "30 billion yen", { amount: 3e10, currency: "JPY" }), "side stake"),
    ])[0]!;
    expect(sole.fields.value!.value).toEqual({ amount: 3e10, currency: "JPY" });
    // Beside the deal's own figure in every source, the stake stays a part: the deal's figure wins.
    const beside = buildRecords(sources.slice(0, 2), [
      claim("a.txt", "value", "money", "$2 billion", { amount: 2e9, currency: "USD" }),
      as(claim("a.txt", "value", "money", "$50 million", { amount: 5e7, currency: "USD" }), "side stake"),
      claim("b.txt", "value", "money", "$2bn", { amount: 2e9, currency: "USD" }),
      as(claim("b.txt", "value", "money", "$50m", { amount: 5e7, currency: "USD" }), "side stake"),
    ])[0]!;
    expect(beside.fields.value!.value).toEqual({ amount: 2e9, currency: "USD" });
  });

  it("a scale alone ('billions of dollars') agrees with every figure but is never the value where sources give one", () => {
    const sources = ["a", "b", "c"].map((k) => src(`${k}.txt`, "2026-03-09", A));
    const usd = (amount: number, qualifier?: string) => ({ amount, currency: "USD", ...(qualifier ? { qualifier } : {}) });
    const rec = buildRecords(sources, [
      claim("a.txt", "value", "money", "billions of dollars", usd(1e9, "billions")),
      claim("a.txt", "value", "money", "US$4 billion", usd(4e9, "up to")),
      claim("b.txt", "value", "money", "$4 billion", usd(4e9, "up to")),
      claim("c.txt", "value", "money", "US$1.25 billion", usd(1.25e9)),
    ])[0]!;
    expect(rec.fields.value!.value).toEqual(usd(4e9, "up to"));
  });

  it("one party in common and the announcement dated to the same day make one deal; another day, two", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), src("c.txt", "2026-03-09", ["alder ltd", "cedar"])];
    const day = (s: string, iso: string) => claim(s, "announced", "date", "Monday", { iso }, "announced on");
    const same = buildRecords(sources, [day("a.txt", "2026-03-09"), day("b.txt", "2026-03-09"), day("c.txt", "2026-03-09")]);
    expect(same.map((r) => r.sources)).toEqual([["a.txt", "b.txt", "c.txt"]]);
    const apart = buildRecords(sources, [day("a.txt", "2026-03-09"), day("b.txt", "2026-03-09"), day("c.txt", "2026-02-02")]);
    expect(apart.map((r) => r.sources)).toEqual([["a.txt", "b.txt"], ["c.txt"]]);
    // Values that disagree keep them apart whatever the day.
    const usd = (amount: number) => ({ amount, currency: "USD" });
    const priced = buildRecords(sources, [day("a.txt", "2026-03-09"), day("c.txt", "2026-03-09"), claim("a.txt", "value", "money", "$4bn", usd(4e9)), claim("c.txt", "value", "money", "$90m", usd(9e7))]);
    expect(priced.map((r) => r.sources)).toEqual([["a.txt", "b.txt"], ["c.txt"]]);
  });

  it("of parties named with equal weight, the sides are those the sources give as their pair", () => {
    const four = (id: string) => withParties(id, [["cedar", 3, {}], ["dogwood", 3, {}], ["alder", 3, {}], ["birch", 3, {}]]);
    const names = buildRecords([four("a.txt"), four("b.txt")], [])[0]!.parties.map((p) => p.name);
    expect(names.slice(0, 2).sort()).toEqual(["Cedar", "Dogwood"]);
  });

  it("two pairs with one side in common are one deal when each source names the other's other side as a party", () => {
    // "Alder sells its stake to Birch" naming the company, Cedar; "Birch buys Cedar" naming the seller, Alder.
    const seller = withParties("a.txt", [["alder", 2, { seller: 2 }], ["birch", 2, { buyer: 2 }], ["cedar", 1, { target: 1 }]]);
    const buyer = withParties("b.txt", [["cedar", 3, { target: 3 }], ["birch", 3, { acquirer: 3 }], ["alder", 1, { seller: 1 }]]);
    expect(buildRecords([seller, buyer], []).map((r) => r.sources)).toEqual([["a.txt", "b.txt"]]);
    // Without the seller in the second report, one side in common is not enough where the first
    // names the third side with another role than a sale's (see "told as a sale … and as a purchase").
    const provider = withParties("a.txt", [["alder", 2, { seller: 2 }], ["birch", 2, { buyer: 2 }], ["cedar", 1, { provider: 1 }]]);
    const only = withParties("b.txt", [["cedar", 3, { target: 3 }], ["birch", 3, { acquirer: 3 }]]);
    expect(buildRecords([provider, only], []).map((r) => r.sources)).toEqual([["a.txt"], ["b.txt"]]);
  });

  it("an announcement the day after a source's publication stamp counts; two days after, or after a day the user gave, does not", () => {
    const day = (s: string, iso: string) => claim(s, "announced", "date", "Wednesday", { iso }, "announced on");
    const stamped = [src("a.txt", "2026-03-10", A, { publishedFrom: "text" }), src("b.txt", "2026-03-10", A, { publishedFrom: "meta" })];
    expect(buildRecords(stamped, [day("a.txt", "2026-03-11"), day("b.txt", "2026-03-11")])[0]!.fields.announced?.value).toEqual({ iso: "2026-03-11" });
    expect(buildRecords(stamped, [day("a.txt", "2026-03-12"), day("b.txt", "2026-03-12")])[0]!.fields.announced).toBeUndefined();
    const given = [src("a.txt", "2026-03-10", A, { publishedFrom: "ref-date" }), src("b.txt", "2026-03-10", A, { publishedFrom: "ref-date" })];
    expect(buildRecords(given, [day("a.txt", "2026-03-11"), day("b.txt", "2026-03-11")])[0]!.fields.announced).toBeUndefined();
  });

  it("a hedged figure that allows a figure sources state exactly gives way to it", () => {
    const sources = ["a", "b", "c", "d", "e"].map((k) => src(`${k}.txt`, "2026-03-09", A));
    const usd = (amount: number, qualifier?: string) => ({ amount, currency: "USD", ...(qualifier ? { qualifier } : {}) });
    // "about $14 billion" reaches 13.1-14.9 and so agrees with every figure here; $14.1 billion is what two sources state.
    const rec = buildRecords(sources, [
      claim("a.txt", "value", "money", "$14.1 billion", usd(14.1e9)),
      claim("b.txt", "value", "money", "about 14 billion dollars", usd(14e9, "about")),
      claim("c.txt", "value", "money", "$14.9 billion", usd(14.9e9)),
      claim("d.txt", "value", "money", "nearly $15 billion", usd(15e9, "nearly")),
      claim("e.txt", "value", "money", "$14.1 billion", usd(14.1e9)),
    ])[0]!;
    expect(rec.fields.value!.value).toEqual(usd(14.1e9));
    // Only a figure of the same currency, near the hedged one: "up to CHF 2.95 billion" does not become "$50 million" or a dollar figure.
    const chf = buildRecords(sources.slice(0, 3), [
      claim("a.txt", "value", "money", "up to CHF 2.95 billion", { amount: 2.95e9, currency: "CHF", qualifier: "up to" }),
      claim("b.txt", "value", "money", "up to CHF 2.95 billion", { amount: 2.95e9, currency: "CHF", qualifier: "up to" }),
      claim("c.txt", "value", "money", "$3.4 billion", usd(3.4e9)),
      claim("c.txt", "value", "money", "CHF 100 million", { amount: 1e8, currency: "CHF" }),
    ])[0]!;
    expect(chf.fields.value!.value).toEqual({ amount: 2.95e9, currency: "CHF", qualifier: "up to" });
  });

  it("share moves of two companies are two aspects of stock, not a conflict", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-10", A)];
    const move = (s: string, text: string, value: number, subject: string) => ({ ...claim(s, "stock", "percent", text, { value }, "rose"), aspects: { stock: `shares|${subject}` } });
    const apart = buildRecords(sources, [move("a.txt", "22%", 22, "birch co"), move("b.txt", "-1%", -1, "alder ltd"), move("b.txt", "22 per cent", 22, "birch co")])[0]!;
    expect(apart.fields.stock!.conflict).toBe(false);
    expect(apart.fields.stock!.value).toEqual({ value: 22 });
    const clash = buildRecords(sources, [move("a.txt", "22%", 22, "birch co"), move("b.txt", "-1%", -1, "birch co")])[0]!;
    expect(clash.fields.stock!.conflict).toBe(true);
  });

  it("a share move is the stock's value over a price that more sources state ('rose 68.4 per cent' over 'closed at $18.20')", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), src("c.txt", "2026-03-09", A)];
    const on = (f: Fact): Fact => ({ ...f, aspects: { stock: "shares|birch co" } });
    const rec = buildRecords(sources, [
      on(claim("a.txt", "stock", "percent", "68.4 per cent", { value: 68.4 }, "rose")),
      on(claim("b.txt", "stock", "money", "$18", { amount: 18, currency: "USD" }, "closed at")),
      on(claim("c.txt", "stock", "money", "$18.20", { amount: 18.2, currency: "USD" }, "closed at")),
    ])[0]!;
    expect(rec.fields.stock!.value).toEqual({ value: 68.4 });
    // Among figures of one type, the one more sources state still wins.
    const prices = buildRecords(sources, [
      on(claim("a.txt", "stock", "money", "$30.65", { amount: 30.65, currency: "USD" }, "rose to")),
      on(claim("b.txt", "stock", "money", "$18", { amount: 18, currency: "USD" }, "closed at")),
      on(claim("c.txt", "stock", "money", "$18.20", { amount: 18.2, currency: "USD" }, "closed at")),
    ])[0]!;
    expect(prices.fields.stock!.value).toEqual({ amount: 18.2, currency: "USD" });
  });

  it("a move down keeps its size and says 'down': 'fell 4%' says what '-4%' says (both 4, down), and clashes with 'rose 4%'", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), src("c.txt", "2026-03-09", A)];
    const down = (f: Fact): Fact => ({ ...f, down: ["stock"] });
    const agree = buildRecords(sources.slice(0, 2), [down(claim("a.txt", "stock", "percent", "4%", { value: 4 }, "fell")), claim("b.txt", "stock", "percent", "-4%", { value: -4 }, "shares")])[0]!;
    expect(agree.fields.stock!.claims.map((c) => c.value)).toEqual([{ value: 4, direction: "down" }, { value: 4, direction: "down" }]);
    expect(agree.fields.stock!.conflict).toBe(false);
    expect(agree.fields.stock!.sources).toEqual(["a.txt", "b.txt"]);
    const clash = buildRecords(sources, [down(claim("a.txt", "stock", "percent", "4%", { value: 4 }, "fell")), claim("b.txt", "stock", "percent", "4%", { value: 4 }, "rose"), claim("c.txt", "stock", "percent", "4%", { value: 4 }, "rose")])[0]!;
    expect(clash.fields.stock!.conflict).toBe(true);
    expect(clash.fields.stock!.value).toEqual({ value: 4 });
    // Only a percentage is signed: a price is a level, not a move.
    const price = buildRecords(sources.slice(0, 1), [down(claim("a.txt", "stock", "money", "$13.10", { amount: 13.1, currency: "USD" }, "fell 4% to"))])[0]!;
    expect(price.fields.stock!.claims[0]!.value).toEqual({ amount: 13.1, currency: "USD" });
  });

  it("an amount the price moved by is a change with its direction: 'fell 11 cents' clashes with 'rose 11 cents', never with the price it moved to", () => {
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A)];
    const change = (id: string, cue: string, down: boolean): Fact => ({ ...claim(id, "stock", "money", "11 cents", { amount: 0.11, currency: "USD" }, cue), aspects: { stock: "shares change|birch co" }, ...(down ? { down: ["stock"] } : {}) });
    const price = (id: string, text: string, amount: number): Fact => ({ ...claim(id, "stock", "money", text, { amount, currency: "USD" }, "rose 11 cents to"), aspects: { stock: "shares|birch co" } });
    const apart = buildRecords(sources, [change("a.txt", "rose", false), price("b.txt", "$13.27", 13.27)])[0]!;
    expect(apart.fields.stock!.conflict).toBe(false);
    const clash = buildRecords(sources, [change("a.txt", "rose", false), change("b.txt", "fell", true)])[0]!;
    expect(clash.fields.stock!.conflict).toBe(true);
    expect(clash.fields.stock!.claims.map((c) => c.value)).toEqual([{ amount: 0.11, currency: "USD" }, { amount: 0.11, currency: "USD", direction: "down" }]);
  });

  it("a hedged figure gives way to one as precise that more sources state: 'nearly 49%' in two reports over 'more than 40%' in one", () => {
    const ids = ["a.txt", "b.txt", "c.txt"];
    const sources = ids.map((id) => src(id, "2026-03-09", A));
    const pct = (id: string, text: string, value: number, qualifier: string) => claim(id, "premium", "percent", text, { value, qualifier }, "premium of");
    const rec = buildRecords(sources, [pct("a.txt", "40 percent", 40, "more than"), pct("b.txt", "49%", 49, "nearly"), pct("c.txt", "49 per cent", 49, "nearly")])[0]!;
    expect(rec.fields.premium!.value).toEqual({ value: 49, qualifier: "nearly" });
  });

  it("the value as most sources state it, not a rounder figure that agrees with more of them", () => {
    const ids = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
    const sources = ids.map((id) => src(id, "2026-03-09", A));
    const usd = (id: string, text: string, amount: number) => claim(id, "value", "money", text, { amount, currency: "USD" }, "for");
    const rec = buildRecords(sources, [usd("a.txt", "$6.9 billion", 6.9e9), usd("b.txt", "$6.9bn", 6.9e9), usd("c.txt", "$6.9 billion", 6.9e9), usd("d.txt", "$6.8 billion", 6.8e9), usd("e.txt", "$7 billion", 7e9)])[0]!;
    expect(rec.fields.value!.value).toEqual({ amount: 6.9e9, currency: "USD" });
  });

  it("one source's two figures for a field: the one it states first, however hedged or large", () => {
    const sources = [src("a.txt", "2026-03-09", A)];
    const rec = buildRecords(sources, [
      claim("a.txt", "premium", "percent", "18%", { value: 18, qualifier: "approximately" }, "premium of approximately"),
      claim("a.txt", "premium", "percent", "9%", { value: 9 }, "premium"),
    ])[0]!;
    expect(rec.fields.premium!.value).toEqual({ value: 18, qualifier: "approximately" });
    // The same figure stated twice, hedged then exact: the exact statement of it.
    const same = buildRecords(sources, [
      claim("a.txt", "value", "money", "about $4.2 billion", { amount: 4.2e9, currency: "USD", qualifier: "about" }),
      claim("a.txt", "value", "money", "$4.23 billion", { amount: 4.23e9, currency: "USD" }),
    ])[0]!;
    expect(same.fields.value!.value).toEqual({ amount: 4.23e9, currency: "USD" });
    // Two sources that tie: precision decides, as before (the exact figure over the hedged one).
    const two = buildRecords([src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A)], [
      claim("a.txt", "stock", "percent", "nearly 5%", { value: 5, qualifier: "nearly" }, "rose"),
      claim("b.txt", "stock", "percent", "4.1%", { value: 4.1 }, "rose"),
    ])[0]!;
    expect(two.fields.stock!.value).toEqual({ value: 4.1 });
  });

  it("keeps every claim, picks the value most sources support, flags true conflicts only", () => {
    const rec = buildRecords(world().sources, world().claims)[0]!;
    const value = rec.fields.value!;
    expect(value.claims).toHaveLength(3);
    expect(value.value).toEqual({ amount: 4.2e9, currency: "USD" });
    expect(value.sources).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(value.conflict).toBe(false);
    const ann = rec.fields.announced!;
    expect(ann.value).toEqual({ iso: "2026-03-09" });
    expect(ann.conflict).toBe(true);
    expect(ann.claims.map((c) => c.text).sort()).toEqual(["March 8", "March 9", "Monday"]);
    expect(ann.claims.every((c) => ["source", "text", "start", "end", "line", "value", "type"].every((k) => k in c))).toBe(true);
    // A share move and a market value are different aspects: no conflict between them.
    expect(rec.fields.stock!.conflict).toBe(false);
    expect(rec.fields.stock!.sources).toEqual(["a.txt", "b.txt"]);
  });

  it("a source that repeats figures counts once per figure: support and conflicts as with one claim each", () => {
    const sources = [src("x.txt", "2026-01-01", A), src("y.txt", "2026-01-02", A), src("z.txt", "2026-01-03", A)];
    const many = (s: string, n: number, amount: number) => Array.from({ length: n }, () => claim(s, "value", "money", "$2bn", { amount, currency: "USD" }));
    // x says $2bn 300 times and $9bn once, y says $2bn, z says $9bn: $2bn has two sources, $9bn two as well,
    // so precision and date decide; the clash between $2bn and $9bn is across sources.
    const rec = buildRecords(sources, [...many("x.txt", 300, 2e9), claim("x.txt", "value", "money", "$9bn", { amount: 9e9, currency: "USD" }), claim("y.txt", "value", "money", "$2bn", { amount: 2e9, currency: "USD" }), claim("z.txt", "value", "money", "$9bn", { amount: 9e9, currency: "USD" })])[0]!;
    const value = rec.fields.value!;
    expect(value.claims).toHaveLength(303);
    expect(value.conflict).toBe(true);
    expect(value.values.map((v) => [v.text, v.sources])).toEqual([["$9bn", ["x.txt", "z.txt"]], ["$2bn", ["x.txt", "y.txt"]]]);
    // Many claims of one figure, and one source contradicting itself, are no conflict between sources.
    const alone = buildRecords(sources, [...many("x.txt", 300, 2e9), claim("x.txt", "value", "money", "$9bn", { amount: 9e9, currency: "USD" }), claim("y.txt", "term", "duration", "five-year", { iso: "P5Y" })])[0]!;
    expect(alone.fields.value!.conflict).toBe(false);
    expect(alone.fields.value!.values.map((v) => v.sources)).toEqual([["x.txt"], ["x.txt"]]);
    const agree = buildRecords(sources, [...many("x.txt", 300, 2e9), claim("y.txt", "value", "money", "$2.0bn", { amount: 2e9, currency: "USD" }), claim("z.txt", "value", "money", "about $2bn", { amount: 2e9, currency: "USD", qualifier: "about" })])[0]!;
    expect(agree.fields.value!.conflict).toBe(false);
    expect(agree.fields.value!.sources).toEqual(["x.txt", "y.txt", "z.txt"]);
  });

  it("breaks ties by precision, then by the source's own date", () => {
    const sources = [src("x.txt", "2026-01-01", A), src("y.txt", "2026-01-02", A)];
    const exact = buildRecords(sources, [claim("x.txt", "value", "money", "about $3bn", { amount: 3e9, currency: "USD", qualifier: "about" }), claim("y.txt", "value", "money", "$3.1bn", { amount: 3.1e9, currency: "USD" })])[0]!;
    expect(exact.fields.value!.text).toBe("$3.1bn");
    const dated = buildRecords(sources, [claim("x.txt", "expected_close", "date", "2027", { iso: "2027" }), claim("y.txt", "expected_close", "date", "2028", { iso: "2028" })])[0]!;
    expect(dated.fields.expected_close!.value).toEqual({ iso: "2028" });
    expect(dated.fields.expected_close!.conflict).toBe(true);
  });

  it("depends only on the set of inputs: any order, duplicates once", () => {
    const { sources, claims } = world();
    const base = JSON.stringify(buildRecords(sources, claims));
    fc.assert(
      fc.property(fc.shuffledSubarray(sources, { minLength: sources.length }), fc.shuffledSubarray(claims, { minLength: claims.length }), fc.boolean(), (s, c, dup) => {
        const ss = dup ? [...s, ...s.slice(0, 2)] : s;
        const cc = dup ? [...c, ...c.slice(0, 3)] : c;
        expect(JSON.stringify(buildRecords(ss, cc))).toBe(base);
      }),
      { numRuns: 40 },
    );
  });

  it("merging shards in any grouping gives the same document", () => {
    const { sources, claims } = world();
    const lines = [...sources.map((s) => JSON.stringify({ kind: "source", ...s })), ...claims.map((f) => JSON.stringify({ kind: "fact", ...f }))];
    const one = new MergeSet();
    one.addText(lines.join("\n"), "all");
    const base = JSON.stringify(one.document());
    fc.assert(
      fc.property(fc.shuffledSubarray(lines, { minLength: lines.length }), fc.integer({ min: 1, max: 5 }), (ls, k) => {
        // Reduce k shards separately, then merge the reduced documents.
        const docs = Array.from({ length: k }, (_, i) => {
          const m = new MergeSet();
          m.addText(ls.filter((_, j) => j % k === i).join("\n"), `shard${i}`);
          return JSON.stringify(m.document());
        });
        const all = new MergeSet();
        for (const d of docs.reverse()) all.addText(d, "doc");
        expect(JSON.stringify(all.document())).toBe(base);
      }),
      { numRuns: 30 },
    );
  });

  it("an open hedge ('more than $2 billion') is supported only by the figures near it, not by every larger one it allows", () => {
    const usd = (amount: number, qualifier?: string) => ({ amount, currency: "USD", ...(qualifier ? { qualifier } : {}) });
    const sources = ["a", "b", "c", "d"].map((k) => src(`${k}.txt`, "2026-03-09", A));
    const rec = buildRecords(sources, [
      claim("a.txt", "value", "money", "nearly $40 billion", usd(4e10, "nearly")),
      claim("b.txt", "value", "money", "US$40 billion", usd(4e10)),
      claim("c.txt", "value", "money", "more than $2 billion", usd(2e9, "more than")),
      claim("c.txt", "value", "money", "$4.5 billion", usd(4.5e9)),
      claim("d.txt", "value", "money", "$16 billion", usd(1.6e10)),
    ])[0]!;
    expect(rec.fields.value!.value).toEqual(usd(4e10));
    // Near figures still support a hedge: "more than $30 billion" over a lone "$20 billion", with "$32 billion" beside it.
    const near = buildRecords(sources.slice(0, 3), [
      claim("a.txt", "value", "money", "more than $30 billion", usd(3e10, "more than")),
      claim("b.txt", "value", "money", "more than $30 billion", usd(3e10, "more than")),
      claim("c.txt", "value", "money", "$20 billion", usd(2e10)),
    ])[0]!;
    expect(near.fields.value!.value).toEqual(usd(3e10, "more than"));
  });

  it("sources that name no pair and agree only among themselves join the deal whose names they use", () => {
    const lone = (id: string) => src(id, "2026-03-09", [], { deal: { parties: [], pair: [], links: [], aliases: [], names: {}, salient: [...A] } });
    const sources = [src("a.txt", "2026-03-09", A), src("b.txt", "2026-03-09", A), lone("c.txt"), lone("d.txt")];
    const recs = buildRecords(sources, [
      claim("a.txt", "value", "money", "$4 billion", { amount: 4e9, currency: "USD" }),
      claim("c.txt", "value", "money", "$750 million", { amount: 7.5e8, currency: "USD" }),
      claim("d.txt", "value", "money", "$750m", { amount: 7.5e8, currency: "USD" }),
    ]);
    expect(recs.map((r) => r.sources)).toEqual([["a.txt", "b.txt", "c.txt", "d.txt"]]);
  });

  it("no sources: one empty record", () => {
    expect(buildRecords([], [])).toEqual([{ parties: [], fields: {}, sources: [] }]);
  });
});
