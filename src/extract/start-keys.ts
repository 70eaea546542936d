// Where can a match of a regular expression start? A conservative answer, read from the pattern
// itself, so that a rule runs (sticky) only at the few positions where it could match instead of
// scanning the whole text: for every rule, the set of (kind of the previous character, first
// character, second character) its matches can begin with. Lookarounds other than a lookbehind of
// one character class count as "anything", so the set is always a superset of the real starts and
// no match is ever skipped. A rule this analysis cannot bound (a pattern that may match the empty
// string, or syntax it does not know) reports `null` and is scanned as before.
//
// Case-insensitive patterns only (the flag `i` without `u`): letters are folded to lower case, and
// in that mode a non-ASCII character never matches an ASCII one.
import { readQuantifier } from "../rules/regex-quantifier.js";

/** Buckets of a character: ASCII codes with A-Z folded to a-z, and 128 for every other code unit. */
export const NB = 129;
/** Kinds of the character before a position: 0 ASCII letter, 1 ASCII digit, 2 anything else or the start. */
export const NKINDS = 3;
const ALL_KINDS = 0b111;
/** How many leading characters the automaton reads before it lets a pattern try. */
const K = 8;
/** Cached states before the automaton starts afresh (memory stays bounded on any input). */
const MAX_STATES = 20000;

type CSet = Uint8Array; // NB entries, 1 = member

interface Node {
  t: "alt" | "cat" | "set" | "zero" | "rep" | "backref";
  items?: Node[];
  set?: CSet;
  prev?: number; // zero: the kinds of previous character it allows
  min?: number;
  max?: number;
}

export function bucketOf(code: number): number {
  return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : 128;
}
export function kindOf(code: number): number {
  if (code >= 48 && code <= 57) return 1;
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 0;
  return 2;
}

const newSet = (): CSet => new Uint8Array(NB);
const fullSet = (): CSet => new Uint8Array(NB).fill(1);
const addCode = (s: CSet, code: number) => { s[bucketOf(code)] = 1; };
const addRange = (s: CSet, a: number, b: number) => {
  for (let c = a; c <= b && c < 128; c++) addCode(s, c);
  if (b >= 128) s[128] = 1;
};
const WS = [9, 10, 11, 12, 13, 32];
function classEscape(ch: string, s: CSet): boolean {
  switch (ch) {
    case "d": addRange(s, 48, 57); return true;
    case "w": addRange(s, 48, 57); addRange(s, 65, 90); addRange(s, 97, 122); addCode(s, 95); return true;
    case "s": for (const c of WS) addCode(s, c); s[128] = 1; return true;
    case "D": case "W": case "S": s.fill(1); return true;
  }
  return false;
}
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };

class Unsupported extends Error {}

