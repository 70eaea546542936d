// Which facts are claims on which deal field: a fact of a type the field takes, with one of the
// field's cues (rules/fields.json) right before it, right after it, or in its clause. Adjacent cues
// beat clause cues; a fact gets the field of its strongest cue. Facts in a clause about another
// deal (an earlier one, one with an organisation that is not a party) claim no deal-scoped field.
import type { RawFact } from "../extract/types.js";
import { fieldRules, type CompiledCue, type CompiledRules } from "./rules.js";
import { analyseSource, type DealSummary, type SourceAnalysis } from "./parties.js";
import type { Span } from "./text.js";

export interface FieldTag {
  fields: string[];
  cues: Record<string, string[]>;
  /** Id of the cue rule per field, and its aspect where it has one ("shares", "market value"). */
  rules?: Record<string, string>;
  aspects?: Record<string, string>;
}

const WINDOW = 160;

interface Hit {
  field: string;
  cue: CompiledCue;
  score: number;
  text: string;
}

/** For each fact (same order), the deal fields it is a claim on, with the cue words that tied it. */
export function tagFields(text: string, facts: readonly RawFact[]): (FieldTag | null)[] {
  const R = fieldRules();
  const a = analyseSource(text, facts);
  const sentenceAt = sentenceIndexer(a);
  const tags = facts.map((f): FieldTag | null => {
    if (f.type === "org" || f.type === "quote") return null;
    const s = sentenceAt(f.start);
    if (!s) return null;
    const clause = s.clauses.find((c) => c.start <= f.start && f.end <= c.end) ?? s;
    const perShare = isPerShare(R, text, f, clause);
    let guess: boolean | null = null;
    const hits: Hit[] = [];
    for (const field of R.fields) {
      if (!field.types.includes(f.type)) continue;
      if (field.notPerShare && perShare) continue;
      if (field.factual && (guess ??= hypothetical(R, text, clause))) continue;
      for (const cue of field.cues) {
        if (cue.perShare && (cue.perShare === "require") !== perShare) continue;
        const h = matchCue(R, a, text, f, clause, cue);
        if (h) hits.push({ field: field.name, cue, score: h.score, text: h.text });
      }
    }
    if (!hits.length) return null;
    // Strongest first; rule order breaks ties (the field listed first wins).
    hits.sort((x, y) => x.score - y.score);
    const best = hits[0]!;
    const field = R.byName.get(best.field)!;
    if (field.dealScoped && aboutOtherDeal(R, a, text, f, s.index, clause)) return null;
    const tag: FieldTag = { fields: [best.field], cues: { [best.field]: [best.text.trim()] }, rules: { [best.field]: best.cue.id } };
    if (best.cue.aspect) {
      // Whose shares: "Harbor's stock fell 1%" and "Lumentrace shares rose 30%" are two aspects, not a clash.
      const subject = best.cue.aspect === "shares" ? shareSubject(R, a, text, f, clause) : null;
      tag.aspects = { [best.field]: subject ? `${best.cue.aspect}|${subject}` : best.cue.aspect };
    }
    return tag;
  });
  applyYields(R, facts, tags);
  return tags;
}

/**
 * One amount, two fields: where a source states an amount as `to` (a valuation) and gives another
 * amount as `from` (the deal's value), its `from` claims of the `to` amount are `to` claims.
 */
