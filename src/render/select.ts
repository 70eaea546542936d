// What the user asked to see: `--source GLOB` keeps some sources, `--field NAME` one field's claims.
import type { DealRecord, ExtractDocument } from "../model.js";

/**
 * A glob as a regular expression over a source id: `*` any run of characters but "/", `?` one
 * such character, `**` any run including "/" (`**\/` also matches no folder at all), `[abc]` a
 * class; everything else literal. Linear: the result has no nested quantifiers.
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:[^]*/)?";
        } else re += "[^]*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) re += "\\[";
      else {
        let body = glob.slice(i + 1, close).replace(/[\\\]^]/g, (m) => `\\${m}`);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]\-/]/g, (m) => `\\${m}`);
  }
  return new RegExp(`^${re}$`);
}

/**
 * Does a source id match? A glob without "/" matches the id's last part as well as the whole id
 * (as .gitignore does), so `wire*` keeps `deal-a/wire.txt`.
 */
export function sourceMatcher(globs: readonly string[]): (id: string) => boolean {
  const res = globs.map((g) => ({ re: globToRegExp(g), base: !g.includes("/") }));
  return (id) => res.some(({ re, base }) => re.test(id) || (base && re.test(id.slice(id.lastIndexOf("/") + 1))));
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
