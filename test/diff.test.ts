// The commands of the record: `diff --field`, `fields`, `merge`, end to end through bin/dealfacts
// (built dist/), on articles written for these tests and on fixtures/mixed (two deals).
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "dealfacts");

function dealfacts(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dealfacts-diff-"));
  writeFileSync(
    join(dir, "wire.txt"),
    "Ferrant Motors to buy Calloway Cells for $900 million\n\nMarch 9, 2026\n\nFerrant Motors agreed on Monday to buy battery maker Calloway Cells for $900 million in cash. Calloway Cells shares jumped 22% in early trading.\n",
  );
  writeFileSync(
    join(dir, "blog.md"),
    "# Ferrant snaps up Calloway\n\nPublished: 2026-03-10\n\nFerrant Motors agreed to buy Calloway Cells for $900 million, the companies said. The deal was announced on March 8, 2026. Shares of Calloway Cells rose more than 20% on the news.\n",
  );
  writeFileSync(join(dir, "note.txt"), "Ferrant Motors to buy Calloway Cells\n\nMarch 10, 2026\n\nFerrant Motors agreed to buy Calloway Cells in a deal worth $900 million. Analysts were upbeat.\n");
});

describe("dealfacts diff", () => {
  it("shows each source's claim, the silent sources and the verdict", () => {
    const r = dealfacts(["diff", "--field", "stock", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wire\.txt[\s\S]*22%/);
    expect(r.stdout).toMatch(/blog\.md[\s\S]*20%/);
    expect(r.stdout).toMatch(/silent: note\.txt/);
    expect(r.stdout).toMatch(/agree on 22%/);
  });

  it("--json prints the field entry with field and silent", () => {
    const r = dealfacts(["diff", "--field", "stock", dir, "--json"]);
    const d = JSON.parse(r.stdout);
    expect(d.field).toBe("stock");
    expect(d.silent).toEqual(["note.txt"]);
    expect(d.claims.map((c: { source: string }) => c.source).sort()).toEqual(["blog.md", "wire.txt"]);
    expect(d.conflict).toBe(false);
    for (const c of d.claims) for (const k of ["source", "text", "start", "end", "line", "value", "type"]) expect(c).toHaveProperty(k);
  });

  it("names the conflict and what it is on", () => {
    const d = JSON.parse(dealfacts(["diff", "--field", "announced", dir, "--json"]).stdout);
    expect(d.conflict).toBe(true);
    // One source each: equally precise, so the newer source's date decides.
    expect(d.value).toEqual(expect.objectContaining({ iso: "2026-03-08" }));
    const table = dealfacts(["diff", "--field", "announced", dir]).stdout;
    expect(table).toMatch(/conflict on announced: 8 March 2026 \(blog\.md\) vs 9 March 2026 \(wire\.txt\)/);
  });

  it("reads a saved extract --json document from a file and from stdin", () => {
    const saved = dealfacts(["extract", dir, "--json"]).stdout;
    const file = join(dir, "..", `saved-${process.pid}.json`);
    writeFileSync(file, saved);
    const fromFile = JSON.parse(dealfacts(["diff", "--field", "value", file, "--json"]).stdout);
    const fromStdin = JSON.parse(dealfacts(["diff", "--field", "value", "--json"], saved).stdout);
    const direct = JSON.parse(dealfacts(["diff", "--field", "value", dir, "--json"]).stdout);
    expect(fromFile.claims.length, JSON.stringify(fromFile).slice(0, 300)).toBe(direct.claims.length);
    expect(fromFile).toEqual(direct);
    expect(fromStdin).toEqual(direct);
    expect(direct.value).toEqual({ amount: 9e8, currency: "USD" });
    expect(direct.sources).toEqual(["blog.md", "note.txt", "wire.txt"]);
  });

  it("an unknown field is a usage error that lists the known ones", () => {
    const r = dealfacts(["diff", "--field", "price", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown field "price"/);
    expect(r.stderr).toMatch(/value, term, announced, stock/);
  });
});

describe("dealfacts fields", () => {
  it("lists the fields the rules define", () => {
    const r = dealfacts(["fields"]);
    expect(r.status).toBe(0);
    for (const f of ["value", "term", "announced", "stock", "expected_close", "price_per_share", "premium", "stake", "valuation", "units"]) expect(r.stdout).toMatch(new RegExp(`^${f}\\s`, "m"));
    const j = JSON.parse(dealfacts(["fields", "--json"]).stdout);
    expect(j.find((f: { name: string }) => f.name === "term").types).toEqual(["duration", "date"]);
  });
});

describe("dealfacts merge", () => {
  it("NDJSON shards, merged in any order and grouping, give extract --json's document", () => {
    const one = JSON.parse(dealfacts(["extract", dir, "--json"]).stdout);
    const a = dealfacts(["extract", join(dir, "wire.txt"), "--ndjson"]).stdout;
    const b = dealfacts(["extract", join(dir, "blog.md"), join(dir, "note.txt"), "--ndjson"]).stdout;
    const fa = join(dir, "..", `a-${process.pid}.ndjson`), fb = join(dir, "..", `b-${process.pid}.ndjson`);
    writeFileSync(fa, a);
    writeFileSync(fb, b);
    const ab = JSON.parse(dealfacts(["merge", fa, fb]).stdout);
    const ba = JSON.parse(dealfacts(["merge", "-"], b + a).stdout);
    // A merge of a merge: the first shard reduced to a document, then merged with the other.
    const partial = join(dir, "..", `p-${process.pid}.json`);
    writeFileSync(partial, dealfacts(["merge", fa]).stdout);
    const nested = JSON.parse(dealfacts(["merge", fb, partial]).stdout);
    // Files named directly get their file name as id, as in the one run over the folder.
    expect(ab.records).toEqual(one.records);
    expect(ba.records).toEqual(one.records);
    expect(nested.records).toEqual(one.records);
    expect(ab.facts.length).toBe(one.facts.length);
  });

  it("nothing to merge is a usage error", () => {
    expect(dealfacts(["merge", "-"], "").status).toBe(2);
  });
});

describe("several deals in one folder", () => {
  it("fixtures/mixed comes out as two records, not one blend", () => {
    const doc = JSON.parse(dealfacts(["extract", join(root, "fixtures", "mixed"), "--json"]).stdout);
    expect(doc.records).toHaveLength(2);
    const bySource = doc.records.map((r: { sources: string[] }) => r.sources);
    expect(bySource).toEqual(expect.arrayContaining([["hl-page.html", "hl-wire.txt"], ["qo-blog.md", "qo-wire.txt"]]));
    for (const r of doc.records) expect(r.parties.length).toBeGreaterThanOrEqual(2);
    const values = doc.records.map((r: { fields: { value?: { value: { amount: number } } } }) => r.fields.value?.value.amount);
    expect(values).toEqual(expect.arrayContaining([4.2e9, 6e8]));
    expect(doc.record).toEqual(doc.records[0]);
  });
});
