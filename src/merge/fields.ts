// Which facts are claims on which deal field: a fact of a type the field takes, with one of the
// field's cues (rules/fields.json) right before it, right after it, or in its clause. Adjacent cues
// beat clause cues; a fact gets the field of its strongest cue. Facts in a clause about another
// deal (an earlier one, one with an organisation that is not a party) claim no deal-scoped field.
import type { RawFact } from "../extract/types.js";
import { fieldRules, type CompiledCue, type CompiledRules, type CompiledField } from "./rules.js";
import { analyseSource, type DealSummary, type SourceAnalysis } from "./parties.js";
import type { Mention, Sentence, Span } from "./text.js";

export interface FieldTag {
  fields: string[];
  cues: Record<string, string[]>;
  /** Id of the cue rule per field, and its aspect where it has one ("shares", "market value"). */
  rules?: Record<string, string>;
  aspects?: Record<string, string>;
  /** Fields on which the fact is a move down (the field's `direction` rule): its claim is negative. */
  down?: string[];
}

const WINDOW = 160;

interface Hit {
  field: string;
  cue: CompiledCue;
  score: number;
  text: string;
}

/** For each fact (same order), the deal fields it is a claim on, with the cue words that tied it. */
export function tagFields(text: string, facts: readonly RawFact[], published: string | null = null, furniture: readonly (readonly [number, number])[] = []): (FieldTag | null)[] {
  const R = fieldRules();
  const a = analyseSource(text, facts, published);
  const sentenceAt = (pos: number) => a.sentences[sentenceIndexAt(a, pos)] ?? null;
  // Whatever depends only on a clause or a line is worked out once and shared by its facts, so a
  // clause with thousands of facts costs linear time, not facts × clause length.
  const memo = new SourceMemo(R, text, a);
  const tags = facts.map((f, idx): FieldTag | null => {
    if (f.type === "org" || f.type === "quote") return null;
    const s = sentenceAt(f.start);
    if (!s) return null;
    if (R.elsewhereLine && memo.elsewhere(f.start, R.elsewhereLine)) return null;
    // Page furniture (an HTML nav, footer, "related stories" box): its figures are no claims.
    if (furniture.length && inSpans(furniture, f.start)) return null;
    const clause = clauseOf(s, f);
    let guess: boolean | null = null;
    const hits: Hit[] = [];
    // The text around the fact within its clause, cut once for all the cues.
    // After an amount restated in another currency, the words that follow the restatement are
    // the amount's own: "pay RMB14.6 billion, or about €1.9 billion, for a 21% stake".
    // Emphasis that touches the fact is no word of the text: "finalised **$4.25 billion** in
    // federal support" reads as "finalised $4.25 billion in federal support".
    let postFrom = restatementEnd(text, facts, idx, clause.end);
    // "660,000 won ($495) per share": the restatement's words are the amount's own here too.
    const perShare = isPerShare(R, memo, text, f, clause, postFrom);
    for (let k = 0; k < 3 && postFrom < clause.end && isEmphasis(text.charCodeAt(postFrom)); k++) postFrom++;
    let preEnd = f.start;
    for (let k = 0; k < 3 && preEnd > clause.start && isEmphasis(text.charCodeAt(preEnd - 1)); k++) preEnd--;
    const near: Near = {
      pre: text.slice(Math.max(clause.start, preEnd - WINDOW), preEnd),
      post: text.slice(postFrom, Math.min(clause.end, postFrom + WINDOW)),
      postFrom,
      preEnd,
      preHits: null,
      postHits: null,
    };
    for (const field of R.fields) {
      if (!field.types.includes(f.type)) continue;
      if (field.notPerShare && perShare) continue;
      if (field.factual && (guess ??= hypothetical(R, memo, clause))) continue;
      for (const cue of field.cues) {
        if (cue.perShare && (cue.perShare === "require") !== perShare) continue;
        const h = matchCue(R, memo, a, text, f, clause, near, cue);
        if (h) hits.push({ field: field.name, cue, score: h.score, text: h.text });
      }
    }
    if (!hits.length) return null;
    // Strongest first; rule order breaks ties (the field listed first wins).
    hits.sort((x, y) => x.score - y.score);
    const best = hits[0]!;
    const field = R.byName.get(best.field)!;
    if (field.dealScoped && (aboutOtherDeal(R, memo, a, text, f, s.index, clause) || pastYearDeal(R, memo, text, facts, f, clause, a.year))) return null;
    if (field.notClaims.some((m) => (!m.factIs || m.factIs.test(text.slice(f.start, f.end))) && notClaimed(a, text, m, near, clause, s, f))) return null;
    const tag: FieldTag = { fields: [best.field], cues: { [best.field]: [best.text.trim()] }, rules: { [best.field]: best.cue.id } };
    // Which way it went: "fell 4%", "closed lower by 4%", "closed 4% down".
    const dir = field.direction;
    if (dir && (dir.down.test(best.text) || dir.downAfter.test(near.post))) tag.down = [best.field];
    // Words beside the figure that make it another aspect ("including debt"): the first mark that matches.
    const marked = (m: CompiledField["aspectMarks"][number]) =>
      (!m.factTypes || m.factTypes.includes(f.type)) && m.re.test(m.where === "before" ? near.pre : m.where === "after" ? near.post : text.slice(Math.max(s.start, f.start - WINDOW), f.start));
    const mark = field.aspectMarks.find((m) => !m.qualify && marked(m));
    // A qualifier keeps the cue's aspect and whose it is: "rose 11 cents" is "shares change", not the price.
    const qual = mark ? undefined : field.aspectMarks.find((m) => m.qualify && marked(m));
    if (mark) {
      tag.aspects = { [best.field]: mark.aspect };
    } else if (best.cue.aspect) {
      // Whose shares: "Harbor's stock fell 1%" and "Lumentrace shares rose 30%" are two aspects, not a clash.
      const subject = best.cue.aspect === "shares" ? shareSubject(R, a, text, f, clause) : null;
      const head = qual ? `${best.cue.aspect} ${qual.aspect}` : best.cue.aspect;
      tag.aspects = { [best.field]: subject ? `${head}|${subject}` : head };
    } else if (qual) {
      tag.aspects = { [best.field]: qual.aspect };
    }
    return tag;
  });
  applyYields(R, facts, tags);
  applyConversions(text, facts, tags);
  return tags;
}

