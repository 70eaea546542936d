#!/usr/bin/env node
// Differential check for the organisation extractor: runs extractAll (dist/extract/index.js) over a
// large, varied corpus and writes or compares a snapshot of every org fact (start, end, rule, value)
// and of the quote facts' speakers (quotes read the organisations found before them). A speed change
// to src/extract/org.ts (or src/nlp/compromise.ts, rules/orgs.json) must leave it unchanged.
//
//   npx tsc -p tsconfig.json
//   node scripts/org-diff.mjs --write [--out FILE]   # record the snapshot (on the code before a change)
//   node scripts/org-diff.mjs [--out FILE]           # compare with it (after a change); exit 1 on any difference
//   node scripts/org-diff.mjs --old DIR              # no snapshot: run DIR/extract/org.js (a copy of an
//                                                    #   older dist/, with DIR/../rules beside it) next to the
//                                                    #   current build on the very same inputs, in one process;
//                                                    #   quotes of the current build are fed each one's orgs;
//                                                    #   prints the CPU time of both; exit 1 on any difference
//   --module DIR                                     # another build instead of dist/ (the one to check)
//   --gen N                                          # generated documents (default 4000)
//   --max-shown N                                    # documents whose differences are printed (default 20)
//
// The snapshot mode compares quote speakers too, so a change to quote.ts (someone else's file) made
// between --write and the comparison shows up there; the org facts are reported apart. --old feeds
// both org builds' facts to the same quote extractor, so only org changes can show up.
//
// The corpus: the seeds (../shared/seeds), fixtures/deals and fixtures/mixed (never fixtures/holdout),
// the texts of every test/corpus/*.corpus.json, every "input" of ../shared/peer-suites/*.jsonl, and a
// deterministic generated corpus mixing invented capitalised names with the words the rules look for
// (suffixes, head words, gazetteer names, places, first names, role words, stop words, months,
// demonyms, org nouns and verbs, product and facility cues, deal phrases), lists, possessives,
// hyphen tails, tickers and parenthesised aliases, title-case headings, quotes with attributions,
// handles, all-caps acronyms, sentence starts, and long capitalised runs. The snapshot lives
// outside the repository by default (it holds seed facts).
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { addRealTexts, readSnapshot, xorshift } from "./lib/diff-corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const write = args.includes("--write");
const out = opt("--out", "/tmp/org-diff.snapshot.json");
const distDir = resolve(opt("--module", join(root, "dist")));
const oldDir = opt("--old", null);
const nGen = Number(opt("--gen", "4000"));

const { EXTRACTORS, extractAll } = await import(join(distDir, "extract/index.js"));

/** @type {{id: string, text: string, ref: string | null}[]} */
const docs = [];
const add = (id, text, ref) => docs.push({ id, text, ref });

// ---- real texts ---------------------------------------------------------------------------------
addRealTexts({ root, shared, add });

