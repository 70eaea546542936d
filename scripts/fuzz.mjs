#!/usr/bin/env node
// npm run fuzz [-- --runs N --seed S --max-ms MS]
//
// Feeds random and mutated documents through the real extraction pipeline, in process (dist/, so
// build first), and checks every one:
//   - no crash: extraction never throws;
//   - no hang: no document takes over --max-ms (1000 ms); a document that never finishes is caught
//     by a watchdog (the fuzzing runs in a worker thread, which is stopped after 10 s of silence);
//   - provenance: every fact has integer offsets with 0 <= start < end <= text length,
//     text === source.slice(start, end), the right 1-based line (LF, CRLF and CR each end a line),
//     and no span that cuts a surrogate pair in half;
//   - the output is JSON: each result, and every 250 documents the whole --json document
//     (sources, facts, records) built from them, survive JSON.stringify and JSON.parse.
// Documents: our own deal-news fragments and the fixtures/ articles, mutated (bytes flipped,
// ranges cut, doubled and swapped, markup, entities, quotes, control characters, byte-order marks,
// lone surrogates, long runs of near-matches spliced in), and some made from scratch; as text,
// Markdown, HTML and JSONL text, some as raw bytes decoded the way files are. Seeded: the same
// seed gives the same documents. Exits 1 on any failure, and writes each failing document to a
// temporary folder to replay.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

function parseArgs(argv) {
  const o = { runs: 10_000, seed: 20251103, maxMs: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === "--runs") (o.runs = Number(v)), i++;
    else if (a === "--seed") (o.seed = Number(v)), i++;
    else if (a === "--max-ms") (o.maxMs = Number(v)), i++;
    else if (a === "--help") {
      console.log("usage: node scripts/fuzz.mjs [--runs N (10000)] [--seed S] [--max-ms MS (1000)]");
      process.exit(0);
    }
  }
  if (!(o.runs > 0) || !Number.isFinite(o.seed) || !(o.maxMs > 0)) {
    console.error("fuzz: --runs, --seed and --max-ms take numbers");
    process.exit(2);
  }
  return o;
}

function report(m, opts) {
  const s = m.stats;
  console.log(`fuzz: ${s.docs} documents (seed ${opts.seed}), ${s.chars.toLocaleString("en")} characters, ${s.facts.toLocaleString("en")} facts, ${s.batches} whole --json documents`);
  console.log(`fuzz: time per document: median ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.maxKind}, ${s.maxChars} chars); total ${(s.total / 1000).toFixed(1)} s`);
  console.log(`fuzz: by kind: ${Object.entries(s.kinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  if (!m.failures.length) {
    console.log("fuzz: no crash, no document over " + opts.maxMs + " ms, no broken provenance");
    return;
  }
  const byType = {};
  for (const f of m.failures) byType[f.type] = (byType[f.type] ?? 0) + 1;
  console.error(`fuzz: ${m.failures.length} FAILURES: ${Object.entries(byType).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const f of m.failures.slice(0, 15)) console.error(`  [${f.type}] doc ${f.i} (${f.kind}): ${f.message}${f.file ? `\n      replay: ${f.file}` : ""}`);
}

// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deal-news fragments of our own writing, and the pieces hostile text is made of. */
const FRAGMENTS = [
  "Harlow Freight agreed to buy Pellin Logistics for $3.2 billion in cash.",
  "The deal, worth about €450m, values the company at 14 times earnings.",
  "Shares of Tamsin Bio rose 12.5% to $41.20 on Tuesday.",
  "The seven-year agreement runs until the end of 2031.",
  '"We are delighted," said Mara Quell, chief executive of Orrin Systems.',
  "“This changes our industry,” Quell told analysts on Nov. 4, 2025.",
  "Vessel Energy will invest up to £2bn over five years, the company said.",
  "The company expects to close the transaction in the second half of 2026.",
  "Revenue grew 8 per cent to ¥1.2 trillion in the third quarter.",
  "Brindle Capital (BCAP) led a $75 million Series C round last week.",
  "About 40,000 employees and hundreds of thousands of GPUs are involved.",
  "The $10-12 billion range was 3x the prior estimate, up 4.7% from Q3.",
  "On Monday, March 3, the board met; on 2025-11-03 it voted.",
  "Kestrel Inc. and Dovecote Ltd signed a multi-year pact.",
  "He said \"we will keep every plant open",
  "rock'n'roll, O\"Hare, the 5\"-wide panel, don't, 'tis",
  "<p>Corvin Labs paid <b>$4.1 billion</b> &amp; more</p>",
  "<div><span>€1,234.56</span></div><script>var x = '$9bn';</script>",
  "<!-- $5 billion --><style>p{}</style><title>Deal &#8212; done</title>",
  "&lt;script&gt; &#x24;5bn &#36;7m &nbsp;&euro;3 &bogus; &#xD800; &#0;",
];
const DEBRIS = [
  "<", ">", "</", "<div", "<p>", "</p>", '<a href="', "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&", "&amp;", "&#", "&#x", ";",
  '"', "'", "“", "”", "‘", "’", "«", "»", "„", "\u0000", "\u0007", "\u001b[2J", "\u001b]0;t\u0007", "\r", "\r\n", "\n\n", "\t", "\u00a0", "\u2009",
  "\u200b", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udc00", "😀", "e\u0301", "$", "€", "£", "¥", "₹", "US$", "%", "per cent", "bn", "billion",
  "million", "trillion", "k", "m", ",", ".", "-", "–", "—", "/", "0", "1", "9", "12", "3.5", "1,000", "1,000,000", "2025", "Q3", "H2", "FY2026",
  "Jan.", "March", "may", "Monday", "said", "told", "Inc", "Ltd", "Corp", "(", ")", "[", "]", "{", "}", "\\", "|", "*", "+", "?", "#", "##",
];
/** Long runs of near-matches, the input that makes backtracking regexes slow. */
const RUNS = [
  "1", "1,", "1.", "$1", "$", "12%", "%", " ", "\t", "a", "A", "Aa ", "Aa", "Inc ", "\"", "“", "'", "<", "<a ", "&", "&a", "-", "—", ".", ",",
  "0 ", "Jan ", "May ", "Q", "H1 ", "said ", "per ", "cent ", "1 billion ", "$1 ", "€", "\u00a0", "\n", "\r\n", "\r", "mid-", "-year ", "bn",
];

function loadFixtures() {
  const out = [];
  const dir = join(root, "fixtures");
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(txt|md|html?)$/i.test(name) && st.size < 300_000) out.push({ name: p.slice(root.length + 1), text: readFileSync(p, "utf8") });
    }
  };
  walk(dir);
  return out;
}

