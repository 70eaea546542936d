// What the user asked to see: `--source GLOB` keeps some sources, `--field NAME` one field's claims.
import type { DealRecord, ExtractDocument } from "../model.js";

type Tok =
  | { kind: "lit"; ch: string; skip?: number }
  | { kind: "any1" | "star" | "globstar"; skip?: number }
  | { kind: "class"; set: string; neg: boolean; skip?: number };

/**
 * A glob as a matcher over a source id: `*` any run of characters but "/", `?` one such character,
 * `**` any run including "/" (`**\/` also matches no folder at all), `[abc]`/`[a-c]`/`[!abc]` a
 * class; everything else literal. Simulated as a set of states (no regex, no backtracking), so
 * matching takes at most len(id) × len(glob) steps whatever the glob.
 */
export function compileGlob(glob: string): (s: string) => boolean {
  const toks: Tok[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          toks.push({ kind: "globstar", skip: toks.length + 2 }, { kind: "lit", ch: "/" });
        } else toks.push({ kind: "globstar" });
      } else toks.push({ kind: "star" });
    } else if (c === "?") toks.push({ kind: "any1" });
    else if (c === "[" && glob.indexOf("]", i + 2) > 0) {
      const close = glob.indexOf("]", i + 2);
      let body = glob.slice(i + 1, close);
      const neg = body.startsWith("!") || body.startsWith("^");
      if (neg) body = body.slice(1);
      toks.push({ kind: "class", set: body, neg });
      i = close;
    } else toks.push({ kind: "lit", ch: c });
  }
  const m = toks.length;
  const inClass = (set: string, ch: string) => {
    for (let k = 0; k < set.length; k++) {
      if (set[k + 1] === "-" && k + 2 < set.length) {
        if (ch >= set[k]! && ch <= set[k + 2]!) return true;
        k += 2;
      } else if (set[k] === ch) return true;
    }
    return false;
  };
  const close = (states: Uint8Array): Uint8Array => {
    // Epsilon moves only go forward, so one pass in index order reaches the closure.
    for (let s = 0; s < m; s++) {
      if (!states[s]) continue;
      const t = toks[s]!;
      if (t.kind === "star" || t.kind === "globstar") states[s + 1] = 1;
      if (t.skip !== undefined) states[t.skip] = 1;
    }
    return states;
  };
  return (str: string) => {
    let cur: Uint8Array = new Uint8Array(m + 1);
    cur[0] = 1;
    close(cur);
    for (const ch of str) {
      const next = new Uint8Array(m + 1);
      let any = false;
      for (let s = 0; s < m; s++) {
        if (!cur[s]) continue;
        const t = toks[s]!;
        let to = -1;
        if (t.kind === "star") {
          if (ch !== "/") next[s] = 1, (any = true);
        } else if (t.kind === "globstar") next[s] = 1, (any = true);
        else if (t.kind === "lit") to = t.ch === ch ? s + 1 : -1;
        else if (t.kind === "any1") to = ch !== "/" ? s + 1 : -1;
        else if (t.kind === "class") to = ch !== "/" && inClass(t.set, ch) !== t.neg ? s + 1 : -1;
        if (to >= 0) next[to] = 1, (any = true);
      }
      if (!any) return false;
      cur = close(next);
    }
    return cur[m] === 1;
  };
}

/**
 * Does a source id match? A glob without "/" matches the id's last part as well as the whole id
 * (as .gitignore does), so `wire*` keeps `deal-a/wire.txt`.
 */
export function sourceMatcher(globs: readonly string[]): (id: string) => boolean {
  const ms = globs.map((g) => ({ match: compileGlob(g), base: !g.includes("/") }));
  return (id) => ms.some(({ match, base }) => match(id) || (base && match(id.slice(id.lastIndexOf("/") + 1))));
}

/** Only the claims on one field: the facts tagged with it and, in each record, that field alone. */
export function selectField(doc: ExtractDocument, field: string): ExtractDocument {
  const rec = (r: DealRecord): DealRecord => ({ ...r, fields: r.fields[field] ? { [field]: r.fields[field]! } : {} });
  const records = doc.records.map(rec);
  return { ...doc, facts: doc.facts.filter((f) => f.fields?.includes(field)), record: rec(doc.record), records };
}

/** Field names present anywhere in the document, for "did you mean". */
export function fieldNames(doc: ExtractDocument): string[] {
  const names = new Set<string>();
  for (const r of doc.records) for (const n of Object.keys(r.fields)) names.add(n);
  for (const f of doc.facts) for (const n of f.fields ?? []) names.add(n);
  return [...names].sort();
}
