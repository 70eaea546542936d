// Required literals of a regular expression: a set of strings, one of which occurs (lower-cased)
// in every text the pattern matches. A text that holds none of them cannot match, so a cheap
// `includes` scan spares the regex engine most texts (the idea of RE2's and codesearch's
// prefilters). Irregexp finds a literal prefix quickly by itself, but not a verb that follows a
// lazy gap ("{A} ... buys ... {B}"): that is what the rules' party statements and cues look like.
//
// The analysis is sound, never clever: only ASCII characters count as literals (a non-ASCII
// character, a class like \s or \w, a lookaround's body and anything optional are "unknown"), and
// the strings are compared lower-cased, so they hold whether or not the pattern ignores case.
import { readQuantifier } from "./regex-quantifier.js";

/** Strings, one of which a match must contain; null when no useful set is known. */
export type Literals = readonly string[];

interface Lit {
  /** Every string the node can match, when few and short; null when not known. */
  exact: string[] | null;
  /** A set one of which every match contains; null when none is known. */
  req: string[] | null;
}

const MAX_SET = 64;
const MAX_LEN = 24;
/** A set is worth scanning for only when every string in it has at least this many characters. */
const MIN_USEFUL = 3;
const UNKNOWN: Lit = { exact: null, req: null };
const EMPTY: Lit = { exact: [""], req: null };

/** How good a set is as a filter: its shortest string's length (0: useless). */
function quality(set: readonly string[] | null): number {
  if (!set || !set.length) return 0;
  let min = Infinity;
  for (const x of set) min = Math.min(min, x.length);
  return min;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  const qa = quality(a), qb = quality(b);
  if (qa !== qb) return qa > qb ? a : b;
  if (!qa) return null;
  return a!.length <= b!.length ? a : b;
}

/** The best constraint a node gives on its own. */
function constraint(x: Lit): string[] | null {
  return better(x.exact && !x.exact.includes("") ? x.exact : null, x.req);
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LEN) return null;
    out.add(x + y);
  }
  return [...out];
}

/** One character as a literal: ASCII only (lower-cased), else unknown. */
function charLit(code: number): Lit {
  return code < 128 ? { exact: [String.fromCharCode(code).toLowerCase()], req: null } : UNKNOWN;
}

class BadPattern extends Error {}

/**
 * A reader of JavaScript regular-expression syntax that works out, as it goes, the literals of
 * each part (no tree is built: the rules hold hundreds of long patterns, read at every start).
 */
class LiteralReader {
  i = 0;
  constructor(private readonly s: string) {}

  read(): Lit {
    const x = this.alternation();
    if (this.i < this.s.length) throw new BadPattern();
    return x;
  }

