// Regular expressions that users add in --rules files are data, never code: before one is compiled
// we read its structure and refuse the shapes that make a backtracking engine (V8's among them)
// take exponential or high-polynomial time on a long near-match:
//   - a repetition inside a repetition whose parts can match the same text, with no separator the
//     inner part cannot match: (a+)+, (\w+\s?)*, (?:x*y?)+ ... (star height above one);
//   - a repeated alternation whose branches can start with the same character: (a|ab)*, (\w|\d)+;
//   - two unbounded repetitions in a row over overlapping characters, with only optional text
//     between them: \d+\d+, \w+\s*\w+, .*.* (polynomial: n^2 per starting point).
// The analysis is conservative (it may refuse a pattern that would have been fine) and never runs
// the pattern. Character sets are tracked exactly for ASCII and by class for the rest.
import { readQuantifier } from "./regex-quantifier.js";

/** A set of characters: 128 ASCII bits plus three buckets for the rest of Unicode. */
class CharSet {
  lo = 0n; // bits 0..127
  /** Non-ASCII buckets: letters/digits/marks, spaces, everything else. */
  letter = false;
  space = false;
  other = false;
  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.addCode(c);
    return s;
  }
  static any(): CharSet {
    const s = new CharSet();
    s.lo = (1n << 128n) - 1n;
    s.letter = s.space = s.other = true;
    return s;
  }
  addCode(c: number): void {
    if (c < 128) this.lo |= 1n << BigInt(c);
    else {
      const ch = String.fromCodePoint(c);
      if (/[\p{L}\p{N}\p{M}]/u.test(ch)) this.letter = true;
      else if (/\s/u.test(ch)) this.space = true;
      else this.other = true;
    }
  }
  addRange(a: number, b: number): void {
    for (let c = a; c <= Math.min(b, 127); c++) this.lo |= 1n << BigInt(c);
    if (b >= 128) this.letter = this.space = this.other = true;
  }
  add(o: CharSet): void {
    this.lo |= o.lo;
    this.letter ||= o.letter;
    this.space ||= o.space;
    this.other ||= o.other;
  }
  intersects(o: CharSet): boolean {
    return (this.lo & o.lo) !== 0n || (this.letter && o.letter) || (this.space && o.space) || (this.other && o.other);
  }
  get empty(): boolean {
    return this.lo === 0n && !this.letter && !this.space && !this.other;
  }
  /** One character of the set, for messages. */
  sample(): string {
    for (let c = 32; c < 127; c++) if (this.lo & (1n << BigInt(c))) return String.fromCharCode(c);
    for (let c = 0; c < 32; c++) if (this.lo & (1n << BigInt(c))) return `\\x${c.toString(16).padStart(2, "0")}`;
    return this.letter ? "é" : this.space ? "\\u00a0" : "€";
  }
}

type Node =
  | { t: "char"; set: CharSet; src: string }
  | { t: "seq"; items: Node[]; src: string }
  | { t: "alt"; alts: Node[]; src: string }
  | { t: "rep"; min: number; max: number; body: Node; src: string }
  | { t: "zero"; look?: Node; src: string } // anchors, \b, lookarounds (their bodies are checked too)
  | { t: "backref"; src: string };

const range = (a: string, b: string) => {
  const s = new CharSet();
  s.addRange(a.charCodeAt(0), b.charCodeAt(0));
  return s;
};
const DIGIT = range("0", "9");
const WORD = (() => {
  const s = range("a", "z");
  s.add(range("A", "Z"));
  s.add(DIGIT);
  s.addCode(95);
  return s;
})();
const SPACE = (() => {
  const s = CharSet.of(9, 10, 11, 12, 13, 32);
  s.space = true;
  return s;
})();

function negate(s: CharSet, full: { letter: boolean; space: boolean; other: boolean }): CharSet {
  const n = new CharSet();
  n.lo = ((1n << 128n) - 1n) & ~s.lo;
  n.letter = !full.letter;
  n.space = !full.space;
  n.other = !full.other;
  return n;
}

class ParseError extends Error {}

