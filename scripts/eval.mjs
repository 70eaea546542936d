#!/usr/bin/env node
// Compares two builds of dealfacts over many folders of articles, and scores a build's deal records
// against hand records of real coverage. The working method of docs/measurements.md: every rule
// change is run against the build before it over the fixtures, the seeds and the rounds of real
// articles, and every difference is read.
//
//   node scripts/eval.mjs snap NAME                  copy the built project (dist, rules, bin) to /tmp/snap/NAME
//   node scripts/eval.mjs run NAME OUTDIR [REAL...]  run that copy over every folder (two at a time), one
//                                                    OUTDIR/<folder>.json each, no --ref-date
//                                                    (--real-only: the REAL rounds' folders alone)
//   node scripts/eval.mjs diff OLDDIR NEWDIR         what changed between two runs: record fields, parties,
//                                                    facts added and dropped, folder by folder
//   node scripts/eval.mjs records OUTDIR [REAL...]   the records against the hand records (REAL/_expect/*.json)
//   node scripts/eval.mjs gold OUTDIR                the fixtures' gold (fixtures/gold, fixtures/holdout/gold)
//                                                    scored by ../shared/score.mjs, totals per type
//
// Folders: fixtures/deals/* (fx-<slug>), fixtures/holdout/* (ho-<slug>), fixtures/mixed (mixed),
// ../shared/seeds (seeds), and each REAL round folder's deal folders (r<round>-<slug>). A REAL round
// folder holds one folder of articles per deal and `_expect/<slug>.json`:
//   {"slug", "parties": [[name, alias...], ...], "value": {amount, currency} | null,
//    "announced": "YYYY-MM-DD" | null, "term": "P7Y" | null, "stock": [signed percent...]}
// The real articles are other people's writing and stay outside the repository.
import { readFileSync, readdirSync, existsSync, mkdirSync, cpSync, rmSync, symlinkSync, writeFileSync, statSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const [cmd, ...args] = process.argv.slice(2);

const dirsIn = (d) => (existsSync(d) ? readdirSync(d).filter((n) => !n.startsWith("_") && !n.startsWith(".") && statSync(join(d, n)).isDirectory()).sort() : []);
const roundName = (d) => basename(resolve(d)).toLowerCase();

function folders(real, realOnly = false) {
  const out = [];
  if (!realOnly) {
    for (const s of dirsIn(join(root, "fixtures/deals"))) out.push([`fx-${s}`, join(root, "fixtures/deals", s)]);
    for (const s of dirsIn(join(root, "fixtures/holdout")).filter((s) => s !== "gold")) out.push([`ho-${s}`, join(root, "fixtures/holdout", s)]);
    out.push(["mixed", join(root, "fixtures/mixed")], ["seeds", join(shared, "seeds")]);
  }
  for (const r of real) for (const s of dirsIn(r)) out.push([`r${roundName(r)}-${s}`, join(r, s)]);
  return out;
}

function snap(name) {
  const to = join("/tmp/snap", name);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const p of ["dist", "rules", "bin", "package.json"]) cpSync(join(root, p), join(to, p), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(to, "node_modules"));
  console.log(to);
}

async function run(name, outDir, real, realOnly) {
  const bin = join("/tmp/snap", name, "bin/dealfacts");
  mkdirSync(outDir, { recursive: true });
  const queue = folders(real, realOnly);
  const one = ([id, dir]) => new Promise((done) => {
    const p = spawn(process.execPath, [bin, "extract", dir, "--json", "--jobs", "1"], { stdio: ["ignore", "pipe", "ignore"] });
    const chunks = [];
    p.stdout.on("data", (c) => chunks.push(c));
    p.on("close", () => { writeFileSync(join(outDir, `${id}.json`), Buffer.concat(chunks)); done(); });
  });
  const lane = async () => { for (let f; (f = queue.shift()); ) await one(f); };
  await Promise.all([lane(), lane()]);
}

const load = (p) => { try { return JSON.parse(readFileSync(p, "utf8")); } catch { return null; } };
const show = (f) => (f ? `${JSON.stringify(f.value)} "${f.text}"${f.conflict ? " conflict" : ""}` : "-");