/**
 * Whether a field's notClaim matches the fact's surroundings; where it names a company
 * (nameNotParty: its first group that took part), only when that company is none of the deal's parties.
 */
function notClaimed(a: SourceAnalysis, text: string, m: CompiledField["notClaims"][number], near: Near, clause: Span, s: Span, f: RawFact): boolean {
  if (m.needs && !m.needs.test(text.slice(s.start, s.end))) return false;
  const back = Math.max(s.start, f.start - WINDOW);
  const [hay, from] =
    m.where === "before" ? [near.pre, near.preEnd - near.pre.length] : m.where === "after" ? [near.post, near.postFrom] : m.where === "sentence-before" ? [text.slice(back, f.start), back] : [text.slice(clause.start, clause.end), clause.start];
  if (!m.nameNotParty) return m.re.test(hay);
  // Where the source names no parties, no name can be told apart from them.
  if (!a.partyRoots.size) return false;
  const hit = m.re.exec(hay);
  // Rules compile case-insensitive: the name's words must be capitalised in the text itself.
  const name = hit?.slice(1).find((g) => g !== undefined);
  if (!hit || !name || !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(name)) return false;
  const at = from + hit.index + hit[0].indexOf(name);
  const i = firstMentionFrom(a, at);
  const men = a.mentions[i];
  // A name the analysis reads as a party's (or the start of one) is this deal's own.
  return !(men && men.start < at + name.length && a.partyRoots.has(a.root(men.key)));
}

/** The clause of the sentence that holds the whole fact (binary search), else the sentence. */
function clauseOf(s: Sentence, f: RawFact): Span {
  const cs = s.clauses;
  let lo = 0, hi = cs.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid]!.start <= f.start) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  const c = at >= 0 ? cs[at]! : null;
  return c && f.end <= c.end ? c : s;
}

interface CueMatch {
  start: number;
  end: number;
  text: string;
}

/**
 * Per-source memo: regex answers about a whole clause (keyed by the clause's span object, which the
 * analysis keeps), every match of a clause cue in a clause, the first match of a line cue in a
 * line, and the line starts of the text.
 */
class SourceMemo {
  private clauseTests = new WeakMap<Span, Map<RegExp, boolean>>();
  private clauseMatches = new WeakMap<Span, Map<CompiledCue, CueMatch[]>>();
  private lineFirst = new Map<number, Map<CompiledCue, { index: number; text: string } | null>>();
  private prevLineOk = new Map<number, Map<RegExp, boolean>>();
  private elsewhereAt = new Map<number, boolean>();
  private lineStarts: number[] | null = null;
  /** Mentions that aboutOtherDeal considers (all, or only org facts where the source has some). */
  readonly eligible: readonly Mention[];
  readonly orgsKnown: boolean;
  private counterpart = new WeakMap<Span, number>();
  /** reverseSaleIn, once per clause. */
  readonly reverseSale = new WeakMap<Span, number>();

  private clauseHits = new WeakMap<Span, Uint8Array>();

  constructor(private readonly R: CompiledRules, private readonly text: string, a: SourceAnalysis) {
    this.orgsKnown = a.mentions.some((m) => m.fromFact);
    this.eligible = this.orgsKnown ? a.mentions.filter((m) => m.fromFact) : a.mentions;
  }

  /** Whether the clause may match the pattern: its literals occur there (one scan per clause for all). */
  private clauseMay(clause: Span, re: RegExp): boolean {
    const i = this.R.filterIndex.get(re);
    if (i === undefined) return true;
    let hits = this.clauseHits.get(clause);
    if (!hits) this.clauseHits.set(clause, (hits = this.R.textFilter.scan(this.text.slice(clause.start, clause.end))));
    return hits[i] === 1;
  }

  /** re.test(clause text), once per clause and regex (re has no g flag). */
  clauseTest(clause: Span, re: RegExp): boolean {
    let m = this.clauseTests.get(clause);
    if (!m) this.clauseTests.set(clause, (m = new Map()));
    let r = m.get(re);
    if (r === undefined) m.set(re, (r = this.clauseMay(clause, re) && re.test(this.text.slice(clause.start, clause.end))));
    return r;
  }

  /** Whether any of the patterns matches the clause (each answered once per clause). */
  clauseTestAny(clause: Span, res: readonly RegExp[]): boolean {
    for (const re of res) if (this.clauseTest(clause, re)) return true;
    return false;
  }

  /** Every match of a clause cue (global regex) in the clause, in order, with text offsets. */
  cueMatches(clause: Span, cue: CompiledCue): CueMatch[] {
    let m = this.clauseMatches.get(clause);
    if (!m) this.clauseMatches.set(clause, (m = new Map()));
    let r = m.get(cue);
    if (!r) {
      r = [];
      m.set(cue, r);
      if (!this.clauseMay(clause, cue.re)) return r;
      const re = cue.re;
      re.lastIndex = 0;
      const clauseText = this.text.slice(clause.start, clause.end);
      let x: RegExpExecArray | null;
      while ((x = re.exec(clauseText))) {
        r.push({ start: clause.start + x.index, end: clause.start + x.index + x[0].length, text: x[0] });
        if (x[0].length === 0) re.lastIndex++;
      }
    }
    return r;
  }

  /** [start, end) of the line that holds pos (lines end at LF). */
  lineAt(pos: number): { start: number; end: number } {
    const ls = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    const start = ls[lo]!;
    const end = lo + 1 < ls.length ? ls[lo + 1]! - 1 : this.text.length;
    return { start, end };
  }

