#!/usr/bin/env node
// Differential check for the date extractor: runs dist/extract/date.js over a large, varied corpus
// and writes or compares a snapshot of every fact (start, end, value, rule). A speed change to the
// date extractor must leave the snapshot unchanged.
//
//   npx tsc -p tsconfig.json
//   node scripts/date-diff.mjs --write [--out FILE]   # record the snapshot (before a change)
//   node scripts/date-diff.mjs [--out FILE]           # compare with it (after a change); exit 1 on any difference
//   --module PATH                                     # another build of date.js (e.g. a copy of the old one)
//
// The snapshot keeps its documents too, so a comparison reads exactly the texts it was written
// from, even when fixtures or suites change meanwhile (documents added since are only counted).
//
// The corpus: every "input" of ../shared/peer-suites/*.jsonl (at its refDate and at null), the
// seeds (../shared/seeds, at 2025-11-04 and at null), the fixtures, the example corpora of
// test/corpus, and a deterministic generated corpus that strings date words, numbers, separators
// and cues together at random (near-misses included), each also run with synthetic money/percent
// claims in ctx.found. The snapshot lives outside the repository by default (it holds seed facts).
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { articleFiles, readSnapshot, xorshift } from "./lib/diff-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const args = process.argv.slice(2);
const write = args.includes("--write");
const outIdx = args.indexOf("--out");
const out = outIdx >= 0 ? args[outIdx + 1] : "/tmp/date-diff.snapshot.json";
const modIdx = args.indexOf("--module");
const { dateExtractor } = await import(resolve(modIdx >= 0 ? args[modIdx + 1] : join(root, "dist/extract/date.js")));

/** @type {{id: string, text: string, ref: string | null}[]} */
const docs = [];
const add = (id, text, refs) => { for (const ref of refs) docs.push({ id: `${id}@${ref}`, text, ref }); };

// Peer suites: the case's own refDate (default 2016-11-07 as the suites do) and null.
const suiteDir = join(shared, "peer-suites");
for (const f of readdirSync(suiteDir).filter((f) => f.endsWith(".jsonl")).sort()) {
  readFileSync(join(suiteDir, f), "utf8").split("\n").filter(Boolean).forEach((l, i) => {
    const c = JSON.parse(l);
    if (typeof c.input !== "string") return;
    add(`${f}:${i + 1}`, c.input, [c.refDate ? String(c.refDate).slice(0, 10) : "2016-11-07", null]);
  });
}
// Seeds and fixtures, whole.
for (const p of articleFiles(join(shared, "seeds"))) add(p.slice(shared.length + 1), readFileSync(p, "utf8"), ["2025-11-04", null]);
for (const p of articleFiles(join(root, "fixtures"))) add(p.slice(root.length + 1), readFileSync(p, "utf8"), ["2026-03-10", "2025-12-31", null]);
// Example corpora of every extractor (dates hide in all of them).
const corpusDir = join(root, "test/corpus");
if (existsSync(corpusDir)) {
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith(".json")).sort()) {
    const c = JSON.parse(readFileSync(join(corpusDir, f), "utf8"));
    [...(c.positives ?? []), ...(c.negatives ?? [])].forEach((x, i) => add(`${f}:${i}`, x.text, [x.refDate ?? "2025-11-03", null]));
  }
}