/** A small parser for the regex syntax the rule files use. */
function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  function alt(): Node {
    const alts = [cat()];
    while (peek() === "|") { i++; alts.push(cat()); }
    return alts.length === 1 ? alts[0]! : { t: "alt", items: alts };
  }
  function cat(): Node {
    const items: Node[] = [];
    while (i < src.length && peek() !== "|" && peek() !== ")") items.push(quantified(atom()));
    return { t: "cat", items };
  }
  function quantified(n: Node): Node {
    for (;;) {
      const q = readQuantifier(src, i);
      if (!q) {
        if (peek() === "{") throw new Unsupported("brace");
        return n;
      }
      i = q.end;
      n = { t: "rep", items: [n], min: q.min, max: q.max };
    }
  }
  function atom(): Node {
    const c = src[i++]!;
    if (c === "(") {
      let kind: "group" | "ahead" | "behind" | "nbehind" = "group";
      if (src.startsWith("?:", i)) i += 2;
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) { i += 2; kind = "ahead"; }
      else if (src.startsWith("?<=", i)) { i += 3; kind = "behind"; }
      else if (src.startsWith("?<!", i)) { i += 3; kind = "nbehind"; }
      else if (src.startsWith("?<", i)) { const e = src.indexOf(">", i); if (e < 0) throw new Unsupported("group"); i = e + 1; }
      else if (peek() === "?") throw new Unsupported("group");
      const inner = alt();
      if (src[i++] !== ")") throw new Unsupported("paren");
      if (kind === "group") return inner;
      if (kind === "ahead") return { t: "zero", prev: ALL_KINDS };
      return { t: "zero", prev: behindKinds(inner, kind === "nbehind") };
    }
    if (c === "[") return { t: "set", set: klass() };
    if (c === ".") return { t: "set", set: fullSet() };
    if (c === "^" || c === "$") return { t: "zero", prev: ALL_KINDS };
    if (c === "\\") {
      const e = src[i++];
      if (e === undefined) throw new Unsupported("escape");
      if (e === "b" || e === "B") return { t: "zero", prev: ALL_KINDS };
      if (e === "k") { const end = src.indexOf(">", i); if (src[i] !== "<" || end < 0) throw new Unsupported("backref"); i = end + 1; return { t: "backref" }; }
      if (/[1-9]/.test(e)) { while (/\d/.test(src[i] ?? "")) i++; return { t: "backref" }; }
      const s = newSet();
      if (classEscape(e, s)) return { t: "set", set: s };
      if (e === "u" || e === "x" || e === "c" || e === "p" || e === "P") throw new Unsupported("escape");
      addCode(s, CONTROL[e] ?? e.charCodeAt(0));
      return { t: "set", set: s };
    }
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{") throw new Unsupported("syntax");
    const s = newSet();
    addCode(s, c.charCodeAt(0));
    return { t: "set", set: s };
  }
  function klass(): CSet {
    const s = newSet();
    let negate = false;
    if (peek() === "^") { negate = true; i++; }
    while (i < src.length && peek() !== "]") {
      let code: number;
      const c = src[i++]!;
      if (c === "\\") {
        const e = src[i++];
        if (e === undefined) throw new Unsupported("class");
        if (classEscape(e, s)) continue;
        if (e === "u" || e === "x" || e === "c" || e === "p" || e === "P" || e === "b") throw new Unsupported("class escape");
        code = CONTROL[e] ?? e.charCodeAt(0);
      } else code = c.charCodeAt(0);
      if (peek() === "-" && src[i + 1] !== "]" && src[i + 1] !== undefined) {
        i++;
        let hi: number;
        const d = src[i++]!;
        if (d === "\\") {
          const e = src[i++]!;
          if (/[dwsDWS]/.test(e)) throw new Unsupported("class range");
          hi = CONTROL[e] ?? e.charCodeAt(0);
        } else hi = d.charCodeAt(0);
        addRange(s, code, hi);
      } else addCode(s, code);
    }
    if (src[i++] !== "]") throw new Unsupported("class end");
    return negate ? fullSet() : s; // a negated class: anything (a superset)
  }
  const n = alt();
  if (i !== src.length) throw new Unsupported("trailing");
  return n;
}

const covers = (s: CSet, a: number, b: number) => { for (let c = a; c <= b; c++) if (!s[c]) return false; return true; };
/** The kinds of previous character a one-class lookbehind allows; anything else allows all. */
function behindKinds(inner: Node, negative: boolean): number {
  const alts = inner.t === "alt" ? inner.items! : [inner];
  const single = (n: Node): CSet | null => {
    if (n.t === "set") return n.set!;
    if (n.t === "cat" && n.items!.length === 1) return single(n.items![0]!);
    return null;
  };
  if (negative) {
    // (?<!A|B) implies (?<!A): each one-class alternative excludes the kinds it covers fully.
    let kinds = ALL_KINDS;
    for (const a of alts) {
      const s = single(a);
      if (!s) continue;
      if (covers(s, 97, 122)) kinds &= ~1;
      if (covers(s, 48, 57)) kinds &= ~2;
    }
    return kinds;
  }
  if (alts.length !== 1) return ALL_KINDS;
  const s = single(alts[0]!);
  if (!s) return ALL_KINDS;
  let kinds = 0;
  for (let c = 0; c < NB; c++) if (s[c]) kinds |= 1 << (c === 128 ? 2 : kindOf(c));
  return kinds;
}

// Glushkov positions: every character set of a pattern is one position; `follow` says which
// positions may come right after which. Lookarounds and anchors read as the empty string, except
// a lookbehind before the first character, which narrows the kinds of previous character.
interface Glushkov {
  nullable: boolean;
  nullKinds: number; // kinds of previous character under which the node can match the empty string
  first: [number, number][]; // (position, kinds of previous character)
  last: number[];
}

