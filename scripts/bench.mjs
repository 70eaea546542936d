#!/usr/bin/env node
// npm run bench -- --mb 10            (sizes: --mb 1 | 10 | 100, or several: --mb 10,100)
//
// Generates a corpus of realistic deal articles from the project's own fixtures (fixtures/deals/**:
// paragraphs recombined, with the names and numbers varied), then times, on the same input and in
// one run: `dealfacts extract --ndjson` end to end with --jobs 1 and --jobs N, `extract --json`, a
// plain read of the files, one regex pass over them, and compromise's own tagging (on a sample,
// extrapolated). Each runs in a child process of its own, so its peak memory (maxRSS) is its own.
// Machines are shared and noisy: read the ratios, not the absolute times.
//
// Options: --mb LIST, --jobs N (default: cores), --seed S, --keep (keep the corpus), --dir DIR
// (write the corpus there), --nlp-seconds S (time given to each compromise sample, default 8),
// --profile (also run extract --jobs 1 under node --cpu-prof on the first size and print where the
// time goes), --skip-json (no extract --json run), --large-ndjson-only (after the first size, only
// extract --ndjson --jobs N: enough for the memory ratio, in a fraction of the time).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MB = 1e6;

// ---------------------------------------------------------------------------------------------
// Child mode: one measurement, printed as JSON on stdout.
if (process.argv[2] === "--child") {
  const [, , , what, dir, budget] = process.argv;
  process.stdout.write(JSON.stringify(await child(what, dir, Number(budget))) + "\n");
  process.exit(0);
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

async function child(what, dir, budgetSeconds) {
  const files = listFiles(dir);
  const dec = new TextDecoder();
  let bytes = 0;
  let docs = 0;
  let matches = 0;
  if (what === "read" || what === "regex") {
    // One pass, as a fast extractor would write it: money and percentages, linear, bounded.
    const re = /[$€£]\s?\d[\d,]{0,15}(?:\.\d{1,3})?(?:\s?(?:billion|million|bn|m)\b)?|\b\d{1,3}(?:\.\d{1,3})?\s?(?:%|percent\b|per cent\b)/gi;
    const t0 = performance.now();
    for (const f of files) {
      const buf = readFileSync(f);
      const text = dec.decode(buf);
      bytes += buf.length;
      docs++;
      if (what === "regex") {
        re.lastIndex = 0;
        while (re.exec(text)) matches++;
      }
    }
    const ms = performance.now() - t0;
    return { bytes, docs, ms, matches, maxRSS: process.resourceUsage().maxRSS * 1024 };
  }
  if (what === "compromise" || what === "compromise-json") {
    const nlp = (await import("compromise")).default;
    nlp("Warm up the lexicon once, so loading it is not counted as tagging.").json();
    // Documents taken at even steps through the corpus, until the time budget is spent.
    const step = Math.max(1, Math.floor(files.length / 400));
    const t0 = performance.now();
    for (let i = 0; i < files.length; i += step) {
      const buf = readFileSync(files[i]);
      const text = dec.decode(buf);
      const doc = nlp(text);
      if (what === "compromise-json") doc.json();
      bytes += buf.length;
      docs++;
      if (performance.now() - t0 > budgetSeconds * 1000) break;
    }
    const ms = performance.now() - t0;
    return { bytes, docs, ms, sample: true, maxRSS: process.resourceUsage().maxRSS * 1024 };
  }
  throw new Error(`unknown child measurement ${what}`);
}

// ---------------------------------------------------------------------------------------------
// Arguments.
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return dflt;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) return true;
  return v;
};
const sizes = String(opt("mb", "10"))
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
if (!sizes.length) {
  console.error("bench: --mb takes sizes in MB, e.g. --mb 10 or --mb 10,100");
  process.exit(2);
}
const jobsN = Number(opt("jobs", availableParallelism()));
const seed = Number(opt("seed", 20251103));
const keep = opt("keep", false) === true;
const nlpSeconds = Number(opt("nlp-seconds", 8));
const bin = join(root, "bin", "dealfacts");
if (!existsSync(join(root, "dist", "cli", "main.js"))) {
  console.error("bench: build first (npm run build)");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// The corpus: paragraphs of the fixtures, recombined, with names and numbers varied.
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const decodeEntities = (s) =>
  s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp|mdash|ndash|rsquo|lsquo|ldquo|rdquo|hellip);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " ", mdash: "—", ndash: "–", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…" })[e]);

