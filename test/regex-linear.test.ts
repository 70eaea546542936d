// Every built-in regular expression runs in linear time on adversarial input.
//  1. Structure (deterministic): no regex literal in src/ and no pattern in rules/*.json has a shape
//     that backtracks exponentially or polynomially (src/rules/safety.ts: nested or overlapping
//     repetitions; two unbounded repetitions over the same characters with only optional text
//     between), the same check that refuses a user's --rules file.
//  2. Behaviour: each regex literal is run over long runs of its own near-matches (from its own
//     structure: what precedes each repetition, the repeated part pumped, a spoiling character) of
//     5,000 and 20,000 characters. The work on the long input must stay under a generous cap and
//     grow about linearly: a quadratic regex takes ~16 times longer on 4 times the input.
//  3. The party patterns of rules/fields.json, compiled as the code compiles them, on long runs
//     after a name in a sentence skeleton, timed the same way.
// And the safety check itself: the catastrophic shapes are refused, common safe shapes pass.
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { findUnsafeRegexes, nearMatches, regexProblem, describeRegexIssue } from "../src/rules/safety.js";
import { fieldRules, FACT_MARK, INDEX_BASE, MARK } from "../src/merge/rules.js";

const root = join(import.meta.dirname, "..");

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out.sort();
}

/** Every regular-expression literal in src/, found by the TypeScript parser (not a regex over code). */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const out: { where: string; source: string; flags: string }[] = [];
  for (const file of tsFiles(join(root, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = node.getText(sf);
        const last = t.lastIndexOf("/");
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ where: `${relative(root, file)}:${line + 1}`, source: t.slice(1, last), flags: t.slice(last + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const literals = regexLiterals();
const ruleFiles = readdirSync(join(root, "rules")).filter((f) => f.endsWith(".json")).sort();

describe("built-in regular expressions: structure", () => {
  it("finds the regex literals of the code", () => {
    expect(literals.length).toBeGreaterThan(20);
  });

  it("no regex literal in src/ can backtrack exponentially or polynomially", () => {
    const bad = literals.map((l) => ({ ...l, problem: regexProblem(l.source, l.flags) })).filter((l) => l.problem);
    expect(bad.map((b) => `${b.where} /${b.source}/${b.flags}: ${b.problem}`)).toEqual([]);
  });

  it("no pattern in rules/*.json can backtrack exponentially or polynomially (the check a --rules file gets)", () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of ruleFiles) {
      const data = JSON.parse(readFileSync(join(root, "rules", f), "utf8"));
      checked++;
      // The same check, with the same flags, that refuses a user's rule file (src/rules/load.ts).
      for (const i of findUnsafeRegexes(data)) bad.push(`rules/${f}: ${describeRegexIssue(i)}`);
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(bad).toEqual([]);
  });

  it("the rule-file check finds a polynomial shape where a rule has one", () => {
    // The shape the built-in rules had before (\s*,?\s* between a cue word and a name): refused.
    const issues = findUnsafeRegexes({ parties: { links: [{ id: "link.demo", pattern: "{A}['’]s\\s+unit\\s*,?\\s*{B}" }] } });
    expect(issues.map((i) => i.ruleId)).toEqual(["link.demo"]);
    expect(issues[0]!.problem).toMatch(/nothing required between them/);
    // Its rewrite, with the same matches, passes.
    expect(findUnsafeRegexes({ parties: { links: [{ id: "link.demo", pattern: "{A}['’]s\\s+unit\\s*(?:,\\s*)?{B}" }] } })).toEqual([]);
  });
});

function timeAll(re: RegExp, s: string): number {
  // A sticky regex is tried where the code puts it (lastIndex), not at every position.
  if (re.flags.includes("y")) {
    const y = new RegExp(re.source, re.flags);
    const t0 = performance.now();
    for (const at of [0, 1, Math.floor(s.length / 2)]) {
      y.lastIndex = at;
      y.exec(s);
    }
    return performance.now() - t0;
  }
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "g");
  const t0 = performance.now();
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = g.exec(s)) && guard++ < 1_000_000) if (m[0].length === 0) g.lastIndex++;
  return performance.now() - t0;
}

describe("built-in regular expressions: long near-matches", () => {
  it("every regex literal stays linear on 20,000-character runs of its own near-matches", () => {
    const slow: string[] = [];
    let tried = 0;
    for (const l of literals) {
      let re: RegExp;
      try {
        re = new RegExp(l.source, l.flags);
      } catch {
        continue;
      }
      for (const long of nearMatches(l.source, l.flags, 20_000).filter((_, i) => i % 3 === 0)) {
        const short = long.slice(0, 5_000) + long.slice(-1);
        tried++;
        timeAll(re, short); // warm up the compiled regex
        const t1 = Math.max(timeAll(re, short), 0.05);
        const t4 = timeAll(re, long);
        // Generous: a linear regex grows ~4x; a quadratic one ~16x; the cap only catches worse.
        if (t4 > 2000 || (t4 > 50 && t4 / t1 > 10)) {
          slow.push(`${l.where} /${l.source}/${l.flags}: ${t1.toFixed(1)} ms on 5k, ${t4.toFixed(1)} ms on 20k (${JSON.stringify(long.slice(0, 30))}...)`);
          break; // one finding per regex is enough
        }
      }
    }
    expect(tried).toBeGreaterThan(50);
    expect(slow).toEqual([]);
  });
});

