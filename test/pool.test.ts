// --jobs N spreads sources over worker threads; the output must not change with N: same lines, same
// order, same exit status, for --ndjson and --json, with unreadable sources and JSONL mixed in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractSource, readSource, tagSource } from "../src/pipeline/extract-source.js";
import { ndjsonOf } from "../src/pipeline/run.js";
import { resultOfNdjson } from "../src/pipeline/pool.js";

const root = join(import.meta.dirname, "..");
const bin = join(root, "bin", "dealfacts");
const fixtures = join(root, "fixtures", "deals");

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    // 0: start the workers even for this small input, so the pool itself is what is tested.
    env: { ...process.env, DEALFACTS_POOL_MIN_CHARS: "0", NO_COLOR: "1", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), "dealfacts-pool-"));
  // Several copies of the fixtures under different folders: enough sources to keep every worker busy.
  for (let i = 0; i < 4; i++) cpSync(fixtures, join(corpus, `batch${i}`), { recursive: true });
  // Sources that fail or are skipped, between the others, must keep their place in the stream.
  mkdirSync(join(corpus, "batch3", "odd"), { recursive: true });
  writeFileSync(join(corpus, "batch3", "odd", "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]));
  writeFileSync(join(corpus, "batch3", "odd", "picture.png"), Buffer.from([137, 80, 78, 71]));
  const lines = readdirSync(join(fixtures))
    .flatMap((deal) => readdirSync(join(fixtures, deal)).map((f) => join(fixtures, deal, f)))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f, i) => JSON.stringify({ id: `feed-${i}`, text: readFileSync(f, "utf8"), published: "2025-06-0" + (1 + (i % 9)) }));
  lines.splice(2, 0, "{not json");
  writeFileSync(join(corpus, "batch2", "feed.jsonl"), lines.join("\n") + "\n");
});

const made: string[] = [];
afterAll(() => {
  for (const d of [corpus, ...made]) if (d) rmSync(d, { recursive: true, force: true });
});