function makeGenerator(rand, fixtures) {
  const int = (n) => Math.floor(rand() * n);
  const pick = (a) => a[int(a.length)];
  const chance = (p) => rand() < p;
  const randomChar = () => {
    const r = rand();
    if (r < 0.55) return String.fromCharCode(32 + int(95));
    if (r < 0.65) return String.fromCharCode(int(32));
    if (r < 0.8) return String.fromCharCode(0x80 + int(0x780));
    if (r < 0.9) return String.fromCharCode(0x2000 + int(0x100));
    if (r < 0.95) return String.fromCharCode(0xd800 + int(0x800)); // lone surrogates too
    return String.fromCodePoint(0x1f300 + int(0x300));
  };
  const randomText = (n) => {
    let s = "";
    while (s.length < n) s += chance(0.5) ? pick(FRAGMENTS) + pick([" ", "\n", "\n\n", "\r\n", ""]) : chance(0.5) ? pick(DEBRIS) : randomChar();
    return s;
  };
  const base = () => (fixtures.length && chance(0.5) ? pick(fixtures).text : randomText(50 + int(3000)));

  const mutations = [
    ["flip", (s) => { const a = s.split(""); for (let k = 0; k < 1 + int(20); k++) if (a.length) a[int(a.length)] = randomChar(); return a.join(""); }],
    ["insert", (s) => { let t = s; for (let k = 0; k < 1 + int(30); k++) { const i = int(t.length + 1); t = t.slice(0, i) + pick(chance(0.5) ? DEBRIS : FRAGMENTS) + t.slice(i); } return t; }],
    ["cut", (s) => { const i = int(s.length + 1); const j = i + int(Math.min(500, s.length - i + 1)); return s.slice(0, i) + s.slice(j); }],
    ["double", (s) => { const i = int(s.length + 1); const j = Math.min(s.length, i + int(300)); return s.slice(0, j) + s.slice(i, j) + s.slice(j); }],
    ["swap", (s) => { const i = int(s.length + 1); return s.slice(i) + s.slice(0, i); }],
    ["truncate", (s) => s.slice(0, int(s.length + 1))],
    ["crlf", (s) => s.replace(/\n/g, chance(0.5) ? "\r\n" : "\r")],
    ["nul", (s) => s.replace(/ /g, () => (chance(0.05) ? "\u0000" : " "))],
    ["html", (s) => `<html><head><title>${s.slice(0, 40)}</title></head><body>${"<div>".repeat(int(300))}<p>${s.replace(/\n\n/g, "</p><p>")}</p>${chance(0.5) ? "</div>".repeat(int(300)) : ""}${chance(0.3) ? "<script>" + s.slice(0, 200) : ""}`],
    ["entities", (s) => s.replace(/[&<>"$€]/g, (c) => (chance(0.5) ? pick(["&amp;", "&lt;", "&gt;", "&quot;", "&#36;", "&euro;", "&#x24;", "&"]) : c))],
    ["quotes", (s) => s.replace(/["“”']/g, () => pick(['"', "“", "”", "'", "’", "", '""']))],
    ["run", (s) => { const i = int(s.length + 1); const unit = pick(RUNS); return s.slice(0, i) + unit.repeat(200 + int(Math.floor(20_000 / unit.length))) + pick(["", "x", "!", " $", "%", "\"", "bn"]) + s.slice(i); }],
    ["splice", (s) => { const o = base(); const i = int(s.length + 1); return s.slice(0, i) + o.slice(int(o.length + 1)) ; }],
    ["longline", (s) => s.replace(/[\r\n]+/g, " ").repeat(1 + int(20))],
    ["bom", (s) => pick(["\ufeff", "\ufffe", ""]) + s],
  ];

  return function next(i) {
    const r = rand();
    let text;
    let kind;
    if (r < 0.15) {
      text = randomText(int(5000));
      kind = "random";
    } else if (r < 0.22) {
      // Pure noise, any code unit.
      const n = int(3000);
      let s = "";
      for (let k = 0; k < n; k++) s += randomChar();
      text = s;
      kind = "noise";
    } else {
      text = base();
      const names = [];
      for (let k = 0, n = 1 + int(4); k < n; k++) {
        const [name, fn] = pick(mutations);
        text = fn(text);
        names.push(name);
        if (text.length > 120_000) text = text.slice(0, 120_000); // a long article, not a book
      }
      kind = names.join("+");
    }
    // Some documents go through bytes and back, as files do: invalid UTF-8, BOMs, UTF-16.
    let viaBytes = null;
    if (chance(0.1)) {
      const enc = pick(["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "broken-utf8"]);
      let bytes;
      if (enc === "utf8") bytes = Buffer.from(text, "utf8");
      else if (enc === "utf8-bom") bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
      else if (enc === "broken-utf8") {
        bytes = Buffer.from(text, "utf8");
        for (let k = 0; k < 1 + int(20); k++) if (bytes.length) bytes[int(bytes.length)] = 0x80 + int(0x80);
      } else {
        const le = Buffer.from(text, "utf16le");
        if (enc === "utf16be-bom") le.swap16();
        bytes = Buffer.concat([Buffer.from(enc === "utf16le-bom" ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
      }
      viaBytes = enc;
      kind += `@${enc}`;
      return { i, kind, bytes, format: pick(["text", "markdown", "html"]) };
    }
    return { i, kind, text, format: pick(["text", "text", "markdown", "html", "jsonl"]), viaBytes };
  };
}

/** Offsets where lines start: after LF, after CR not followed by LF, after CRLF. */
function lineStarts(text) {
  const out = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) out.push(k + 1);
  }
  return out;
}

function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function checkResult(text, res) {
  const problems = [];
  const starts = res.facts.length ? lineStarts(text) : [0];
  for (const f of res.facts) {
    const where = `${f.type} ${JSON.stringify(String(f.text).slice(0, 40))} [${f.start}, ${f.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) problems.push(`${where}: offsets are not integers`);
    else if (f.start < 0 || f.end > text.length || f.start >= f.end) problems.push(`${where}: offsets out of range (text length ${text.length})`);
    else {
      if (text.slice(f.start, f.end) !== f.text) problems.push(`${where}: text !== source.slice(start, end)`);
      const cut = (i) => i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]) && /[\udc00-\udfff]/.test(text[i]);
      if (cut(f.start) || cut(f.end)) problems.push(`${where}: span cuts a surrogate pair`);
      const line = lineAt(starts, f.start);
      if (f.line !== line) problems.push(`${where}: line ${f.line}, should be ${line}`);
    }
    if (typeof f.rule !== "string" || !f.rule) problems.push(`${where}: no rule id`);
    if (!f.value || typeof f.value !== "object") problems.push(`${where}: no value`);
  }
  return problems;
}

async function fuzz(opts) {
  const { extractSource } = await import(join(root, "dist", "pipeline", "extract-source.js"));
  const { Collector } = await import(join(root, "dist", "pipeline", "run.js"));
  const { decodeBytes } = await import(join(root, "dist", "sources", "decode.js"));
  const rand = mulberry32(opts.seed);
  const fixtures = loadFixtures();
  // Warm up (rules loaded, NLP model read, code compiled) so the first document's time is its own.
  for (const f of fixtures.slice(0, 3)) extractSource({ id: "warm", path: "warm", format: "text", text: f.text }, { refDate: "2025-11-03" });
  extractSource({ id: "warm", path: "warm", format: "html", text: "<p>Warm Co paid $1 billion on Monday. \"Yes,\" said Al Bo.</p>" }, { refDate: "2025-11-03" });
  const next = makeGenerator(rand, fixtures);
  const outDir = join(tmpdir(), `dealfacts-fuzz-${opts.seed}`);
  const failures = [];
  const times = [];
  const stats = { docs: 0, chars: 0, facts: 0, batches: 0, total: 0, max: 0, maxKind: "", maxChars: 0, kinds: {} };
  const save = (doc, text) => {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `doc-${doc.i}.${doc.format === "html" ? "html" : "txt"}`);
    writeFileSync(file, doc.bytes ?? text);
    return file;
  };
  let batch = new Collector(true);
  for (let i = 0; i < opts.runs; i++) {
    const doc = next(i);
    parentPort.postMessage({ type: "start", i, kind: doc.kind, format: doc.format, text: doc.text, bytes: doc.bytes });
    let text = doc.text;
    if (doc.bytes) {
      const dec = decodeBytes(doc.bytes);
      if ("error" in dec) {
        stats.docs++;
        stats.kinds.refused = (stats.kinds.refused ?? 0) + 1;
        continue;
      }
      text = dec.text;
    }
    const family = doc.kind.split(/[+@]/)[0];
    stats.kinds[family] = (stats.kinds[family] ?? 0) + 1;
    const input = { id: `doc-${i}`, path: `doc-${i}`, format: doc.format, text, published: null, title: null };
    let res;
    const t0 = performance.now();
    try {
      res = extractSource(input, { refDate: i % 2 ? "2025-11-03" : null });
    } catch (e) {
      failures.push({ type: "crash", i, kind: doc.kind, message: String(e?.stack ?? e).split("\n").slice(0, 4).join(" | "), file: save(doc, text) });
      continue;
    }
    const ms = performance.now() - t0;
    times.push(ms);
    stats.docs++;
    stats.total += ms;
    stats.chars += text.length;
    stats.facts += res.facts.length;
    if (ms > stats.max) Object.assign(stats, { max: ms, maxKind: doc.kind, maxChars: text.length });
    if (ms > opts.maxMs) failures.push({ type: "slow", i, kind: doc.kind, message: `${ms.toFixed(0)} ms for ${text.length} chars`, file: save(doc, text) });
    const problems = checkResult(text, res);
    if (problems.length) failures.push({ type: "provenance", i, kind: doc.kind, message: problems.slice(0, 3).join("; "), file: save(doc, text) });
    try {
      const back = JSON.parse(JSON.stringify(res));
      if (back.facts.length !== res.facts.length) throw new Error("facts lost in JSON");
    } catch (e) {
      failures.push({ type: "json", i, kind: doc.kind, message: String(e?.message ?? e), file: save(doc, text) });
    }
    batch.add({ kind: "result", result: res });
    if ((i + 1) % 250 === 0 || i === opts.runs - 1) {
      try {
        const whole = JSON.parse(JSON.stringify(batch.document()));
        if (!Array.isArray(whole.facts) || !Array.isArray(whole.records) || !Array.isArray(whole.errors)) throw new Error("document lacks facts, records or errors");
        stats.batches++;
      } catch (e) {
        failures.push({ type: "document", i, kind: "batch", message: String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ") });
      }
      batch = new Collector(true);
    }
  }
  times.sort((a, b) => a - b);
  stats.p50 = times[Math.floor(times.length / 2)] ?? 0;
  stats.p99 = times[Math.floor(times.length * 0.99)] ?? 0;
  parentPort.postMessage({ type: "done", stats, failures });
}

// Run last: everything above must be defined before the worker starts fuzzing.
if (isMainThread) {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, "dist", "pipeline", "extract-source.js"))) {
    console.error("fuzz: build first (npx tsc -p tsconfig.json)");
    process.exit(2);
  }
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: opts });
  let current = null;
  let lastBeat = Date.now();
  const watchdog = setInterval(() => {
    if (Date.now() - lastBeat > 10_000) {
      clearInterval(watchdog);
      console.error(`fuzz: HANG: document ${current?.i} (${current?.kind}) ran for over 10 s`);
      if (current) {
        const dir = join(tmpdir(), `dealfacts-fuzz-${opts.seed}`);
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `hang-${current.i}.${current.format === "html" ? "html" : "txt"}`);
        writeFileSync(file, current.bytes ?? current.text ?? "");
        console.error(`fuzz: saved to ${file} (format ${current.format})`);
      }
      worker.terminate().then(() => process.exit(1));
    }
  }, 500);
  worker.on("message", (m) => {
    lastBeat = Date.now();
    if (m.type === "start") current = m;
    else if (m.type === "done") {
      clearInterval(watchdog);
      report(m, opts);
      process.exitCode = m.failures.length ? 1 : 0;
    }
  });
  worker.on("error", (e) => {
    clearInterval(watchdog);
    console.error(`fuzz: the fuzzer itself failed: ${e?.stack ?? e}`);
    process.exit(1);
  });
} else {
  await fuzz(workerData);
}
