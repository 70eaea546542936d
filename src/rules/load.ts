// Rules are data: JSON files in rules/ (and any --rules DIR a user adds), validated by zod when
// loaded. Each module that owns a rule file declares its schema beside its code and loads it here.
import { readFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { describeRegexIssue, findUnsafeRegexes } from "./safety.js";

/**
 * rules/ of the project: two levels up from both src/rules/ and dist/rules/. DEALFACTS_RULES_HOME
 * replaces it whole (for experiments such as scripts/org-ablation.mjs; --rules only adds).
 */
export const BUILTIN_RULES_DIR = process.env.DEALFACTS_RULES_HOME
  ? resolve(process.env.DEALFACTS_RULES_HOME)
  : resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "rules");

let extraDirs: string[] = [];
const cache = new Map<string, unknown>();

export class RuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RuleError";
  }
}

/** Rule folders added by the user (`--rules DIR`): their files extend the built-in ones of the same name. */
export function setExtraRuleDirs(dirs: string[]): void {
  extraDirs = dirs.map((d) => resolve(d));
  cache.clear();
  for (const d of dirs) checkUserRuleDir(d);
}

/**
 * A user's rule folder is checked when it is named, before any source is read: every file must
 * be JSON, be named like a built-in rule file, and hold no regular expression that can backtrack
 * catastrophically (src/rules/safety.ts). Its shape is checked by zod when the rules load.
 */
function checkUserRuleDir(dir: string): void {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new RuleError(`--rules ${dir}: not a folder`);
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    if (e instanceof RuleError) throw e;
    throw new RuleError(`--rules ${dir}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : (e as Error).message}`);
  }
  const builtin = existsSync(BUILTIN_RULES_DIR) ? readdirSync(BUILTIN_RULES_DIR).filter((n) => n.endsWith(".json")) : [];
  for (const name of names) {
    const file = join(dir, name);
    if (builtin.length && !builtin.includes(name)) throw new RuleError(`${file}: no built-in rule file is called ${name}; rule files extend these: ${builtin.join(", ")}`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new RuleError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const unsafe = findUnsafeRegexes(data);
    if (unsafe.length) throw new RuleError(`${file}: ${unsafe.slice(0, 3).map(describeRegexIssue).join("; ")}`);
  }
}
export function getExtraRuleDirs(): string[] {
  return [...extraDirs];
}

/**
 * Load rules/<name>.json, merged with <dir>/<name>.json of every extra rule folder (arrays are
 * concatenated, objects merged key by key), and validate the result with `schema`.
 */
export function loadRules<S extends z.ZodType>(name: string, schema: S): z.infer<S> {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as z.infer<S>;
  const files = [join(BUILTIN_RULES_DIR, `${name}.json`), ...extraDirs.map((d) => join(d, `${name}.json`))];
  let merged: unknown = undefined;
  for (const file of files) {
    if (!existsSync(file)) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new RuleError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    const next = merged === undefined ? data : deepMerge(merged, data);
    const check = schema.safeParse(next);
    if (!check.success) throw new RuleError(`${file}: ${describeIssues(check.error, next)}`);
    merged = check.data;
  }
  if (merged === undefined) throw new RuleError(`rules/${name}.json is missing`);
  cache.set(name, merged);
  return merged as z.infer<S>;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? deepMerge(out[k], v) : v;
    return out;
  }
  return b;
}

/** zod issues as one readable line, naming the rule id where the path goes through a rule. */
function describeIssues(err: z.ZodError, data: unknown): string {
  return err.issues
    .slice(0, 5)
    .map((iss) => {
      let node: unknown = data;
      let ruleId: string | null = null;
      for (const k of iss.path) {
        node = (node as Record<PropertyKey, unknown>)?.[k as PropertyKey];
        if (node && typeof node === "object" && typeof (node as { id?: unknown }).id === "string") ruleId = (node as { id: string }).id;
      }
      const where = iss.path.length ? iss.path.join(".") : "(top)";
      return `${ruleId ? `rule ${ruleId}: ` : ""}${where}: ${iss.message}`;
    })
    .join("; ");
}