// A generated corpus: tokens that rules look for, joined at random, deterministic (xorshift).
const { rnd, pick } = xorshift(0x2545f491);
const rules = JSON.parse(readFileSync(join(root, "rules/dates.json"), "utf8"));
const cap = (w) => (rnd(3) === 0 ? w : rnd(2) ? w[0].toUpperCase() + w.slice(1) : w.toUpperCase());
const months = rules.months.flat();
const weekdays = rules.weekdays.flat();
const words = [
  ...months, ...months, ...weekdays, ...rules.ordinals, ...rules.cardinals, ...Object.keys(rules.tens), ...Object.keys(rules.counts),
  ...rules.yearCues.map((c) => c.cue), ...rules.monthCues, ...rules.periodNouns, ...rules.addressWords, ...rules.yearFollowersOk.slice(0, 30),
  ...rules.holidays.flatMap((h) => h.names),
  "the", "of", "on", "for", "in", "this", "next", "last", "past", "previous", "coming", "following", "week", "month", "quarter", "year",
  "half", "days", "day", "weeks", "months", "years", "business days", "ago", "from now", "from today", "later", "hence", "earlier",
  "today", "tomorrow", "yesterday", "tonight", "the day before", "the day after", "fiscal", "fiscal year", "FY", "Q3", "3Q", "H1", "2H",
  "first half", "second half", "back half", "quarter", "percent", "per cent", "pct", "Street", "St", "T10", "employees", "points",
  "early", "mid", "late", "st", "nd", "rd", "th", "$", "€", "£", "(", ")", "%", "said", "Super", "Term Sheet", "Corp",
];
const nums = () => {
  switch (rnd(12)) {
    case 0: return String(1 + rnd(31));
    case 1: return String(1990 + rnd(45));
    case 2: return String(rnd(100)).padStart(2, "0");
    case 3: return `${1 + rnd(12)}/${1 + rnd(31)}`;
    case 4: return `${1 + rnd(13)}/${1 + rnd(32)}/${rnd(2) ? 2000 + rnd(40) : rnd(100)}`;
    case 5: return `${2000 + rnd(40)}-${String(1 + rnd(12)).padStart(2, "0")}-${String(1 + rnd(31)).padStart(2, "0")}`;
    case 6: return `${1 + rnd(31)}.${1 + rnd(12)}.${2000 + rnd(30)}`;
    case 7: return `${2000 + rnd(30)}${String(1 + rnd(12)).padStart(2, "0")}${String(1 + rnd(31)).padStart(2, "0")}`;
    case 8: return `${1 + rnd(31)}${pick(["st", "nd", "rd", "th"])}`;
    case 9: return `${rnd(1000)}.${rnd(100)}`;
    case 10: return `${1 + rnd(12)}-${1 + rnd(31)}-${2000 + rnd(30)}`;
    default: return String(rnd(10000));
  }
};
const seps = [" ", " ", " ", " ", ", ", ". ", "-", "/", ".", "\n", "  ", " of ", " the ", ": ", "'", "’", ",", "; ", "! ", "\n\n", "–"];
for (let d = 0; d < 4000; d++) {
  const n = 4 + rnd(40);
  let t = "";
  for (let i = 0; i < n; i++) {
    const tok = rnd(3) === 0 ? nums() : cap(pick(words));
    t += tok + (i + 1 < n ? pick(seps) : pick(["", ".", "?", " ", "!"]));
  }
  add(`gen:${d}`, t, [pick(["2025-11-04", "2024-02-29", "2025-01-01", "2025-12-31", "2026-03-10", "2016-11-07"]), null]);
}

// Synthetic claims: money and percentages as the money/percent extractors would claim them.
const claims = (text) => {
  const out = [];
  for (const m of text.matchAll(/[$€£]\s?\d[\d,.]*|\d[\d.,]*\s?(?:%|percent)/g)) out.push({ type: m[0].includes("%") || m[0].endsWith("percent") ? "percent" : "money", start: m.index, end: m.index + m[0].length, value: {}, rule: "x" });
  return out;
};

const old = write ? null : readSnapshot("date-diff", out, docs);

const snap = {};
let nFacts = 0;
const t0 = performance.now();
for (const d of docs) {
  const run = (found) => dateExtractor.extract({ text: d.text, refDate: d.ref, sourceId: d.id, found })
    .map((f) => [f.start, f.end, f.rule, JSON.stringify(f.value)]);
  const a = run([]);
  const c = claims(d.text);
  const b = c.length ? run(c) : null;
  nFacts += a.length + (b ? b.length : 0);
  snap[d.id] = b ? { free: a, claimed: b } : { free: a };
}
const ms = performance.now() - t0;
const bytes = docs.reduce((s, d) => s + d.text.length, 0);
const digest = createHash("sha256").update(JSON.stringify(snap)).digest("hex").slice(0, 16);
console.log(`date-diff: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${nFacts} facts, ${ms.toFixed(0)} ms, digest ${digest}`);

if (write) {
  writeFileSync(out, JSON.stringify({ docs, facts: snap }));
  console.log(`date-diff: snapshot written to ${out}`);
  process.exit(0);
}
let diffs = 0;
for (const d of docs) {
  const a = JSON.stringify(old.facts[d.id]);
  const b = JSON.stringify(snap[d.id]);
  if (a === b) continue;
  diffs++;
  if (diffs <= 20) {
    console.log(`DIFF ${d.id}: ${JSON.stringify(d.text.slice(0, 200))}`);
    console.log(`  was: ${a}`);
    console.log(`  now: ${b}`);
  }
}
console.log(diffs ? `date-diff: ${diffs} documents differ` : "date-diff: identical to the snapshot");
process.exit(diffs ? 1 : 0);