// ---- generated texts (deterministic: xorshift) ----------------------------------------------------
const { rnd, pick } = xorshift(0x0a9e7c31);
const R = JSON.parse(readFileSync(join(root, "rules/orgs.json"), "utf8"));
const speech = JSON.parse(readFileSync(join(root, "rules/speech.json"), "utf8"));
const gaz = R.gazetteer.flatMap((g) => (typeof g === "string" ? [g] : [g.name, ...g.aliases]));
const syl = ["qua", "ver", "nor", "tal", "lum", "bri", "sto", "ka", "zen", "or", "el", "dra", "mon", "vi", "pel", "ith", "ax", "ro", "wen", "ful", "har", "bor", "sol", "ace", "lis", "tra"];
const invented = () => { let w = ""; for (let i = 0, n = 2 + rnd(2); i < n; i++) w += pick(syl); return w[0].toUpperCase() + w.slice(1); };
const camel = () => invented() + invented();
const inventedPool = Array.from({ length: 60 }, invented);
const name = () => (rnd(3) ? pick(inventedPool) : invented());
const acronym = () => { let s = ""; for (let i = 0, n = 2 + rnd(4); i < n; i++) s += String.fromCharCode(65 + rnd(26)); return s; };
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const lowerWords = ["the", "a", "deal", "company", "said", "rose", "fell", "shares", "of", "and", "for", "in", "on", "at", "with", "by", "from", "to", "its", "their", "new", "market", "agreed", "buy", "sell", "unit", "plans", "data", "cloud", "partner", "rival", "those", "analysts", "according", "that", "which", "is", "was", "we", "expect", "growth", "stock", "price", "chip", "platform", "software"];
const orgName = () => {
  switch (rnd(16)) {
    case 0: case 1: return `${name()} ${pick(R.corporateSuffixes)}`;
    case 2: case 3: return `${name()} ${pick(R.headWords)}`;
    case 4: return `${name()} ${name()} ${pick(R.headWords)}`;
    case 5: return `${name()}, ${pick(["Inc.", "Corp.", "Ltd", "LLC", "plc", "AG"])}`;
    case 6: return pick(gaz);
    case 7: return camel();
    case 8: return `${pick(R.headWords)} of ${pick([name(), pick(R.places)])}`;
    case 9: return `${name()} ${pick(R.weakHeadWords)}`;
    case 10: return `${pick(R.places)} ${pick(R.headWords)}`;
    case 11: return acronym();
    case 12: return `${name()}.com`;
    case 13: return `${name()}-${name()} ${pick(R.corporateSuffixes)}`;
    case 14: return `${pick(R.demonyms)} ${name()} ${pick(R.headWords)}`;
    default: return name();
  }
};
let triple = ["Quaver", "Norlis", "Talsto"];
const person = () => pick([`${pick(R.firstNames)} ${name()}`, `${pick(R.firstNames)} ${name()}`, `${pick(R.honorifics)} ${name()}`, name(), `${pick(R.firstNames)} ${pick(["J.", "K."])} ${name()}`, `${pick(R.firstNames)} ${pick(R.namePrefixes)}${name()}`]);
const role = () => pick(speech.roleWords);
const phrase = () => {
  switch (rnd(41)) {
    case 0: return `${orgName()}, ${orgName()} and ${orgName()}`;
    case 1: return `${orgName()} and ${name()}`;
    case 2: return `${name()}, ${name()}, ${name()} or ${orgName()}`;
    case 3: return `${name()}’s ${pick(R.possessiveBusinessNouns)}${rnd(3) ? "" : " " + pick(R.possessiveNotAfter)}`;
    case 4: return `${name()}'s ${pick(lowerWords)} ${pick(R.possessiveBusinessNouns)}`;
    case 5: return `${name()}-${pick(R.attributeTails)} ${pick(lowerWords)}`;
    case 6: return `${orgName()} (${pick(["NASDAQ", "NYSE", "LSE", "Nasdaq"])}: ${acronym()})`;
    case 7: { const a = (triple = [name(), name(), name()]); return `${a.join(" ")} (${rnd(3) ? a.map((w) => w[0]).join("") : acronym()})`; }
    case 8: return `${role()} of ${orgName()}`;
    case 9: return `${person()}, ${role()} at ${orgName()},`;
    case 10: return `${pick(lowerWords)} ${pick(R.dealContexts)} ${name()}`;
    case 11: return `${name()} ${pick(R.orgVerbs)} ${orgName()}`;
    case 12: return `${pick(R.productCues.before)} ${name()}`;
    case 13: return `${name()}, ${pick(["its", "the", "a", `${name()}’s`])} ${pick(R.productCues.after)}`;
    case 14: return `${name()} ${pick(R.facilityNouns)}`;
    case 15: return `${pick(R.workplaceNouns)} at ${pick(["", "the "])}${name()}`;
    case 16: return `${pick(R.headFrames)} ${name()} ${pick(R.weakHeadWords)}`;
    case 17: return `${name()}, ${pick(["a", "an", "the", "which is the"])} ${pick(lowerWords)} ${pick(R.orgNouns)}`;
    case 18: return `@${pick([name(), name().toLowerCase(), pick(gaz).replace(/\W/g, ""), name().toLowerCase() + pick(["hq", "inc", "news"])])}`;
    case 19: return `${pick(R.stopWords)} ${name()} ${pick(R.headWords)}`;
    case 20: return `${pick(R.months)} ${1 + rnd(28)}`;
    case 21: return `${pick(R.weekdays)}`;
    case 22: return `${pick(R.places)}-based ${name()}`;
    case 23: return `${pick(["according to", "told", "data from", "reported by"])} ${orgName()}`;
    case 24: return `${name()} ${pick(["said", "says", "told", "added", "declined", "will", "has"])}`;
    case 25: return `${pick(R.orgNouns)} ${name()}`;
    case 26: return `${cap(pick(R.orgNouns))} ${name()} ${pick(R.orgVerbs)}`;
    case 27: return `${pick(R.productNames)}`;
    case 28: return `${pick(R.weakNames)}`;
    case 29: return `${acronym()}’s ${pick(R.possessiveBusinessNouns)}`;
    case 30: return `${name()} ${name()} ${name()}`;
    case 31: return `${name()} ${pick(R.weakHeadWords)} for ${name()}`;
    case 32: return `${cap(pick(lowerWords))} ${name()}`;
    case 33: return `${pick(R.firstNames)} ${pick(R.places)}`;
    case 34: return `${orgName()} & ${orgName()}`;
    case 35: return `the ${pick(R.orgNouns)}`;
    case 36: return `${name()}/${name()}`;
    case 37: return rnd(2) ? `${name().toUpperCase()}` : `${triple.join(" ")} ${pick(lowerWords)}`;
    case 39: return rnd(2) ? `${triple.map((w) => w[0]).join("")} ${pick(R.orgVerbs)}` : `${triple.map((w) => w[0]).join("")}’s ${pick(lowerWords)}`;
    case 38: return `${pick(["e", "i", "x"])}${name()}`;
    default: return orgName();
  }
};
const sentence = () => {
  const n = 1 + rnd(6);
  let s = "";
  for (let i = 0; i < n; i++) {
    const w = rnd(2) ? phrase() : Array.from({ length: 1 + rnd(5) }, () => pick(lowerWords)).join(" ");
    s += (i ? pick([" ", " ", ", ", " and ", " of ", "; ", " — ", " (", ") "]) : "") + w;
  }
  s = cap(s);
  const q = () => `${pick(["“", '"'])}${cap(pick(lowerWords))} ${pick(lowerWords)} ${pick(lowerWords)} ${pick(lowerWords)} ${pick(lowerWords)}${pick([",", ".", ""])}${pick(["”", '"'])}`;
  switch (rnd(8)) {
    case 0: return `${q()} said ${person()}, ${role()} of ${orgName()}.`;
    case 1: return `${q()} ${pick([orgName(), person(), "the company"])} said.`;
    case 2: return `${person()}, ${pick(["a", "the"])} ${role()} at ${orgName()}, said ${q()}`;
    default: return s + pick([".", ".", ".", "!", "?", ""]);
  }
};
const heading = () => {
  const ws = [];
  for (let i = 0, n = 3 + rnd(7); i < n; i++) ws.push(rnd(3) ? cap(pick([...R.headlineVerbs, ...lowerWords])) : phrase());
  return ws.join(" ") + pick(["", "", ":", "?", " - What It Means?"]);
};
for (let d = 0; d < nGen; d++) {
  let t = "";
  const n = 1 + rnd(14);
  for (let i = 0; i < n; i++) {
    const part = rnd(7) === 0 ? heading() : rnd(12) === 0 ? `${pick(["*", "-", "•", "1."])} ${sentence()}` : sentence();
    t += part + (i + 1 < n ? pick([" ", " ", "\n", "\n\n", "\n\n", "\r\n"]) : "");
  }
  add(`gen:${d}`, t, "2025-11-04");
}
// Long capitalised runs and near-misses (the shapes the fuzz found quadratic), kept small.
const longs = [
  () => Array.from({ length: 50 + rnd(400) }, () => "Aa").join(" "),
  () => Array.from({ length: 50 + rnd(300) }, () => pick([name(), pick(R.headWords), "of", "and", pick(R.corporateSuffixes)])).join(" "),
  () => Array.from({ length: 50 + rnd(300) }, () => `${name()}’s`).join(" "),
  () => Array.from({ length: 50 + rnd(300) }, () => pick([name(), acronym(), "&", "-", "."])).join(pick([" ", "-", "/"])),
  () => Array.from({ length: 50 + rnd(200) }, () => `${name()},`).join(" ") + " and " + orgName(),
];
for (let d = 0; d < 200; d++) add(`long:${d}`, longs[d % longs.length](), "2025-11-04");