function loadFixtures() {
  const base = join(root, "fixtures", "deals");
  if (!existsSync(base)) throw new Error("fixtures/deals is missing: the corpus is generated from it");
  const paragraphs = [];
  const titles = [];
  let htmlTemplate = null;
  for (const f of listFiles(base)) {
    const ext = extname(f).toLowerCase();
    const raw = readFileSync(f, "utf8");
    let paras;
    if (ext === ".html" || ext === ".htm") {
      paras = [...raw.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g)].map((m) => decodeEntities(m[1].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim());
      const t = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(raw);
      if (t) titles.push(decodeEntities(t[1].replace(/<[^>]+>/g, "")).trim());
      if (!htmlTemplate && /<article[^>]*>[\s\S]*<\/article>/.test(raw)) htmlTemplate = raw;
    } else if (ext === ".txt" || ext === ".md") {
      paras = raw.split(/\r?\n\s*\r?\n/).map((p) => p.replace(/^#+\s*/, "").trim());
      const first = paras[0];
      if (first && first.length < 160 && !/[.]$/.test(first)) titles.push(first);
    } else continue;
    // Body paragraphs: real sentences, not bylines, headings or bare dates.
    for (const p of paras) if (p.length >= 80 && /[.!?"”]$/.test(p)) paragraphs.push(p);
  }
  if (paragraphs.length < 10) throw new Error(`fixtures/deals holds only ${paragraphs.length} usable paragraphs`);
  return { paragraphs, titles, htmlTemplate, nameWords: findNameWords(paragraphs.concat(titles)) };
}

// Capitalised words seen inside a sentence (not after its full stop): names of people, companies,
// places. Calendar words, titles and corporate suffixes are kept as they are.
const KEEP = new Set(
  ("I A An The This That These Those It Its He She They We Our Their His Her In On At By For From To Of And But Or As If " +
    "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "Inc Corp Corporation Co Ltd LLC LLP PLC Plc Group Holdings Capital Partners Bank Securities Systems Technologies Software Labs Logic " +
    "Chief Executive Officer Financial Operating President Chairman Chair CEO CFO COO CTO Mr Ms Mrs Dr Editing Reporting Wire " +
    "Commission Authority European Union Nasdaq NYSE Street Journal Q1 Q2 Q3 Q4 H1 H2 US UK EU EDA AI").split(/\s+/),
);
function findNameWords(texts) {
  const words = new Set();
  for (const t of texts) for (const m of t.matchAll(/(?<=[a-z,;:)]\s)[A-Z][a-z]{2,}/g)) if (!KEEP.has(m[0])) words.add(m[0]);
  return [...words];
}

const SYL = ["ar", "bel", "cor", "dan", "el", "fen", "gal", "hol", "is", "jun", "kel", "lor", "mar", "nov", "or", "pel", "quin", "ros", "sel", "tor", "ul", "ver", "wen", "xan", "yor", "zel", "tri", "bra", "sto", "qua"];
function fakeName(rand) {
  const n = 2 + Math.floor(rand() * 2);
  let s = "";
  for (let i = 0; i < n; i++) s += SYL[Math.floor(rand() * SYL.length)];
  return s[0].toUpperCase() + s.slice(1);
}

function varyNumbers(text, rand) {
  return text.replace(/\d+(?:[.,]\d+)*/g, (num) => {
    if (/^(19|20)\d\d$/.test(num)) return String(2016 + Math.floor(rand() * 14));
    if (/^\d{1,2}$/.test(num)) return String(Number(num) <= 31 ? 1 + Math.floor(rand() * 28) : 10 + Math.floor(rand() * 90));
    let first = true;
    return num.replace(/\d/g, () => {
      const d = first ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10);
      first = false;
      return String(d);
    });
  });
}

function makeDocument(fx, rand, i) {
  // Every document gets its own cast: each name word maps to an invented one.
  const cast = new Map();
  const rename = (t) =>
    t.replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
      if (!fx.nameSet.has(w)) return w;
      let v = cast.get(w);
      if (!v) cast.set(w, (v = fakeName(rand)));
      return v;
    });
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const title = rename(varyNumbers(pick(fx.titles), rand));
  const n = 10 + Math.floor(rand() * 15);
  const paras = [];
  for (let k = 0; k < n; k++) paras.push(rename(varyNumbers(pick(fx.paragraphs), rand)));
  const day = 1 + Math.floor(rand() * 28);
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][Math.floor(rand() * 12)];
  const year = 2019 + Math.floor(rand() * 8);
  const kind = rand();
  if (kind < 0.15 && fx.htmlTemplate) {
    const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const body = `<article>\n<h1>${esc(title)}</h1>\n<p class="byline">By ${fakeName(rand)} ${fakeName(rand)} &mdash; ${day} ${month} ${year}</p>\n${paras.map((p) => `<p>${esc(p)}</p>`).join("\n")}\n</article>`;
    const page = fx.htmlTemplate.replace(/<title>[\s\S]*?<\/title>/, `<title>${esc(title)}</title>`).replace(/<article[^>]*>[\s\S]*<\/article>/, () => body);
    return { name: `${String(i).padStart(6, "0")}.html`, text: page };
  }
  if (kind < 0.4) return { name: `${String(i).padStart(6, "0")}.md`, text: `# ${title}\n\n*${month} ${day}, ${year}*\n\n${paras.join("\n\n")}\n` };
  return { name: `${String(i).padStart(6, "0")}.txt`, text: `${title}\n\nBy ${fakeName(rand)} ${fakeName(rand)}\n\n${day} ${month} ${year}\n\n${paras.join("\n\n")}\n` };
}

