// Bad inputs, one case each, through the built CLI (dist/): the message on stderr names the path
// and the reason, the exit status tells the caller (0 all read, 1 some failed, 2 nothing readable
// or bad usage), `--json` stays one valid document with an `errors` array, and the facts of the
// good sources are all there: the same facts as when the good source is read on its own.
import { describe, expect, it, beforeAll } from "vitest";
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSources, type ReadEvent } from "../src/sources/read.js";
import { extractSource } from "../src/pipeline/extract-source.js";

const bin = join(import.meta.dirname, "..", "bin", "dealfacts");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  doc: { sources: { id: string }[]; facts: Fact[]; errors: { source: string; reason: string }[] };
}
interface Fact {
  type: string;
  text: string;
  source: string;
  start: number;
  end: number;
  line: number;
  value: Record<string, unknown>;
}

function run(args: string[], opts: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [bin, "extract", ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    ...opts,
  });
  const stdout = String(r.stdout ?? "");
  let doc: Run["doc"];
  if (args.includes("--json")) {
    // Whatever happened, stdout is one JSON document.
    doc = JSON.parse(stdout);
    expect(Array.isArray(doc.errors)).toBe(true);
  } else doc = { sources: [], facts: [], errors: [] };
  return { status: r.status, stdout, stderr: String(r.stderr ?? ""), doc };
}

const key = (f: Fact) => `${f.source}|${f.type}|${f.start}|${f.end}|${f.text}`;

let root: string;
/** A short deal story of our own: money, a percentage, a date, organisations, a quote. */
const STORY = [
  "Calloway Robotics to buy Fenwick Sensors for $2.4 billion",
  "",
  "March 3, 2025 - Calloway Robotics Inc said on Monday it would acquire Fenwick Sensors Ltd for $2.4 billion in cash,",
  "a premium of 31% to Friday's close. The deal is expected to close in the second half of 2025.",
  '"This brings our two teams together," said Dana Whitlock, chief executive of Calloway Robotics.',
  "",
].join("\n");
let good: string; // folder holding good/story.txt
let baseline: Fact[]; // the facts of the good source read on its own

function expectGoodFacts(r: Run, id = "story.txt") {
  const got = new Set(r.doc.facts.map(key));
  const want = baseline.map((f) => key({ ...f, source: id }));
  for (const k of want) expect(got.has(k), `missing fact ${k}`).toBe(true);
  expect(r.doc.sources.some((s) => s.id === id)).toBe(true);
}

function tmp(name: string): string {
  const d = join(root, name);
  mkdirSync(d, { recursive: true });
  return d;
}

beforeAll(() => {
  expect(existsSync(join(import.meta.dirname, "..", "dist", "cli", "main.js")), "build first: npx tsc -p tsconfig.json").toBe(true);
  root = mkdtempSync(join(tmpdir(), "dealfacts-bad-"));
  good = tmp("good");
  writeFileSync(join(good, "story.txt"), STORY);
  const r = run([join(good, "story.txt"), "--json"]);
  expect(r.status).toBe(0);
  baseline = r.doc.facts;
  // The story must give facts, or "the good facts are all there" would prove nothing.
  expect(baseline.some((f) => f.type === "money")).toBe(true);
  expect(baseline.some((f) => f.type === "percent")).toBe(true);
});

