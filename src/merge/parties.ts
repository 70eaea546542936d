// Who made the deal, as one source tells it: the organisations in the statements of the deal
// ("X signed a … deal with Y", "X to buy Y", "X and Y announced"), weighted by where the sentence
// stands (headline and first sentences weigh most), with roles and the links between a unit and
// its parent ("Full Name (FN)", "P’s payments unit, S").
import type { RawFact } from "../extract/types.js";
import { FACT_MARK, fieldRules, INDEX_BASE, MARK, type CompiledPattern, type CompiledRules } from "./rules.js";
import { findMentions, nameKey, skeleton, splitSentences, type Mention, type Sentence, type Skeleton, type SkeletonRules } from "./text.js";

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
  /**
   * Where no statement names the pair: the two organisations the source speaks of most (the
   * headline and first sentences weigh most). Only for telling which deal the source is about.
   */
  salient?: string[];
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
  /**
   * Sentences that speak of another or an earlier deal, by index: the text offset from which they
   * do (the sentence's start, or the start of a trailing clause: "…, after Y rejected an approach last month").
   */
  otherDealSentences: Map<number, number>;
  /** The source's own date, which the analysis read (a deal of an earlier year is another deal). */
  published: string | null;
  /** The year the source speaks from, before which a deal is an earlier one (sourceYear). */
  year: number | null;
}

/**
 * The year a source speaks from: its own date's. An undated text (a wire's "May 20 (Wire) -" gives
 * no year) speaks from at least the latest year it tells of in the past tense ("sales fell to
 * $1.46 billion in 2025"): years before that one are the past. Years of its plans and timetables
 * ("deliveries from 2027") are no evidence, so an undated text with no past-tense year has none.
 */
export function sourceYear(text: string, published: string | null, facts: readonly RawFact[]): number | null {
  if (published && /^\d{4}/.test(published)) return Number(published.slice(0, 4));
  let latest = 0;
  for (const f of facts) {
    if (f.type !== "date" || typeof f.value.iso !== "string" || !/^\d{4}/.test(f.value.iso)) continue;
    const y = Number(f.value.iso.slice(0, 4));
    if (y <= 1900 || y >= 2200 || y <= latest) continue;
    // The clause before the year, back to the last stop: a verb in the past tense there.
    const before = text.slice(Math.max(0, f.start - 120), f.start);
    let cut = before.length;
    while (cut > 0 && !(STOPS.includes(before[cut - 1]!) && !/\d/.test(before[cut] ?? ""))) cut--;
    if (PAST_TENSE.test(before.slice(cut))) latest = y;
  }
  return latest || null;
}
const STOPS = ".;!?\n";
const PAST_TENSE = /\b(?:was|were|had|fell|rose|grew|dropped|declined|climbed|jumped|slipped|reported|posted|recorded|generated|earned|sold|bought|acquired|paid|took|raised|signed|won|lost|founded|filed|ended|spent|reached|peaked|totalled|totaled)\b/i;

const cache = new WeakMap<readonly RawFact[], SourceAnalysis>();

/** Analyse one source once; tagFields and summarizeSource share the result. */
export function analyseSource(text: string, facts: readonly RawFact[], published: string | null = null): SourceAnalysis {
  const hit = cache.get(facts);
  if (hit && hit.text === text && hit.published === published) return hit;
  const a = analyse(text, facts, published);
  cache.set(facts, a);
  return a;
}

/** Whether the skeleton holds one of the literals the party pattern needs (one scan per skeleton). */
function mayHold(R: CompiledRules, p: CompiledPattern, sk: Skeleton): boolean {
  return p.filterAt === undefined || (sk.hits ??= R.partyFilter.scan(sk.text))[p.filterAt] === 1;
}

const globals = new WeakMap<CompiledPattern, RegExp>();
/** A global copy of the pattern, made once; callers reset lastIndex before each use. */
function globalRe(p: CompiledPattern): RegExp {
  let g = globals.get(p);
  if (!g) globals.set(p, (g = new RegExp(p.re.source, "gi")));
  g.lastIndex = 0;
  return g;
}