describe("built-in party patterns, as compiled: long near-matches", () => {
  it("every statement, role, link and list pattern stays linear on 20,000-character runs after a name", () => {
    // The patterns run on sentence skeletons: a name is MARK + an index char (src/merge/text.ts).
    // A run of spaces after a name was quadratic in '{A}\s+X?(?:that|which)?\s*{B}' before.
    const R = fieldRules();
    const name = MARK + String.fromCharCode(INDEX_BASE);
    const units = [" ", "  x", " that", ", ", " which ", "'s ", " arm ", " the x's unit ", `${name} `, `${name} led a `, `${FACT_MARK} `];
    const slow: string[] = [];
    let tried = 0;
    // parties.lists runs on short slices around a name; timed here on long runs all the same.
    const lists = Object.entries(R.lists).map(([k, re]) => ({ id: `parties.lists.${k}`, re }));
    for (const p of [...R.statements, ...R.roles, ...R.links, ...lists]) {
      for (const u of units) {
        const run = (n: number) => name + u.repeat(Math.ceil(n / u.length)).slice(0, n) + "!";
        const g = new RegExp(p.re.source, "gi");
        const time = (s: string) => {
          g.lastIndex = 0;
          const t0 = performance.now();
          let m: RegExpExecArray | null;
          while ((m = g.exec(s))) g.lastIndex = m.index + Math.max(1, m[0].length); // as parties.ts steps
          return performance.now() - t0;
        };
        tried++;
        time(run(5_000));
        const t1 = Math.max(time(run(5_000)), 0.05);
        const t4 = time(run(20_000));
        if (t4 > 2000 || (t4 > 50 && t4 / t1 > 10)) {
          slow.push(`${p.id} on ${JSON.stringify(u)} x n: ${t1.toFixed(1)} ms on 5k, ${t4.toFixed(1)} ms on 20k`);
          break;
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(slow).toEqual([]);
  });
});

describe("the safety check refuses what backtracks catastrophically", () => {
  const refused = [
    ["(a+)+$", "nested repetition"],
    ["(\\w+\\s?)+!", "nested repetition"],
    ["(?:[a-z]*[0-9]?)*x", "nested repetition"],
    ["(\\d{1,3})+,", "nested repetition"],
    ["(a|a)*b", "repeated alternation"],
    ["(?:\\w|\\d)+;", "repeated alternation"],
    ["(?:a|)+b", "matches nothing"],
    ["\\d+\\d+%", "can both match"],
    ["\\w+\\s*\\w+x", "can both match"],
    ["(?<=(a+)+)b", "nested repetition"],
  ] as const;
  for (const [src, why] of refused) {
    it(`refuses /${src}/`, () => {
      expect(regexProblem(src, "u")).toContain(why);
      // And the shape really is slow where it is not refused for nothing: spot-check one.
    });
  }
  const allowed = [
    "\\$\\s?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\\s*(?:billion|million|bn|m)\\b",
    "(?:\\s*,\\s*\\d+)*",
    "(?:[a-z]+\\s)*end",
    "(?<![\\w])(?:H(?<h>[12])|(?<h2>[12])H)",
    "[A-Z][A-Za-z0-9&]*(?:\\.[A-Za-z0-9&]+|-[a-z0-9][A-Za-z0-9&]*)*",
    "(?:\\s+\\S+){0,2}",
    "\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)",
    "{MONTH}\\s+\\d{1,2},?\\s+\\d{4}",
    "[\\p{Lu}][\\p{L}\\p{N}]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}]*){0,4}",
  ];
  for (const src of allowed) {
    it(`allows /${src}/`, () => expect(regexProblem(src, "u")).toBeNull());
  }
  it("says when a pattern is not a regular expression", () => {
    expect(regexProblem("(unclosed", "u")).toMatch(/^not a valid regular expression/);
  });
  it("names the rule id and the place in the file", () => {
    const issues = findUnsafeRegexes({ fields: [{ name: "value", cues: [{ id: "value.evil", pattern: "(x+x+)+y" }] }] });
    expect(issues).toHaveLength(1);
    expect(describeRegexIssue(issues[0]!)).toMatch(/^rule value\.evil: fields\.0\.cues\.0\.pattern: pattern "\(x\+x\+\)\+y" refused: nested repetition/);
  });
  it("a refused shape really is catastrophic, and its near-matches show it", () => {
    // (a+)+$ on 24 a's and a spoiler takes millions of steps; 1,000 linear-safe a's take microseconds.
    const inputs = nearMatches("(a+)+$", "", 24);
    expect(inputs.some((s) => /^a{24}[^a]$/.test(s))).toBe(true);
  });
});