describe("paths", () => {
  it("a path that does not exist: named on stderr, listed in errors, status 1; the good source kept", () => {
    const missing = join(root, "no-such-file.txt");
    const r = run([join(good, "story.txt"), missing, "--json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${missing}: no such file or folder`);
    expect(r.doc.errors).toContainEqual({ source: missing, reason: "no such file or folder" });
    expectGoodFacts(r);
  });

  it("only a path that does not exist: nothing readable, status 2, still one JSON document", () => {
    const missing = join(root, "nothing-here");
    const r = run([missing, "--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${missing}: no such file or folder`);
    expect(r.doc.facts).toEqual([]);
  });

  it("an empty folder: said, status 2 alone and 1 beside a good source", () => {
    const empty = tmp("empty");
    const alone = run([empty, "--json"]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain(`${empty}: empty folder`);
    expect(alone.doc.errors).toContainEqual({ source: empty, reason: "empty folder" });
    const mixed = run([good, empty, "--json"]);
    expect(mixed.status).toBe(1);
    expectGoodFacts(mixed);
  });

  it("a folder with no readable sources: each file skipped with a line, the folder reported, status 2", () => {
    const dir = tmp("no-sources");
    writeFileSync(join(dir, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, "data.bin"), Buffer.from([1, 2, 3, 0, 0, 0]));
    const r = run([dir, "--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`skipped ${join(dir, "logo.png")}: not a source (.png)`);
    expect(r.stderr).toContain(`skipped ${join(dir, "data.bin")}: not a source (.bin)`);
    expect(r.stderr).toContain(`${dir}: folder holds no readable sources`);
    expect(r.doc.errors.map((e) => e.source)).toEqual([dir]);
  });

  it("an unreadable file: permission denied, status 1, the good source kept", () => {
    const dir = tmp("unreadable");
    writeFileSync(join(dir, "story.txt"), STORY);
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, STORY);
    chmodSync(locked, 0o000);
    const asRoot = process.getuid?.() === 0;
    // root reads a chmod-000 file anyway; run the CLI as an unprivileged user instead (nobody).
    // Skipped honestly where that is not possible (not root and not able to drop the permission).
    let opts: SpawnSyncOptions = {};
    if (asRoot) {
      opts = { uid: 65534, gid: 65534 };
      const probe = spawnSync(process.execPath, ["-e", `require("fs").readFileSync(${JSON.stringify(bin)})`], opts);
      if (probe.status !== 0) return void console.warn("skipped: the project is not readable by uid 65534, cannot test an unreadable file as root");
      chmodSync(dir, 0o755);
      chmodSync(root, 0o755);
    }
    const r = run([dir, "--json"], opts);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read locked.txt (${locked}): permission denied`);
    expect(r.doc.errors).toContainEqual({ source: "locked.txt", reason: "permission denied" });
    expectGoodFacts(r);
  });

  it("a symbolic-link loop: a file link to itself fails (status 1); a folder link back up is cut, every file read once", () => {
    const dir = tmp("links");
    writeFileSync(join(dir, "story.txt"), STORY);
    symlinkSync("self.txt", join(dir, "self.txt"));
    mkdirSync(join(dir, "sub"));
    symlinkSync("..", join(dir, "sub", "up"));
    const r = run([dir, "--json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "self.txt")}: symbolic-link loop`);
    expect(r.stderr).toContain(`${join(dir, "sub", "up")}: symbolic-link loop (leads back to`);
    expect(r.doc.errors).toContainEqual({ source: join(dir, "self.txt"), reason: "symbolic-link loop" });
    expect(r.doc.sources.map((s) => s.id)).toEqual(["story.txt"]);
    expectGoodFacts(r);
  });

  it("a file that vanishes after the folder was listed: reported, the others read", async () => {
    const dir = tmp("vanish");
    writeFileSync(join(dir, "a.txt"), STORY);
    writeFileSync(join(dir, "b.txt"), STORY);
    const events: ReadEvent[] = [];
    for await (const ev of readSources([dir])) {
      events.push(ev);
      if (ev.kind === "source" && ev.input.id === "a.txt") unlinkSync(join(dir, "b.txt"));
    }
    expect(events.filter((e) => e.kind === "source").map((e) => (e as { input: { id: string } }).input.id)).toEqual(["a.txt"]);
    expect(events).toContainEqual({ kind: "error", source: "b.txt", path: join(dir, "b.txt"), reason: "vanished before it could be read (no such file or folder)" });
  });

  it("a file that changes while it is read: read again once, refused if it keeps changing", async () => {
    const dir = tmp("change");
    const f = join(dir, "moving.txt");
    writeFileSync(f, STORY);
    // Once: the second read sees a stable file and wins.
    let n = 0;
    const once: ReadEvent[] = [];
    for await (const ev of readSources([f], { onOpen: () => void (n++ === 0 && writeFileSync(f, STORY + "More text.\n")) })) once.push(ev);
    expect(once).toHaveLength(1);
    expect(once[0]!.kind === "source" && once[0]!.input.text).toBe(STORY + "More text.\n");
    // Always: refused with the reason.
    let grow = 0;
    const always: ReadEvent[] = [];
    for await (const ev of readSources([f], { onOpen: () => writeFileSync(f, STORY + "x".repeat(++grow)) })) always.push(ev);
    expect(always).toHaveLength(1);
    expect(always[0]).toMatchObject({ kind: "error", source: "moving.txt" });
    expect((always[0] as { reason: string }).reason).toMatch(/^changed while being read \(\d+ bytes, then \d+\)/);
  });

  it("a file that becomes a folder after listing: reported as such", async () => {
    const dir = tmp("becomes-dir");
    writeFileSync(join(dir, "a.txt"), STORY);
    writeFileSync(join(dir, "b.txt"), STORY);
    const events: ReadEvent[] = [];
    for await (const ev of readSources([dir])) {
      events.push(ev);
      if (ev.kind === "source" && ev.input.id === "a.txt") {
        unlinkSync(join(dir, "b.txt"));
        mkdirSync(join(dir, "b.txt"));
      }
    }
    expect(events).toContainEqual({ kind: "error", source: "b.txt", path: join(dir, "b.txt"), reason: "is a folder" });
  });

  it("duplicate ids: kept apart as a.txt#2 with a line on stderr", () => {
    const one = tmp("dup1");
    const two = tmp("dup2");
    writeFileSync(join(one, "story.txt"), STORY);
    writeFileSync(join(two, "story.txt"), STORY);
    const r = run([one, two, "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`two inputs share the id "story.txt"; ${join(two, "story.txt")} is kept apart as "story.txt#2"`);
    expect(r.doc.sources.map((s) => s.id).sort()).toEqual(["story.txt", "story.txt#2"]);
    expectGoodFacts(r, "story.txt");
    expectGoodFacts(r, "story.txt#2");
  });
});

describe("content", () => {
  it("a binary file named .txt: detected, skipped, said (status 1); an image in a folder is no failure", () => {
    const dir = tmp("binary");
    writeFileSync(join(dir, "story.txt"), STORY);
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(join(dir, "dump.txt"), bytes);
    const r = run([dir, "--json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read dump.txt (${join(dir, "dump.txt")}): binary file (not text)`);
    expect(r.doc.errors).toContainEqual({ source: "dump.txt", reason: "binary file (not text)" });
    expectGoodFacts(r);

    const pics = tmp("with-image");
    writeFileSync(join(pics, "story.txt"), STORY);
    writeFileSync(join(pics, "photo.jpg"), bytes);
    const r2 = run([pics, "--json"]);
    expect(r2.status).toBe(0);
    expect(r2.stderr).toContain(`skipped ${join(pics, "photo.jpg")}: not a source (.jpg)`);
    expectGoodFacts(r2);
  });

  it("UTF-16 without a byte-order mark is refused with a reason that says so", () => {
    const dir = tmp("utf16-nobom");
    writeFileSync(join(dir, "wide.txt"), Buffer.from(STORY, "utf16le"));
    const r = run([join(dir, "wide.txt"), "--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("looks like UTF-16LE without a byte-order mark");
  });

  it("invalid UTF-8: decoded with replacement characters, offsets true to the decoded text", () => {
    const dir = tmp("bad-utf8");
    const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), Buffer.from(" news.\n"), Buffer.from(STORY)]);
    writeFileSync(join(dir, "story.txt"), bytes);
    const r = run([join(dir, "story.txt"), "--json"]);
    expect(r.status).toBe(0);
    const decoded = new TextDecoder().decode(bytes);
    expect(decoded).toContain("\ufffd");
    expect(r.doc.facts.length).toBeGreaterThanOrEqual(baseline.length);
    for (const f of r.doc.facts) expect(decoded.slice(f.start, f.end)).toBe(f.text);
    const money = r.doc.facts.find((f) => f.type === "money")!;
    expect(money.text).toBe(baseline.find((f) => f.type === "money")!.text);
    expect(money.line).toBe(baseline.find((f) => f.type === "money")!.line + 1);
  });

  it("byte-order marks: UTF-8, UTF-16LE and UTF-16BE give the same facts at the same offsets as plain UTF-8", () => {
    const dir = tmp("boms");
    const le = Buffer.from(STORY, "utf16le");
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, "utf8bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]));
    writeFileSync(join(dir, "utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(join(dir, "utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const r = run([dir, "--json"]);
    expect(r.status).toBe(0);
    for (const id of ["utf8bom.txt", "utf16le.txt", "utf16be.txt"]) {
      const mine = r.doc.facts.filter((f) => f.source === id).map((f) => ({ ...f, source: "story.txt" }));
      expect(mine).toEqual(baseline);
      for (const f of mine) expect(STORY.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it("CRLF and CR line ends: the same facts on the same lines, offsets into the decoded text", () => {
    const dir = tmp("line-ends");
    const crlf = STORY.replace(/\n/g, "\r\n");
    const cr = STORY.replace(/\n/g, "\r");
    writeFileSync(join(dir, "crlf.txt"), crlf);
    writeFileSync(join(dir, "cr.txt"), cr);
    const r = run([dir, "--json"]);
    expect(r.status).toBe(0);
    for (const [id, text] of [["crlf.txt", crlf], ["cr.txt", cr]] as const) {
      const mine = r.doc.facts.filter((f) => f.source === id);
      for (const f of mine) expect(text.slice(f.start, f.end)).toBe(f.text);
      const byText = (fs: Fact[]) => fs.filter((f) => f.type === "money" || f.type === "percent").map((f) => [f.type, f.text, f.line]);
      expect(byText(mine)).toEqual(byText(baseline));
      expect(mine.find((f) => f.type === "percent")!.line).toBe(4);
    }
  });

  it("NUL bytes in a text file: read as text, facts kept, JSON valid, the table shows them escaped", () => {
    const dir = tmp("nul");
    const text = STORY.replace("in cash,", "in\u0000cash,") + "\u0000\n";
    writeFileSync(join(dir, "story.txt"), text);
    const r = run([join(dir, "story.txt"), "--json"]);
    expect(r.status).toBe(0);
    for (const f of r.doc.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(r.doc.facts.filter((f) => f.type === "percent").map((f) => f.text)).toEqual(baseline.filter((f) => f.type === "percent").map((f) => f.text));
    const table = run([join(dir, "story.txt")]);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toContain("\u0000");
  });

  it("a single line of 10 MB: read, and the facts at its far end found on line 1", () => {
    const dir = tmp("long-line");
    const filler = "The committee met again and talked about the weather, the roads and the harvest at length. ";
    const tail = "Calloway Robotics agreed to pay $2.4 billion for Fenwick Sensors, a premium of 31%.";
    const text = filler.repeat(Math.ceil((10 * 1024 * 1024) / filler.length)) + tail;
    writeFileSync(join(dir, "long.txt"), text);
    const r = run([join(dir, "long.txt"), "--json", "--type", "money,percent"]);
    expect(r.status).toBe(0);
    const money = r.doc.facts.find((f) => f.type === "money")!;
    expect(money.text).toBe("$2.4 billion");
    expect(money.line).toBe(1);
    expect(money.start).toBe(text.indexOf("$2.4 billion"));
  });

  it("a file over --max-bytes: refused with the limit named, never read into memory; the others kept", () => {
    const dir = tmp("too-big");
    writeFileSync(join(dir, "story.txt"), STORY);
    writeFileSync(join(dir, "huge.txt"), "x".repeat(300_000));
    const r = run([dir, "--json", "--max-bytes", "100000"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot read huge.txt (${join(dir, "huge.txt")}): file is 300000 bytes, over the limit of 100000 (raise it with --max-bytes)`);
    expect(r.doc.errors).toContainEqual({ source: "huge.txt", reason: "file is 300000 bytes, over the limit of 100000 (raise it with --max-bytes)" });
    expectGoodFacts(r);
    // The same limit guards standard input and each JSONL line.
    const stdin = run(["-", "--json", "--max-bytes", "1000"], { input: "y".repeat(5000) });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toContain("standard input is over the limit of 1000 bytes");
  });

  it("a bad --max-bytes is bad usage (status 2)", () => {
    const r = run([good, "--max-bytes", "lots"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--max-bytes takes a positive number of bytes");
  });

  it("deeply nested and broken HTML: 10,000 nested divs, unclosed tags, '<' in prose, a script never closed", () => {
    const dir = tmp("html");
    const deep = "<html><body>" + "<div>".repeat(10_000) + `<p>${STORY}</p>` + "</div>".repeat(10_000) + "</body></html>";
    writeFileSync(join(dir, "deep.html"), deep);
    const broken = `<html><body><p>${STORY.replace("in cash,", "in <b>cash,").replace("31%", "<i>31%")}<p>Margins stay < 5 points and a<b for now.<div class="x"<span>more`;
    writeFileSync(join(dir, "broken.html"), broken);
    const script = `<html><body><p>${STORY}</p><script>var deal = "$9 billion for 99% of it";\n` + "x = 1;\n".repeat(1000);
    writeFileSync(join(dir, "script.html"), script);
    const r = run([dir, "--json"]);
    expect(r.status).toBe(0);
    const raw: Record<string, string> = { "deep.html": deep, "broken.html": broken, "script.html": script };
    for (const f of r.doc.facts) expect(raw[f.source]!.slice(f.start, f.end)).toBe(f.text);
    for (const id of Object.keys(raw)) {
      const texts = r.doc.facts.filter((f) => f.source === id && (f.type === "money" || f.type === "percent")).map((f) => f.text);
      expect(texts, id).toContain("$2.4 billion");
      expect(texts, id).toContain("31%");
    }
    // Nothing from inside the script that never closes.
    expect(r.doc.facts.filter((f) => f.source === "script.html" && /\$9|99%/.test(f.text))).toEqual([]);
  });

  it("unterminated quotation marks and a quote mark inside a word: no crash, the other facts kept, no quote runs away", () => {
    const dir = tmp("quotes");
    const text = STORY.replace('"This brings', '"This brings an end,') + '\nHe said "we will keep every plant open.\n\n' + "The 5\"-wide sensor and the rock'n'roll ad ran on O\"Hare billboards for $3 million.\n\n" + "Later paragraphs ran on and on about the sensor market without a single closing mark.\n".repeat(50);
    writeFileSync(join(dir, "story.txt"), text);
    const r = run([join(dir, "story.txt"), "--json"]);
    expect(r.status).toBe(0);
    for (const f of r.doc.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(r.doc.facts.some((f) => f.type === "money" && f.text === "$3 million")).toBe(true);
    expect(r.doc.facts.some((f) => f.type === "percent" && f.text === "31%")).toBe(true);
    for (const q of r.doc.facts.filter((f) => f.type === "quote")) expect(q.text, "a quote must not run across paragraphs").not.toContain("\n\n");
  });

  it("a malformed JSONL line: reported with its line number and skipped; the other lines processed (status 1)", () => {
    const dir = tmp("jsonl");
    const lines = [JSON.stringify({ id: "one", text: STORY }), '{"id": "two", "text": "broken', "", JSON.stringify({ id: "three", text: STORY }), '["not", "an", "object"]'];
    writeFileSync(join(dir, "feed.jsonl"), lines.join("\n") + "\n");
    const r = run([join(dir, "feed.jsonl"), "--json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read feed\.jsonl:2 \(.*feed\.jsonl\): line 2: not valid JSON/);
    expect(r.stderr).toContain('feed.jsonl:5 (' + join(dir, "feed.jsonl") + '): line 5: expected an object with a string "text"');
    expect(r.doc.errors.map((e) => e.source)).toEqual(["feed.jsonl:2", "feed.jsonl:5"]);
    expect(r.doc.sources.map((s) => s.id)).toEqual(["one", "three"]);
    expect(r.doc.facts.filter((f) => f.source === "one").map((f) => [f.type, f.text, f.start])).toEqual(r.doc.facts.filter((f) => f.source === "three").map((f) => [f.type, f.text, f.start]));
    expect(r.doc.facts.filter((f) => f.source === "one" && f.type === "money").length).toBeGreaterThan(0);
  });

  it("a JSONL line over --max-bytes is refused alone; the lines after it are read", () => {
    const dir = tmp("jsonl-big");
    const lines = [JSON.stringify({ id: "big", text: "z".repeat(50_000) }), JSON.stringify({ id: "small", text: STORY })];
    writeFileSync(join(dir, "feed.jsonl"), lines.join("\r\n") + "\r\n");
    const r = run([join(dir, "feed.jsonl"), "--json", "--max-bytes", "10000"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/feed\.jsonl:1 .*line 1: \d+ bytes, over the limit of 10000/);
    expect(r.doc.sources.map((s) => s.id)).toEqual(["small"]);
    expectGoodFacts(r, "small");
  });
});

describe("terminal safety", () => {
  const hostile = "Calloway Robotics to buy Fenwick Sensors \u001b[2J\u001b]0;owned\u0007 for $2.4 billion\n\n" +
    'March 3, 2025 - Calloway Robotics agreed to pay $2.4 billion, a premium of 31%.\n"We ring the bell\u0007 and clear\u001b[2J the screen," said Dana Whitlock, chief executive of Calloway Robotics.\n';

  it("escape sequences and control characters from sources never reach the terminal; tables show them escaped", () => {
    const dir = tmp("hostile");
    writeFileSync(join(dir, "evil.txt"), hostile);
    for (const format of ["table", "markdown"]) {
      const r = run([dir, "--format", format]);
      expect(r.status, format).toBe(0);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(r.stderr, format).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
    const table = run([dir]);
    expect(table.stdout).toContain("\\x1b[2J");
    // JSON carries the text exactly, escaped by JSON itself.
    const json = run([dir, "--json"]);
    expect(json.stdout).not.toContain("\u001b");
    expect(json.stdout).toContain("\\u001b[2J");
  });

  it("CSV keeps the exact text for programs, but escapes it when it goes to a terminal", () => {
    const dir = tmp("hostile-csv");
    writeFileSync(join(dir, "evil.txt"), hostile);
    const piped = run([dir, "--format", "csv"]);
    expect(piped.stdout).toContain("\u0007"); // data for programs: exact, like --json
    // A terminal: `script` gives the CLI a pseudo-terminal for stdout. Skipped where it is missing.
    const probe = spawnSync("script", ["-qc", "true", "/dev/null"]);
    if (probe.status !== 0) return void console.warn("skipped: no `script` command to give the CLI a terminal");
    const cmd = [process.execPath, bin, "extract", dir, "--format", "csv"].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const tty = spawnSync("script", ["-qc", cmd, "/dev/null"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain("evil.txt");
    expect(tty.stdout).toContain("\\x07");
    expect(tty.stdout).not.toMatch(/[\u0007\u001b]/);
  });

  it("a hostile path is escaped in the messages on stderr", () => {
    const r = run([join(root, "gone\u001b[2J\u0007.txt"), "--json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0007\u001b]/);
    expect(r.stderr).toContain("gone\\x1b[2J\\x07.txt: no such file or folder");
  });
});

describe("in-process: extraction never throws on hostile sources", () => {
  it("control characters, lone surrogates and markup debris", () => {
    const texts = ["\ud800$5 billion\udfff", "<".repeat(10_000), "&".repeat(10_000) + "$5m", '<a x="'.repeat(2000), "\u0000".repeat(100), '"'.repeat(5000), "<script>" + "<".repeat(100)];
    for (const text of texts) {
      for (const format of ["text", "html"] as const) {
        const r = extractSource({ id: "t", path: "t", format, text });
        for (const f of r.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });
});

describe("a user's rules that name a field that does not exist", () => {
  it("are refused before any source is read: currencyFrom must name a field", () => {
    const dir = mkdtempSync(join(tmpdir(), "dealfacts-rules-"));
    writeFileSync(join(dir, "fields.json"), JSON.stringify({ fields: [{ name: "x_test", types: ["money"], description: "d", currencyFrom: "no_such_field", cues: [{ id: "x.c", where: "before", pattern: "zzz", reason: "r" }] }] }));
    const r = run(["fixtures/mixed/hl-wire.txt", "--rules", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("currencyFrom names no field: no_such_field");
    writeFileSync(join(dir, "fields.json"), JSON.stringify({ fields: [{ name: "x_test", types: ["money"], description: "d", currencyFrom: "price_per_share", cues: [{ id: "x.c", where: "before", pattern: "zzz", reason: "r" }] }] }));
    expect(run(["fixtures/mixed/hl-wire.txt", "--rules", dir]).status).toBe(0);
  });
});