  private alternation(): Lit {
    const parts = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      parts.push(this.sequence());
    }
    if (parts.length === 1) return parts[0]!;
    if (parts.every((p) => p.exact)) {
      const all = new Set<string>();
      for (const p of parts) for (const e of p.exact!) all.add(e);
      if (all.size <= MAX_SET) return { exact: [...all], req: null };
    }
    // Every branch must give a constraint; their union is the alternation's.
    const all = new Set<string>();
    for (const p of parts) {
      const c = constraint(p);
      if (!c) return UNKNOWN;
      for (const e of c) all.add(e);
    }
    return { exact: null, req: all.size <= MAX_SET ? [...all] : null };
  }

  private sequence(): Lit {
    let best: string[] | null = null;
    let run: string[] | null = [""];
    let whole = true;
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      let x = this.atom();
      for (let q = this.quantifier(); q; q = this.quantifier()) {
        if (q.min === 0) x = UNKNOWN;
        else if (!(q.min === 1 && q.max === 1)) x = { exact: null, req: constraint(x) };
      }
      const joined: string[] | null = run && x.exact ? cross(run, x.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      whole = false;
      if (run) best = better(best, run.includes("") ? null : run);
      best = better(best, constraint(x));
      run = x.exact ? [...x.exact] : [""];
    }
    if (whole && run) return { exact: run, req: null };
    if (run) best = better(best, run.includes("") ? null : run);
    return { exact: null, req: best };
  }

  private quantifier(): { min: number; max: number } | null {
    const q = readQuantifier(this.s, this.i);
    if (q) this.i = q.end;
    return q;
  }

  private atom(): Lit {
    const s = this.s;
    const c = s[this.i]!;
    if (c === "(") {
      this.i++;
      let look = false;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i) || s.startsWith("?!", this.i)) (this.i += 2), (look = true);
      else if (s.startsWith("?<=", this.i) || s.startsWith("?<!", this.i)) (this.i += 3), (look = true);
      else if (s.startsWith("?<", this.i)) {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new BadPattern();
        this.i = close + 1;
      } else if (s[this.i] === "?") throw new BadPattern();
      const body = this.alternation();
      if (s[this.i] !== ")") throw new BadPattern();
      this.i++;
      // A lookaround matches no text of its own.
      return look ? EMPTY : body;
    }
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === ".") {
      this.i++;
      return UNKNOWN;
    }
    if (c === "[") return this.charClass();
    if (c === "\\") {
      this.i++;
      const e = s[this.i];
      if (e === undefined) throw new BadPattern();
      if (e === "b" || e === "B") {
        this.i++;
        return EMPTY;
      }
      const code = this.escapeCode();
      return code === null ? UNKNOWN : charLit(code);
    }
    const cp = s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return charLit(cp);
  }

  /** After a backslash (this.i at the escaped character): the one character it stands for, or null for a class. */
  private escapeCode(): number | null {
    const s = this.s;
    const e = s[this.i]!;
    this.i++;
    switch (e) {
      case "d": case "w": case "s": case "D": case "W": case "S":
        return null;
      case "p": case "P": {
        const m = /^\{[^}]*\}/.exec(s.slice(this.i));
        if (m) this.i += m[0].length;
        return null;
      }
      case "k": {
        if (s[this.i] === "<") this.i = s.indexOf(">", this.i) + 1 || s.length;
        return null;
      }
      case "n": return 10;
      case "r": return 13;
      case "t": return 9;
      case "f": return 12;
      case "v": return 11;
      case "c":
        this.i++;
        return null;
      case "x": {
        const h = s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return 120;
        this.i += 2;
        return parseInt(h, 16);
      }
      case "u": {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(s.slice(this.i));
        if (braced) {
          this.i += braced[0].length;
          return parseInt(braced[1]!, 16);
        }
        const h = s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) return 117;
        this.i += 4;
        return parseInt(h, 16);
      }
      default:
        // A back-reference stands for text not known here.
        if (e >= "0" && e <= "9") {
          while (/\d/.test(s[this.i] ?? "")) this.i++;
          return e === "0" ? 0 : null;
        }
        return e.codePointAt(0)!;
    }
  }

  /** [...]: the few ASCII characters it allows, lower-cased, or unknown (negated, wide or non-ASCII). */
  private charClass(): Lit {
    const s = this.s;
    this.i++; // [
    let known = s[this.i] !== "^";
    if (!known) this.i++;
    const chars = new Set<string>();
    const add = (from: number, to: number) => {
      if (to >= 128 || to - from > 8) known = false;
      else for (let k = from; k <= to; k++) chars.add(String.fromCharCode(k).toLowerCase());
    };
    while (this.i < s.length && s[this.i] !== "]") {
      let a: number | null;
      if (s[this.i] === "\\") {
        this.i++;
        if (s[this.i] === "b") (this.i++), (a = 8);
        else a = this.escapeCode();
      } else {
        a = s.codePointAt(this.i)!;
        this.i += a > 0xffff ? 2 : 1;
      }
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && this.i + 1 < s.length && a !== null) {
        this.i++;
        let b: number | null;
        if (s[this.i] === "\\") {
          this.i++;
          b = this.escapeCode();
        } else {
          b = s.codePointAt(this.i)!;
          this.i += b > 0xffff ? 2 : 1;
        }
        if (b === null) known = false;
        else add(a, b);
        continue;
      }
      if (a === null) known = false;
      else add(a, a);
    }
    if (s[this.i] !== "]") throw new BadPattern();
    this.i++;
    if (!known || !chars.size || chars.size > 4) return UNKNOWN;
    return { exact: [...chars], req: null };
  }
}