function generate(fx, mb, dir) {
  const rand = mulberry32(seed + mb);
  const target = mb * MB;
  let bytes = 0;
  let docs = 0;
  while (bytes < target) {
    const folder = join(dir, `part${String(Math.floor(docs / 500)).padStart(3, "0")}`);
    if (docs % 500 === 0) mkdirSync(folder, { recursive: true });
    const d = makeDocument(fx, rand, docs);
    const buf = Buffer.from(d.text, "utf8");
    writeFileSync(join(folder, d.name), buf);
    bytes += buf.length;
    docs++;
  }
  return { bytes, docs };
}

// ---------------------------------------------------------------------------------------------
// Running the measurements.
function runChild(cmd, argv, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let out = "";
    let outBytes = 0;
    let err = "";
    const keepOut = env.BENCH_KEEP_STDOUT === "1";
    p.stdout.on("data", (c) => {
      outBytes += c.length;
      if (keepOut) out += c;
    });
    p.stderr.on("data", (c) => {
      if (err.length < 4000) err += c;
    });
    p.on("error", reject);
    p.on("close", (code) => resolvePromise({ code, ms: performance.now() - t0, out, outBytes, err }));
  });
}

async function measureChild(what, dir) {
  const r = await runChild(process.execPath, [fileURLToPath(import.meta.url), "--child", what, dir, String(nlpSeconds)], { BENCH_KEEP_STDOUT: "1" });
  if (r.code !== 0) throw new Error(`${what} failed: ${r.err}`);
  return JSON.parse(r.out);
}

