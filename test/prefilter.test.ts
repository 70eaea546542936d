// The literal prefilter (src/rules/prefilter.ts) must never hide a match: a pattern that matches a
// text has one of its required literals in it. Checked on hand-made patterns, on the automaton
// that finds many patterns' literals at once, and on every filtered rule pattern over the
// fixtures' sentences (as written, upper-cased, and as the sentence skeletons the party
// statements read), so a rule added later is covered too.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PatternFilter, requiredLiterals } from "../src/rules/prefilter.js";
import { fieldRules } from "../src/merge/rules.js";
import { analyseSource } from "../src/merge/parties.js";
import { extractAll } from "../src/extract/index.js";

const root = join(import.meta.dirname, "..");

describe("requiredLiterals", () => {
  it.each([
    ["(?:a|b)cde", ["acde", "bcde"]],
    ["[Tt]ake[- ]over", ["take-over", "take over"]],
    ["\\bbuy(?:s|ing)?\\b", ["buy"]],
    ["(?:sell|sold)\\s+\\w+\\s+to", ["sell", "sold"]],
    ["x{2,}abc", ["abc"]],
    ["(?:foo)?bars", ["bars"]],
    ["foo(?=bar)baz", ["foobaz"]],
    ["ACQUIRED\\s+by", ["acquired"]],
    ["(?:acquire|acquires|acquired)", ["acquire"]],
    ["\\x41cme", ["acme"]],
    ["caf\\u00e9s", ["caf"]],
    ["(foo)\\1", ["foo"]],
  ] as const)("%s", (src, want) => {
    const got = requiredLiterals(src);
    expect(got === null ? null : [...got].sort()).toEqual(want === null ? null : [...want].sort());
  });

  it.each([
    "a.b", // nothing of three characters is certain
    "(?:foo|b)", // one branch too short to filter on
    "(?:foo)?", // optional
    "\\u00e9t\\u00e9s", // non-ASCII characters are not literals
    "\\w+\\s+\\d+",
    "[a-z]{3,}",
    "(\\w+)\\1", // a back-reference is text not known here
    "(?!merger)\\w+",
    "(?<=\\$)\\s*(?:billion|bn)\\b", // "bn" is too short to filter on
  ])("%s gives no literals", (src) => {
    expect(requiredLiterals(src)).toBeNull();
  });

  it("keeps a branch's own literal when another branch is exact (alternation of constraints)", () => {
    // Each branch gives a constraint: "buy" from one, "acquisition" (a run within \s-separated words) from the other.
    expect([...requiredLiterals("(?:buy\\s+\\w+|\\w+\\s+acquisition)")!].sort()).toEqual(["acquisition", "buy"]);
  });
});

describe("PatternFilter", () => {
  const f = new PatternFilter([["buy", "acquire"], ["out"], null, ["take over"], ["ers"]]);
  const hits = (t: string) => [...f.scan(t)];

  it("finds each pattern's literals in one pass, folding ASCII case, overlapping ones included", () => {
    expect(hits("Acme said it would BUY the rest")).toEqual([1, 0, 1, 0, 0]);
    expect(hits("a buyout")).toEqual([1, 1, 1, 0, 0]);
    expect(hits("plans to Take Over the others")).toEqual([0, 0, 1, 1, 1]);
    expect(hits("nothing here")).toEqual([0, 0, 1, 0, 0]);
  });

  it("a literal never spans a non-ASCII character, and a pattern without literals always may match", () => {
    expect(hits("tak\u00e9 over")).toEqual([0, 0, 1, 0, 0]);
    expect(hits("")).toEqual([0, 0, 1, 0, 0]);
  });
});

/** Sentences of the fixtures (a sample of deals, every file of each). */
function fixtureTexts(limit: number): string[] {
  const dir = join(root, "fixtures", "deals");
  const out: string[] = [];
  for (const deal of readdirSync(dir).sort().slice(0, limit)) {
    const d = join(dir, deal);
    for (const f of readdirSync(d).sort()) if (/\.(txt|md)$/.test(f)) out.push(readFileSync(join(d, f), "utf8"));
  }
  return out;
}

describe("the rules' prefilters hide no match", () => {
  const R = fieldRules();
  const texts = fixtureTexts(12);

  it("window and clause patterns: every line that matches holds one of the pattern's literals", () => {
    const filtered = [...R.filterIndex.entries()];
    expect(filtered.length).toBeGreaterThan(100);
    const lines = texts.flatMap((t) => t.split("\n")).filter((l) => l.length > 20);
    const variants = [...lines, ...lines.slice(0, 200).map((l) => l.toUpperCase())];
    let matched = 0;
    const misses: string[] = [];
    for (const line of variants) {
      const hits = R.textFilter.scan(line);
      for (const [re, i] of filtered) {
        const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
        if (!plain.test(line)) continue;
        matched++;
        if (hits[i] !== 1) misses.push(`${re.source.slice(0, 60)} on ${line.slice(0, 60)}`);
      }
    }
    expect(misses).toEqual([]);
    // The check means something only if the patterns match often.
    expect(matched).toBeGreaterThan(500);
  });

  it("party patterns: every sentence skeleton that matches holds one of the pattern's literals", () => {
    const party = [...R.statements, ...R.roles, ...R.links];
    let matched = 0;
    const misses: string[] = [];
    for (const text of texts) {
      const a = analyseSource(text, extractAll(text, { refDate: null, sourceId: "t" }), null);
      for (const sk of a.skeletons) {
        const hits = R.partyFilter.scan(sk.text);
        for (const p of party) {
          if (!new RegExp(p.re.source, "i").test(sk.text)) continue;
          matched++;
          if (hits[p.filterAt!] !== 1) misses.push(`${p.id} on ${sk.text.slice(0, 60)}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(matched).toBeGreaterThan(50);
  });
});
