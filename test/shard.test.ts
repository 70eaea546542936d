// Map/reduce: `extract --ndjson` is the mapper, `merge` the reducer. The fixtures are split into
// shards, mapped by GNU parallel (as on a cluster, one job per shard), reduced by `dealfacts merge`,
// and the result must be what one `extract --json` run over all of them gives: the same facts and
// the same records, whatever the grouping and order of the shards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "dealfacts");
const fixtures = join(root, "fixtures", "deals");
const REF = ["--ref-date", "2025-11-03"];
const SHARDS = 3;

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasParallel) console.warn("shard test skipped: GNU parallel is not installed (apt-get install parallel; .ci/run installs it)");

function dealfacts(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface Doc {
  sources: { id: string; path: string }[];
  facts: unknown[];
  record: unknown;
  records: unknown[];
  errors: unknown[];
}

/** What must not depend on sharding: everything but where the files happened to lie. */
const comparable = (d: Doc) => ({
  sources: d.sources.map(({ path: _path, ...rest }) => rest),
  facts: d.facts,
  record: d.record,
  records: d.records,
  errors: d.errors,
});

let work: string;
let shardDirs: string[];
let outDir: string;
let whole: Doc;

function setUp() {
  work = mkdtempSync(join(tmpdir(), "dealfacts-shard-"));
  // Round-robin over the sorted files, so every shard holds parts of several deals and no deal
  // lies in one shard alone. Relative paths are kept, so source ids match the single run's.
  const all = files(fixtures);
  shardDirs = Array.from({ length: SHARDS }, (_, k) => join(work, `shard${k}`));
  all.forEach((f, i) => {
    const to = join(shardDirs[i % SHARDS]!, f);
    mkdirSync(join(to, ".."), { recursive: true });
    cpSync(join(fixtures, f), to);
  });
  outDir = join(work, "out");
  mkdirSync(outDir);
  const one = dealfacts(["extract", fixtures, "--json", ...REF]);
  expect(one.status).toBe(0);
  whole = JSON.parse(one.stdout) as Doc;
  // The mapper, one job per shard, each writing its own NDJSON file.
  execFileSync("parallel", ["--will-cite", "--halt", "now,fail=1", "-j", String(SHARDS), `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} extract {} --ndjson --jobs 1 ${REF.join(" ")} > ${JSON.stringify(outDir)}/{/}.ndjson`, ":::", ...shardDirs], { stdio: ["ignore", "ignore", "pipe"] });
}

describe.skipIf(!hasParallel)("map with GNU parallel, reduce with dealfacts merge", () => {
  beforeAll(setUp);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("gives the same facts and records as one run", () => {
    const parts = readdirSync(outDir).filter((f) => f.endsWith(".ndjson")).sort().map((f) => join(outDir, f));
    expect(parts).toHaveLength(SHARDS);
    const merged = dealfacts(["merge", ...parts]);
    expect(merged.stderr).toBe("");
    expect(merged.status).toBe(0);
    const doc = JSON.parse(merged.stdout) as Doc;
    expect(doc.facts.length).toBeGreaterThan(0);
    expect(doc.sources.map((s) => s.id)).toEqual(whole.sources.map((s) => s.id));
    expect(comparable(doc)).toEqual(comparable(whole));
  });

  it("merges shards in any order, and from a stream on stdin, to the same document", () => {
    const parts = readdirSync(outDir).filter((f) => f.endsWith(".ndjson")).sort().map((f) => join(outDir, f));
    expect(parts).toHaveLength(SHARDS);
    const forward = dealfacts(["merge", ...parts]);
    const backward = dealfacts(["merge", ...[...parts].reverse()]);
    expect(backward.stdout).toBe(forward.stdout);
    // As on a cluster: the mappers' output concatenated in whatever order the jobs finished.
    const streamed = execFileSync("parallel", ["--will-cite", "-j", String(SHARDS), `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} extract {} --ndjson ${REF.join(" ")}`, ":::", ...[...shardDirs].reverse()], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const fromStdin = dealfacts(["merge", "-"], streamed);
    expect(fromStdin.status).toBe(0);
    expect(comparable(JSON.parse(fromStdin.stdout) as Doc)).toEqual(comparable(JSON.parse(forward.stdout) as Doc));
  });

  it("gives the same record whatever the grouping: a shard split in two, or merged in two steps", () => {
    // Associativity: one shard mapped as two halves, merged with the others, changes nothing.
    const first = files(shardDirs[0]!);
    expect(first.length).toBeGreaterThan(1);
    const halves = [join(work, "half-a"), join(work, "half-b")];
    first.forEach((f, i) => {
      const to = join(halves[i % 2]!, f);
      mkdirSync(join(to, ".."), { recursive: true });
      cpSync(join(shardDirs[0]!, f), to);
    });
    const mapped = [...halves, ...shardDirs.slice(1)].map((d, i) => {
      const r = dealfacts(["extract", d, "--ndjson", ...REF]);
      expect(r.status).toBe(0);
      const p = join(work, `split-${i}.ndjson`);
      writeFileSync(p, r.stdout);
      return p;
    });
    const merged = dealfacts(["merge", ...mapped]);
    expect(merged.status).toBe(0);
    expect(comparable(JSON.parse(merged.stdout) as Doc)).toEqual(comparable(whole));
    // Grouping: the two halves merged first (merge --ndjson), then with the rest.
    const halvesMerged = dealfacts(["merge", mapped[0]!, mapped[1]!, "--ndjson"]);
    expect(halvesMerged.status).toBe(0);
    const grouped = dealfacts(["merge", "-", ...mapped.slice(2)], halvesMerged.stdout);
    expect(grouped.status).toBe(0);
    expect(comparable(JSON.parse(grouped.stdout) as Doc)).toEqual(comparable(whole));
  });
});

const stdinDirs: string[] = [];
afterAll(() => {
  for (const d of stdinDirs) rmSync(d, { recursive: true, force: true });
});

describe("a mapper reading JSONL on stdin (Hadoop Streaming, Spark's RDD.pipe)", () => {
  it("extracts each line as its own source, as from a .jsonl file", () => {
    const dir = mkdtempSync(join(tmpdir(), "dealfacts-stdin-"));
    stdinDirs.push(dir);
    const lines = files(fixtures)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => JSON.stringify({ id: f, text: readFileSync(join(fixtures, f), "utf8") }));
    const feed = join(dir, "feed.jsonl");
    writeFileSync(feed, lines.join("\n") + "\n");
    const fromFile = dealfacts(["extract", feed, "--ndjson", ...REF]);
    const fromStdin = dealfacts(["extract", "-", "--stdin-format", "jsonl", "--ndjson", ...REF], lines.join("\n") + "\n");
    expect(fromStdin.status).toBe(fromFile.status);
    const strip = (out: string) => out.trim().split("\n").map((l) => {
      const { path: _path, ...rest } = JSON.parse(l);
      return rest;
    });
    const got = strip(fromStdin.stdout);
    expect(got.filter((o) => o.kind === "source").map((o) => o.id)).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(got).toEqual(strip(fromFile.stdout));
  });

  it("refuses an unknown stdin format", () => {
    const r = dealfacts(["extract", "-", "--stdin-format", "xml", "--ndjson"], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--stdin-format/);
  });
});