function diff(oldDir, newDir) {
  let changed = 0;
  for (const name of readdirSync(newDir).filter((n) => n.endsWith(".json")).sort()) {
    const a = load(join(oldDir, name)), b = load(join(newDir, name));
    const lines = [];
    if (!a || !b) { lines.push(`  output ${!a ? "old" : "new"} missing or not JSON`); }
    else {
      const ra = a.records ?? [], rb = b.records ?? [];
      for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
        const x = ra[i], y = rb[i], tag = ra.length > 1 || rb.length > 1 ? `record ${i} ` : "";
        const pa = (x?.parties ?? []).map((p) => `${p.name}${p.role ? `(${p.role})` : ""}`).join(", ");
        const pb = (y?.parties ?? []).map((p) => `${p.name}${p.role ? `(${p.role})` : ""}`).join(", ");
        if (pa !== pb) lines.push(`  ${tag}parties: ${pa}\n  ${" ".repeat(tag.length)}      -> ${pb}`);
        const fields = new Set([...Object.keys(x?.fields ?? {}), ...Object.keys(y?.fields ?? {})]);
        for (const k of fields) {
          const fa = x?.fields?.[k], fb = y?.fields?.[k];
          if (show(fa) !== show(fb)) lines.push(`  ${tag}${k}: ${show(fa)} -> ${show(fb)}`);
          const ca = new Set((fa?.claims ?? []).map((c) => `${c.source}:${c.start} "${c.text}"${c.agrees === false ? " (disagrees)" : ""}`));
          const cb = new Set((fb?.claims ?? []).map((c) => `${c.source}:${c.start} "${c.text}"${c.agrees === false ? " (disagrees)" : ""}`));
          for (const c of ca) if (!cb.has(c)) lines.push(`  ${tag}${k} claim - ${c}`);
          for (const c of cb) if (!ca.has(c)) lines.push(`  ${tag}${k} claim + ${c}`);
        }
      }
      const key = (f) => `${f.type} ${f.source}:${f.start}-${f.end} "${f.text}" ${JSON.stringify(f.value)}`;
      const fa = new Set((a.facts ?? []).map(key)), fb = new Set((b.facts ?? []).map(key));
      for (const f of fa) if (!fb.has(f)) lines.push(`  fact - ${f}`);
      for (const f of fb) if (!fa.has(f)) lines.push(`  fact + ${f}`);
    }
    if (lines.length) { changed++; console.log(`== ${name.replace(/\.json$/, "")}\n${lines.join("\n")}`); }
  }
  console.log(`${changed} folder(s) changed`);
}