  /**
   * Whether the line that holds pos points to other stories: it starts with a label such as
   * "Related:" (re), or it is one of the short headline lines under a line that is only the label
   * (a "Related" box turned into text). Once per line.
   */
  elsewhere(pos: number, re: RegExp): boolean {
    const { start, end } = this.lineAt(pos);
    let r = this.elsewhereAt.get(start);
    if (r !== undefined) return r;
    r = re.test(this.text.slice(start, end));
    if (!r && headlineLike(this.text.slice(start, end))) {
      // Up through the headline lines above (blank lines between them), to the label.
      let ls = start;
      for (let k = 0; k < 12 && ls > 0 && !r; k++) {
        const prev = this.lineAt(ls - 1);
        ls = prev.start;
        const line = this.text.slice(prev.start, prev.end);
        if (!line.trim()) continue;
        if (re.test(line)) r = true;
        else if (!headlineLike(line)) break;
      }
    }
    this.elsewhereAt.set(start, r);
    return r;
  }

  /** The first match of a line cue in the line that starts at ls. */
  lineMatch(ls: number, le: number, cue: CompiledCue): { index: number; text: string } | null {
    let m = this.lineFirst.get(ls);
    if (!m) this.lineFirst.set(ls, (m = new Map()));
    let r = m.get(cue);
    if (r === undefined) {
      const x = cue.re.exec(this.text.slice(ls, le));
      m.set(cue, (r = x ? { index: x.index, text: x[0] } : null));
    }
    return r;
  }

  /** Does the previous non-blank line before the line at ls match re? */
  prevLineTest(ls: number, re: RegExp): boolean {
    let m = this.prevLineOk.get(ls);
    if (!m) this.prevLineOk.set(ls, (m = new Map()));
    let r = m.get(re);
    if (r === undefined) {
      const prev = previousLine(this.text, ls);
      m.set(re, (r = prev !== null && re.test(prev)));
    }
    return r;
  }

  /**
   * Once per clause: an organisation in it that is not a party is the counterpart of a deal in it.
   * Where the first such mention starts, or -1.
   */
  counterpartIn(R: CompiledRules, a: SourceAnalysis, clause: Span): number {
    let r = this.counterpart.get(clause);
    if (r !== undefined) return r;
    r = -1;
    for (let i = firstFrom(this.eligible, clause.start); i < this.eligible.length; i++) {
      const m = this.eligible[i]!;
      if (m.end <= clause.start) continue;
      if (m.start >= clause.end) break;
      if (a.partyRoots.has(a.root(m.key))) continue;
      const before = this.text.slice(Math.max(clause.start, m.start - 80), m.start);
      if (R.counterpartBefore.test(before) && this.clauseTest(clause, R.counterpartNeeds) && !(R.counterpartNotAfter && R.counterpartNotAfter.test(this.text.slice(m.end, Math.min(clause.end, m.end + 60))))) {
        r = m.start;
        break;
      }
      // Another organisation's own deal: "Galloway ditches Ostler’s £1.6bn deal", "Rival Y's $30-a-share bid".
      if (R.counterpartOwnsDeal && R.counterpartOwnsDeal.test(this.text.slice(m.end, Math.min(clause.end, m.end + 60)))) {
        r = m.start;
        break;
      }
    }
    this.counterpart.set(clause, r);
    return r;
  }
}

const buyers = new WeakMap<SourceAnalysis, string | null>();
/**
 * The side of the source's pair that buys: the one its statements give more weight in the roles
 * that buy (rules/fields.json parties.buyingRoles: acquirer, buyer, investor, …); null where the
 * source names no pair or neither side buys more.
 */
function pairBuyer(a: SourceAnalysis): string | null {
  let b = buyers.get(a);
  if (b === undefined) {
    b = null;
    const pair = a.summary.pair;
    if (pair.length === 2) {
      const buying = fieldRules().buyingRoles;
      const w = pair.map((k) => {
        const p = a.summary.parties.find((x) => x.key === k);
        let sum = 0;
        if (p) for (const [r, v] of Object.entries(p.roles)) if (buying.has(r)) sum += v;
        return sum;
      });
      if (w[0]! > w[1]!) b = pair[0]!;
      else if (w[1]! > w[0]!) b = pair[1]!;
    }
    buyers.set(a, b);
  }
  return b;
}

/** Whether a sale to the party runs against the source's deal: the party is not the side that buys, nor buys beside it. */
function againstTheDeal(a: SourceAnalysis, root: string): boolean {
  const buyer = pairBuyer(a);
  if (buyer === null || buyer === root) return false;
  const p = a.summary.parties.find((x) => x.key === root);
  const buying = fieldRules().buyingRoles;
  return !p || !Object.keys(p.roles).some((r) => r.startsWith("co-") && buying.has(r.slice(3)));
}

/**
 * Once per clause: "X to buy Y from Z, and sell its unit to Z for $13.5 billion": a sale to a
 * party that is not the side of the source's deal that buys runs the other way, another deal.
 * Where the sale's verb starts (figures after it are that deal's), or -1.
 */
function reverseSaleIn(R: CompiledRules, memo: SourceMemo, a: SourceAnalysis, clause: Span): number {
  let r = memo.reverseSale.get(clause);
  if (r !== undefined) return r;
  r = -1;
  const re = R.counterpartReverseSale;
  if (re && pairBuyer(a) !== null) {
    for (let i = firstFrom(memo.eligible, clause.start); i < memo.eligible.length; i++) {
      const m = memo.eligible[i]!;
      if (m.end <= clause.start) continue;
      if (m.start >= clause.end) break;
      const root = a.root(m.key);
      if (!a.partyRoots.has(root) || !againstTheDeal(a, root)) continue;
      const from = Math.max(clause.start, m.start - 80);
      const x = re.exec(a.text.slice(from, m.start));
      if (x) {
        r = from + x.index;
        break;
      }
    }
  }
  memo.reverseSale.set(clause, r);
  return r;
}