// ---- running ------------------------------------------------------------------------------------
const row = (f) => [f.start, f.end, f.rule, JSON.stringify(f.value)];
const qrow = (f) => [f.start, f.end, f.value.speaker ?? null, f.value.role ?? null];

if (oldDir) {
  // In-process A/B: both org builds see the same text and the same facts of the earlier extractors;
  // the current quote extractor is run on each build's org facts.
  const A = (await import(resolve(oldDir, "extract/org.js"))).orgExtractor;
  const B = (await import(join(distDir, "extract/org.js"))).orgExtractor;
  const before = EXTRACTORS.slice(0, EXTRACTORS.findIndex((e) => e.name === "org"));
  const quote = EXTRACTORS.find((e) => e.name === "quote");
  let diffs = 0, nOrg = 0, nQuote = 0;
  const cpu = { old: 0, new: 0 };
  docs.forEach((d, di) => {
    let found = [];
    for (const ex of before) {
      const more = ex.extract({ text: d.text, refDate: d.ref, sourceId: d.id, found });
      if (more.length) found = found.concat(more);
    }
    const ctx = { text: d.text, refDate: d.ref, sourceId: d.id, found };
    const runs = {};
    for (const k of di % 2 ? ["new", "old"] : ["old", "new"]) {
      const t0 = process.cpuUsage();
      runs[k] = (k === "old" ? A : B).extract(ctx);
      const t1 = process.cpuUsage(t0);
      cpu[k] += t1.user + t1.system;
    }
    const sa = JSON.stringify(runs.old.map(row)), sb = JSON.stringify(runs.new.map(row));
    nOrg += runs.new.length;
    const qa = JSON.stringify(quote.extract({ ...ctx, found: found.concat(runs.old) }).map(qrow));
    const qbFacts = quote.extract({ ...ctx, found: found.concat(runs.new) });
    nQuote += qbFacts.length;
    const qb = JSON.stringify(qbFacts.map(qrow));
    if ((sa !== sb || qa !== qb) && ++diffs <= 20) {
      console.log(`DIFF ${d.id}: ${JSON.stringify(d.text.slice(0, 300))}`);
      if (sa !== sb) console.log(`  old orgs: ${sa}\n  new orgs: ${sb}`);
      if (qa !== qb) console.log(`  old speakers: ${qa}\n  new speakers: ${qb}`);
    }
  });
  const bytes = docs.reduce((s, d) => s + d.text.length, 0);
  console.log(`org-diff --old: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${nOrg} org facts, ${nQuote} quotes; org CPU: old ${(cpu.old / 1e3).toFixed(0)} ms, new ${(cpu.new / 1e3).toFixed(0)} ms`);
  console.log(diffs ? `org-diff: ${diffs} documents differ` : "org-diff: identical to the old build");
  process.exit(diffs ? 1 : 0);
}