describe("extract --jobs", () => {
  it("prints the same NDJSON, in the same order, whatever the number of workers", () => {
    const one = run(["extract", corpus, "--ndjson", "--jobs", "1"]);
    const kinds = one.stdout.trim().split("\n").map((l) => JSON.parse(l).kind);
    expect(kinds.filter((k) => k === "source").length).toBeGreaterThan(30);
    expect(kinds).toContain("error");
    expect(one.status).toBe(1);
    for (const jobs of ["2", "3"]) {
      const many = run(["extract", corpus, "--ndjson", "--jobs", jobs]);
      expect(many.status).toBe(one.status);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it("prints the same NDJSON whether two workers make a lane (read, then tag) or are two whole workers", () => {
    const one = run(["extract", corpus, "--ndjson", "--jobs", "1"]);
    const whole = run(["extract", corpus, "--ndjson", "--jobs", "2"], { DEALFACTS_POOL_SHAPE: "whole" });
    expect(whole.stdout).toBe(one.stdout);
    expect(whole.stderr).toBe(one.stderr);
    expect(whole.status).toBe(one.status);
  });

  it("loses no source when a worker stops dead: what its lane held is extracted again", () => {
    // One batch (with its unreadable sources): enough to see, quicker to run five times.
    const batch = join(corpus, "batch3");
    const one = run(["extract", batch, "--ndjson", "--jobs", "1"]);
    expect(one.stdout.split("\n").length).toBeGreaterThan(100);
    // --jobs 3: a lane and a whole worker. Each fault stops every worker of that role on its n-th
    // source, the first one and every one started in its place ("tag:1": no lane ever finishes a
    // source, and after eight new lanes the main thread takes over).
    for (const fault of ["read:3", "tag:4", "whole:2", "tag:1"]) {
      const r = run(["extract", batch, "--ndjson", "--jobs", "3"], { DEALFACTS_WORKER_FAULT: fault });
      expect(r.stdout, fault).toBe(one.stdout);
      expect(r.stderr, fault).toBe(one.stderr);
      expect(r.status, fault).toBe(one.status);
    }
  }, 180_000);

  it("prints the same NDJSON for one field (workers then send facts, not text) whatever the number of workers", () => {
    const one = run(["extract", corpus, "--ndjson", "--field", "value", "--jobs", "1"]);
    const facts = one.stdout.trim().split("\n").map((l) => JSON.parse(l)).filter((o) => o.kind === "fact");
    expect(facts.length).toBeGreaterThan(3);
    expect(facts.every((f) => f.fields.includes("value"))).toBe(true);
    const many = run(["extract", corpus, "--ndjson", "--field", "value", "--jobs", "2"]);
    expect(many.stdout).toBe(one.stdout);
    expect(many.status).toBe(one.status);
  });

  it("keeps sources in reading order (folders sorted, JSONL lines in file order)", () => {
    const out = run(["extract", corpus, "--ndjson", "--jobs", "3"]);
    const ids = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((o) => o.kind === "source")
      .map((o) => o.id as string);
    const files = ids.filter((id) => id.startsWith("batch"));
    expect(files).toEqual([...files].sort());
    const feed = ids.filter((id) => id.startsWith("feed-")).map((id) => Number(id.slice(5)));
    expect(feed).toEqual([...feed].sort((a, b) => a - b));
    expect(feed.length).toBeGreaterThan(3);
  });

  it("gives the same --json document with one worker, two, and the default", () => {
    const one = run(["extract", corpus, "--json", "--jobs", "1", "--ref-date", "2025-11-03"]);
    const two = run(["extract", corpus, "--json", "--jobs", "2", "--ref-date", "2025-11-03"]);
    const dflt = run(["extract", corpus, "--json", "--ref-date", "2025-11-03"]);
    expect(JSON.parse(one.stdout).sources.length).toBeGreaterThan(30);
    expect(two.stdout).toBe(one.stdout);
    expect(dflt.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
    // Three whole runs over the corpus: on a loaded machine they took 90 s, past the default minute.
  }, 300_000);

  it("passes --rules folders and --type to the workers", () => {
    const rules = mkdtempSync(join(tmpdir(), "dealfacts-pool-rules-"));
    made.push(rules);
    const args = ["extract", corpus, "--ndjson", "--type", "money,date", "--rules", rules];
    const one = run([...args, "--jobs", "1"]);
    const two = run([...args, "--jobs", "2"]);
    expect(two.stdout).toBe(one.stdout);
    const types = new Set(two.stdout.trim().split("\n").map((l) => JSON.parse(l)).filter((o) => o.kind === "fact").map((o) => o.type));
    for (const t of types) expect(["money", "date"]).toContain(t);
  });

  it("refuses a number of jobs that is not a whole number of threads", () => {
    for (const bad of ["0", "-2", "1.5", "many"]) {
      const r = run(["extract", fixtures, "--ndjson", "--jobs", bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs/);
      expect(r.stdout).toBe("");
    }
  });
});

describe("a source's two stages (a lane's two workers)", () => {
  it("give what extractSource gives, with the first stage's data passed on as JSON as a lane passes it", () => {
    const files = readdirSync(fixtures)
      .flatMap((deal) => readdirSync(join(fixtures, deal)).map((f) => join(fixtures, deal, f)))
      .filter((f) => /\.(txt|md|html)$/.test(f));
    const formats = new Set<string>();
    for (const f of files) {
      const format = f.endsWith(".html") ? "html" : f.endsWith(".md") ? "markdown" : "text";
      const input = { id: f, path: f, format, text: readFileSync(f, "utf8") } as const;
      const whole = extractSource(input);
      const { startMap, endMap, ...rest } = readSource(input);
      const passed = { ...(JSON.parse(JSON.stringify(rest)) as typeof rest), startMap, endMap };
      expect(JSON.stringify(tagSource(passed)), f).toBe(JSON.stringify(whole));
      if (startMap) formats.add(format);
    }
    // Sources whose clean offsets map back to their own text (HTML, hard-wrapped text) are among them.
    expect(formats.has("html")).toBe(true);
    expect(files.some((f) => f.endsWith(".md"))).toBe(true);
  });
});

describe("a worker's NDJSON text", () => {
  it("gives back the source entry and, when asked, the very facts it was written from", () => {
    const text = readFileSync(join(fixtures, readdirSync(fixtures)[0]!, readdirSync(join(fixtures, readdirSync(fixtures)[0]!))[0]!), "utf8");
    const result = extractSource({ id: "a/b.txt", path: "a/b.txt", format: "text", text });
    expect(result.facts.length).toBeGreaterThan(5);
    const ev = resultOfNdjson(new TextEncoder().encode(ndjsonOf(result)), result.facts.length);
    if (ev.kind !== "result") throw new Error("not a result");
    expect(new TextDecoder().decode(ev.ndjson!.bytes)).toBe(ndjsonOf(result));
    expect(ev.ndjson!.facts).toBe(result.facts.length);
    expect(ev.result.source).toEqual(result.source);
    expect(ev.result.facts).toEqual(result.facts);
    expect(JSON.stringify(ev.result)).toBe(JSON.stringify(result));
  });
});