/** Whether pos lies in one of the sorted, disjoint [start, end) spans (binary search). */
function inSpans(spans: readonly (readonly [number, number])[], pos: number): boolean {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid]!;
    if (pos < a) hi = mid - 1;
    else if (pos >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A short line that does not end as a sentence does: a headline or a link's text. */
function headlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && !/[.!?:;"”’)]$/.test(t);
}

function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
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

/** Between an amount and its conversion: "¥1.15tn ($7.4bn)", "$7.4bn (about ¥1.15tn)". */
const CONVERSION_GAP = /^ ?\((?:about |around |roughly |approximately |some |nearly |almost |c\. ?|~)?$/i;

/**
 * One amount in two currencies: where a source gives an amount with its conversion in brackets,
 * both are claims on the field the cue tied either to; the one in brackets is the aspect
 * "converted" (sources convert at different rates, so it neither clashes with nor supports others).
 */
function applyConversions(text: string, facts: readonly RawFact[], tags: (FieldTag | null)[]): void {
  for (let i = 0; i + 1 < facts.length; i++) {
    const a = facts[i]!, b = facts[i + 1]!;
    // A share move restated as a percentage: "rose by the daily limit of 500 yen, or 16.9%, to 3,460 yen".
    if (a.type === "money" && b.type === "percent" && !tags[i + 1] && tags[i]?.fields[0] === "stock" && b.start >= a.end && b.start - a.end <= 20) {
      if (restatedAfterOr(text, a, b)) {
        const t = tags[i]!;
        tags[i + 1] = { ...t, cues: { ...t.cues }, ...(t.aspects ? { aspects: { ...t.aspects } } : {}) };
      }
      continue;
    }
    const how = conversionOf(text, a, b, facts[i + 2]);
    if (!how) continue;
    const [ta, tb] = [tags[i], tags[i + 1]];
    // The copy is its own aspect: conversions at different rates are no clash, nor support.
    const copy = (t: FieldTag): FieldTag => ({ ...t, cues: { ...t.cues }, aspects: Object.fromEntries(t.fields.map((f) => [f, "converted"])) });
    // The amount in brackets is the conversion, whichever of the two the cue tied:
    // "a €3.1bn ($3.4bn) takeover" states €3.1bn, converted to $3.4bn.
    if (ta && !tb) tags[i + 1] = copy(ta);
    else if (tb && !ta) {
      const { aspects: _a, ...plain } = tb;
      tags[i] = { ...plain, cues: { ...tb.cues } };
      tags[i + 1] = copy(tb);
    } else if (ta && tb && ta.fields[0] === tb.fields[0] && !tb.aspects) tags[i + 1] = copy(tb);
    // A cue that read past the first amount to the bracket ("values the lender at R$12.4 billion
    // ($2.3 billion)") ties the copy to another field: it is the first amount's conversion.
    else if (ta && tb && ta.fields[0] !== tb.fields[0]) tags[i + 1] = copy(ta);
    // "A$23.6 billion ($17.46 billion; €15.11 billion)": the second conversion in the brackets too.
    if (how === "list" && tags[i + 1]) {
      tags[i + 2] = { ...tags[i + 1]!, cues: { ...tags[i + 1]!.cues } };
      i++;
    }
  }
}

/**
 * Where the words after money fact i start: after its restatement in another currency when the
 * next fact is one ("€3.1bn ($3.4bn)", "RMB14.6 billion, or about €1.9 billion,"), else its end.
 */
function restatementEnd(text: string, facts: readonly RawFact[], i: number, limit: number): number {
  const a = facts[i]!, b = facts[i + 1];
  if (!b || b.end > limit) return a.end;
  const how = conversionOf(text, a, b, facts[i + 2]);
  return how === "bracket" ? b.end + 1 : how === "list" ? facts[i + 2]!.end + 1 : how === "or" ? b.end : a.end;
}

/**
 * Whether money fact b restates money fact a in another currency, and how: in brackets that close
 * after it ("€3.1bn ($3.4bn)"), or after c, a third currency ("A$23.6bn ($17.46bn; €15.11bn)",
 * "list"), in brackets that close after the rate it was converted at ("¥465 billion (about US$3.04
 * billion at ¥153 to the dollar)"), or after a comma and "or" with the clause ending after it
 * ("RMB14.6 billion, or about €1.9 billion, for a 21% stake").
 */
function conversionOf(text: string, a: RawFact, b: RawFact, c?: RawFact): "bracket" | "list" | "rate" | "or" | null {
  if (a.type !== "money" || b.type !== "money" || b.start < a.end || b.start - a.end > 20) return null;
  if (!a.value.currency || !b.value.currency || a.value.currency === b.value.currency) return null;
  const gap = text.slice(a.end, b.start);
  if (CONVERSION_GAP.test(gap)) {
    if (text[b.end] === ")") return "bracket";
    if (c && c.type === "money" && c.value.currency && c.value.currency !== a.value.currency && c.value.currency !== b.value.currency && text[c.end] === ")" && LIST_GAP.test(text.slice(b.end, c.start))) return "list";
    return RATE_TAIL.test(text.slice(b.end, b.end + 60)) ? "rate" : null;
  }
  return restatedAfterOr(text, a, b) ? "or" : null;
}

/** "a, or about b," with the clause ending after b: b restates a. */
function restatedAfterOr(text: string, a: RawFact, b: RawFact): boolean {
  return OR_GAP.test(text.slice(a.end, b.start)) && OR_TAIL.test(text.slice(b.end, b.end + 60));
}

/** Between two conversions in one bracket: "($17.46 billion; €15.11 billion)", "(US$6.4bn, €5.9bn)". */
const LIST_GAP = /^[;,/] ?(?:or |about |around |roughly |approximately |some |nearly |almost |c\. ?|~)?$/i;
const RATE_TAIL = /^,?\s+(?:at|using|based on)\s+[^()\n]{1,50}\)/;
/** "X, or about Y": the same amount restated in another currency (never "X or Y" with no comma). */
const OR_GAP = /^,\s+or\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$/i;
/** After the restated amount: its clause ends, or the rate it was converted at follows. */
const OR_TAIL = /^(?:[,;)]|\.(?!\d)|\s+(?:at|using|based on)\s)/;