function applyYields(R: CompiledRules, facts: readonly RawFact[], tags: (FieldTag | null)[]): void {
  const amountKey = (f: RawFact) => (f.type === "money" && typeof f.value.amount === "number" ? `${f.value.amount}|${String(f.value.currency ?? "")}` : null);
  for (const y of R.yields) {
    const toAmounts = new Set<string>();
    const fromAmounts = new Set<string>();
    facts.forEach((f, i) => {
      const k = amountKey(f);
      const t = tags[i];
      if (!k || !t) return;
      if (t.fields.includes(y.to)) toAmounts.add(k);
      if (t.fields.includes(y.from)) fromAmounts.add(k);
    });
    // Only where the source's own value is another amount: "buy X for $2bn, valuing X at $2bn" keeps its value.
    if (![...fromAmounts].some((k) => !toAmounts.has(k))) continue;
    facts.forEach((f, i) => {
      const k = amountKey(f);
      const t = tags[i];
      if (!k || !t || !t.fields.includes(y.from) || !toAmounts.has(k)) return;
      const cue = t.cues[y.from] ?? [];
      tags[i] = { fields: [y.to], cues: { [y.to]: cue }, rules: { [y.to]: y.id } };
    });
  }
}

/** "$12 a share", "$12 per share", or a small amount in a clause about shares or an offer. */
function isPerShare(R: CompiledRules, text: string, f: RawFact, clause: Span): boolean {
  if (f.type !== "money") return false;
  if (R.perShare.after.test(text.slice(f.end, Math.min(clause.end, f.end + 60)))) return true;
  const amount = f.value.amount;
  return typeof amount === "number" && amount < R.perShare.smallBelow && R.perShare.context.test(text.slice(clause.start, clause.end));
}

/** The organisation whose shares the clause speaks of ("X's shares", "X stock"), nearest before the fact; its entity key. */
function shareSubject(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, clause: Span): string | null {
  const orgsKnown = a.mentions.some((m) => m.fromFact);
  const lo = Math.max(clause.start, f.start - 120);
  for (let i = firstMentionFrom(a, f.start) - 1; i >= 0; i--) {
    const m = a.mentions[i]!;
    if (m.start < lo) break;
    if (m.end > f.start || (orgsKnown && !m.fromFact)) continue;
    if (R.shareSubject.test(text.slice(m.end, f.start))) return a.root(m.key);
  }
  return null;
}

/** A clause that rumours, guesses or models a figure. */
function hypothetical(R: CompiledRules, text: string, clause: Span): boolean {
  const t = text.slice(clause.start, clause.end);
  return R.hypothetical.some((h) => h.re.test(t));
}

/** Per-source deal summary (parties and the like) kept on the source entry. */
export function summarizeSource(text: string, facts: readonly RawFact[]): Record<string, unknown> {
  const s: DealSummary = analyseSource(text, facts).summary;
  return s as unknown as Record<string, unknown>;
}