// analyse() runs in phases, each a function of its own: V8 optimises small functions cheaply,
// and a change of object shape in one phase (a source with no candidates, say) deoptimises that
// phase alone, not one giant function it must then recompile (that recompiling was once a third
// of all the CPU time spent on extraction).
function analyse(text: string, facts: readonly RawFact[], published: string | null): SourceAnalysis {
  const R = fieldRules();
  const sentences = splitSentences(text);
  const mentions = findMentions(text, facts, R.nameStop, R.suffixes, R.descriptorEndings, R.personTitles, { goods: R.goodsAfterCount, notAlone: R.notAlone, leagueClub: R.leagueClub, goPublicBefore: R.goPublicBefore });
  const skeletons = skeletonsOf(text, sentences, mentions, facts, R);
  const names = namesOf(mentions);
  const uf = new AliasSets();
  const links = linksOf(R, skeletons, uf);
  linkAcronyms(text, mentions, names, uf);
  linkNamePrefixes(names, uf, links);
  const year = sourceYear(text, published, facts);
  const otherDealSentences = otherDealSentencesOf(R, text, sentences, year);
  const { cand, pairWeight, objects } = statementsOf(R, sentences, skeletons, otherDealSentences, uf, year);
  applyRoles(R, sentences, skeletons, otherDealSentences, uf, cand, links, year);
  const display = displayNames(names, uf, knownShortNames(facts));
  const parties = partyList(cand, display);
  const pair = bestPair(pairWeight);
  // A consortium's other members ("with BHP and Lundin Mining") are on a side of the pair: parties too.
  // So is what the pair's own statements say is sold ("sell its stake in Z to Y").
  const sold = pair.length === 2 ? (objects.get(pair.join("\u0000")) ?? []) : [];
  // A seller the deal's own statements name ("agreed to buy Y from Z for $1bn") is a side of it too:
  // the figure told beside it is this deal's, not a deal with another party.
  const partyRoots = partyRootsOf([...pair, ...sold, ...parties.filter((p) => Object.keys(p.roles).some((r) => r.startsWith("co-") || r === "seller") || p.rules.includes("party.consortium")).map((p) => p.key)], links, uf);
  const aliases = uf.aliases;
  const salient = pair.length < 2 ? salientPair(sentences, mentions, uf) : [];
  const usedKeys = new Set<string>(salient);
  for (const p of parties) usedKeys.add(p.key);
  for (const l of links) usedKeys.add(l.parent), usedKeys.add(l.child);
  for (const a of aliases) usedKeys.add(a.alias), usedKeys.add(a.of);
  const summary: DealSummary = {
    parties,
    pair,
    links: dedupeLinks(links),
    aliases,
    ...(salient.length === 2 ? { salient } : {}),
    names: Object.fromEntries([...usedKeys].sort().map((k) => [k, display(uf.find(k))])),
  };
  return { text, published, year, sentences, mentions, skeletons, root: uf.find, summary, partyRoots, otherDealSentences };
}

/** Each sentence's skeleton: walks sentences, mentions and facts together, linear in the text. */
function skeletonsOf(text: string, sentences: Sentence[], mentions: Mention[], facts: readonly RawFact[], rules: SkeletonRules): Skeleton[] {
  const sortedFacts = facts.filter((f) => f.type !== "org" && f.type !== "quote").sort((x, y) => x.start - y.start);
  let mi = 0, fi = 0;
  const out: Skeleton[] = [];
  /** The subject of the sentence before, where it opens that sentence (see subjectOf). */
  let before: Mention | null = null;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    while (fi < sortedFacts.length && sortedFacts[fi]!.start < s.start) fi++;
    let mj = mi, fj = fi;
    while (mj < mentions.length && mentions[mj]!.start < s.end) mj++;
    while (fj < sortedFacts.length && sortedFacts[fj]!.start < s.end) fj++;
    let own = mentions.slice(mi, mj);
    const subject = subjectOf(text, s, own);
    const it = pronounSubject(text, s, own, subject ?? before);
    const described = rules.describedSubject ? describedSubjects(text, s, own, before, rules.describedSubject) : [];
    if (it || described.length) own = [...own, ...(it ? [it] : []), ...described].sort((x, y) => x.start - y.start);
    out.push(skeleton(text, s, own, sortedFacts.slice(fi, fj), rules));
    before = subject;
  }
  return out;
}

/**
 * The organisation a sentence opens with, as its subject: its first mention, after at most a short
 * opening phrase ("On Wednesday, Rogers confirmed", "In a statement, Acme said"). From an org fact
 * or a capitalised name, never an asset.
 */
function subjectOf(text: string, s: Sentence, own: readonly Mention[]): Mention | null {
  const m = own[0];
  if (!m || m.asset) return null;
  const lead = text.slice(s.start, m.start);
  return lead === "" || OPENING_PHRASE.test(lead) ? m : null;
}
const OPENING_PHRASE = /^(?:(?:On|Earlier on|Late on|Early on)\s+\w+(?:\s+\w+)?|In\s+(?:a|its|their)\s+(?:statement|filing|release|press release)|Separately|Meanwhile|Also|Today|Yesterday|Now),\s$/;

/**
 * "Rogers confirmed what Sportico had reported: It has renewed its deal with the league": a
 * sentence (or what follows a colon in it) that opens with "It" has the subject of the sentence
 * before, or of its own first part, as that pronoun's organisation, so party statements read it as
 * a name. Only where that subject opens its sentence (subjectOf): a pronoun is a guess, and the
 * subject is the likeliest antecedent. The mention spans the pronoun.
 */
function pronounSubject(text: string, s: Sentence, own: readonly Mention[], antecedent: Mention | null): Mention | null {
  if (!antecedent) return null;
  let at = -1;
  if (text.startsWith("It ", s.start)) at = s.start;
  else {
    // Within the sentence only (a search to the text's end from every sentence would be quadratic).
    const k = antecedent.start >= s.start ? text.slice(antecedent.end, s.end).indexOf(": It ") : -1;
    if (k >= 0) at = antecedent.end + k + 2;
  }
  if (at < 0) return null;
  if (own.some((m) => m.start <= at && m.end > at)) return null;
  return { start: at, end: at + 2, name: antecedent.name, key: antecedent.key, fromFact: true };
}