/** "$12 a share", "$12 per share", or a small amount in a clause about shares or an offer. */
function isPerShare(R: CompiledRules, memo: SourceMemo, text: string, f: RawFact, clause: Span, from = f.end): boolean {
  if (f.type !== "money") return false;
  if (R.perShare.after.test(text.slice(from, Math.min(clause.end, from + 60)))) return true;
  const amount = f.value.amount;
  return typeof amount === "number" && amount < R.perShare.smallBelow && memo.clauseTest(clause, R.perShare.context);
}

/** The organisation whose shares the clause speaks of ("X's shares", "X stock"), nearest before the fact; its entity key. */
function shareSubject(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, clause: Span): string | null {
  const orgsKnown = a.mentions.some((m) => m.fromFact);
  const lo = Math.max(clause.start, f.start - 120);
  // A role noun nearer the figure than any name tied to it: "Birch shares rose 18% and the buyer fell 2%".
  const role = R.shareRoles ? roleSubject(R, a, text, f, lo) : null;
  let nearest = true;
  for (let i = firstMentionFrom(a, f.start) - 1; i >= 0; i--) {
    const m = a.mentions[i]!;
    if (m.start < lo) break;
    if (m.end > f.start || (orgsKnown && !m.fromFact)) continue;
    if (role && role.at >= m.end) return role.key;
    // "Shares of Y (SIX:UBXN) fell 3.3%": an exchange or ticker in brackets after the name is not its subject.
    if (m.start > 0 && text[m.start - 1] === "(" && /^[:\s\w.]*\)/.test(text.slice(m.end, Math.min(f.start, m.end + 16)))) continue;
    const between = text.slice(m.end, f.start);
    if (R.shareSubject.test(between)) return a.root(m.key);
    // "X's shares rose 4.5%, while Y was down 6.6%": the nearest name, if the move is its own.
    if (nearest && R.shareMoveSubject && R.shareMoveSubject.test(between)) return a.root(m.key);
    // "shares of X rose 30%": the nearest name before the figure, right after "shares of".
    if (nearest && R.shareOf && R.shareOf.test(text.slice(Math.max(lo, m.start - 40), m.start))) return a.root(m.key);
    nearest = false;
  }
  return role?.key ?? pronounSubject(R, a, text, f, lo, orgsKnown);
}

/**
 * "X said it had agreed to be taken over. Its shares rose 21%", "X, which is listed in Amsterdam,
 * saw its stock fall 1.5%": a possessive pronoun before the shares stands for the first organisation
 * its sentence names before it, or, where the sentence names none before it, the first the sentence
 * before names. Only a party of the source: a pronoun is a guess, and one
 * for an adviser or an index would tie the move to the wrong company.
 */
function pronounSubject(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, lo: number, orgsKnown: boolean): string | null {
  const re = R.sharePronoun;
  if (!re) return null;
  const seg = text.slice(lo, f.start);
  re.lastIndex = 0;
  let p = -1;
  for (let m = re.exec(seg); m; m = re.exec(seg)) p = lo + m.index;
  if (p < 0) return null;
  // A name between the pronoun and the figure is the subject, or none is (the loop above read it).
  if ((a.mentions[firstMentionFrom(a, p)]?.start ?? Infinity) < f.start) return null;
  const si = sentenceIndexAt(a, p);
  if (si < 0) return null;
  const firstIn = (from: number, to: number): Mention | null => {
    for (let i = firstMentionFrom(a, from); i < a.mentions.length; i++) {
      const m = a.mentions[i]!;
      if (m.start >= to) return null;
      if (!(orgsKnown && !m.fromFact) && !m.asset) return m;
    }
    return null;
  };
  const s = a.sentences[si]!;
  let m = firstIn(s.start, p);
  // Wire copy gives most sentences a paragraph of their own: the sentence before may be across a blank line.
  if (!m && si > 0) m = firstIn(a.sentences[si - 1]!.start, a.sentences[si - 1]!.end);
  if (!m) return null;
  const key = a.root(m.key);
  return a.partyRoots.has(key) ? key : null;
}

/**
 * "Shares in the target closed up 17.5%", "the buyer's stock slipped 2%": a role noun before the
 * figure, tied to it as a name would be, stands for the source's party with that role; null where
 * no party, or more than one, has it.
 */
function roleSubject(R: CompiledRules, a: SourceAnalysis, text: string, f: RawFact, lo: number): { key: string; at: number } | null {
  const SR = R.shareRoles!;
  const seg = text.slice(lo, f.start);
  SR.re.lastIndex = 0;
  let noun: string | null = null;
  let at = 0;
  for (let m = SR.re.exec(seg); m; m = SR.re.exec(seg)) {
    const start = lo + m.index + m[0].length - m[1]!.length;
    const end = lo + m.index + m[0].length;
    const between = text.slice(end, f.start);
    // Only the name-free stretch right before the figure: a name between them is the subject.
    const nameBetween = (a.mentions[firstMentionFrom(a, end)]?.start ?? Infinity) < f.start;
    const tied = R.shareSubject.test(between) || (!nameBetween && ((R.shareMoveSubject?.test(between) ?? false) || (R.shareOf?.test(text.slice(Math.max(lo, start - 40), start)) ?? false)));
    noun = tied ? m[1]!.toLowerCase().replace(/\s+/g, " ") : null;
    at = start;
  }
  if (!noun) return null;
  const roles = SR.roles.get(noun) ?? [];
  let best: string | null = null;
  let bestN = 0;
  let tie = false;
  for (const p of a.summary.parties) {
    let n = 0;
    for (const r of roles) n += p.roles[r] ?? 0;
    if (n > bestN) [best, bestN, tie] = [p.key, n, false];
    else if (n > 0 && n === bestN && a.root(p.key) !== a.root(best!)) tie = true;
  }
  return best && !tie ? { key: a.root(best), at } : null;
}

/** A clause that rumours, guesses or models a figure. */
function hypothetical(R: CompiledRules, memo: SourceMemo, clause: Span): boolean {
  return R.hypothetical.some((h) => memo.clauseTest(clause, h.re));
}

/** Per-source deal summary (parties and the like) kept on the source entry. */
export function summarizeSource(text: string, facts: readonly RawFact[], published: string | null = null): Record<string, unknown> {
  const s: DealSummary = analyseSource(text, facts, published).summary;
  return s as unknown as Record<string, unknown>;
}

