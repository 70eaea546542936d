// Shared parts of the differential checks (scripts/{date,org,quote}-diff.mjs): the real texts they
// run over, a deterministic random source for their generated texts, and the snapshot they compare
// with. A differential check proves a speed change left an extractor's output as it was.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";

/** Article files under `dir`, sorted, recursively. */
export function articleFiles(dir, acc = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) articleFiles(p, acc);
    else if (/\.(txt|md|html?)$/.test(e.name)) acc.push(p);
  }
  return acc;
}

/**
 * The real texts: the seeds (../shared/seeds), fixtures/deals and fixtures/mixed (never the
 * held-out fixtures/holdout), every text of test/corpus/*.json and every "input" of
 * ../shared/peer-suites/*.jsonl, each handed to `add(id, text, refDate)`.
 */
export function addRealTexts({ root, shared, add }) {
  for (const p of articleFiles(join(shared, "seeds"))) add(p.slice(shared.length + 1), readFileSync(p, "utf8"), "2025-11-04");
  for (const sub of ["deals", "mixed"]) for (const p of articleFiles(join(root, "fixtures", sub))) add(p.slice(root.length + 1), readFileSync(p, "utf8"), "2026-03-10");
  const corpusDir = join(root, "test/corpus");
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith(".json")).sort()) {
    const c = JSON.parse(readFileSync(join(corpusDir, f), "utf8"));
    [...(c.positives ?? []), ...(c.negatives ?? [])].forEach((x, i) => add(`${f}:${i}`, x.text, x.refDate ?? "2025-11-03"));
  }
  const suiteDir = join(shared, "peer-suites");
  for (const f of readdirSync(suiteDir).filter((f) => f.endsWith(".jsonl")).sort()) {
    readFileSync(join(suiteDir, f), "utf8").split("\n").filter(Boolean).forEach((l, i) => {
      const c = JSON.parse(l);
      if (typeof c.input === "string") add(`${f}:${i + 1}`, c.input, c.refDate ? String(c.refDate).slice(0, 10) : "2016-11-07");
    });
  }
}

/** xorshift32: the same sequence for the same seed, so generated corpora are reproducible. */
export function xorshift(seed) {
  let s = seed >>> 0 || 1;
  const rnd = (n) => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s % n; };
  return { rnd, pick: (a) => a[rnd(a.length)] };
}

/**
 * The snapshot written by `--write` on the code before a change, or exit 2 when there is none.
 * The documents it holds replace `docs` (texts added since are counted, not compared), so a
 * comparison always runs over exactly the inputs the snapshot was made from.
 */
export function readSnapshot(tool, out, docs) {
  if (!existsSync(out) || !statSync(out).isFile()) {
    console.error(`${tool}: no snapshot at ${out}; run with --write first (on the code before the change)`);
    process.exit(2);
  }
  const old = JSON.parse(readFileSync(out, "utf8"));
  const known = new Set(old.docs.map((d) => d.id));
  const added = docs.filter((d) => !known.has(d.id)).length;
  if (added) console.log(`${tool}: ${added} documents are newer than the snapshot and not compared`);
  docs.length = 0;
  docs.push(...old.docs);
  return old;
}