interface Positions {
  sets: CSet[];
  follow: Set<number>[];
}

function glushkov(n: Node, P: Positions): Glushkov {
  switch (n.t) {
    case "set": {
      const p = P.sets.length;
      P.sets.push(n.set!);
      P.follow.push(new Set());
      return { nullable: false, nullKinds: 0, first: [[p, ALL_KINDS]], last: [p] };
    }
    case "zero": return { nullable: true, nullKinds: n.prev!, first: [], last: [] };
    case "backref": return glushkov({ t: "rep", items: [{ t: "set", set: fullSet() }], min: 0, max: Infinity }, P);
    case "alt": {
      const parts = n.items!.map((x) => glushkov(x, P));
      return {
        nullable: parts.some((x) => x.nullable),
        nullKinds: parts.reduce((m, x) => m | x.nullKinds, 0),
        first: parts.flatMap((x) => x.first),
        last: parts.flatMap((x) => x.last),
      };
    }
    case "cat": {
      let acc: Glushkov = { nullable: true, nullKinds: ALL_KINDS, first: [], last: [] };
      for (const item of n.items!) {
        const b = glushkov(item, P);
        for (const l of acc.last) for (const [f] of b.first) P.follow[l]!.add(f);
        acc = {
          nullable: acc.nullable && b.nullable,
          nullKinds: acc.nullKinds & b.nullKinds,
          first: acc.nullKinds ? [...acc.first, ...b.first.map(([f, k]) => [f, k & acc.nullKinds] as [number, number]).filter(([, k]) => k !== 0)] : acc.first,
          last: b.nullable ? [...acc.last, ...b.last] : b.last,
        };
        if (!acc.nullable && acc.nullKinds !== 0) acc.nullKinds = 0;
      }
      return acc;
    }
    case "rep": {
      const { min, max } = n as { min: number; max: number };
      if (max === 0) return { nullable: true, nullKinds: ALL_KINDS, first: [], last: [] };
      const x = glushkov(n.items![0]!, P);
      if (max > 1) for (const l of x.last) for (const [f] of x.first) P.follow[l]!.add(f);
      return { nullable: min === 0 || x.nullable, nullKinds: min === 0 ? ALL_KINDS : x.nullKinds, first: x.first, last: x.last };
    }
  }
}

/**
 * The start automaton of a list of case-insensitive patterns, built lazily as text is read. From
 * `startState[kind]` (the kind of the character before a position), each character's bucket leads
 * on (`step`); 0 is dead: no pattern can start at the position. `accept(state)` lists the patterns
 * (by index, ascending) whose match may start at the position once the characters read so far are
 * seen: a pattern is accepted when one of its matches could end there, or after K characters.
 * `scanAll` lists the patterns the analysis could not bound: they run over the whole text as before.
 */
export class StartAutomaton {
  readonly scanAll: number[] = [];
  /** Buckets that every pattern treats alike share a class: classOf[bucket]. */
  readonly classOf: Uint8Array;
  /** Classes per row, and the row width: the last column of a row holds its accept list. */
  readonly width: number;
  readonly rowWidth: number;
  /** next[state * rowWidth + class]: the next state, UNKNOWN until first needed; next[state * rowWidth + width]: its accept list. */
  next: Uint16Array;
  /** Accept lists: pattern indices, ascending (list 0 is empty). */
  readonly lists: number[][] = [[]];
  readonly startState: number[] = [];
  private readonly listIds = new Map<string, number>([["", 0]]);
  private readonly rep: number[] = []; // a bucket of each class
  private readonly sets: CSet[] = [];
  private readonly follow: number[][] = [];
  private readonly isLast: Uint8Array;
  private readonly ruleOf: number[] = [];
  private readonly firsts: [number, number][] = [];
  private readonly items: number[][] = [[]]; // per state: positions just read (state 0: dead)
  private readonly depth: number[] = [0];
  private readonly ids = new Map<string, number>();
  static readonly UNKNOWN = 0xffff;

