// Who made the deal, as one source tells it: the organisations in the statements of the deal
// ("X signed a … deal with Y", "X to buy Y", "X and Y announced"), weighted by where the sentence
// stands (headline and first sentences weigh most), with roles and the links between a unit and
// its parent ("Full Name (FN)", "P’s payments unit, S").
import type { RawFact } from "../extract/types.js";
import { fieldRules, INDEX_BASE, type CompiledPattern } from "./rules.js";
import { findMentions, nameKey, skeleton, splitSentences, type Mention, type Sentence, type Skeleton } from "./text.js";

export interface PartyCandidate {
  /** Display name: the canonical name of the org fact where there is one. */
  name: string;
  /** Key of the entity (its aliases resolve to it). */
  key: string;
  weight: number;
  roles: Record<string, number>;
  /** Ids of the rules that named it. */
  rules: string[];
}

export interface Link {
  child: string;
  parent: string;
  rule: string;
}

export interface Alias {
  alias: string;
  of: string;
  rule: string;
}

/** What summarizeSource puts on the source entry (`deal`), enough to rebuild the record from NDJSON. */
export interface DealSummary {
  parties: PartyCandidate[];
  /** Keys of the two organisations this source's deal is between (fewer when it does not say). */
  pair: string[];
  links: Link[];
  aliases: Alias[];
  /** Display name of every key above. */
  names: Record<string, string>;
}

export interface SourceAnalysis {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  skeletons: Skeleton[];
  /** Key → entity key (alias resolution within the source). */
  root: (key: string) => string;
  summary: DealSummary;
  /** Entity keys of the deal's parties and the units and parents linked to them. */
  partyRoots: Set<string>;
  /** Sentence indexes that speak of another or an earlier deal. */
  otherDealSentences: Set<number>;
}

const cache = new WeakMap<readonly RawFact[], SourceAnalysis>();

/** Analyse one source once; tagFields and summarizeSource share the result. */
export function analyseSource(text: string, facts: readonly RawFact[]): SourceAnalysis {
  const hit = cache.get(facts);
  if (hit && hit.text === text) return hit;
  const a = analyse(text, facts);
  cache.set(facts, a);
  return a;
}

const globals = new WeakMap<CompiledPattern, RegExp>();
/** A global copy of the pattern, made once; callers reset lastIndex before each use. */
function globalRe(p: CompiledPattern): RegExp {
  let g = globals.get(p);
  if (!g) globals.set(p, (g = new RegExp(p.re.source, "gi")));
  g.lastIndex = 0;
  return g;
}