function sentenceIndexer(a: SourceAnalysis) {
  const ss = a.sentences;
  return (pos: number) => {
    let lo = 0, hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = ss[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  };
}

function matchCue(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, clause: Span, cue: CompiledCue): { score: number; text: string } | null {
  const clauseText = text.slice(clause.start, clause.end);
  if (cue.needs && !cue.needs.test(clauseText)) return null;
  if (cue.factIs && !cue.factIs.test(text.slice(f.start, f.end))) return null;
  const pre = text.slice(Math.max(clause.start, f.start - WINDOW), f.start);
  const post = text.slice(f.end, Math.min(clause.end, f.end + WINDOW));
  if (cue.notIf && cue.notIf.test(pre)) return null;
  if (cue.preEnds && !cue.preEnds.test(pre)) {
    // The fact may hold the word itself: "through 2026" with its qualifier "through".
    const q = typeof f.value.qualifier === "string" ? f.value.qualifier : "";
    if (!q || !cue.preEnds.test(` ${q} `)) return null;
  }
  if (cue.after && !cue.after.test(post)) return null;
  if (cue.where === "before") {
    const m = cue.re.exec(pre);
    if (!m) return null;
    if (cue.needsPartyAfter && !partyAfter(a, text, f, clause, cue.needsPartyAfter)) return null;
    return { score: (m[1] ?? "").length, text: m[0] };
  }
  if (cue.where === "after") {
    if (cue.inFact) {
      const inside = cue.bare.exec(text.slice(f.start, f.end));
      if (inside) return { score: 0, text: inside[0] };
    }
    const m = cue.re.exec(post);
    if (!m) return null;
    if (!cue.allowBreakers && gapHasBreaker(R, m[1] ?? "")) return null;
    const lead = /^[\s,]*/.exec(m[0])![0].length;
    return { score: (m[1] ?? "").length, text: m[0].slice(lead + (m[1] ?? "").length) };
  }
  if (cue.where === "line") {
    const ls = text.lastIndexOf("\n", f.start - 1) + 1;
    let le = text.indexOf("\n", f.end);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    const m = cue.re.exec(line);
    if (!m || m.index > f.start - ls) return null;
    if (cue.prevLine) {
      const prev = previousLine(text, ls);
      if (prev === null || !cue.prevLine.test(prev)) return null;
    }
    return { score: 40, text: m[0] };
  }
  // Clause: the nearest occurrence of the cue in the clause.
  const re = cue.re;
  re.lastIndex = 0;
  let best: { score: number; text: string } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clauseText))) {
    const s = clause.start + m.index, e = s + m[0].length;
    const d = e <= f.start ? f.start - e : s >= f.end ? s - f.end : 0;
    if (!best || 100 + d < best.score) best = { score: 100 + d, text: m[0] };
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

function gapHasBreaker(R: CompiledRules, gap: string): boolean {
  for (const w of gap.toLowerCase().split(/[\s,(]+/)) if (w && R.breakers.has(w)) return true;
  return false;
}

function previousLine(text: string, lineStart: number): string | null {
  let end = lineStart - 1;
  while (end > 0) {
    const s = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(s, end);
    if (line.trim()) return line;
    end = s - 1;
  }
  return null;
}

/** "invested $2bn in Y": the organisation after the preposition is one of the deal's parties. */
function partyAfter(a: SourceAnalysis, text: string, f: RawFact, clause: Span, prep: string): boolean {
  const re = new RegExp(`^\\s+(?:\\S+\\s+){0,3}?${prep}\\s+$`, "i");
  for (let i = firstMentionFrom(a, f.end); i < a.mentions.length; i++) {
    const m = a.mentions[i]!;
    if (m.start > clause.end) break;
    if (m.start - f.end > 60) break;
    if (re.test(text.slice(f.end, m.start))) return a.partyRoots.has(a.root(m.key));
  }
  return false;
}

/** A clause about another deal: an earlier/separate deal, or one whose counterpart or doer is not a party. */
function aboutOtherDeal(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, sentence: number, clause: Span): boolean {
  if (a.otherDealSentences.has(sentence)) return true;
  if (!a.partyRoots.size) return false;
  const clauseText = text.slice(clause.start, clause.end);
  // Where the source has organisation facts, a capitalised run that is none ("Europe", "Austin-based") is no counterpart.
  const orgsKnown = a.mentions.some((m) => m.fromFact);
  let nearestBefore: { start: number; end: number; party: boolean } | null = null;
  for (let i = firstMentionFrom(a, clause.start); i < a.mentions.length; i++) {
    const m = a.mentions[i]!;
    if (m.end <= clause.start) continue;
    if (m.start >= clause.end) break;
    if (orgsKnown && !m.fromFact) continue;
    const party = a.partyRoots.has(a.root(m.key));
    if (m.end <= f.start) nearestBefore = { start: m.start, end: m.end, party };
    if (party) continue;
    const before = text.slice(Math.max(clause.start, m.start - 80), m.start);
    if (R.counterpartBefore.test(before) && R.counterpartNeeds.test(clauseText)) return true;
  }
  if (nearestBefore && !nearestBefore.party && R.subjectBetween.test(text.slice(nearestBefore.end, f.start))) return true;
  return false;
}

/** Index of the first mention that starts at or after `pos` (mentions are sorted and do not overlap). */
function firstMentionFrom(a: SourceAnalysis, pos: number): number {
  let lo = 0, hi = a.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