const memo = new Map<string, Literals | null>();

/**
 * Lower-case strings one of which occurs in every match of the pattern (test them against the
 * lower-cased text), or null when the pattern gives no useful set (or cannot be read).
 */
export function requiredLiterals(source: string): Literals | null {
  const hit = memo.get(source);
  if (hit !== undefined) return hit;
  let set: string[] | null;
  try {
    set = constraint(new LiteralReader(source).read());
  } catch (e) {
    if (!(e instanceof BadPattern)) throw e;
    set = null;
  }
  // A string that holds another of the set adds nothing ("buys" after "buy").
  const out = set && quality(set) >= MIN_USEFUL ? set.filter((x) => !set.some((y) => y !== x && x.includes(y))) : null;
  memo.set(source, out);
  return out;
}

/**
 * The literals of many patterns, found in one pass over a text (an Aho–Corasick automaton over
 * ASCII, folding case as it reads): `scan` answers, for every pattern at once, whether the text
 * holds one of its literals, so the patterns whose literals are absent are never run.
 */
export class PatternFilter {
  /** Per state, per ASCII code: the next state. */
  private readonly next: Int32Array;
  /** Per state: the literals that end there (its own and its suffixes'), as pattern lists. */
  private readonly ends: (readonly number[] | null)[];
  private readonly always: readonly number[];
  readonly size: number;

  constructor(lists: readonly (Literals | null | undefined)[]) {
    this.size = lists.length;
    const always: number[] = [];
    // The trie: children per state, the patterns whose literal ends at each state.
    const kids: Map<number, number>[] = [new Map()];
    const owners: Set<number>[] = [new Set()];
    lists.forEach((lits, p) => {
      if (!lits || !lits.length) {
        always.push(p);
        return;
      }
      for (const lit of lits) {
        let st = 0;
        for (let i = 0; i < lit.length; i++) {
          const c = lit.charCodeAt(i);
          let to = kids[st]!.get(c);
          if (to === undefined) {
            to = kids.length;
            kids.push(new Map());
            owners.push(new Set());
            kids[st]!.set(c, to);
          }
          st = to;
        }
        owners[st]!.add(p);
      }
    });
    // Breadth first: failure links, and the full transition table over 128 codes.
    const n = kids.length;
    const next = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const to = kids[0]!.get(c);
      if (to !== undefined) {
        next[c] = to;
        queue.push(to);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const st = queue[qi]!;
      for (const p of owners[fail[st]!]!) owners[st]!.add(p);
      // Where the state has no child, it goes where its failure state goes (a row copied whole).
      next.copyWithin(st * 128, fail[st]! * 128, fail[st]! * 128 + 128);
      for (const [c, to] of kids[st]!) {
        fail[to] = next[st * 128 + c]!;
        next[st * 128 + c] = to;
        queue.push(to);
      }
    }
    // Upper-case ASCII letters read as lower case.
    for (let st = 0; st < n; st++) for (let c = 65; c <= 90; c++) next[st * 128 + c] = next[st * 128 + c + 32]!;
    this.next = next;
    this.ends = owners.map((o) => (o.size ? [...o] : null));
    this.always = always;
  }

  /** For each pattern, 1 when the text holds one of its literals (or it has none), else 0. */
  scan(text: string): Uint8Array {
    const hit = new Uint8Array(this.size);
    for (const p of this.always) hit[p] = 1;
    const next = this.next, ends = this.ends;
    let st = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      st = c < 128 ? next[st * 128 + c]! : 0;
      const e = ends[st];
      if (e) for (const p of e) hit[p] = 1;
    }
    return hit;
  }
}