/**
 * "Shares of Mankind Pharma fell after the company announced it would acquire Y": "the company"
 * (rules: parties.describedSubject, a global pattern) stands for the one organisation the sentence
 * names before it; one that opens its sentence, for the subject of the
 * sentence before (as "It" does). Where the sentence names two or more before it, the description
 * could be either, and stands for none. The mention spans the description.
 */
function describedSubjects(text: string, s: Sentence, own: readonly Mention[], before: Mention | null, re: RegExp): Mention[] {
  const out: Mention[] = [];
  const body = text.slice(s.start, s.end);
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = s.start + m.index, end = at + m[0].length;
    if (own.some((x) => x.start < end && x.end > at)) continue;
    let antecedent: Mention | null = null;
    if (at === s.start) antecedent = before;
    else {
      const keys = new Set<string>();
      for (const x of own) {
        if (x.end > at || x.asset) continue;
        keys.add(x.key);
        antecedent = x;
      }
      if (keys.size !== 1) antecedent = null;
    }
    // Only an organisation the extractor found, never a capitalised word alone ("Founded in 2022 by …").
    if (antecedent?.fromFact) out.push({ start: at, end, name: antecedent.name, key: antecedent.key, fromFact: true });
  }
  return out;
}

/** Key → written form → how well attested (an org fact counts 10, a bare capitalised run 1). */
function namesOf(mentions: readonly Mention[]): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    let byName = names.get(m.key);
    if (!byName) names.set(m.key, (byName = new Map<string, number>()));
    byName.set(m.name, (byName.get(m.name) ?? 0) + (m.fromFact ? 10 : 1));
  }
  return names;
}

/** Alias classes: union-find on keys, the longer name as the entity's key ("amazon web services" over "aws"). */
class AliasSets {
  private readonly parentOf = new Map<string, string>();
  readonly aliases: Alias[] = [];

  readonly find = (k: string): string => {
    const parentOf = this.parentOf;
    let r = k;
    for (let p = parentOf.get(r); p !== undefined && p !== r; p = parentOf.get(r)) r = p;
    // Path compression: later finds of these keys take one step (roots stay as they are).
    for (let x = k; x !== r; ) {
      const next = parentOf.get(x)!;
      parentOf.set(x, r);
      x = next;
    }
    return r;
  };

  union(alias: string, of: string, rule: string): void {
    const ra = this.find(alias), rb = this.find(of);
    if (ra === rb) return;
    const keep = rb.length >= ra.length ? rb : ra;
    const drop = keep === rb ? ra : rb;
    this.parentOf.set(drop, keep);
    this.aliases.push({ alias, of, rule });
  }
}

const idx = (ch: string | undefined) => (ch ? ch.charCodeAt(0) - INDEX_BASE : -1);

/** The two mentions a pattern's groups 1 and 2 point at, in the pattern's order (`aFirst`). */
function pairOf(p: CompiledPattern, m: RegExpExecArray, sk: Skeleton): [Mention, Mention] | null {
  const first = sk.mentions[idx(m[1])], second = sk.mentions[idx(m[2])];
  if (!first || !second) return null;
  return (p.re as RegExp & { aFirst?: boolean }).aFirst === false ? [second, first] : [first, second];
}

