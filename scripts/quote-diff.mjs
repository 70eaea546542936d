#!/usr/bin/env node
// Differential check for the quote and money extractors (and the number reader they share with
// percent, quantity and duration): runs extractAll (dist/extract/index.js) over a large, varied
// corpus and writes or compares a snapshot of every quote, money, percent, quantity and duration
// fact (start, end, rule, value). A speed change to these extractors must leave it unchanged.
//
//   npx tsc -p tsconfig.json
//   node scripts/quote-diff.mjs --write [--out FILE]   # record the snapshot (on the code before a change)
//   node scripts/quote-diff.mjs [--out FILE]           # compare with it (after a change); exit 1 on any difference
//   node scripts/quote-diff.mjs --old DIR              # no snapshot: run DIR/extract/{quote,money,…}.js (a
//                                                      #   copy of an older dist/) beside the current build on
//                                                      #   the very same inputs, in one process; exit 1 on any difference
//   --module DIR                                       # another build instead of dist/ (the one to check)
//   --gen N, --seed S                                  # generated documents (default 4000), their random seed
//
// Quotes read the organisations found before them (ctx.found): the snapshot keeps, per document, a
// digest of the org facts too, so a difference caused by a change to the org extractor (someone
// else's file) is reported apart from one caused by quote.ts. Each document is also run through the
// quote extractor alone with no org facts at all (a run independent of org.ts). --old compares
// with the org facts of the old build fed to both, so org changes cannot show up there.
//
// The corpus: the seeds (../shared/seeds), fixtures/deals and fixtures/mixed, the texts of every
// test/corpus/*.corpus.json, every "input" of ../shared/peer-suites/*.jsonl, and a deterministic
// generated corpus of quote-heavy texts: invented names, roles and organisations, attributions
// before and after ("…," said X / X said / as X put it / according to X / X, CEO of Y, said: "…"),
// pronouns and "the company", straight, curly and low-9 marks, nested single quotes, unterminated
// quotes, inch marks, paragraph breaks, long lines, scare quotes, money and percentages, plus
// character soup of quote marks, commas, spaces and words. The snapshot lives outside the
// repository by default (it holds seed facts).
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
const out = opt("--out", "/tmp/quote-diff.snapshot.json");
const distDir = resolve(opt("--module", join(root, "dist")));
const oldDir = opt("--old", null);
const nGen = Number(opt("--gen", "4000"));
const TYPES = ["quote", "money", "percent", "quantity", "duration"];

const { EXTRACTORS, extractAll } = await import(join(distDir, "extract/index.js"));
const { quoteExtractor } = await import(join(distDir, "extract/quote.js"));

/** @type {{id: string, text: string, ref: string | null}[]} */
const docs = [];
const add = (id, text, ref) => docs.push({ id, text, ref });

// ---- real texts ---------------------------------------------------------------------------------
addRealTexts({ root, shared, add });