function analyse(text: string, facts: readonly RawFact[]): SourceAnalysis {
  const R = fieldRules();
  const sentences = splitSentences(text);
  const mentions = findMentions(text, facts, R.nameStop, R.suffixes);
  const valueFacts = facts.filter((f) => f.type !== "org" && f.type !== "quote");
  // Walk sentences, mentions and facts together: linear in the text, however long.
  const sortedFacts = [...valueFacts].sort((x, y) => x.start - y.start);
  let mi = 0, fi = 0;
  const skeletons = sentences.map((s) => {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    while (fi < sortedFacts.length && sortedFacts[fi]!.start < s.start) fi++;
    let mj = mi, fj = fi;
    while (mj < mentions.length && mentions[mj]!.start < s.end) mj++;
    while (fj < sortedFacts.length && sortedFacts[fj]!.start < s.end) fj++;
    return skeleton(text, s, mentions.slice(mi, mj), sortedFacts.slice(fi, fj));
  });

  // Alias classes (union-find on keys), display names.
  const parentOf = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parentOf.has(r) && parentOf.get(r) !== r) r = parentOf.get(r)!;
    // Path compression: later finds of these keys take one step (roots stay as they are).
    for (let x = k; x !== r; ) {
      const next = parentOf.get(x)!;
      parentOf.set(x, r);
      x = next;
    }
    return r;
  };
  const names = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const byName = names.get(m.key) ?? new Map<string, number>();
    byName.set(m.name, (byName.get(m.name) ?? 0) + (m.fromFact ? 10 : 1));
    names.set(m.key, byName);
  }
  const aliases: Alias[] = [];
  const union = (alias: string, of: string, rule: string) => {
    const ra = find(alias), rb = find(of);
    if (ra === rb) return;
    // The longer name is the entity's key ("amazon web services" over "aws").
    const [keep, drop] = rb.length >= ra.length ? [rb, ra] : [ra, rb];
    parentOf.set(drop, keep);
    aliases.push({ alias, of, rule });
  };
  const idx = (ch: string | undefined) => (ch ? ch.charCodeAt(0) - INDEX_BASE : -1);
  const pairOf = (p: CompiledPattern, m: RegExpExecArray, sk: Skeleton): [Mention, Mention] | null => {
    const first = sk.mentions[idx(m[1])], second = sk.mentions[idx(m[2])];
    if (!first || !second) return null;
    return (p.re as RegExp & { aFirst?: boolean }).aFirst === false ? [second, first] : [first, second];
  };

  const links: Link[] = [];
  for (const sk of skeletons) {
    for (const l of R.links) {
      const re = globalRe(l);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = pairOf(l, m, sk);
        if (pr && pr[0].key !== pr[1].key) {
          if (l.kind === "alias") union(pr[1].key, pr[0].key, l.id);
          else links.push({ parent: pr[0].key, child: pr[1].key, rule: l.id });
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  // An acronym of a name mentioned in the same source is that name: "GCS" for "Globex Cloud Services".
  const keys = [...names.keys()];
  const byInitials = new Map<string, string>();
  for (const k of keys) {
    const words = k.split(" ").filter((w) => w !== "of" && w !== "and" && w !== "&");
    if (words.length >= 2) byInitials.set(words.map((w) => w[0]).join(""), k);
  }
  for (const m of mentions) {
    if (!/^[A-Z]{2,6}$/.test(m.name)) continue;
    const full = byInitials.get(m.key);
    if (full && full !== m.key) union(m.key, full, "link.acronym");
  }
  // A name that starts with another mentioned name is its unit: "Acme Cloud" of "Acme". The roots
  // go into a trie of words, so a long name is walked once rather than rebuilt at every word.
  const roots = new Set(keys.map(find));
  interface WordNode { next: Map<string, WordNode>; root: string | null }
  const trie: WordNode = { next: new Map(), root: null };
  for (const k of roots) {
    let node = trie;
    for (const w of k.split(" ")) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), root: null }));
      node = child;
    }
    node.root = k;
  }
  for (const k of [...roots].sort()) {
    const words = k.split(" ");
    let node: WordNode | undefined = trie;
    for (let n = 1; n < words.length && node; n++) {
      node = node.next.get(words[n - 1]!);
      const p = node?.root;
      if (p && p.length >= 3) links.push({ parent: p, child: k, rule: "link.name-prefix" });
    }
  }

  // Sentences about another or an earlier deal name no parties and give no fields.
  const otherDealSentences = new Set<number>();
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    if (R.markers.some((mk) => mk.re.test(t))) otherDealSentences.add(s.index);
  }

  // Statements of the deal.
  const cand = new Map<string, PartyCandidate>();
  const pairWeight = new Map<string, number>();
  const add = (m: Mention, w: number, role: string | null, rule: string) => {
    const k = find(m.key);
    const c = cand.get(k) ?? { name: k, key: k, weight: 0, roles: {}, rules: [] };
    c.weight += w;
    if (role) c.roles[role] = (c.roles[role] ?? 0) + w;
    if (!c.rules.includes(rule)) c.rules.push(rule);
    cand.set(k, c);
  };
  let rank = 0;
  for (const s of sentences) {
    const sk = skeletons[s.index]!;
    if (s.end - s.start < 20) continue;
    const pos = rank < 2 ? 3 : rank < 5 ? 2 : 1;
    rank++;
    if (otherDealSentences.has(s.index) || sk.mentions.length < 2) continue;
    for (const st of R.statements) {
      const re = globalRe(st);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = pairOf(st, m, sk);
        if (pr && find(pr[0].key) !== find(pr[1].key)) {
          const w = st.weight * pos;
          add(pr[0], w, st.roles[0], st.id);
          add(pr[1], w, st.roles[1], st.id);
          const pk = [find(pr[0].key), find(pr[1].key)].sort().join("\u0000");
          pairWeight.set(pk, (pairWeight.get(pk) ?? 0) + w);
        }
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
  }
  // A unit's role is its parent's when only the parent is named as a party ("X will use GCS"):
  // the first link (in order) from the unit to a parent that is a candidate, looked up once.
  let parentCandidate: Map<string, PartyCandidate> | null = null;
  const candidateOf = (key: string): PartyCandidate | undefined => {
    const r = find(key);
    const c = cand.get(r);
    if (c) return c;
    if (!parentCandidate) {
      parentCandidate = new Map();
      for (const l of links) {
        const child = find(l.child);
        const pc = cand.get(find(l.parent));
        if (pc && !parentCandidate.has(child)) parentCandidate.set(child, pc);
      }
    }
    return parentCandidate.get(r);
  };
  // Roles of the organisations already named ("X will use … Y": X buys, Y provides).
  for (const s of sentences) {
    if (otherDealSentences.has(s.index)) continue;
    const sk = skeletons[s.index]!;
    if (sk.mentions.length < 2) continue;
    for (const rr of R.roles) {
      const re = globalRe(rr);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = pairOf(rr, m, sk);
        if (pr) {
          const [a, b] = [candidateOf(pr[0].key), candidateOf(pr[1].key)];
          if (a && b && a !== b) {
            a.roles[rr.roles[0]] = (a.roles[rr.roles[0]] ?? 0) + 1;
            b.roles[rr.roles[1]] = (b.roles[rr.roles[1]] ?? 0) + 1;
          }
        }
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
  }

  // The best-attested written form among the keys of each entity, worked out once for all.
  const bestName = new Map<string, { name: string; score: number }>();
  for (const [key, byName] of names) {
    const r = find(key);
    let b = bestName.get(r);
    if (!b) bestName.set(r, (b = { name: r, score: -1 }));
    for (const [n, c] of byName) {
      const sc = c * 100 + n.length;
      if (sc > b.score || (sc === b.score && n < b.name)) [b.name, b.score] = [n, sc];
    }
  }
  const display = (k: string): string => bestName.get(k)?.name ?? k;
  const parties = [...cand.values()]
    .map((c) => ({ ...c, name: display(c.key), weight: round(c.weight), roles: Object.fromEntries(Object.entries(c.roles).map(([r, v]) => [r, round(v)]).sort()) }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  let pair: string[] = [];
  let best = 0;
  for (const [pk, w] of [...pairWeight].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (w > best) [pair, best] = [pk.split("\u0000"), w];

  // The deal's parties with the units and parents the text links to them.
  // Everything connected to them by links (a walk over the link graph, not a loop to a fixpoint).
  const partyRoots = new Set(pair);
  const linked = new Map<string, string[]>();
  for (const l of links) {
    const [p, c] = [find(l.parent), find(l.child)];
    (linked.get(p) ?? linked.set(p, []).get(p)!).push(c);
    (linked.get(c) ?? linked.set(c, []).get(c)!).push(p);
  }
  const stack = [...partyRoots];
  while (stack.length) {
    for (const n of linked.get(stack.pop()!) ?? []) {
      if (!partyRoots.has(n)) {
        partyRoots.add(n);
        stack.push(n);
      }
    }
  }

  const usedKeys = new Set<string>([...parties.map((p) => p.key), ...links.flatMap((l) => [l.parent, l.child]), ...aliases.flatMap((a) => [a.alias, a.of])]);
  const summary: DealSummary = {
    parties,
    pair: pair.map((k) => k),
    links: dedupeLinks(links),
    aliases,
    names: Object.fromEntries([...usedKeys].sort().map((k) => [k, display(find(k))])),
  };
  return { text, sentences, mentions, skeletons, root: find, summary, partyRoots, otherDealSentences };
}

function dedupeLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = `${l.parent}\u0000${l.child}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export { nameKey };