/** A parser for JavaScript regular-expression syntax, enough to see its structure. */
class Parser {
  i = 0;
  constructor(private readonly s: string, private readonly ignoreCase: boolean) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.s.length) throw new ParseError(`unmatched ")" at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const start = this.i;
    const alts = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts, src: this.s.slice(start, this.i) };
  }

  private sequence(): Node {
    const start = this.i;
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atomStart = this.i;
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        if (atom.t === "zero" && !atom.look) throw new ParseError(`nothing to repeat at ${atomStart}`);
        atom = { t: "rep", min: q.min, max: q.max, body: atom, src: this.s.slice(atomStart, this.i) };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: "seq", items, src: this.s.slice(start, this.i) };
  }

  private quantifier(): { min: number; max: number } | null {
    const q = readQuantifier(this.s, this.i);
    if (q) this.i = q.end;
    return q;
  }

  private lit(code: number): CharSet {
    const s = CharSet.of(code);
    if (this.ignoreCase && code < 128) {
      const ch = String.fromCharCode(code);
      s.addCode(ch.toLowerCase().charCodeAt(0));
      s.addCode(ch.toUpperCase().charCodeAt(0));
    }
    return s;
  }

  private atom(): Node {
    const start = this.i;
    const c = this.s[this.i]!;
    const done = (n: { t: Node["t"]; set?: CharSet; look?: Node }) => ({ ...n, src: this.s.slice(start, this.i) }) as Node;
    if (c === "(") {
      this.i++;
      let look = false;
      if (this.s.startsWith("?:", this.i)) this.i += 2;
      else if (this.s.startsWith("?=", this.i) || this.s.startsWith("?!", this.i)) {
        this.i += 2;
        look = true;
      } else if (this.s.startsWith("?<=", this.i) || this.s.startsWith("?<!", this.i)) {
        this.i += 3;
        look = true;
      } else if (this.s.startsWith("?<", this.i)) {
        const close = this.s.indexOf(">", this.i);
        if (close < 0) throw new ParseError("unterminated group name");
        this.i = close + 1;
      } else if (this.s[this.i] === "?") throw new ParseError(`invalid group at ${start}`);
      const body = this.alternation();
      if (this.s[this.i] !== ")") throw new ParseError(`unterminated group at ${start}`);
      this.i++;
      return look ? done({ t: "zero", look: body }) : body;
    }
    if (c === "^" || c === "$") {
      this.i++;
      return done({ t: "zero" });
    }
    if (c === ".") {
      this.i++;
      return done({ t: "char", set: CharSet.any() });
    }
    if (c === "[") return this.charClass();
    if (c === "\\") {
      this.i++;
      const e = this.s[this.i];
      if (e === undefined) throw new ParseError("\\ at end of pattern");
      if (e === "b" || e === "B") {
        this.i++;
        return done({ t: "zero" });
      }
      if (/[1-9]/.test(e)) {
        while (/\d/.test(this.s[this.i] ?? "")) this.i++;
        return done({ t: "backref" });
      }
      if (e === "k" && this.s[this.i + 1] === "<") {
        this.i = this.s.indexOf(">", this.i) + 1 || this.s.length;
        return done({ t: "backref" });
      }
      const set = this.escapeSet();
      return done({ t: "char", set });
    }
    if (c === "*" || c === "+" || c === "?") throw new ParseError(`nothing to repeat at ${start}`);
    if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.s.slice(this.i, this.i + 24))) throw new ParseError(`nothing to repeat at ${start}`);
    const cp = this.s.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return done({ t: "char", set: this.lit(cp) });
  }

  /** After a backslash (this.i at the escaped character): the set it stands for. */
  private escapeSet(full?: { letter: boolean; space: boolean; other: boolean }): CharSet {
    const e = this.s[this.i]!;
    this.i++;
    switch (e) {
      case "d": return DIGIT;
      case "w": return WORD;
      case "s":
        if (full) full.space = true;
        return SPACE;
      // negate's second argument: the non-ASCII buckets the class it negates covers in full.
      case "D": return negate(DIGIT, { letter: false, space: false, other: false });
      case "W": return negate(WORD, { letter: false, space: false, other: false });
      case "S": return negate(SPACE, { letter: false, space: true, other: false });
      case "p":
      case "P": {
        const m = /^\{([^}]*)\}/.exec(this.s.slice(this.i));
        if (!m) throw new ParseError("\\p without {...}");
        this.i += m[0].length;
        const name = m[1]!;
        const set = new CharSet();
        let re: RegExp;
        try {
          re = new RegExp(`\\p{${name}}`, "u");
        } catch {
          throw new ParseError(`unknown property \\p{${name}}`);
        }
        for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) set.addCode(c);
        const isLetterish = /^(L|Letter|Lu|Ll|Lt|Lm|Lo|N|Nd|Number|M|Mark|Alphabetic|Alpha|ID_Start|ID_Continue|Script=|sc=|Script_Extensions=|scx=)/.test(name);
        const isSpace = /^(White_Space|space|Z|Zs|Separator)$/.test(name);
        set.letter = isLetterish || (!isSpace && !/^(P|S|Sc|Sm|So|Sk|Pd|Ps|Pe|Pi|Pf|Po|Pc|Punctuation|Symbol)/.test(name)) || name === "Any";
        set.space = isSpace || name === "Any";
        set.other = !isLetterish && !isSpace;
        if (e === "P") return negate(set, { letter: isLetterish && /^(L|Letter|Alphabetic|Alpha)$/.test(name), space: isSpace, other: false });
        if (full && isLetterish && /^(L|Letter|Alphabetic|Alpha)$/.test(name)) full.letter = true;
        return set;
      }
      case "n": return CharSet.of(10);
      case "r": return CharSet.of(13);
      case "t": return CharSet.of(9);
      case "f": return CharSet.of(12);
      case "v": return CharSet.of(11);
      case "0": return CharSet.of(0);
      case "c": {
        const l = this.s.charCodeAt(this.i);
        this.i++;
        return CharSet.of(l % 32);
      }
      case "x": {
        const h = this.s.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return this.lit(120);
        this.i += 2;
        return this.lit(parseInt(h, 16));
      }
      case "u": {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.s.slice(this.i));
        if (braced) {
          this.i += braced[0].length;
          return this.lit(parseInt(braced[1]!, 16));
        }
        const h = this.s.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) return this.lit(117);
        this.i += 4;
        return this.lit(parseInt(h, 16));
      }
      default:
        return this.lit(e.codePointAt(0)!);
    }
  }

  private charClass(): Node {
    const start = this.i;
    this.i++; // [
    let neg = false;
    if (this.s[this.i] === "^") {
      neg = true;
      this.i++;
    }
    const set = new CharSet();
    const full = { letter: false, space: false, other: false };
    let first = true;
    while (this.i < this.s.length && (this.s[this.i] !== "]" || (first && false))) {
      first = false;
      let a: CharSet;
      let aCode: number | null = null;
      if (this.s[this.i] === "\\") {
        this.i++;
        const e = this.s[this.i];
        if (e === "b") {
          this.i++;
          a = CharSet.of(8);
          aCode = 8;
        } else {
          const before = this.i;
          a = this.escapeSet(full);
          const single = this.s.slice(before, this.i);
          if (!/^[dwsDWSpP]/.test(single)) aCode = a.empty ? null : firstCode(a);
        }
      } else {
        aCode = this.s.codePointAt(this.i)!;
        this.i += aCode > 0xffff ? 2 : 1;
        a = this.lit(aCode);
      }
      if (this.s[this.i] === "-" && this.s[this.i + 1] !== "]" && this.i + 1 < this.s.length && aCode !== null) {
        this.i++;
        let bCode: number;
        if (this.s[this.i] === "\\") {
          this.i++;
          const b = this.escapeSet();
          bCode = firstCode(b) ?? aCode;
        } else {
          bCode = this.s.codePointAt(this.i)!;
          this.i += bCode > 0xffff ? 2 : 1;
        }
        set.addRange(aCode, bCode);
        if (this.ignoreCase) {
          for (let c = aCode; c <= Math.min(bCode, 127); c++) set.add(this.lit(c));
        }
        continue;
      }
      set.add(a);
    }
    if (this.s[this.i] !== "]") throw new ParseError(`unterminated character class at ${start}`);
    this.i++;
    return { t: "char", set: neg ? negate(set, full) : set, src: this.s.slice(start, this.i) };
  }
}

function firstCode(s: CharSet): number | null {
  for (let c = 0; c < 128; c++) if (s.lo & (1n << BigInt(c))) return c;
  return null;
}

interface Info {
  nullable: boolean;
  first: CharSet;
  chars: CharSet;
  /** True when it can match strings of more than one length (or unboundedly long ones). */
  variable: boolean;
  unbounded: boolean;
}

const memo = new WeakMap<Node, Info>();

function info(n: Node): Info {
  const hit = memo.get(n);
  if (hit) return hit;
  let r: Info;
  switch (n.t) {
    case "char":
      r = { nullable: false, first: n.set, chars: n.set, variable: false, unbounded: false };
      break;
    case "zero":
    case "backref":
      r = { nullable: true, first: new CharSet(), chars: n.t === "backref" ? CharSet.any() : new CharSet(), variable: n.t === "backref", unbounded: n.t === "backref" };
      break;
    case "seq": {
      const first = new CharSet();
      const chars = new CharSet();
      let nullable = true;
      let variable = false;
      let unbounded = false;
      for (const it of n.items) {
        const x = info(it);
        if (nullable) first.add(x.first);
        chars.add(x.chars);
        nullable &&= x.nullable;
        variable ||= x.variable;
        unbounded ||= x.unbounded;
      }
      r = { nullable, first, chars, variable, unbounded };
      break;
    }
    case "alt": {
      const first = new CharSet();
      const chars = new CharSet();
      let nullable = false;
      let unbounded = false;
      for (const a of n.alts) {
        const x = info(a);
        first.add(x.first);
        chars.add(x.chars);
        nullable ||= x.nullable;
        unbounded ||= x.unbounded;
      }
      r = { nullable, first, chars, variable: true, unbounded };
      break;
    }
    case "rep": {
      const x = info(n.body);
      const empty = x.chars.empty;
      r = {
        nullable: n.min === 0 || x.nullable,
        first: x.first,
        chars: x.chars,
        variable: !empty && (n.min !== n.max || x.variable),
        unbounded: !empty && (n.max === Infinity || x.unbounded),
      };
      break;
    }
  }
  memo.set(n, r);
  return r;
}

/** Every repetition inside `n` (not inside lookarounds), with n itself when it is one. */
function* repsWithin(n: Node): Generator<Extract<Node, { t: "rep" }>> {
  if (n.t === "rep") {
    yield n;
    yield* repsWithin(n.body);
  } else if (n.t === "seq") for (const it of n.items) yield* repsWithin(it);
  else if (n.t === "alt") for (const a of n.alts) yield* repsWithin(a);
}

function* allNodes(n: Node): Generator<Node> {
  yield n;
  if (n.t === "rep") yield* allNodes(n.body);
  else if (n.t === "seq") for (const it of n.items) yield* allNodes(it);
  else if (n.t === "alt") for (const a of n.alts) yield* allNodes(a);
  else if (n.t === "zero" && n.look) yield* allNodes(n.look);
}

const contains = (outer: Node, inner: Node): boolean => {
  for (const x of allNodes(outer)) if (x === inner) return true;
  return false;
};

const show = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

function hasSeparator(node: Node, inner: Node, innerChars: CharSet): boolean {
  if (node.t === "alt") {
    const branch = node.alts.find((a) => contains(a, inner));
    return branch ? hasSeparator(branch, inner, innerChars) : false;
  }
  if (node.t !== "seq") return false;
  let holder: Node | null = null;
  for (const it of node.items) {
    if (contains(it, inner)) {
      holder = it;
      continue;
    }
    const x = info(it);
    if (!x.nullable && !x.first.intersects(innerChars)) return true;
  }
  return holder !== null && holder !== inner && (holder.t === "seq" || holder.t === "alt") && hasSeparator(holder, inner, innerChars);
}

/** Why `outer` (a repetition) repeating `inner` (a repetition inside it) can backtrack exponentially, or null. */
function nestedProblem(outer: Extract<Node, { t: "rep" }>, inner: Extract<Node, { t: "rep" }>): string | null {
  const ib = info(inner.body);
  if (ib.chars.empty || !(inner.max >= 2 && (inner.max > inner.min || ib.variable))) return null;
  // A separator: a part of every iteration, outside the inner repetition, that the inner
  // repetition cannot go on into, so where each round ends is decided by the text.
  if (hasSeparator(outer.body, inner, ib.chars)) return null;
  return `nested repetition: ${show(outer.src)} repeats ${show(inner.src)}, and nothing in each round separates them (both can match "${ib.chars.sample().repeat(2)}"), so a long near-match is tried in exponentially many ways`;
}

export type ProblemKind = "invalid" | "exponential" | "polynomial";
const ALL_KINDS: ReadonlySet<ProblemKind> = new Set(["invalid", "exponential", "polynomial"]);

/**
 * The first reason this pattern can backtrack catastrophically, or null when its structure is
 * safe. Throws a SyntaxError-like message (returned as a problem) when it does not parse.
 */
export function regexProblem(source: string, flags = "", kinds: ReadonlySet<ProblemKind> = ALL_KINDS): string | null {
  // Rule templates hold placeholders ({MONTH}, {DEAL}) that expand to word alternations.
  const src = source.replace(/(?<!\\[pP])\{[A-Z][A-Z0-9_]*\}/g, "(?:Q)");
  try {
    new RegExp(src, flags.replace(/[gy]/g, ""));
  } catch (e) {
    return kinds.has("invalid") ? `not a valid regular expression (${(e as Error).message})` : null;
  }
  let ast: Node;
  try {
    ast = new Parser(src, flags.includes("i")).parse();
  } catch (e) {
    if (e instanceof ParseError) return kinds.has("invalid") ? `cannot read this regular expression (${e.message})` : null;
    throw e;
  }
  for (const n of allNodes(ast)) {
    if (n.t === "rep" && n.max >= 2 && kinds.has("exponential")) {
      // Star height: a repetition within this one.
      for (const inner of repsWithin(n.body)) {
        const p = nestedProblem(n, inner);
        if (p) return p;
      }
      // A repeated alternation whose branches overlap.
      let body = n.body;
      while (body.t === "seq" && body.items.length === 1) body = body.items[0]!;
      if (body.t === "alt") {
        for (let a = 0; a < body.alts.length; a++) {
          const A = info(body.alts[a]!);
          if (A.nullable) return `repeated alternation ${show(n.src)} has a branch that matches nothing, so each round can be taken or skipped in many ways`;
          for (let b = a + 1; b < body.alts.length; b++) {
            const B = info(body.alts[b]!);
            if (A.first.intersects(B.first)) {
              const ch = new CharSet();
              ch.lo = A.first.lo & B.first.lo;
              ch.letter = A.first.letter && B.first.letter;
              ch.space = A.first.space && B.first.space;
              ch.other = A.first.other && B.first.other;
              return `repeated alternation ${show(n.src)}: branches ${show(body.alts[a]!.src)} and ${show(body.alts[b]!.src)} can both start with "${ch.sample()}", so a long near-match is split between them in exponentially many ways`;
            }
          }
        }
      }
    }
    if (n.t === "seq" && kinds.has("polynomial")) {
      // Two unbounded repetitions over the same characters with only optional text between.
      for (let a = 0; a < n.items.length; a++) {
        const A = n.items[a]!;
        if (A.t !== "rep" || A.max !== Infinity) continue;
        const ac = info(A.body).chars;
        for (let b = a + 1; b < n.items.length; b++) {
          const B = n.items[b]!;
          const bi = info(B);
          // B taking over where A could go on: what B can start with is what A can also match.
          if (B.t === "rep" && B.max === Infinity && info(B.body).first.intersects(ac)) {
            return `${show(A.src)} and ${show(B.src)} can both match "${ac.sample().repeat(3)}" with nothing required between them, so a near-match is split between them in n² ways at every position`;
          }
          if (!bi.nullable) break;
          if (!bi.chars.empty && !bi.chars.intersects(ac)) continue;
        }
      }
    }
  }
  return null;
}

/** Keys whose string values are regular expressions in rule files. */
const REGEX_KEYS = /^(pattern|patterns|regex|regexp|regexes|re|res|needs|notIf|prevLine|before|after|between|dealNoun)$|(Pattern|Patterns|Regex|Re)$/;

export interface RegexIssue {
  ruleId: string | null;
  path: string;
  pattern: string;
  problem: string;
}

/** Walk rule data and check every regular expression in it (strings under REGEX_KEYS). */
export function findUnsafeRegexes(data: unknown, flags = "u"): RegexIssue[] {
  const out: RegexIssue[] = [];
  const walk = (node: unknown, path: (string | number)[], ruleId: string | null, inRegexKey: boolean) => {
    if (typeof node === "string") {
      if (!inRegexKey) return;
      const problem = regexProblem(node, flags);
      if (problem) out.push({ ruleId, path: path.join("."), pattern: node, problem });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, [...path, i], ruleId, inRegexKey));
      return;
    }
    if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const id = typeof o.id === "string" ? o.id : ruleId;
      for (const [k, v] of Object.entries(o)) walk(v, [...path, k], id, REGEX_KEYS.test(k));
    }
  };
  walk(data, [], null, false);
  return out;
}

/** One issue as a line: the rule id, where in the file, the pattern and what is wrong with it. */
export function describeRegexIssue(i: RegexIssue): string {
  return `${i.ruleId ? `rule ${i.ruleId}: ` : ""}${i.path}: pattern ${JSON.stringify(show(i.pattern))} refused: ${i.problem}`;
}

/** A short string the node matches (lookarounds and back-references ignored). */
function sampleOf(n: Node): string {
  switch (n.t) {
    case "char":
      return n.set.sample().startsWith("\\x") ? String.fromCharCode(parseInt(n.set.sample().slice(2), 16)) : n.set.sample().replace("\\u00a0", "\u00a0");
    case "seq":
      return n.items.map(sampleOf).join("");
    case "alt":
      return n.alts.map(sampleOf).sort((a, b) => a.length - b.length)[0] ?? "";
    case "rep":
      return sampleOf(n.body).repeat(Math.min(n.min, 50));
    default:
      return "";
  }
}

/**
 * Adversarial inputs of about `length` characters for a pattern: for every repetition, what comes
 * before it, then its body pumped over and over, then a character that spoils the match; and the
 * whole pattern's sample repeated with its last character cut. Empty when the pattern does not parse.
 */
export function nearMatches(source: string, flags = "", length = 50_000): string[] {
  let ast: Node;
  try {
    ast = new Parser(source, flags.includes("i")).parse();
  } catch {
    return [];
  }
  const out = new Set<string>();
  const spoilers = ["!", "\u0000", " ", "a", "0"];
  const fill = (unit: string) => (unit ? unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length) : "");
  const walk = (n: Node, before: string) => {
    if (n.t === "rep") {
      let unit = sampleOf(n.body);
      if (!unit) unit = info(n.body).first.empty ? "" : sampleOf({ t: "char", set: info(n.body).first, src: "" });
      if (unit && n.max >= 2) for (const s of spoilers.slice(0, 3)) out.add(before + fill(unit) + s);
      walk(n.body, before);
    } else if (n.t === "seq") {
      let b = before;
      for (const it of n.items) {
        walk(it, b);
        b += sampleOf(it);
      }
    } else if (n.t === "alt") for (const a of n.alts) walk(a, before);
  };
  walk(ast, "");
  const whole = sampleOf(ast);
  if (whole.length > 1) {
    out.add(fill(whole.slice(0, -1)));
    out.add(fill(whole.slice(0, -1) + " "));
  }
  return [...out].slice(0, 12);
}