/** Links and aliases stated in the text ("Full Name (FN)", "P’s payments unit, S"). */
function linksOf(R: CompiledRules, skeletons: readonly Skeleton[], uf: AliasSets): Link[] {
  const links: Link[] = [];
  for (const sk of skeletons) {
    // Every link names two organisations: a sentence with fewer mentions holds none.
    if (sk.mentions.length < 2) continue;
    for (const l of R.links) {
      if (!mayHold(R, l, sk)) continue;
      const re = globalRe(l);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = pairOf(l, m, sk);
        if (pr && pr[0].key !== pr[1].key) {
          if (l.kind === "alias") uf.union(pr[1].key, pr[0].key, l.id);
          else links.push({ parent: pr[0].key, child: pr[1].key, rule: l.id });
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return links;
}

const ACRONYM = /^[A-Z]{2,6}$/;

/** An acronym of a name mentioned in the same source is that name: "GCS" for "Globex Cloud Services". */
function linkAcronyms(text: string, mentions: readonly Mention[], names: Map<string, Map<string, number>>, uf: AliasSets): void {
  const byInitials = new Map<string, string>();
  for (const k of names.keys()) {
    const words = k.split(" ").filter((w) => w !== "of" && w !== "and" && w !== "&");
    if (words.length >= 2) byInitials.set(words.map((w) => w[0]).join(""), k);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (ACRONYM.test(m.name)) {
      const full = byInitials.get(m.key) ?? definedBefore(text, mentions, i, m.name);
      if (full && full !== m.key) uf.union(m.key, full, "link.acronym");
      continue;
    }
    // An org fact may already name the acronym by its full name: the acronym as written is then
    // the alias to link, since other mentions of it may not be so named.
    const written = text.slice(m.start, m.end);
    if (m.fromFact && ACRONYM.test(written)) {
      const full = definedBefore(text, mentions, i, written);
      const own = nameKey(written, fieldRules().suffixes);
      if (full && own !== full) uf.union(own, full, "link.acronym");
    }
  }
}

/**
 * The name an acronym in brackets is defined by: "Sony Pictures Networks India (SPNI)", "ZEE
 * Entertainment Enterprises Ltd (ZEEL)". The name mentioned just before the bracket, with the
 * capitalised words between (a place, a legal suffix the name's key leaves out), must spell the
 * acronym as Schwartz and Hearst's abbreviation definitions do: its letters in order, right to
 * left, the first one starting a word.
 */
function definedBefore(text: string, mentions: readonly Mention[], i: number, short: string): string | null {
  const m = mentions[i]!;
  const open = /\(\s*$/.exec(text.slice(Math.max(0, m.start - 3), m.start));
  if (!open) return null;
  const paren = m.start - open[0].length;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const p = mentions[j]!;
    if (p.end > paren) continue;
    if (paren - p.end > 30 || !text.slice(p.end, paren).split(/[\s,]+/).every((w) => !w || /^[A-Z][\w.&'’-]*$/.test(w))) return null;
    const long = text.slice(p.start, paren);
    if (/\s/.test(long.trim()) && !ACRONYM.test(p.name) && abbreviates(short, long)) return p.key;
  }
  return null;
}

/** Schwartz and Hearst (2003): the short form's characters occur in the long form right to left, the first at a word's start. */
function abbreviates(short: string, long: string): boolean {
  const sf = short.toLowerCase(), lf = long.trimEnd().toLowerCase();
  let l = lf.length - 1;
  for (let s = sf.length - 1; s >= 0; s--) {
    const c = sf[s]!;
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lf[l - 1]!)))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}

interface WordNode {
  next: Map<string, WordNode>;
  root: string | null;
}

/** A name that starts with another mentioned name is its unit: "Acme Cloud" of "Acme". */
function linkNamePrefixes(names: Map<string, Map<string, number>>, uf: AliasSets, links: Link[]): void {
  const roots = new Set<string>();
  for (const k of names.keys()) roots.add(uf.find(k));
  for (const [parent, child] of wordPrefixPairs(roots, 3)) links.push({ parent, child, rule: "link.name-prefix" });
}

/**
 * Pairs [p, k] of the keys where p is k's first words and has at least minLength characters, in
 * the order of k, then of p's length. The keys go into a trie of words, so a long name is walked
 * once rather than rebuilt at every word. Within a source (linkNamePrefixes) and across sources
 * (record.ts): one rule for a name and its unit.
 */
export function wordPrefixPairs(keys: Iterable<string>, minLength: number): [string, string][] {
  const trie: WordNode = { next: new Map(), root: null };
  const all = new Set(keys);
  for (const k of all) {
    let node = trie;
    for (const w of k.split(" ")) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), root: null }));
      node = child;
    }
    node.root = k;
  }
  const out: [string, string][] = [];
  for (const k of [...all].sort()) {
    const words = k.split(" ");
    let node: WordNode | undefined = trie;
    for (let n = 1; n < words.length && node; n++) {
      node = node.next.get(words[n - 1]!);
      const p = node?.root;
      if (p && p.length >= minLength) out.push([p, k]);
    }
  }
  return out;
}

/**
 * Where a trailing clause of the past starts in t (rules: otherDeal.trailingClause): "…, after Y
 * rejected an approach", "… — and comes just days after …"; else the last clause opened by a
 * participle whose own clause holds the first marker ("…, reinstating a program Y lost last June").
 */
function trailingClauseAt(R: CompiledRules, t: string): number | null {
  const m = R.trailingClause.exec(t);
  if (m) return m.index;
  const p = R.trailingParticiple;
  if (!p) return null;
  let marker = t.length;
  for (const mk of R.markers) {
    const x = mk.re.exec(t);
    if (x && x.index < marker) marker = x.index;
  }
  // The marker must be in the participle's own clause: no comma, semicolon or dash between them.
  let at: number | null = null;
  p.lastIndex = 0;
  for (let x = p.exec(t); x && x.index < marker; x = p.exec(t)) at = /[,;—–]/.test(t.slice(x.index + x[0].length, marker)) ? null : x.index;
  return at;
}

/** How much of a sentence's skeleton speaks of this deal: all of it, none (0), or up to its trailing clause. */
function skeletonLimit(R: CompiledRules, s: Sentence, sk: Skeleton, other: ReadonlyMap<number, number>, year: number | null): number {
  const cut = other.get(s.index);
  if (cut === undefined) return sk.text.length;
  if (cut <= s.start) return 0;
  // Up to the trailing clause of the past or the "in 1968, when" that cut it, whichever comes first.
  const trailing = trailingClauseAt(R, sk.text) ?? Infinity;
  const when = (year !== null && R.pastWhen ? pastYearMatchAt(R.pastWhen, sk.text, year) : null) ?? Infinity;
  const limit = Math.min(trailing, when);
  return limit === Infinity ? 0 : limit;
}

