#!/usr/bin/env node
// Generalisation check for the organisation extractor: the gazetteer may hold well-known
// organisations, but the patterns must find organisations that are in no list. This removes from
// the gazetteer every organisation that a gold annotation names, runs the scorer with that reduced
// gazetteer (a copy of rules/ in a temporary folder, named by DEALFACTS_RULES_HOME; the project's
// rules/ is never touched), and prints the org line, so what the patterns alone achieve is measured.
//   node scripts/org-ablation.mjs --gold ../shared/gold/seeds.gold.json --sources ../shared/seeds
import { readFileSync, writeFileSync, cpSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
const goldPath = arg("gold", join(root, "..", "shared", "gold", "seeds.gold.json"));
const sources = arg("sources", join(root, "..", "shared", "seeds"));
const scorer = arg("scorer", join(root, "..", "shared", "score.mjs"));
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const names = new Set();
for (const f of gold.facts) if (f.type === "org") for (const n of [f.name, f.text, ...(f.aliases ?? [])]) names.add(String(n).toLowerCase());

const home = join(mkdtempSync(join(tmpdir(), "ablation-")), "rules");
cpSync(join(root, "rules"), home, { recursive: true });
const rulesFile = join(home, "orgs.json");
const rules = JSON.parse(readFileSync(rulesFile, "utf8"));
const dropped = [];
rules.gazetteer = rules.gazetteer.filter((e) => {
  const forms = typeof e === "string" ? [e] : [e.name, ...(e.aliases ?? [])];
  const hit = forms.some((f) => names.has(String(f).toLowerCase()));
  if (hit) dropped.push(typeof e === "string" ? e : e.name);
  return !hit;
});
writeFileSync(rulesFile, JSON.stringify(rules));
console.log(`gazetteer without the ${dropped.length} organisations the gold names: ${dropped.join(", ")}`);
const r = spawnSync("node", [scorer, "--gold", goldPath, "--sources", sources, ...(process.argv.includes("--verbose") ? ["--verbose"] : [])], { cwd: root, encoding: "utf8", env: { ...process.env, DEALFACTS_RULES_HOME: home } });
process.stdout.write(r.stdout.split("\n").filter((l) => /^(org|score|miss  org|false org)/.test(l)).join("\n") + "\n");