interface Near {
  /** Up to WINDOW characters of the clause before the fact, and after it. */
  pre: string;
  post: string;
  /** Which of the rules' textFilter patterns may match pre and post (scanned when first asked). */
  preHits: Uint8Array | null;
  postHits: Uint8Array | null;
  /** Where post starts: the fact's end (after any emphasis that closes on it), or the end of its restatement in another currency. */
  postFrom: number;
  /** Where pre ends: the fact's start, before any emphasis that opens on it. */
  preEnd: number;
}

/** "*" or "_": Markdown emphasis around a figure ("**$4.25 billion**"). */
function isEmphasis(c: number): boolean {
  return c === 42 || c === 95;
}

/** Whether pattern i of the textFilter may match the text before the fact (-1: no filter). */
function preMay(R: CompiledRules, near: Near, i: number): boolean {
  return i < 0 || (near.preHits ??= R.textFilter.scan(near.pre))[i] === 1;
}

/** Whether pattern i of the textFilter may match the text after the fact. */
function postMay(R: CompiledRules, near: Near, i: number): boolean {
  return i < 0 || (near.postHits ??= R.textFilter.scan(near.post))[i] === 1;
}

function matchCue(R: CompiledRules, memo: SourceMemo, a: SourceAnalysis, text: string, f: RawFact, clause: Span, near: Near, cue: CompiledCue): { score: number; text: string } | null {
  if (cue.factTypes && !cue.factTypes.includes(f.type)) return null;
  const L = cue.lit;
  // The cue's own literals first: the cheapest test (one scan of the window, shared by all the
  // cues), and the one that turns away most facts. Every test here only returns null, so their
  // order changes no answer, only how soon a miss is known.
  if (cue.where === "before" ? !preMay(R, near, L.re) : cue.where === "after" && !cue.inFact && !postMay(R, near, L.bare)) return null;
  if (cue.needs && !memo.clauseTestAny(clause, cue.needs) && !(cue.needsFromAntecedent && antecedentHas(memo, a, text, clause, cue.needs))) return null;
  if (cue.factIs && !cue.factIs.test(text.slice(f.start, f.end))) return null;
  const { pre, post } = near;
  if (cue.notIf && preMay(R, near, L.notIf) && cue.notIf.test(pre)) return null;
  if (cue.preEnds && !(preMay(R, near, L.preEnds) && cue.preEnds.test(pre))) {
    // The fact may hold the word itself: "through 2026" with its qualifier "through".
    const q = typeof f.value.qualifier === "string" ? f.value.qualifier : "";
    if (!q || !cue.preEnds.test(` ${q} `)) return null;
  }
  if (cue.after && !(postMay(R, near, L.after) && cue.after.test(post))) return null;
  if (cue.where === "before") {
    let m = cue.re.exec(pre);
    // A long hedge before the figure is no gap word: "worth in the region of €280million".
    if (!m && typeof f.value.qualifier === "string" && f.value.qualifier.length >= LONG_HEDGE_CHARS) {
      const cut = withoutHedge(pre, f.value.qualifier);
      if (cut !== null) m = cue.re.exec(cut);
    }
    if (!m) return null;
    if (cue.needsPartyAfter && !partyAfter(a, text, near.postFrom, clause, cue.needsPartyAfter)) return null;
    if (cue.subjectOrg && !orgRightBefore(memo, a, text, near.preEnd - pre.length + m.index, clause)) return null;
    return { score: (m[1] ?? "").length, text: m[0] };
  }
  if (cue.where === "after") {
    if (cue.inFact) {
      const inside = cue.bare.exec(text.slice(f.start, f.end));
      if (inside) return { score: 0, text: inside[0] };
    }
    // The cue itself must occur in the window: a quick scan that spares the gap-word regex most facts.
    if (!postMay(R, near, L.bare)) return null;
    // Read through brackets: "On 10 March, Acme Ltd. (Head office: Tokyo; CEO: ...) announced",
    // "on Monday after Microsoft (NASDAQ: MSFT) announced".
    let m = cue.bare.test(post) ? cue.re.exec(post) : null;
    if (!m && post.includes("(")) {
      const flat = post.replace(BRACKETED, "");
      if (cue.bare.test(flat)) m = cue.re.exec(flat);
    }
    if (!m) return null;
    if (!cue.allowBreakers && gapHasBreaker(R, m[1] ?? "")) return null;
    const lead = /^[\s,]*/.exec(m[0])![0].length;
    return { score: (m[1] ?? "").length, text: m[0].slice(lead + (m[1] ?? "").length) };
  }
  if (cue.where === "line") {
    // The line from the one that holds the fact's start to the end of the one that holds its end.
    const ls = memo.lineAt(f.start).start;
    const le = memo.lineAt(f.end).end;
    const m = memo.lineMatch(ls, le, cue);
    if (!m || m.index > f.start - ls) return null;
    if (cue.factInMatch && f.end - ls > m.index + m.text.length) return null;
    if (cue.prevLine && !memo.prevLineTest(ls, cue.prevLine)) return null;
    if (cue.nextLine && !cue.nextLine.test(nextLine(text, le) ?? "")) return null;
    return { score: 40, text: m.text };
  }
  return nearestInClause(memo.cueMatches(clause, cue), f);
}

/**
 * Hedges this long or longer are idioms ("in the region of", "to the tune of", "in the
 * neighbourhood of", "in excess of") that a cue reads past. Short ones ("more than", "as much as", "just under")
 * are not: a cue that allows no gap word ("pay", "paying") then reads only a bare figure. Measured
 * against the alternative of reading past any hedge with more words than the cue's gap: that made
 * "as much as $300 million more through an earn-out", "paying just under £200m a year in rent" and
 * "no more deals for at least two years" deal values and terms (three wrong of six changes).
 */
const LONG_HEDGE_CHARS = 12;