/** Sentences about another or an earlier deal (from where they are): they name no parties and give no fields. */
function otherDealSentencesOf(R: CompiledRules, text: string, sentences: readonly Sentence[], year: number | null): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    // Both year patterns run only where the sentence holds one of their words (one scan for both).
    const hits = year !== null ? R.yearFilter.scan(t) : null;
    // "…traces its roots to 1968, when Y merged with Z": what follows the year is that year's event.
    const when = year !== null && R.pastWhen && hits![0] ? pastYearMatchAt(R.pastWhen, t, year) : null;
    if (when !== null) out.set(s.index, s.start + when);
    if (!R.markers.some((mk) => mk.re.test(t)) && !(year !== null && R.dealYear && hits![1] && dealOfPastYear(R.dealYear, t, year))) continue;
    // A marker only in a trailing clause of its own ("…, after Y's board turned down an approach
    // last month"): that clause speaks of the past, the sentence before it of this deal.
    const at = trailingClauseAt(R, t);
    const head = at !== null && at > 20 ? t.slice(0, at) : null;
    // The head must be clear of the year patterns too: "Y's $1.1 billion purchase of Z in 2023, which valued …".
    const headClear = head !== null && !R.markers.some((mk) => mk.re.test(head)) && !(year !== null && R.dealYear && hits![1] && dealOfPastYear(R.dealYear, head, year));
    const from = headClear ? s.start + at! : s.start;
    out.set(s.index, Math.min(from, out.get(s.index) ?? from));
  }
  return out;
}

/**
 * Where the first match of a global regex whose group 1 (or 2) is a year before the source's own starts
 * in t, else null. In a skeleton a dated year is a fact's placeholder: the text's own check has
 * vouched for it ("in 1968, when", rules: otherDeal.pastWhen).
 */
function pastYearMatchAt(re: RegExp, t: string, year: number): number | null {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    // The year is group 1, or group 2 in a pattern whose year comes first ("In 2022 it sold …").
    const y = m[1] ?? m[2];
    if (y === FACT_MARK || Number(y) < year) return m.index;
  }
  return null;
}

/**
 * A deal told with a year before the source's own right after its noun (rules: otherDeal.dealYear):
 * "a 15-year contract with Stratavane from 2025", "a $3.2 billion contract with Corrasi Cloud in
 * 2022". Later years are a deal's own timetable ("a partnership through 2030").
 */
function dealOfPastYear(re: RegExp, t: string, year: number): boolean {
  return pastYearMatchAt(re, t, year) !== null;
}

/** A party candidate as it is built up; roles in a Map (their names come from the rules). */
interface Cand {
  key: string;
  weight: number;
  roles: Map<string, number>;
  rules: string[];
}

function addRole(c: Cand, role: string, w: number): void {
  c.roles.set(role, (c.roles.get(role) ?? 0) + w);
}