async function measureExtract(dir, extra, rssHook, corpus, env = {}, paths = [dir]) {
  const rssFile = join(rssHook.dir, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const r = await runChild(process.execPath, ["--import", rssHook.url, bin, "extract", ...paths, ...extra], { BENCH_RSS_FILE: rssFile, NO_COLOR: "1", ...env });
  if (r.code !== 0 && r.code !== 1) throw new Error(`dealfacts extract ${extra.join(" ")} exited ${r.code}: ${r.err.slice(0, 600)}`);
  const [rss, user, sys] = existsSync(rssFile) ? readFileSync(rssFile, "utf8").split(" ").map(Number) : [NaN, NaN, NaN];
  // CPU time of the whole process, worker threads included (microseconds from resourceUsage).
  return { bytes: corpus.bytes, docs: corpus.docs, ms: r.ms, maxRSS: rss * 1024, cpuMs: (user + sys) / 1000, outBytes: r.outBytes };
}

/**
 * N independent `extract --jobs 1` processes at once, each on every Nth file: no pool, no sharing,
 * nothing between them. What this machine gives N copies of the same work is the ceiling of any
 * --jobs N (V8 gives a lone process's garbage collector and compiler the idle cores, so even
 * independent processes do not run N times as fast as one).
 */
async function measureIndependent(dir, n, rssHook, corpus) {
  const files = listFiles(dir);
  const t0 = performance.now();
  const runs = await Promise.all(Array.from({ length: n }, (_, k) => measureExtract(null, ["--ndjson", "--jobs", "1"], rssHook, corpus, {}, files.filter((_, i) => i % n === k))));
  return { bytes: corpus.bytes, docs: corpus.docs, ms: performance.now() - t0, maxRSS: Math.max(...runs.map((r) => r.maxRSS)), cpuMs: runs.reduce((a, r) => a + r.cpuMs, 0) };
}

/** Where extract's time goes: self time by function, and inclusive time by module of dealfacts. */
async function profile(dir) {
  const profDir = mkdtempSync(join(tmpdir(), "dealfacts-prof-"));
  const r = await runChild(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profDir, bin, "extract", dir, "--ndjson", "--jobs", "1"]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`profiled run exited ${r.code}`);
  const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
  const p = JSON.parse(readFileSync(join(profDir, file), "utf8"));
  rmSync(profDir, { recursive: true, force: true });
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    time.set(id, (time.get(id) ?? 0) + dt);
    total += dt;
  });
  const where = (n) => n.callFrame.url.replace(/^.*\/node_modules\/([^/]+)\/.*$/, "npm:$1").replace(/^file:\/\/.*?\/dist\//, "");
  const self = new Map();
  const incl = new Map();
  for (const [id, t] of time) {
    const n = byId.get(id);
    const k = `${n.callFrame.functionName || "(anonymous)"} ${where(n) || ""}${n.callFrame.url ? ":" + (n.callFrame.lineNumber + 1) : ""}`;
    self.set(k, (self.get(k) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const m = where(byId.get(cur));
      if (!m || m.startsWith("node:") || seen.has(m)) continue;
      seen.add(m);
      incl.set(m, (incl.get(m) ?? 0) + t);
    }
  }
  const pct = (t) => `${fmt((100 * t) / total, 1).padStart(5)}%`;
  console.log(`profile of extract --ndjson --jobs 1 (node --cpu-prof, ${fmt(total / 1e6, 1)} s sampled):`);
  console.log("  inclusive, by module:");
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`    ${pct(t)} ${fmt(t / 1e6, 2).padStart(7)} s  ${k}`);
  console.log("  self, by function:");
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`    ${pct(t)} ${fmt(t / 1e6, 2).padStart(7)} s  ${k.slice(0, 140)}`);
}

const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
const mbps = (m) => m.bytes / MB / (m.ms / 1000);
const dps = (m) => m.docs / (m.ms / 1000);