const norm = (s) => String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const sameName = (a, b) => { const x = norm(a), y = norm(b); return !!x && !!y && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `)); };
const signed = (v) => (v && typeof v.value === "number" ? (v.direction === "down" ? -v.value : v.value) : null);

function records(outDir, real, quiet) {
  const tally = {};
  const count = (field, ok, applies = true) => { if (!applies) return; const t = (tally[field] ??= [0, 0]); t[1]++; if (ok) t[0]++; };
  for (const r of real) for (const file of existsSync(join(r, "_expect")) ? readdirSync(join(r, "_expect")).filter((n) => n.endsWith(".json")).sort() : []) {
    const e = load(join(r, "_expect", file));
    if (!e) { console.log(`bad hand record ${file}`); continue; }
    const out = load(join(outDir, `r${roundName(r)}-${e.slug ?? file.replace(/\.json$/, "")}.json`));
    const rec = out?.record ?? { parties: [], fields: {} };
    const got = (rec.parties ?? []).slice(0, 2).map((p) => p.name);
    const want = (e.parties ?? []).slice(0, 2);
    const okParties = want.length > 0 && want.every((names) => got.some((g) => names.some((n) => sameName(g, n))));
    const v = rec.fields?.value?.value, ev = e.value;
    const okValue = !!ev && !!v && v.currency === ev.currency && Math.abs(v.amount - ev.amount) <= 0.02 * ev.amount;
    const a = rec.fields?.announced?.value?.iso ?? null;
    const t = rec.fields?.term?.value?.iso ?? null;
    const s = rec.fields?.stock;
    const sv = s?.type === "percent" || typeof s?.value?.value === "number" ? signed(s.value) : null;
    const okStock = sv !== null && (e.stock ?? []).some((x) => Math.abs(x - sv) <= 0.1);
    count("parties", okParties);
    count("value", okValue, !!ev);
    count("announced", a === (e.announced ?? null));
    count("term", t === (e.term ?? null));
    count("stock", okStock, (e.stock ?? []).length > 0);
    if (!quiet) {
      const bad = [];
      if (!okParties) bad.push(`parties ${JSON.stringify(got)} want ${JSON.stringify(want.map((n) => n[0]))}`);
      if (ev && !okValue) bad.push(`value ${v ? `${v.amount} ${v.currency}` : "-"} want ${ev.amount} ${ev.currency}`);
      if (a !== (e.announced ?? null)) bad.push(`announced ${a} want ${e.announced}`);
      if (t !== (e.term ?? null)) bad.push(`term ${t} want ${e.term}`);
      if ((e.stock ?? []).length && !okStock) bad.push(`stock ${sv ?? (s ? show(s) : "-")} want ${JSON.stringify(e.stock)}`);
      if (bad.length) console.log(`${roundName(r)}/${e.slug}: ${bad.join("; ")}`);
    }
  }
  console.log(Object.entries(tally).map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(", "));
}

function gold(outDir) {
  const sets = [];
  for (const g of readdirSync(join(root, "fixtures/gold")).filter((n) => n.endsWith(".gold.json")).sort()) {
    const slug = g.replace(/\.gold\.json$/, "");
    const id = slug === "mixed" ? "mixed" : `fx-${slug}`;
    sets.push([join(root, "fixtures/gold", g), slug === "mixed" ? join(root, "fixtures/mixed") : join(root, "fixtures/deals", slug), id]);
  }
  for (const g of readdirSync(join(root, "fixtures/holdout/gold")).filter((n) => n.endsWith(".gold.json")).sort()) {
    const slug = g.replace(/\.gold\.json$/, "");
    sets.push([join(root, "fixtures/holdout/gold", g), join(root, "fixtures/holdout", slug), `ho-${slug}`]);
  }
  const totals = {}, checks = [0, 0];
  for (const [g, src, id] of sets) {
    const input = join(outDir, `${id}.json`);
    if (!existsSync(input) || !existsSync(src)) { console.log(`no output or sources for ${id}`); continue; }
    const r = spawnSync(process.execPath, [join(shared, "score.mjs"), "--gold", g, "--sources", src, "--input", input, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 });
    const text = r.stdout.split("\nscore:")[0];
    let s;
    try { s = JSON.parse(text); } catch { console.log(`score failed for ${id}`); continue; }
    for (const [type, t] of Object.entries(s.types ?? {})) {
      const x = (totals[type] ??= [0, 0, 0]);
      if ("accuracy" in t) { x[0] += t.right; x[1] += t.of; } else { x[0] += t.found; x[1] += t.gold; x[2] += t.false; }
    }
    for (const c of s.checks ?? []) { checks[1]++; if (c.ok) checks[0]++; }
  }
  console.log(Object.entries(totals).map(([k, [a, b, f]]) => `${k} ${a}/${b}${f ? ` (false ${f})` : ""}`).join(", ") + `, record ${checks[0]}/${checks[1]}`);
}

const reals = (xs) => xs.filter((x) => !x.startsWith("--")).map((x) => resolve(x));
if (cmd === "snap" && args[0]) snap(args[0]);
else if (cmd === "run" && args[1]) await run(args[0], resolve(args[1]), reals(args.slice(2)), args.includes("--real-only"));
else if (cmd === "diff" && args[1]) diff(resolve(args[0]), resolve(args[1]));
else if (cmd === "records" && args[0]) records(resolve(args[0]), reals(args.slice(1)), args.includes("--quiet"));
else if (cmd === "gold" && args[0]) gold(resolve(args[0]));
else { console.error("usage: eval.mjs snap NAME | run NAME OUTDIR [REAL...] | diff OLD NEW | records OUTDIR [REAL...] [--quiet] | gold OUTDIR"); process.exit(2); }