// ---- generated quote-heavy texts (deterministic: xorshift) ---------------------------------------
const { rnd, pick } = xorshift(Number(opt("--seed", String(0x51ed270b))) >>> 0 || 1);
const speech = JSON.parse(readFileSync(join(root, "rules/speech.json"), "utf8"));
const firsts = ["Jane", "Tobias", "Marta", "Oren", "Priya", "Luis", "Ana", "Kwame", "Sofia", "Henrik", "Mei", "Ravi", "Elena", "Jonas", "Aisha", "Dmitri", "Chloé", "José", "Li", "Ngozi"];
const lasts = ["Roe", "Renwick", "Quill", "Falk", "Menon", "Ortega", "Vask", "Mensah", "Lindqvist", "Tanaka", "Novak", "Brennan", "van Dalen", "O'Hara", "D’Amico", "de Souza", "Okafor", "Hale-Burton", "Marsh", "Ito"];
const orgs = ["Acme Corp", "Northwind Capital", "Globex Inc.", "Halden Ro", "Brisbury Research", "Tallis", "Vantor Systems", "Kestrel Bank", "Orbit Labs", "Pellmark Holdings", "Cindral AG", "Fenwater Partners", "Lumora", "Stroud & Vale LLP", "the European Commission", "Quarrow Energy"];
const roles = ["CEO", "chief executive", "chief financial officer", "Chief Executive", "founder", "co-founder", "senior analyst", "spokesperson", "managing director", "Vice President", "economist", "head of deals", "partner", "general counsel", "chairwoman"];
const words = ["we", "are", "very", "pleased", "the", "deal", "will", "create", "value", "for", "shareholders", "and", "customers", "this", "is", "a", "great", "day", "our", "team", "growth", "market", "it", "not", "about", "price", "next", "year", "strong", "fit", "combined", "company", "can", "move", "faster", "than", "anyone", "expected", "Europe", "Asia", "Monday", "platform", "cloud", "scale", "risk", "regulators", "approval", "says", "said", "told", "according", "to", "as", "he", "she", "they", "CEO"];
const numWords = ["one", "two", "three", "five", "ten", "twelve", "twenty", "twenty-three", "forty five", "ninety", "a hundred", "one hundred and five", "two hundred", "a thousand", "three thousand", "a dozen", "half a", "a", "an", "five point two", "seven and a half", "fifty fifty", "zero", "a couple of"];
const scales = ["", "", " million", " billion", " thousand", " trillion", "m", "bn", " mln", " crore", " lakh", "k"];
const curWords = [" dollars", " euros", " pounds", " yen", " cents", " pence", " rupees", " francs", " US dollars", " pounds of flour", "", "%", " percent", " per cent", " shares", " years", " days", " employees", " points"];
const wordMoney = () => pick([`${pick(numWords)}${pick(scales)}${pick(curWords)}`, `${pick(["a", "an", "A"])} ${pick(["dollar", "penny", "buck", "cent", "euro", "euros"])}`, `${pick(["$", "€", "£", "US$", "USD ", "EUR ", "Rs. ", "C$"])}${pick(numWords)}${pick(scales)}`, `${rnd(100)}-${rnd(100)}${pick(scales)}${pick(curWords)}`, `between $${rnd(10)} and $${rnd(20)}${pick(scales)}`, `from ${rnd(10)} to ${rnd(30)}${pick(curWords)}`, `${rnd(50)} dollars ${rnd(100)} cents`, `$${rnd(9)} and ${rnd(99)}c`, `${pick(["up to", "more than", "about", "nearly", "at least", "an estimated", "roughly"])} ${pick(["$", "€", ""])}${rnd(900)}${pick(scales)}${pick(curWords)}`]);
const money = () => rnd(3) === 0 ? wordMoney() : pick([`$${1 + rnd(900)} million`, `$${rnd(20)}.${rnd(10)} billion`, `€${rnd(500)}m`, `£${rnd(90)}bn`, `US$${rnd(1000)},${String(rnd(1000)).padStart(3, "0")}`, `${rnd(300)} million euros`, `$${rnd(80)}.${String(rnd(100)).padStart(2, "0")} a share`, `${rnd(50)}%`, `${rnd(9)}.${rnd(10)} percent`, `half a billion dollars`, `about $${rnd(9)} billion`, `up to ¥${rnd(900)} billion`, `CHF ${rnd(99)} million`, `${rnd(40)} cents`]);
const person = () => {
  const f = pick(firsts), l = pick(lasts);
  return pick([`${f} ${l}`, `${f} ${l}`, `${f} ${pick(["J.", "K.", "M."])} ${l}`, l, `Dr. ${l}`, `Ms. ${f} ${l}`]);
};
const role = () => pick([pick(roles), `${pick(roles)} of ${pick(orgs)}`, `${pick(roles)} at ${pick(orgs)}`, `${pick(orgs)} ${pick(roles)}`, `a ${pick(roles)} at ${pick(orgs)}`, `the ${pick(roles)}`]);
const body = () => {
  const n = rnd(9) === 0 ? 1 + rnd(3) : 3 + rnd(rnd(8) === 0 ? 60 : 20);
  let s = "";
  for (let i = 0; i < n; i++) {
    let w = rnd(12) === 0 ? money() : rnd(15) === 0 ? pick(orgs) : pick(words);
    if (i === 0) w = w[0].toUpperCase() + w.slice(1);
    if (rnd(25) === 0) w = pick([`‘${w}’`, `'${w}'`, `${w}'s`, `${w}’s`, `27" screen`, `5'9"`, `“${w}”`, `"${w}"`]);
    s += (i ? (rnd(10) === 0 ? ", " : rnd(40) === 0 ? "; " : rnd(60) === 0 ? " — " : " ") : "") + w;
  }
  return s;
};
const marks = () => pick([["“", "”"], ["“", "”"], ['"', '"'], ['"', '"'], ["„", "“"], ["”", "”"], ["“", ""], ['"', ""], ["«", "»"], ["“", '"']]);
const q = (end = pick([",", ",", ".", "", "?", "!", ",”"])) => { const [o, c] = marks(); return `${o}${body()}${end}${c}`; };
const verb = () => pick(speech.verbs);
const intro = () => pick(speech.introVerbs);
const pron = () => pick(["he", "she", "He", "She", "it", "they", "the company", "the firm", "a spokesperson", "the bank's spokesperson", "the statement"]);
const sentence = () => {
  switch (rnd(26)) {
    case 0: return `${q()} ${verb()} ${person()}.`;
    case 1: return `${q()} ${person()} ${verb()}.`;
    case 2: return `${q()} ${person()}, ${role()}, ${verb()}.`;
    case 3: return `${q()} ${verb()} ${person()}, ${role()}.`;
    case 4: return `${q()} as ${person()} ${pick(["put it", "puts it", "said", "claimed"])}.`;
    case 5: return `${q()} according to ${person()}, ${role()}.`;
    case 6: return `According to ${pick([person(), pick(orgs), pron()])}, ${q(".")}`;
    case 7: return `${person()} ${intro()} ${pick(["that ", "", ": ", ", "])}${q(".")}`;
    case 8: return `${role()} ${person()} ${intro()}: ${q(".")}`;
    case 9: return `${pick(["On a call last week", "In an interview", "Speaking in Paris", "Later"])}, ${person()} ${intro()} ${q(".")}`;
    case 10: return `${q()} ${pron()} ${verb()}.`;
    case 11: return `${pron()} ${verb()} ${q(".")}`;
    case 12: return `${q()} ${pick(orgs)} ${pick(["said", "said in a statement", "wrote in a memo", "told investors"])}.`;
    case 13: return `As ${person()} put it:\n${q(".")}`;
    case 14: return q(".");
    case 15: return `The so-called ${q("")} ${pick(["plan", "deal", "talks"])} ${pick(["stalled", "went ahead", "is off"])}.`;
    case 16: return `${pick(orgs)} agreed to buy ${pick(orgs)} for ${money()}, ${pick(["the companies said", "it said", "people familiar said", "according to a filing"])}.`;
    case 17: return `${person()}, ${role()}, ${intro()} the deal was ${q(".")}`;
    case 18: return `${q()} ${verb()} ${pick(roles)} ${person()}, ${pick(["adding that", "who joined in 2019", "in a statement", "speaking to reporters"])} ${q(".")}`;
    case 19: return `${pick(orgs)} shares rose ${money()} to ${money()} on ${pick(["Monday", "Tuesday", "March 3"])}.`;
    case 20: return `${q()} ${pick(["said", "says"])} ${person()} ${pick(["in", "on", "at", "during", "of", "at"])} ${pick(["Monday", "a call", pick(orgs), "the event"])}.`;
    case 21: return `${q()} ${verb()} ${person()} (${role()}).`;
    case 22: return `${q()} ${verb()} ${person()} – ${role()} – ${pick(["in a memo", "on Friday", ""])}.`;
    case 23: return `${person()} ${intro()} ${q(",")} ${q(".")}`;
    case 24: return `${q()} ${q()} ${verb()} ${person()}.`;
    default: return `${pick(orgs)} ${pick(["said", "expects", "reported"])} ${body()}.`;
  }
};
const seps = [" ", " ", " ", "\n", "\n\n", "\n\n", "\r\n\r\n", "  "];
for (let d = 0; d < nGen; d++) {
  let t = "";
  const n = 2 + rnd(18);
  const long = rnd(6) === 0; // one unwrapped paragraph
  for (let i = 0; i < n; i++) t += sentence() + (i + 1 < n ? (long ? " " : pick(seps)) : "");
  add(`gen:${d}`, t, "2025-11-04");
}
// Character soup: quote marks, commas, spaces, digits and words in random order.
const soup = ['"', '"', "“", "”", "„", "'", "’", "‘", ",", ", ", " ", " ", "  ", ".", "\n", "\n\n", "12", '27"', "said", "says", "Jane Roe", "Roe", "he", "Acme Corp", "CEO", "according to", "as", "put it", "the company", ":", "—", "(", ")", "well", "Yes", "no", "$5 million", "10%", "a", "The", "Mr.", "U.S.", "«", "»"];
for (let d = 0; d < Math.floor(nGen / 4); d++) {
  let t = "";
  const n = 5 + rnd(120);
  for (let i = 0; i < n; i++) t += pick(soup);
  add(`soup:${d}`, t, "2025-11-04");
}