  constructor(patterns: string[], private readonly k = K) {
    const P: Positions = { sets: [], follow: [] };
    const lastAll: number[] = [];
    patterns.forEach((src, r) => {
      let g: Glushkov;
      const mark = P.sets.length;
      try {
        g = glushkov(parse(src), P);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        P.sets.length = mark;
        P.follow.length = mark;
        this.scanAll.push(r);
        return;
      }
      for (let i = this.ruleOf.length; i < P.sets.length; i++) this.ruleOf.push(r);
      if (g.nullable) { this.scanAll.push(r); return; }
      this.firsts.push(...g.first);
      lastAll.push(...g.last);
    });
    this.ruleOf.length = P.sets.length;
    this.sets = P.sets;
    this.follow = P.follow.map((f) => [...f].sort((a, b) => a - b));
    this.isLast = new Uint8Array(P.sets.length);
    for (const l of lastAll) this.isLast[l] = 1;
    // Character classes: buckets with the same membership in every set.
    this.classOf = new Uint8Array(NB);
    const sig = new Map<string, number>();
    for (let b = 0; b < NB; b++) {
      let key = "";
      for (const set of this.sets) key += set[b] ? "1" : "0";
      let c = sig.get(key);
      if (c === undefined) { c = sig.size; sig.set(key, c); this.rep.push(b); }
      this.classOf[b] = c;
    }
    this.width = sig.size;
    this.rowWidth = this.width + 1;
    this.next = new Uint16Array(64 * this.rowWidth).fill(StartAutomaton.UNKNOWN);
    this.next.fill(0, 0, this.rowWidth); // the dead state stays dead and accepts nothing
    for (let kind = 0; kind < NKINDS; kind++) {
      // A start state holds no positions yet: its step reads from the first positions.
      this.startState.push(this.newState([-1 - kind], 0, 0, false));
    }
  }

  private newState(items: number[], depth: number, list: number, final: boolean): number {
    const id = this.items.length;
    this.items.push(items);
    this.depth.push(depth);
    const w = this.rowWidth;
    if ((id + 1) * w > this.next.length) {
      const grown = new Uint16Array(this.next.length * 2).fill(StartAutomaton.UNKNOWN);
      grown.set(this.next);
      this.next = grown;
    }
    this.next.fill(final ? 0 : StartAutomaton.UNKNOWN, id * w, id * w + this.width);
    this.next[id * w + this.width] = list;
    return id;
  }

  private listId(rules: number[]): number {
    const key = rules.join(",");
    let id = this.listIds.get(key);
    if (id === undefined) {
      id = this.lists.length;
      if (id >= 0xffff) throw new Error("start automaton: too many accept lists");
      this.lists.push(rules);
      this.listIds.set(key, id);
    }
    return id;
  }

  /** The state after reading class c in state st (computed once, then cached in `next`). */
  step(st: number, c: number): number {
    const b = this.rep[c]!;
    const from = this.items[st]!;
    const d = this.depth[st]!;
    const reached: number[] = [];
    if (from.length === 1 && from[0]! < 0) {
      const kind = -1 - from[0]!;
      for (const [p, kinds] of this.firsts) if (kinds & (1 << kind) && this.sets[p]![b]) reached.push(p);
    } else if (d < this.k) {
      for (const p of from) for (const q of this.follow[p]!) if (this.sets[q]![b]) reached.push(q);
    }
    if (!reached.length) {
      this.next[st * this.rowWidth + c] = 0;
      return 0;
    }
    let keep = true;
    if (this.items.length >= MAX_STATES) {
      // Start afresh: keep the dead and start states, forget the rest (st among them, maybe).
      keep = st <= NKINDS;
      const n = NKINDS + 1;
      this.items.length = n;
      this.depth.length = n;
      this.ids.clear();
      for (let s = 1; s < n; s++) this.next.fill(StartAutomaton.UNKNOWN, s * this.rowWidth, s * this.rowWidth + this.width);
    }
    const items = [...new Set(reached)].sort((x, y) => x - y);
    const depth = d + 1;
    const key = `${depth}:${items.join(",")}`;
    let to = this.ids.get(key);
    if (to === undefined) {
      const acc = new Set<number>();
      for (const p of items) if (depth >= this.k || this.isLast[p]) acc.add(this.ruleOf[p]!);
      // At the depth limit nothing more is read: every pattern still alive may start here.
      const final = depth >= this.k;
      to = this.newState(final ? [] : items, depth, this.listId([...acc].sort((x, y) => x - y)), final);
      this.ids.set(key, to);
    }
    if (keep) this.next[st * this.rowWidth + c] = to;
    return to;
  }
}