const old = write ? null : readSnapshot("org-diff", out, docs);

const snap = {};
let nOrg = 0, nQuote = 0;
const t0 = performance.now();
for (const d of docs) {
  const all = extractAll(d.text, { refDate: d.ref, sourceId: d.id });
  const orgs = all.filter((f) => f.type === "org").map(row);
  const quotes = all.filter((f) => f.type === "quote").map(qrow);
  nOrg += orgs.length;
  nQuote += quotes.length;
  snap[d.id] = { orgs, quotes };
}
const ms = performance.now() - t0;
const bytes = docs.reduce((s, d) => s + d.text.length, 0);
const digest = createHash("sha256").update(JSON.stringify(Object.values(snap).map((s) => s.orgs))).digest("hex").slice(0, 16);
console.log(`org-diff: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${nOrg} org facts, ${nQuote} quotes, ${ms.toFixed(0)} ms, org digest ${digest}`);

if (write) {
  writeFileSync(out, JSON.stringify({ docs, facts: snap }));
  console.log(`org-diff: snapshot written to ${out}`);
  process.exit(0);
}
let orgDiffs = 0, quoteDiffs = 0;
const maxShown = args.includes("--max-shown") ? Number(args[args.indexOf("--max-shown") + 1]) : 20;
for (const d of docs) {
  const was = old.facts[d.id];
  const now = snap[d.id];
  const o = JSON.stringify(was.orgs) !== JSON.stringify(now.orgs);
  const q = JSON.stringify(was.quotes) !== JSON.stringify(now.quotes);
  if (!o && !q) continue;
  if (o) orgDiffs++;
  else quoteDiffs++;
  if (orgDiffs + quoteDiffs <= maxShown) {
    console.log(`DIFF ${d.id}${o ? "" : " (speakers only: org facts are the same, so quote.ts changed?)"}: ${JSON.stringify(d.text.slice(0, 300))}`);
    if (o) console.log(`  was orgs: ${JSON.stringify(was.orgs)}\n  now orgs: ${JSON.stringify(now.orgs)}`);
    if (q) console.log(`  was speakers: ${JSON.stringify(was.quotes)}\n  now speakers: ${JSON.stringify(now.quotes)}`);
  }
}
if (quoteDiffs) console.log(`org-diff: ${quoteDiffs} documents differ only in quote speakers, with the same org facts`);
console.log(orgDiffs || quoteDiffs ? `org-diff: ${orgDiffs} documents differ in org facts` : "org-diff: identical to the snapshot");
process.exit(orgDiffs || quoteDiffs ? 1 : 0);