/** The window before a fact without the hedge it ends with ("… worth in the region of "), else null. */
function withoutHedge(pre: string, hedge: string): string | null {
  const trimmed = pre.trimEnd();
  if (trimmed.length < hedge.length || trimmed.slice(-hedge.length).toLowerCase() !== hedge.toLowerCase()) return null;
  return trimmed.slice(0, -hedge.length);
}

const OPENING_PRONOUN = /^[\s"“‘']*(?:They|It)\s/;

/**
 * Does the clause open its sentence with a pronoun ("They were down about 4% by 0859 GMT") whose
 * antecedent, the sentence right before it in the same paragraph, matches one of the patterns?
 */
function antecedentHas(memo: SourceMemo, a: SourceAnalysis, text: string, clause: Span, res: readonly RegExp[]): boolean {
  if (!OPENING_PRONOUN.test(text.slice(clause.start, Math.min(clause.end, clause.start + 12)))) return false;
  const i = sentenceIndexAt(a, clause.start);
  if (i <= 0 || a.sentences[i]!.start !== clause.start) return false;
  const prev = a.sentences[i - 1]!;
  // Not across a paragraph break: a blank line between the two.
  if (/\n[ \t]*\n/.test(text.slice(prev.end, clause.start))) return false;
  return memo.clauseTestAny(prev, res);
}

/** Index of the sentence that holds pos (binary search), or -1. */
function sentenceIndexAt(a: SourceAnalysis, pos: number): number {
  const ss = a.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Clause: the nearest occurrence of the cue in the clause (the first of equally near ones). The
 * matches are in text order with non-decreasing ends, so their distance to the fact falls, is 0
 * where they overlap it, then rises: the nearest is the last one that ends by the fact's start or
 * the first one after it (binary search).
 */
function nearestInClause(ms: readonly CueMatch[], f: RawFact): { score: number; text: string } | null {
  if (!ms.length) return null;
  // j: the first match that ends after the fact's start.
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= f.start) lo = mid + 1;
    else hi = mid;
  }
  const j = lo;
  const dist = (x: CueMatch) => (x.end <= f.start ? f.start - x.end : x.start >= f.end ? x.start - f.end : 0);
  let best = -1;
  if (j > 0) {
    // The first of the matches before the fact that end where the last of them ends.
    best = j - 1;
    while (best > 0 && ms[best - 1]!.end === ms[best]!.end) best--;
  }
  if (j < ms.length && (best < 0 || dist(ms[j]!) < dist(ms[best]!))) best = j;
  const m = ms[best]!;
  return { score: 100 + dist(m), text: m.text };
}

const BRACKETED = /\([^()\n]{0,220}\)/g;

