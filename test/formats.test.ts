// Every output format of `extract`, on the project's fixtures, through the built CLI: CSV and
// NDJSON parse back to exactly the facts of --json; Markdown is tables; the table fits the width;
// colour follows TTY / NO_COLOR / FORCE_COLOR; --source, --field and --explain select and explain.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { parseFactsCsv, parseCsv, renderCsv } from "../src/render/csv.js";
import { parseNdjson, renderNdjson } from "../src/render/ndjson.js";
import { displayWidth } from "../src/render/table.js";
import { sampleDoc } from "./render-sample.js";
import type { Fact } from "../src/model.js";

const DIR = "fixtures/deals";
const env0 = (): Record<string, string> => {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "NO_COLOR" && k !== "FORCE_COLOR" && k !== "COLUMNS") e[k] = v;
  return e;
};
/** The CLI with a clean colour environment (the test runner may set FORCE_COLOR). */
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync("node", ["bin/dealfacts", ...args], { encoding: "utf8", maxBuffer: 64 << 20, env: { ...env0(), ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
const json = () => JSON.parse(run(["extract", DIR, "--json"]).out);

describe("CSV", () => {
  it("round-trips tricky facts exactly (commas, quotes, newlines, |, non-ASCII)", () => {
    const facts = sampleDoc().facts;
    const csv = renderCsv(facts);
    expect(csv.split("\r\n")[0]).toBe("source,line,start,end,type,text,display,value,rule,fields,cues,extra");
    expect(csv).toContain('"“This gives us scale,\nquickly,”"');
    expect(parseFactsCsv(csv)).toEqual(facts);
    const extra = [{ ...facts[0]!, confidence: 0.5 }];
    expect(parseFactsCsv(renderCsv(extra))).toEqual(extra);
  });
  it("follows RFC 4180: quotes doubled, CRLF rows, quoted fields only where needed", () => {
    expect(parseCsv('a,"b ""c""",d\r\n1,"x\r\ny",\r\n')).toEqual([["a", 'b "c"', "d"], ["1", "x\r\ny", ""]]);
    const row = renderCsv([{ ...sampleDoc().facts[0]!, text: 'say "hi", ok' }]).split("\r\n")[1]!;
    expect(row).toContain('"say ""hi"", ok"');
  });
  it("of the fixtures parses back to the facts of --json", () => {
    const doc = json();
    expect(doc.facts.length).toBeGreaterThan(0);
    const r = run(["extract", DIR, "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(parseFactsCsv(r.out)).toEqual(doc.facts);
  });
});

/** Facts with the dates of the given sources left without their values (those a deal may date). */
function asRead(facts: Fact[], sources: ReadonlySet<string>): unknown[] {
  return facts.map((f) => (sources.has(f.source) && f.type === "date" ? { ...f, value: null } : f));
}

describe("NDJSON", () => {
  it("of the fixtures parses back to the sources and facts of --json, with --ndjson and --format ndjson alike", () => {
    const doc = json();
    const a = run(["extract", DIR, "--ndjson"]).out;
    const b = run(["extract", DIR, "--format", "ndjson"]).out;
    expect(b).toBe(a);
    const parts = parseNdjson(a);
    // The stream's facts are as each source reads alone; the document also dates an undated source
    // by its deal (dateInferred), and resolves its relative dates against that day.
    const inferred = new Set(doc.sources.filter((s: { dateInferred?: unknown }) => s.dateInferred).map((s: { id: string }) => s.id));
    expect(inferred.size).toBeGreaterThan(0);
    expect(asRead(parts.facts, inferred)).toEqual(asRead(doc.facts, inferred));
    for (const f of parts.facts) if (inferred.has(f.source) && f.type === "date") expect(f.value.inferred === true && f.value.iso !== null, f.text).toBe(false);
    expect(parts.sources).toEqual(doc.sources.map(({ dateInferred: _d, ...s }: { dateInferred?: unknown }) => s));
    for (const line of a.trim().split("\n")) expect(["source", "fact", "error"]).toContain(JSON.parse(line).kind);
  });
  it("renderNdjson and parseNdjson are inverse", () => {
    const d = sampleDoc();
    const p = parseNdjson(renderNdjson(d));
    expect(p.facts.sort((x, y) => x.start - y.start)).toEqual([...d.facts].sort((x, y) => x.start - y.start));
  });
});

describe("Markdown", () => {
  it("of the fixtures: a record table, then a facts table per source with one row per fact", () => {
    const doc = json();
    const md = run(["extract", DIR, "--format", "markdown"]).out;
    expect(md).toMatch(/^# dealfacts: \d+ sources, \d+ facts/);
    expect(md).toContain("## Deal record");
    for (const s of doc.sources) expect(md).toContain(`### ${s.id.replace(/[_*]/g, (c: string) => `\\${c}`)}`);
    const factRows = md.split("\n").filter((l) => /^\| \d+ \| (money|percent|date|org|quote|duration|quantity) \|/.test(l));
    expect(factRows.length).toBe(doc.facts.length);
  });
});

describe("table", () => {
  for (const cols of ["60", "100"]) {
    it(`fits COLUMNS=${cols} and shows no colour on a pipe`, () => {
      const r = run(["extract", DIR, "--explain"], { COLUMNS: cols });
      expect(r.status).toBe(0);
      expect(r.out).not.toMatch(/\x1b\[/);
      for (const line of r.out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(Number(cols));
    });
  }
  it("FORCE_COLOR forces colour, NO_COLOR wins over it", () => {
    expect(run(["extract", DIR], { FORCE_COLOR: "1" }).out).toMatch(/\x1b\[/);
    expect(run(["extract", DIR], { FORCE_COLOR: "1", NO_COLOR: "1" }).out).not.toMatch(/\x1b\[/);
  });
  it("--explain shows each fact's rule id", () => {
    const doc = json();
    const out = run(["extract", DIR, "--explain"], { COLUMNS: "200" }).out;
    for (const rule of new Set(doc.facts.map((f: { rule: string }) => f.rule))) expect(out).toContain(rule as string);
  });
  it("no progress bar when stderr is not a terminal", () => {
    const r = run(["extract", DIR]);
    expect(r.err).not.toMatch(/\r|\x1b/);
  });
});

describe("selection", () => {
  it("--source keeps matching sources only, in every format", () => {
    const all = json();
    const doc = JSON.parse(run(["extract", DIR, "--json", "--source", "wire*"]).out);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(all.sources.filter((s: { id: string }) => s.id.endsWith("/wire.txt")).map((s: { id: string }) => s.id));
    // A source's dates inferred from its deal's other sources depend on which sources are read.
    const dated = new Set([...doc.sources, ...all.sources].filter((s: { dateInferred?: unknown }) => s.dateInferred).map((s: { id: string }) => s.id));
    expect(asRead(doc.facts, dated)).toEqual(asRead(all.facts.filter((f: { source: string }) => f.source.endsWith("/wire.txt")), dated));
    const csv = parseFactsCsv(run(["extract", DIR, "--format", "csv", "--source", "harbor-lumen/**"]).out);
    expect(new Set(csv.map((f) => f.source.split("/")[0]))).toEqual(new Set(["harbor-lumen"]));
  });
  it("--source that matches nothing says so and exits 2", () => {
    const r = run(["extract", DIR, "--source", "nothing-*.xyz"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("no source matches --source");
  });
  it("--type keeps the named types", () => {
    const doc = JSON.parse(run(["extract", DIR, "--json", "--type", "money,date"]).out);
    expect(doc.facts.length).toBeGreaterThan(0);
    for (const f of doc.facts) expect(["money", "date"]).toContain(f.type);
  });
  it("--field keeps the claims on one field; an unknown field says which exist", () => {
    const all = json();
    const tagged = all.facts.filter((f: { fields?: string[] }) => f.fields?.length);
    const name: string = tagged[0]?.fields[0] ?? "value";
    const doc = JSON.parse(run(["extract", DIR, "--json", "--field", name]).out);
    expect(doc.facts).toEqual(all.facts.filter((f: { fields?: string[] }) => f.fields?.includes(name)));
    const r = run(["extract", DIR, "--field", "no-such-field"]);
    expect(r.err).toContain('no source makes a claim on field "no-such-field"');
  });
  it("bad usage exits 2 with what to do", () => {
    const r = run(["extract", DIR, "--format", "xml"]);
    expect(r.status).toBe(2);
    expect(r.err).toContain("--format takes one of table, json, ndjson, csv, markdown");
    const both = run(["extract", DIR, "--json", "--format", "csv"]);
    expect(both.status).toBe(2);
    expect(both.err).toContain("choose one output format");
  });
});