// ---- running ------------------------------------------------------------------------------------
const row = (f) => [f.start, f.end, f.rule, JSON.stringify(f.value)];
const orgDigest = (facts) => createHash("sha1").update(JSON.stringify(facts.filter((f) => f.type === "org").map(row))).digest("hex").slice(0, 12);

if (oldDir) {
  // In-process A/B: both builds see the same text and the same found facts.
  const names = ["quote", "money", "percent", "quantity", "duration"];
  const load = async (dir) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await import(resolve(dir, `extract/${n}.js`)))[`${n}Extractor`]])));
  const A = await load(oldDir);
  const B = await load(distDir);
  // The facts found before each compared extractor come from the old build's extractors (a frozen
  // copy), so work in progress on other extractors (org.ts) cannot disturb the comparison.
  const { EXTRACTORS: OLD_EXTRACTORS } = await import(resolve(oldDir, "extract/index.js"));
  let diffs = 0, nFacts = 0;
  const cpu = { old: 0, new: 0 };
  docs.forEach((d, di) => {
    let found = [];
    for (const ex of OLD_EXTRACTORS) {
      const ctx = { text: d.text, refDate: d.ref, sourceId: d.id, found };
      if (names.includes(ex.name)) {
        const variants = ex.name === "quote" ? [found, []] : [found];
        for (const fv of variants) {
          const c = { ...ctx, found: fv };
          // Alternate which build runs first, so neither always pays for a cold cache.
          const first = di % 2 ? "new" : "old";
          const runs = {};
          for (const k of first === "old" ? ["old", "new"] : ["new", "old"]) {
            const t0 = process.cpuUsage();
            runs[k] = (k === "old" ? A : B)[ex.name].extract(c).map(row);
            const t1 = process.cpuUsage(t0);
            cpu[k] += t1.user + t1.system;
          }
          const a = runs.old, b = runs.new;
          nFacts += b.length;
          const sa = JSON.stringify(a), sb = JSON.stringify(b);
          if (sa !== sb && ++diffs <= 20) {
            console.log(`DIFF ${ex.name} ${d.id}${fv === found ? "" : " (no org facts)"}: ${JSON.stringify(d.text.slice(0, 300))}`);
            console.log(`  old: ${sa}`);
            console.log(`  new: ${sb}`);
          }
        }
      }
      const more = ex.extract(ctx);
      if (more.length) found = found.concat(more);
    }
  });
  const bytes = docs.reduce((s, d) => s + d.text.length, 0);
  console.log(`quote-diff --old: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${nFacts} facts; CPU in the compared extractors: old ${(cpu.old / 1e3).toFixed(0)} ms, new ${(cpu.new / 1e3).toFixed(0)} ms`);
  console.log(diffs ? `quote-diff: ${diffs} differences` : "quote-diff: identical to the old build");
  process.exit(diffs ? 1 : 0);
}