function gapHasBreaker(R: CompiledRules, gap: string): boolean {
  for (const w of gap.toLowerCase().split(/[\s,(]+/)) if (w && R.breakers.has(w)) return true;
  return false;
}

/** The next line with text after the line that ends at `lineEnd`, past one byline ("By …", "Posted by …"), or null. */
function nextLine(text: string, lineEnd: number): string | null {
  let bylinePassed = false;
  for (let s = lineEnd; s < text.length; ) {
    const nl = text.indexOf("\n", s + 1);
    const e = nl < 0 ? text.length : nl;
    const line = text.slice(s, e).trim();
    s = e;
    if (!line) continue;
    if (!bylinePassed && BYLINE.test(line)) {
      bylinePassed = true;
      continue;
    }
    return line;
  }
  return null;
}
const BYLINE = /^(?:By|Written by|Posted by|Reporting by)\s/;

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
const prepGaps = new Map<string, RegExp>();

function partyAfter(a: SourceAnalysis, text: string, from: number, clause: Span, prep: string): boolean {
  let re = prepGaps.get(prep);
  // "pay $5 billion for a 4% stake in Y": the party after a stake in it, too; and after up to
  // three lower-case words that describe it ("offered $33.7 billion for railroad operator Y").
  if (!re) prepGaps.set(prep, (re = new RegExp(`^\\s+(?:\\S+\\s+){0,3}?${prep}\\s+(?:(?:an?|the|its)\\s+(?:[\\w.%-]+\\s+){0,3}?(?:stake|holding|interest)\\s+in\\s+|(?:[a-z][a-z-]*\\s+){1,3})?$`)));
  for (let i = firstMentionFrom(a, from); i < a.mentions.length; i++) {
    const m = a.mentions[i]!;
    if (m.start > clause.end) break;
    if (m.start - from > 60) break;
    if (re.test(text.slice(from, m.start))) return a.partyRoots.has(a.root(m.key));
  }
  return false;
}

// An opening bracket may come between a name and its ticker: "Synopsys' (SNPS +3%)"; a suffix
// and a ticker in brackets between a name and its verb: "Citigroup Inc. (NYSE: C) closed at",
// "Agnico (ticker: AEM) dropped 2.33%".
const SUBJECT_GAP = /^\.?(?:,?\s(?:Inc|Corp|Ltd|Co|plc|SA|AG|NV|SE|LLC)\.?)?(?:\s?\((?:(?:[A-Z][A-Za-z]{1,8}|ticker|symbol):\s?)?[A-Z][A-Z.]{0,7}\))?(?:['’]s?)?(?:\s+(?:shares|stock))?\s{0,3}(?:\(\s?)?$/;
const EXCHANGE_IN_TICKER = /^:\s?[A-Z][A-Z.]{0,7}\)\s{0,3}$/;
/**
 * A description between a name and its verb: "Y, one of Australia's largest iron ore producers, plan
 * to spend"; or a parenthetical: "Salesforce, for its part, is down around 5.3%".
 */
const APPOSITIVE_GAP = /^,\s+(?:(?:a|an|the|one\s+of|its|their)\s+[^,.;:!?()“”"]{1,100}|for\s+(?:its|their)\s+part|meanwhile|in\s+turn|however|though|too|also|by\s+contrast|in\s+contrast),\s{1,3}$/;

/** An organisation's name ends right before `pos` in the clause ("Acme rose", "Acme's shares fell"). */
function orgRightBefore(memo: SourceMemo, a: SourceAnalysis, text: string, pos: number, clause: Span): boolean {
  let i = lastIndexEndingBy(memo.eligible, pos);
  // An exchange named in the ticker's bracket ("Citigroup Inc. (NYSE: C) closed"): the name before it.
  if (i >= 1 && EXCHANGE_IN_TICKER.test(text.slice(memo.eligible[i]!.end, pos))) i--;
  const m = i >= 0 ? memo.eligible[i]! : null;
  if (!m || m.start < clause.start) return false;
  const gap = text.slice(m.end, pos);
  return (gap.length <= 20 && SUBJECT_GAP.test(gap)) || (gap.length <= 120 && APPOSITIVE_GAP.test(gap));
}

/** A clause about another deal: an earlier/separate deal, or one whose counterpart or doer is not a party. */
function aboutOtherDeal(R: CompiledRules, memo: SourceMemo, a: SourceAnalysis, text: string, f: RawFact, sentence: number, clause: Span): boolean {
  const otherFrom = a.otherDealSentences.get(sentence);
  if (otherFrom !== undefined && f.start >= otherFrom) return true;
  if (!a.partyRoots.size) return false;
  // Where the source has organisation facts, a capitalised run that is none ("Europe", "Austin-based") is no counterpart.
  const cp = memo.counterpartIn(R, a, clause);
  // "X agreed to buy Y for C$3.4 billion in cash, and would sell 38 stores to Z": a second
  // predicate after the figure has a deal of its own; the figure before it is still this one's.
  if (cp >= 0 && !(cp >= f.end && R.counterpartSecondPredicate?.test(text.slice(f.end, cp)))) return true;
  const rs = reverseSaleIn(R, memo, a, clause);
  if (rs >= 0 && f.start > rs) return true;
  // The nearest mention in the clause that ends before the fact (mentions do not overlap, so their
  // ends are in order too): the last one that ends by the fact's start, when it starts in the clause.
  const i = lastIndexEndingBy(memo.eligible, f.start);
  const nearestBefore = i >= 0 ? memo.eligible[i]! : null;
  if (!nearestBefore || nearestBefore.start < clause.start) return false;
  if (a.partyRoots.has(a.root(nearestBefore.key))) return false;
  if (R.subjectBetween.test(text.slice(nearestBefore.end, f.start))) return true;
  // "In January, Fiserv bought First Data in a $22 billion all-stock deal": the doer one mention
  // further back, neither of them a party, with the deal's verb between it and the figure.
  const doer = i >= 1 ? memo.eligible[i - 1]! : null;
  if (!doer || doer.start < clause.start || a.partyRoots.has(a.root(doer.key))) return false;
  return R.subjectBetween.test(text.slice(doer.end, f.start));
}

/**
 * "sold its gas business for $640m in 2024", "In 2024 it sold the unit for $640m": the figure is
 * told with a past-tense deal verb (rules: otherDeal.pastYear) and a year before the source's own,
 * the figure between the verb and the year, or right after a verb the year comes right before.
 * "will sell X, a unit it bought in 1998, to Y for $1bn" keeps its figure: the year is another
 * verb's, far from the figure.
 */
const PAST_YEAR_GAP_BREAK = /[,;:—–(]|\b(?:and|but|while|whereas|now|today|this)\b/;

function pastYearDeal(R: CompiledRules, memo: SourceMemo, text: string, facts: readonly RawFact[], f: RawFact, clause: Span, year: number | null): boolean {
  if (!R.pastYearVerbs || year === null) return false;
  if (!memo.clauseTest(clause, R.pastYearVerbs)) return false;
  const years: RawFact[] = [];
  for (let i = firstFrom(facts, clause.start); i < facts.length; i++) {
    const d = facts[i]!;
    if (d.start >= clause.end) break;
    if (d.type !== "date" || typeof d.value.iso !== "string") continue;
    const y = Number(d.value.iso.slice(0, 4));
    if (y > 1900 && y < year) years.push(d);
  }
  if (!years.length) return false;
  const verbs = R.pastYearVerbsAll!;
  verbs.lastIndex = 0;
  const clauseText = text.slice(clause.start, clause.end);
  for (let m = verbs.exec(clauseText); m; m = verbs.exec(clauseText)) {
    const vs = clause.start + m.index, ve = vs + m[0].length;
    for (const d of years) {
      // The figure after the verb's start ("sold it for $640m in 2024", "its $900m purchase of Y in 2021").
      if (vs <= f.start && f.end <= d.start && d.start - ve <= 160) return true;
      if (d.end <= vs && vs - d.end <= 40 && f.start >= ve && f.start - ve <= 80) return true;
      // The figure, then the verb, then the year: "the $95 million Series B that Y led in 2023".
      if (f.end <= vs && vs - f.end <= 80 && d.start >= ve && d.start - ve <= 40) return true;
      // The figure, its year, then the verb: "a $210m Series C in 2024 led by Z".
      if (f.end <= d.start && d.start - f.end <= 40 && vs >= d.end && vs - d.end <= 20) return true;
      // The verb, its year, then the figure in the same breath: "took Y private in 2019 in a
      // leveraged buyout valued at $780 million" (no comma or "and" between year and figure).
      if (d.start >= ve && d.start - ve <= 40 && f.start >= d.end && f.start - d.end <= 60 && !PAST_YEAR_GAP_BREAK.test(text.slice(d.end, f.start))) return true;
    }
  }
  return false;
}


/** Index of the first mention that starts at or after `pos` (mentions are sorted and do not overlap). */
function firstMentionFrom(a: SourceAnalysis, pos: number): number {
  return firstFrom(a.mentions, pos);
}

/** The last mention that ends by `pos` (mentions do not overlap, so their ends are in order too); null when none. */
function lastEndingBy(ms: readonly Mention[], pos: number): Mention | null {
  const i = lastIndexEndingBy(ms, pos);
  return i >= 0 ? ms[i]! : null;
}

/** Index of the last mention (of mentions in order) that ends by `pos`, or -1. */
function lastIndexEndingBy(ms: readonly Mention[], pos: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first span (of spans sorted by start) that starts at or after `pos`. */
function firstFrom(ms: readonly Span[], pos: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