/** The statements of the deal: weight per organisation (headline and first sentences weigh most) and per pair. */
function statementsOf(R: CompiledRules, sentences: readonly Sentence[], skeletons: readonly Skeleton[], other: Map<number, number>, uf: AliasSets, year: number | null): { cand: Map<string, Cand>; pairWeight: Map<string, number>; objects: Map<string, string[]> } {
  const cand = new Map<string, Cand>();
  const pairWeight = new Map<string, number>();
  // Per pair (keys joined as in pairWeight), the third sides its statements name.
  const objects = new Map<string, string[]>();
  // A pair, and each party, counts once per sentence, at its strongest statement: two patterns
  // that read the same words ("placed an order to buy jets from Y" is an order and a purchase) are
  // one statement. These hold the weight each has gained in the current sentence.
  const partyInSentence = new Map<string, number>();
  const pairInSentence = new Map<string, number>();
  /** What a statement of weight w adds to `key` in this sentence: only what it has above the best one before. */
  const raise = (inSentence: Map<string, number>, key: string, w: number): number => {
    const before = inSentence.get(key) ?? 0;
    if (w <= before) return 0;
    inSentence.set(key, w);
    return w - before;
  };
  const add = (m: Mention, w: number, role: string | null | undefined, rule: string) => {
    const k = uf.find(m.key);
    let c = cand.get(k);
    if (!c) cand.set(k, (c = { key: k, weight: 0, roles: new Map(), rules: [] }));
    c.weight += raise(partyInSentence, k, w);
    if (role) addRole(c, role, w);
    if (!c.rules.includes(rule)) c.rules.push(rule);
  };
  // rank: the place among the sentences that name two names or more (the lead weighs most); order:
  // among all sentences (a round's lead is told within two sentences of its raise).
  let rank = 0, order = 0;
  // A round told in two sentences: the investee of the last "X has raised … in a round" and the
  // rank up to which a sentence may name who led it (rules: parties.roundFollowUp).
  let round: { investee: Mention; until: number; w: number } | null = null;
  const RF = R.roundFollowUp;
  for (const s of sentences) {
    const sk = skeletons[s.index]!;
    if (s.end - s.start < 20) continue;
    const pos = rank < 2 ? 3 : rank < 5 ? 2 : 1;
    // A line that names fewer than two names (a page's address, a date line, a byline) takes no
    // place among the lead sentences: the first sentences that can tell a deal weigh most.
    if (sk.mentions.length >= 2) rank++;
    order++;
    const limit = skeletonLimit(R, s, sk, other, year);
    if (RF && limit !== 0 && sk.mentions.length) {
      const raised = RF.raised.exec(sk.text);
      const investee = raised && raised.index + raised[0].length <= limit ? sk.mentions[idx(raised[1])] : undefined;
      if (investee && !investee.asset) round = { investee, until: order + 2, w: RF.weight * pos };
      else if (round && order <= round.until) {
        for (const re of RF.ledBy) {
          const m = re.exec(sk.text);
          const investor = m && m.index + m[0].length <= limit ? sk.mentions[idx(m[1])] : undefined;
          if (!investor || investor.asset) continue;
          const ka = uf.find(round.investee.key), kb = uf.find(investor.key);
          if (ka === kb) continue;
          partyInSentence.clear();
          add(round.investee, round.w, "investee", RF.id);
          add(investor, round.w, "investor", RF.id);
          const pk = ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}`;
          pairWeight.set(pk, (pairWeight.get(pk) ?? 0) + round.w);
          round = null;
          break;
        }
      }
    }
    if (limit === 0 || sk.mentions.length < 2) continue;
    partyInSentence.clear();
    pairInSentence.clear();
    for (const st of R.statements) {
      if (!mayHold(R, st, sk)) continue;
      const re = globalRe(st);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = m.index + m[0].length <= limit ? pairOf(st, m, sk) : null;
        if (pr && !pr[0].asset && !pr[1].asset) {
          const ka = uf.find(pr[0].key), kb = uf.find(pr[1].key);
          if (ka !== kb) {
            const w = st.weight * pos;
            add(pr[0], w, st.roles[0], st.id);
            add(pr[1], w, st.roles[1], st.id);
            // "to a consortium of Y, Z and W": the other members take Y's part.
            // They weigh half, so the lead member and the other side stay the deal's pair, and their
            // role says they are members ("co-buyer"): the record lists them beside the lead.
            // The list follows the later of the two: "Y agreed to be acquired by X and Z" lists the buyers.
            const later = mentionAt(sk, m, pr[0]) > mentionAt(sk, m, pr[1]) ? 0 : 1;
            const other = later === 1 ? ka : kb;
            for (const x of consortiumAfter(R.lists, sk, m, pr[later]!)) if (uf.find(x.key) !== other && !x.asset) add(x, w / 2, st.roles[later] ? `co-${st.roles[later]}` : null, "party.consortium");
            // "Y and Z have agreed to jointly acquire W": the names before the subject take its part.
            const earlier = 1 - later;
            const own = earlier === 1 ? ka : kb, against = earlier === 1 ? kb : ka;
            if (st.roles[earlier]) for (const x of listBefore(R.lists, sk, m, pr[earlier]!)) if (![own, against].includes(uf.find(x.key)) && !x.asset) add(x, w / 2, `co-${st.roles[earlier]}`, "party.consortium");
            // "X agreed to sell its 74% stake in Z to Y": what is sold is the deal's third side.
            const pk = ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}`;
            if (st.object) {
              const o = st.object.re.exec(m[0]);
              const z = o ? sk.mentions[idx(o[1])] : undefined;
              const kz = z ? uf.find(z.key) : "";
              if (z && !z.asset && kz !== ka && kz !== kb) {
                add(z, w, st.object.role, st.id);
                const list = objects.get(pk) ?? objects.set(pk, []).get(pk)!;
                if (!list.includes(kz)) list.push(kz);
              }
            }
            const gain = raise(pairInSentence, pk, w);
            if (gain) pairWeight.set(pk, (pairWeight.get(pk) ?? 0) + gain);
          }
        }
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
  }
  return { cand, pairWeight, objects };
}

/** Where a statement's match names the mention (its mark's offset in the skeleton), or -1. */
function mentionAt(sk: Skeleton, m: RegExpExecArray, x: Mention): number {
  const i = sk.mentions.indexOf(x);
  return i < 0 ? -1 : sk.text.indexOf(MARK + String.fromCharCode(INDEX_BASE + i), m.index);
}

/** The next name of a list in a skeleton: its separator (group 1) and the name's index character (group 2). */
const LIST_NEXT = new RegExp(String.raw`^(,\s+|,?\s+and\s+)(?:the\s+)?(?:[\p{L}\p{N}-]+['’]s\s+)?` + MARK + String.raw`([\uE100-\uF8FF])`, "u");

/** The name before another in a list: its index character (group 1), the separator (group 2). */
const LIST_PREV = new RegExp(MARK + String.raw`([\uE100-\uF8FF])\.?(,\s+|,?\s+and\s+)(?:the\s+)?(?:[\p{L}\p{N}-]+['’]s\s+)?$`, "u");