const old = write ? null : readSnapshot("quote-diff", out, docs);

const snap = {};
let nFacts = 0;
const t0 = performance.now();
for (const d of docs) {
  const all = extractAll(d.text, { refDate: d.ref, sourceId: d.id });
  const facts = all.filter((f) => TYPES.includes(f.type)).map((f) => [f.type, ...row(f)]);
  const alone = quoteExtractor.extract({ text: d.text, refDate: d.ref, sourceId: d.id, found: [] }).map(row);
  nFacts += facts.length + alone.length;
  snap[d.id] = { facts, alone, orgs: orgDigest(all) };
}
const ms = performance.now() - t0;
const bytes = docs.reduce((s, d) => s + d.text.length, 0);
const digest = createHash("sha256").update(JSON.stringify(Object.values(snap).map((s) => [s.facts, s.alone]))).digest("hex").slice(0, 16);
console.log(`quote-diff: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${nFacts} facts, ${ms.toFixed(0)} ms, digest ${digest}`);

if (write) {
  writeFileSync(out, JSON.stringify({ docs, facts: snap }));
  console.log(`quote-diff: snapshot written to ${out}`);
  process.exit(0);
}
let diffs = 0;
let orgCaused = 0;
for (const d of docs) {
  const was = old.facts[d.id];
  const now = snap[d.id];
  const a = JSON.stringify([was.facts, was.alone]);
  const b = JSON.stringify([now.facts, now.alone]);
  if (a === b) continue;
  // With different org facts, quotes may differ without any fault of quote.ts (unless the run without org facts differs too).
  if (was.orgs !== now.orgs && JSON.stringify(was.alone) === JSON.stringify(now.alone) && JSON.stringify(was.facts.filter((f) => f[0] !== "quote")) === JSON.stringify(now.facts.filter((f) => f[0] !== "quote"))) {
    orgCaused++;
    continue;
  }
  diffs++;
  if (diffs <= 20) {
    console.log(`DIFF ${d.id}: ${JSON.stringify(d.text.slice(0, 300))}`);
    console.log(`  was: ${a}`);
    console.log(`  now: ${b}`);
  }
}
if (orgCaused) console.log(`quote-diff: ${orgCaused} documents differ only in quotes where the org facts changed too (org.ts, not quote.ts; use --old for an exact A/B)`);
console.log(diffs ? `quote-diff: ${diffs} documents differ` : "quote-diff: identical to the snapshot");
process.exit(diffs ? 1 : 0);