async function main() {
  const fx = loadFixtures();
  fx.nameSet = new Set(fx.nameWords);
  const work = opt("dir", null) ? resolve(String(opt("dir"))) : mkdtempSync(join(tmpdir(), "dealfacts-bench-"));
  mkdirSync(work, { recursive: true });
  const hookDir = mkdtempSync(join(tmpdir(), "dealfacts-bench-hook-"));
  const hookPath = join(hookDir, "rss.mjs");
  // Peak resident memory of the whole process (worker threads included), written as it exits.
  writeFileSync(
    hookPath,
    `import { isMainThread } from "node:worker_threads";\nimport { writeFileSync } from "node:fs";\nif (isMainThread && process.env.BENCH_RSS_FILE) process.on("exit", () => { try { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, [u.maxRSS, u.userCPUTime, u.systemCPUTime].join(" ")); } catch {} });\n`,
  );
  const rssHook = { dir: hookDir, url: pathToFileURL(hookPath).href };

  console.log(`dealfacts bench: node ${process.version}, ${availableParallelism()} cores, --jobs N = ${jobsN}, seed ${seed}`);
  console.log(`corpus generated from fixtures/deals: ${fx.paragraphs.length} paragraphs, ${fx.titles.length} headlines, ${fx.nameWords.length} name words varied per document`);
  const results = [];
  try {
    for (const mb of sizes) {
      const dir = join(work, `corpus-${mb}mb`);
      rmSync(dir, { recursive: true, force: true });
      const tg = performance.now();
      const corpus = generate(fx, mb, dir);
      console.log(`\n== ${mb} MB: ${corpus.docs} documents, ${fmt(corpus.bytes / MB)} MB (${fmt(corpus.bytes / corpus.docs / 1000, 1)} kB each), generated in ${fmt((performance.now() - tg) / 1000, 1)} s in ${dir}`);
      // A warm read first, so that every measurement finds the files in the page cache.
      await measureChild("read", dir);
      const rows = [];
      const add = (label, m, note = "") => {
        rows.push({ label, m, note });
        const cpu = m.cpuMs !== undefined ? `${fmt(m.cpuMs / 1000, 2).padStart(7)} s cpu` : "".padStart(13);
        console.log(`${label.padEnd(34)} ${fmt(mbps(m)).padStart(9)} MB/s ${fmt(dps(m), 0).padStart(8)} docs/s ${fmt(m.maxRSS / MB, 0).padStart(6)} MB peak  ${fmt(m.ms / 1000, 2).padStart(7)} s ${cpu}${note ? "  " + note : ""}`);
        return m;
      };
      console.log(`${"measurement".padEnd(34)} ${"MB/s".padStart(14)} ${"docs/s".padStart(15)} ${"peak RSS".padStart(13)} ${"time".padStart(9)} ${"cpu".padStart(10)}`);
      if (mb !== sizes[0] && opt("large-ndjson-only", false)) {
        const eN = add(`extract --ndjson --jobs ${jobsN}`, await measureExtract(dir, ["--ndjson", "--jobs", String(jobsN)], rssHook, corpus), "end to end, wall clock incl. start-up");
        results.push({ mb, corpus, e1: null, eN });
        if (!keep) rmSync(dir, { recursive: true, force: true });
        continue;
      }
      const read = add("plain read (decode UTF-8)", await measureChild("read", dir));
      const regex = add("one regex pass (read + regex)", await measureChild("regex", dir));
      const e1 = add("extract --ndjson --jobs 1", await measureExtract(dir, ["--ndjson", "--jobs", "1"], rssHook, corpus), "end to end, wall clock incl. start-up");
      const eN = add(`extract --ndjson --jobs ${jobsN}`, await measureExtract(dir, ["--ndjson", "--jobs", String(jobsN)], rssHook, corpus), "end to end, wall clock incl. start-up");
      // The same, with every worker a whole one (no lanes): what the pool's shape is worth.
      if (jobsN >= 2) add(`  … whole workers, no lanes`, await measureExtract(dir, ["--ndjson", "--jobs", String(jobsN)], rssHook, corpus, { DEALFACTS_POOL_SHAPE: "whole" }), "DEALFACTS_POOL_SHAPE=whole");
      let ceiling = null;
      if (jobsN >= 2) ceiling = add(`  … ${jobsN} independent --jobs 1 processes`, await measureIndependent(dir, jobsN, rssHook, corpus), `every ${jobsN === 2 ? "other" : `${jobsN}th`} file each: the machine's ceiling for --jobs ${jobsN}`);
      let ej = null;
      if (mb <= 10 && !opt("skip-json", false)) ej = add(`extract --json --jobs ${jobsN}`, await measureExtract(dir, ["--json", "--jobs", String(jobsN)], rssHook, corpus), "holds every fact: record included");
      const c = await measureChild("compromise", dir);
      add("compromise nlp(text) (tagging)", c, `sample of ${c.docs} docs, ${fmt(c.bytes / MB)} MB, extrapolated per MB`);
      const cj = await measureChild("compromise-json", dir);
      add("compromise nlp(text).json()", cj, `sample of ${cj.docs} docs, ${fmt(cj.bytes / MB)} MB, extrapolated per MB`);
      console.log("ratios (throughput, MB/s over MB/s):");
      console.log(`  extract --jobs ${jobsN} / compromise tagging     ${fmt(mbps(eN) / mbps(c), 1)}x   (target >= 20x, aim 50x)`);
      console.log(`  extract --jobs 1 / compromise tagging     ${fmt(mbps(e1) / mbps(c), 1)}x`);
      console.log(`  extract --jobs ${jobsN} / compromise .json()     ${fmt(mbps(eN) / mbps(cj), 1)}x`);
      console.log(`  extract --jobs ${jobsN} / extract --jobs 1       ${fmt(mbps(eN) / mbps(e1), 2)}x   (target >= 1.7x with 2 jobs)`);
      if (ceiling) {
        console.log(`  ${jobsN} independent processes / extract --jobs 1  ${fmt(mbps(ceiling) / mbps(e1), 2)}x   (what this machine gives ${jobsN} copies of the work)`);
        console.log(`  extract --jobs ${jobsN} / ${jobsN} independent processes ${fmt(mbps(eN) / mbps(ceiling), 2)}x   (how near the pool comes to that ceiling)`);
      }
      // On a busy machine wall-clock ratios say more about the neighbours than about us; CPU time
      // says what the pool costs: with N idle cores, jobs N runs about N x this as fast as jobs 1.
      console.log(`  CPU time jobs 1 / jobs ${jobsN}                 ${fmt(e1.cpuMs / eN.cpuMs, 2)}   (pool overhead: on ${jobsN} idle cores the speed-up is at most ${jobsN} x this)`);
      if (ej) console.log(`  extract --json / extract --ndjson (N)     ${fmt(mbps(ej) / mbps(eN), 2)}x`);
      console.log(`  regex pass / extract --jobs ${jobsN}          ${fmt(mbps(regex) / mbps(eN), 1)}x   (how far from one regex)`);
      console.log(`  plain read / extract --jobs ${jobsN}          ${fmt(mbps(read) / mbps(eN), 1)}x`);
      results.push({ mb, corpus, e1, eN });
      if (opt("profile", false) && mb === sizes[0]) await profile(dir);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
    if (results.length > 1) {
      const small = results[0];
      console.log(`\npeak memory of extract --ndjson against the ${small.mb} MB corpus (target for 100 MB vs 10 MB: <= 1.3x):`);
      for (const r of results.slice(1)) {
        const one = r.e1 ? `--jobs 1 ${fmt(r.e1.maxRSS / small.e1.maxRSS)}x (${fmt(r.e1.maxRSS / MB, 0)} vs ${fmt(small.e1.maxRSS / MB, 0)} MB), ` : "";
        console.log(`  ${r.mb} MB / ${small.mb} MB: ${one}--jobs ${jobsN} ${fmt(r.eN.maxRSS / small.eN.maxRSS)}x (${fmt(r.eN.maxRSS / MB, 0)} vs ${fmt(small.eN.maxRSS / MB, 0)} MB)`);
      }
    }
  } finally {
    rmSync(hookDir, { recursive: true, force: true });
    if (!keep && !opt("dir", null)) rmSync(work, { recursive: true, force: true });
  }
}

await main();