/**
 * The names listed before a statement's subject, which share its part: "Infratil and Canada's
 * Brookfield have agreed to jointly acquire Vodafone NZ", "Y, Z and W to buy V". The list is closed
 * by "and" before the subject, and starts its sentence or the clause after a verb of saying
 * (lists.subjectStart): not "sold it to Y and Z bought W", where Y is an object.
 */
function listBefore(L: CompiledRules["lists"], sk: Skeleton, m: RegExpExecArray, a: Mention): Mention[] {
  let at = mentionAt(sk, m, a);
  if (at < 0) return [];
  const out: Mention[] = [];
  for (let k = 0; k < 8; k++) {
    const from = Math.max(0, at - 80);
    const x = LIST_PREV.exec(sk.text.slice(from, at));
    if (!x) break;
    // The last separator is "and" (", and" only in a list of three or more), the ones before it commas.
    const and = /and/.test(x[2]!);
    if (k === 0 ? !and : and) break;
    const mention = sk.mentions[idx(x[1]!)];
    if (!mention) break;
    out.push(mention);
    at = from + x.index;
  }
  if (!out.length) return [];
  // A list of two joined by ", and" joins clauses, not names ("sold it to Y, and Z bought W").
  const sep = at + (sk.text.charCodeAt(at + 2) === 46 ? 3 : 2);
  if (out.length === 1 && sk.text.charCodeAt(sep) === 44) return [];
  // Not examples of something ("snacks such as Y and Z"), even where a statement reads one as its subject.
  const before = sk.text.slice(Math.max(0, at - 40), at);
  return L.subjectStart.test(before) && !L.examplesBefore.test(before) ? out : [];
}

/**
 * The other members of a consortium named after one of them: "sell its unit to a consortium of
 * Advent, Cinven and Germany’s RAG foundation", "a consortium that includes Y, Z, ADIA and the W
 * Foundation"; or of a closed list after one ("orders for 470 Y and Z aircraft"). The list ends at
 * "and".
 */
function consortiumAfter(L: CompiledRules["lists"], sk: Skeleton, m: RegExpExecArray, b: Mention): Mention[] {
  const at = mentionAt(sk, m, b);
  if (at < 0) return [];
  const group = L.groupBefore.test(sk.text.slice(Math.max(0, at - 80), at));
  const out: Mention[] = [];
  let pos = at + 2;
  let closed = false;
  for (let k = 0; k < 8; k++) {
    const x = LIST_NEXT.exec(sk.text.slice(pos, pos + 60));
    if (!x) break;
    const mention = sk.mentions[idx(x[2])];
    if (mention) out.push(mention);
    pos += x[0].length;
    if (/and/.test(x[1]!)) {
      closed = true;
      break;
    }
  }
  // With no word for a group, only a closed list ("from Y and Z", "for 470 Y and Z aircraft") whose
  // last name starts no clause of its own ("… to buy Y and Z will sell …", "Y and Z's unit").
  // ", and" right after the first name joins clauses ("sold it to Y, and Z and W were outbid").
  const clauseAnd = out.length === 1 && /^,/.test(sk.text.slice(at + 2, at + 3));
  if (!group && (!closed || clauseAnd || L.clauseAfter.test(sk.text.slice(pos, pos + 30)) || L.examplesBefore.test(sk.text.slice(Math.max(0, at - 40), at)))) return [];
  return out;
}

/**
 * Roles of the organisations already named ("X will use … Y": X buys, Y provides). A unit's role
 * is its parent's when only the parent is named as a party ("X will use GCS"): the first link (in
 * order) from the unit to a parent that is a candidate, looked up once.
 */
function applyRoles(R: CompiledRules, sentences: readonly Sentence[], skeletons: readonly Skeleton[], other: Map<number, number>, uf: AliasSets, cand: Map<string, Cand>, links: readonly Link[], year: number | null): void {
  let parentCandidate: Map<string, Cand> | null = null;
  const candidateOf = (key: string): Cand | undefined => {
    const r = uf.find(key);
    const c = cand.get(r);
    if (c) return c;
    if (!parentCandidate) {
      parentCandidate = new Map();
      for (const l of links) {
        const child = uf.find(l.child);
        const pc = cand.get(uf.find(l.parent));
        if (pc && !parentCandidate.has(child)) parentCandidate.set(child, pc);
      }
    }
    return parentCandidate.get(r);
  };
  for (const s of sentences) {
    const sk = skeletons[s.index]!;
    const limit = skeletonLimit(R, s, sk, other, year);
    if (limit === 0 || sk.mentions.length < 2) continue;
    for (const rr of R.roles) {
      if (!mayHold(R, rr, sk)) continue;
      const re = globalRe(rr);
      let m: RegExpExecArray | null;
      while ((m = re.exec(sk.text))) {
        const pr = m.index + m[0].length <= limit ? pairOf(rr, m, sk) : null;
        if (pr) {
          const a = candidateOf(pr[0].key), b = candidateOf(pr[1].key);
          if (a && b && a !== b) {
            addRole(a, rr.roles[0]!, 1);
            addRole(b, rr.roles[1]!, 1);
          }
        }
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
  }
}

/**
 * The best-attested written form among the keys of each entity, worked out once for all; but a
 * short form in capitals ("LGES") gives way to the name it stands for, where the source writes that
 * name ("LG Energy Solution (LGES) ... LGES said"): the record names a party in full. Not so for a
 * short form that is the organisation's own name in the gazetteer ("KKR", not "Kohlberg Kravis
 * Roberts"), nor for a longer form that opens with the short one ("BHP Group") or with another
 * letter (a part of the name: "Mercado de Valores" for "CNMV").
 */
function displayNames(names: Map<string, Map<string, number>>, uf: AliasSets, known: ReadonlySet<string>): (k: string) => string {
  const forms = new Map<string, Map<string, number>>();
  for (const [key, byName] of names) {
    const r = uf.find(key);
    let f = forms.get(r);
    if (!f) forms.set(r, (f = new Map()));
    for (const [n, c] of byName) f.set(n, (f.get(n) ?? 0) + c);
  }
  const bestName = new Map<string, string>();
  for (const [r, f] of forms) {
    let name = bestAttested(f, () => true) ?? r;
    if (f.size > 1 && CAPS_SHORT.test(name) && !known.has(name)) {
      const short = name;
      name = bestAttested(f, (n) => /\s/.test(n) && n[0] === short[0] && !n.startsWith(short + " ")) ?? short;
    }
    bestName.set(r, name);
  }
  return (k: string): string => bestName.get(k) ?? k;
}

/** Of the written forms that pass `ok`, the best attested (then the longer, then the first in order); null if none. */
function bestAttested(forms: ReadonlyMap<string, number>, ok: (n: string) => boolean): string | null {
  let best: string | null = null, score = -1;
  for (const [n, c] of forms) {
    if (!ok(n)) continue;
    const sc = c * 100 + n.length;
    if (sc > score || (sc === score && n < best!)) [best, score] = [n, sc];
  }
  return best;
}

/** Short names in capitals that the gazetteer gives as an organisation's own ("KKR", "NTT"). */
function knownShortNames(facts: readonly RawFact[]): Set<string> {
  const out = new Set<string>();
  for (const f of facts) if (f.type === "org" && f.rule === "org.gazetteer" && typeof f.value.name === "string" && CAPS_SHORT.test(f.value.name)) out.add(f.value.name);
  return out;
}
const CAPS_SHORT = /^[A-Z][A-Z&]{1,5}$/;

/** The candidates as the summary lists them: heaviest first, weights and roles rounded. */
function partyList(cand: Map<string, Cand>, display: (k: string) => string): PartyCandidate[] {
  const out: PartyCandidate[] = [];
  for (const c of cand.values()) {
    const roles: [string, number][] = [];
    for (const [r, v] of c.roles) roles.push([r, round(v)]);
    roles.sort();
    out.push({ name: display(c.key), key: c.key, weight: round(c.weight), roles: Object.fromEntries(roles), rules: c.rules });
  }
  out.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  return out;
}

/**
 * The pair of organisations with the most weight of statements; on a tie, the pair stated first
 * (the map keeps the order pairs were first stated in): a story tells its own deal before the
 * rival's deal it compares it with.
 */
function bestPair(pairWeight: Map<string, number>): string[] {
  let pair: string[] = [];
  let best = 0;
  for (const [pk, w] of pairWeight) {
    if (w > best) {
      pair = pk.split("\u0000");
      best = w;
    }
  }
  return pair;
}

/**
 * The two organisations (org facts, where the source has any) that the source names most, by
 * weight: 3 in the headline and first sentence, 2 in the next three, 1 after. Each must be named
 * at least twice; none when fewer than two are.
 */
function salientPair(sentences: readonly Sentence[], mentions: readonly Mention[], uf: AliasSets): string[] {
  const orgsKnown = mentions.some((m) => m.fromFact);
  const weight = new Map<string, number>();
  const count = new Map<string, number>();
  let si = 0, rank = 0;
  for (const m of mentions) {
    if ((orgsKnown && !m.fromFact) || m.asset) continue;
    while (si < sentences.length && sentences[si]!.end <= m.start) {
      if (sentences[si]!.end - sentences[si]!.start >= 20) rank++;
      si++;
    }
    const k = uf.find(m.key);
    weight.set(k, (weight.get(k) ?? 0) + (rank < 2 ? 3 : rank < 5 ? 2 : 1));
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const top = [...weight]
    .filter(([k]) => count.get(k)! >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([k]) => k);
  return top.length === 2 ? top.sort() : [];
}

/** The deal's parties with everything the text links to them (a walk over the link graph). */
function partyRootsOf(pair: readonly string[], links: readonly Link[], uf: AliasSets): Set<string> {
  const partyRoots = new Set(pair);
  const linked = new Map<string, string[]>();
  for (const l of links) {
    const p = uf.find(l.parent), c = uf.find(l.child);
    let lp = linked.get(p);
    if (!lp) linked.set(p, (lp = []));
    lp.push(c);
    let lc = linked.get(c);
    if (!lc) linked.set(c, (lc = []));
    lc.push(p);
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
  return partyRoots;
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
