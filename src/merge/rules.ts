// The deal fields as data (rules/fields.json): which fact types each field takes and the cues that
// tie a fact to it; how articles state who made the deal; how they link a unit to its parent.
// Validated by zod and compiled once; `{DEAL}` in a pattern stands for the deal nouns, `{SHARES}` for
// the nouns of a company's shares, `{INDEX}` for the names of market benchmarks, `{UNIT}` for the nouns
// of a part of a company, `{GOODS}` for the nouns of goods and `{GOODS_AFTER}` for what follows a
// maker's name in them, `{A}`/`{B}` (and `{C}` in a statement's object) for an organisation mention
// in the skeleton of a sentence (see text.ts).
import { z } from "zod";
import { loadRules, RuleError } from "../rules/load.js";
import { FactType } from "../model.js";
import { PatternFilter, requiredLiterals, type Literals } from "../rules/prefilter.js";
import { alt } from "../extract/numbers.js";

const Cue = z.object({
  id: z.string(),
  where: z.enum(["before", "after", "clause", "line"]),
  pattern: z.string(),
  gapWords: z.number().int().min(0).max(8).optional(),
  allowBreakers: z.boolean().optional(),
  needs: z.string().optional(),
  /**
   * Where the fact's sentence opens with a pronoun ("They were down about 4%", "It jumped 5%"), the
   * sentence before may hold what `needs` asks for: the pronoun's antecedent ("The shares had opened
   * 4.4% higher").
   */
  needsFromAntecedent: z.boolean().optional(),
  notIf: z.string().optional(),
  after: z.string().optional(),
  prevLine: z.string().optional(),
  /** A "line" cue: the next line with text, after a byline ("By …"), must match (the lede under a date line). */
  nextLine: z.string().optional(),
  /** A "line" cue whose match must hold the fact (a dateline's own date, not a later date on its line). */
  factInMatch: z.boolean().optional(),
  inFact: z.boolean().optional(),
  needsPartyAfter: z.string().optional(),
  /** A "before" cue whose match must follow an organisation's name: its subject ("Acme rose 4%"). */
  subjectOrg: z.boolean().optional(),
  /** The pattern's letters (and preEnds') match only in the case written (a ticker's capitals: "CVX", a dateline's city: "LONDON"); patterns are case-blind otherwise. */
  caseSensitive: z.boolean().optional(),
  /** The fact's own text must match this (a unit: "megawatts"). */
  factIs: z.string().optional(),
  /** Fact types this cue reads, where the field takes more than one (default: all the field's types). */
  factTypes: z.array(z.string()).optional(),
  /** The text right before the fact must match this ("by", "in": a date a thing is due by). */
  preEnds: z.string().optional(),
  /** "require": the fact must be a per-share amount; "exclude": it must not be one. */
  perShare: z.enum(["require", "exclude"]).optional(),
  aspect: z.string().optional(),
  /** The cue's aspect ranks below a plain claim: its claims are the record's only where no source states the field plainly. */
  secondary: z.boolean().optional(),
  reason: z.string(),
});

const FieldRule = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  types: z.array(FactType).min(1),
  description: z.string(),
  dealScoped: z.boolean().optional(),
  /** No per-share amount is a claim on this field (a share price is never the deal's value). */
  notPerShare: z.boolean().optional(),
  /**
   * A field whose money claims give the deal's own currency (the offer's price a share): of
   * figures with equal support, one in that currency is the value ("A$1.5 billion" over the
   * "$1 billion" more pages print, where the offer is "A$13.25 a share").
   */
  currencyFrom: z.string().optional(),
  /** No claim from a clause that only guesses or rumours (see `hypothetical`). */
  factual: z.boolean().optional(),
  cues: z.array(Cue).min(1),
  /**
   * Words beside a claim that make it another aspect of the field ("$2bn including debt" against
   * "$1.9bn for the equity"): claims of different aspects neither support nor contradict each other.
   * `before` patterns are tested on the clause text before the fact, `after` on the text after it.
   */
  aspectMarks: z
    .array(
      z.object({
        id: z.string(),
        where: z.enum(["before", "after", "sentence-before"]),
        pattern: z.string(),
        aspect: z.string(),
        /** Only facts of these types. */
        factTypes: z.array(FactType).optional(),
        /**
         * A qualifier: the aspect is added to the cue's ("shares" and "change": "shares change"),
         * keeping whose shares they are, rather than replacing it.
         */
        qualify: z.boolean().optional(),
        /** A qualified claim is a move with a direction, of any type (`direction`): "fell 11 cents". */
        signed: z.boolean().optional(),
        /**
         * A claim of this aspect is shown among the field's claims but is never its value: it
         * measures something the field does not ask (a move before the deal's news is not how the
         * market took the deal).
         */
        notValue: z.boolean().optional(),
        reason: z.string(),
      }),
    )
    .optional(),
  /**
   * Words beside a figure that make it no claim on this field however strong its cue ("while the
   * SMI index was up 0.3%": a benchmark's move, not a company's). `before`: the clause text before
   * the fact; `after`: the text after it; `sentence-before`: the sentence before it, across clauses
   * (up to 160 characters); `factIs`, where given, limits it to facts whose text matches.
   * `nameNotParty`: the pattern (case-sensitive, unlike the others) has a name in its first group
   * that took part, and the words are no claim only where that
   * name is none of the deal's parties ("the Acibadem acquisition, which was announced on Oct 8").
   */
  notClaims: z.array(z.object({ id: z.string(), where: z.enum(["before", "after", "clause", "sentence-before"]), pattern: z.string(), factIs: z.string().optional(), nameNotParty: z.boolean().optional(), /** The fact's sentence must match this too. */ needs: z.string().optional(), reason: z.string() })).optional(),
  /**
   * Which way a move went: down when the cue that tied the fact matches `down` ("fell", "closed
   * lower by"), or the words right after the fact match `downAfter` ("closed 0.6% down"). A claim
   * of one of `types` on a move down is negative, as a move written with its minus sign is.
   */
  direction: z.object({ id: z.string(), types: z.array(FactType).min(1), down: z.string(), downAfter: z.string(), reason: z.string() }).optional(),
});

const Pattern = z.object({ id: z.string(), pattern: z.string(), reason: z.string() });

export const FieldsRulesSchema = z.object({
  dealNoun: z.string(),
  /** What `{SHARES}` stands for: the nouns of a company's shares ("shares", "stock", "share price"). */
  sharesNoun: z.string().optional(),
  /** What `{INDEX}` stands for: the names of stock-market benchmarks ("index", "S&P 500", "Nikkei"). */
  indexNames: z.string().optional(),
  /** What `{UNIT}` stands for: the nouns of a part of a company that is sold ("arm", "unit", "operations"). */
  unitNoun: z.string().optional(),
  /** What `{GOODS}` stands for: the nouns of goods a buyer orders by the unit ("jets", "frigates", "locomotives"). */
  goodsNoun: z.string().optional(),
  /**
   * What `{GOODS_AFTER}` stands for: what follows a maker's name in goods bought by the unit (a
   * model's designation or name, up to two words, then a noun of goods: "Rafale F4 fighter jets").
   */
  goodsAfterName: z.string().optional(),
  breakers: z.array(z.string()),
  /** A per-share amount: followed by "a share", "per share", or small and in a clause about shares. */
  perShare: z.object({ id: z.string(), after: z.string(), smallBelow: z.number().positive(), context: z.string(), reason: z.string() }),
  /** Clauses that guess, rumour or model a figure rather than report it. */
  hypothetical: z.array(Pattern),
  /** One amount, two fields: where a source states an amount as `to` (by a cue), its claims of the same amount on `from` move to `to`. */
  yields: z.array(z.object({ id: z.string(), from: z.string(), to: z.string(), reason: z.string() })),
  /** What follows a company's name when its shares are meant: "X's Nasdaq-listed shares rose". */
  shareSubject: z.string(),
  /** What comes right before a company's name when its shares are meant: "shares of X rose". */
  shareOf: z.string().optional(),
  /** Words between a name and a share move that make the name the move's subject: "while Y was down 6.6%". */
  shareMoveSubject: z.string().optional(),
  /** A possessive pronoun before a company's shares: "its shares rose 21%" (whose: see fields.ts pronounSubject). */
  sharePronoun: z.string().optional(),
  /** Role nouns that stand for a party when its shares are meant: "shares in the target", "the buyer's stock". */
  shareRoles: z.array(z.object({ words: z.array(z.string().min(1)).min(1), roles: z.array(z.string().min(1)).min(1), reason: z.string() })).optional(),
  /** Units with a metric prefix and their base unit, so that claims compare across prefixes. */
  unitScales: z.record(z.string(), z.object({ base: z.string(), factor: z.number().positive() })),
  fields: z.array(FieldRule).min(1),
  otherDeal: z.object({
    markers: z.array(Pattern),
    trailingClause: z.object({ id: z.string(), pattern: z.string(), participle: z.string().optional(), reason: z.string() }),
    counterpart: z.object({
      id: z.string(),
      before: z.string(),
      needs: z.string(),
      /** Right after the organisation: it joins the deal's side ("with Z alongside"), no counterpart. */
      notAfter: z.string().optional(),
      /** Right after the organisation: the deal is its own ("Ostler’s £1.6bn deal"), another deal than the source's. */
      ownsDeal: z.string().optional(),
      /** Between a figure and a counterpart after it: a second predicate with a deal of its own (", and would sell …"). */
      secondPredicate: z.string().optional(),
      /** Right before a party that is not the side that buys in the source's deal: a sale to it is another deal ("…, and sell its unit to Z for $13.5 billion"). */
      reverseSale: z.string().optional(),
      reason: z.string(),
    }),
    subject: z.object({ id: z.string(), between: z.string(), reason: z.string() }),
    /** A clause with a past-tense deal verb and a year before the source's own: an earlier deal. */
    pastYear: z.object({ id: z.string(), verbs: z.string(), reason: z.string() }).optional(),
    /** A deal noun and a year right after it (group 1); a year before the source's own makes the sentence another deal's. */
    dealYear: z.object({ id: z.string(), pattern: z.string(), reason: z.string() }).optional(),
    /** A year before the source's own (group 1), then "when": from there the sentence tells that year's event. */
    pastWhen: z.object({ id: z.string(), pattern: z.string(), reason: z.string() }).optional(),
    /** A line that points to another story ("Related: ...", "Read more: ..."): its facts claim no field. */
    elsewhereLine: Pattern.optional(),
  }),
  parties: z.object({
    nameStop: z.array(z.string()),
    /** Titles before a person's name ("Chief Executive Officer Peng Xiao"): they end a name, and the capitalised words right after them are a person's. */
    personTitles: z.array(z.string()).default([]),
    /** Words that are no name on their own, though a name may end with them: "LNG" alone is the fuel, "Petronet LNG" a company. */
    notAlone: z.array(z.string()).default([]),
    /** Word endings that make a capitalised word a description, not a name: "Oslo-based", "Nasdaq-listed". */
    descriptorEndings: z.array(z.string()).optional(),
    /** Verbs before "Public" or "Private" that make it a company going public or private ("Go Public", "Taken Private"), no name's word; any letter case of the first letter. */
    goPublicVerbs: z.array(z.string()).default([]),
    /**
     * A count right before a name and a noun of goods right after it ("buy six Rafale warplanes"):
     * so many of a product, no organisation (only names that no org fact holds).
     */
    goodsAfterCount: z.object({ id: z.string(), before: z.string(), after: z.string(), reason: z.string() }).optional(),
    /** "the" before a name and a club's noun after it ("buying the Serie A club"): a league's name, no party. Case-sensitive. */
    leagueClub: z.object({ id: z.string(), before: z.string(), after: z.string(), reason: z.string() }).optional(),
    /**
     * What right after a name makes it the leader of a group that acts ("a Blackstone-led
     * consortium agreed to buy Y"): statements read the name as the group's, as they read "a
     * consortium led by X".
     */
    leadsGroup: Pattern.optional(),
    /** "the company", "the fintech firm": a description that stands for the one organisation its sentence names before it. */
    describedSubject: Pattern.optional(),
    /**
     * The noun after a percentage that makes it a stake ("a 74% stake", "51 per cent equity
     * interest"): the skeleton reads a stake of more than half as the word "majority".
     */
    stakeNoun: Pattern.optional(),
    suffixes: z.array(z.string()),
    statements: z.array(
      Pattern.extend({
        roles: z.tuple([z.string().nullable(), z.string().nullable()]),
        weight: z.number().positive(),
        /**
         * A third side the statement names: "X agreed to sell its 74% stake in Z to Y" sells Z.
         * `pattern` holds {C}, the name, and is run over the statement's own match; the name found
         * takes `role` at the statement's weight.
         */
        object: z.object({ pattern: z.string(), role: z.string() }).optional(),
      }),
    ),
    roles: z.array(Pattern.extend({ roles: z.tuple([z.string(), z.string()]) })),
    links: z.array(Pattern.extend({ kind: z.enum(["alias", "parent"]) })),
    /** The other side's role when only one side's is stated: a buyer's counterpart provides. */
    complements: z.record(z.string(), z.string()),
    /**
     * The three sides of a sale, by role: who sells, who buys, what is sold ("acquirer" is on the
     * buyer's side). A role not named here is on no side of a sale (a provider, an investee).
     */
    saleSides: z.record(z.string(), z.enum(["seller", "buyer", "target"])),
    /** The roles that buy a side of a deal: a sale "to" a party none of whose roles is one is another deal. */
    buyingRoles: z.array(z.string()),
    /**
     * The other members of a consortium or a closed list named after a party (merge/parties.ts
     * consortiumAfter): the words for a group right before the first name ("a consortium of"), the
     * words that make the list examples of what is bought ("brands including"), and what right
     * after the list's last name makes it start a clause of its own ("… and Z will sell").
     */
    lists: z.object({ id: z.string(), groupBefore: z.string(), examplesBefore: z.string(), clauseAfter: z.string(), subjectStart: z.string(), reason: z.string() }),
    /**
     * A round told in two sentences (merge/parties.ts statementsOf): "X has raised $200 million in
     * a Series A round." ({A}, the investee, alone), then within the next two sentences "The round
     * was led by Y" or "Y and Z led the round" ({B}, an investor).
     */
    roundFollowUp: z.object({ id: z.string(), raisedPattern: z.string(), ledByPatterns: z.array(z.string()), weight: z.number().positive(), reason: z.string() }).optional(),
  }),
});
export type FieldsRules = z.infer<typeof FieldsRulesSchema>;

export interface CompiledCue {
  id: string;
  field: string;
  where: "before" | "after" | "clause" | "line";
  re: RegExp;
  /** The cue's own pattern, unanchored (to find it inside a fact or recognise a cue text). */
  bare: RegExp;
  gapWords: number;
  allowBreakers: boolean;
  /**
   * The clause must match one of these: the needs pattern cut at its top-level "|", each part
   * compiled once for all the cues that share it ("{DEAL}" is in most), so a clause is scanned for
   * a part once, not once per cue.
   */
  needs: RegExp[] | null;
  needsFromAntecedent: boolean;
  notIf: RegExp | null;
  after: RegExp | null;
  prevLine: RegExp | null;
  nextLine: RegExp | null;
  factInMatch: boolean;
  inFact: boolean;
  needsPartyAfter: string | null;
  subjectOrg: boolean;
  preEnds: RegExp | null;
  factIs: RegExp | null;
  factTypes: string[] | null;
  perShare: "require" | "exclude" | null;
  aspect: string | null;
  secondary: boolean;
  /** Places of re, bare, notIf, after and preEnds in the rules' textFilter (-1: none). */
  lit: { re: number; bare: number; notIf: number; after: number; preEnds: number };
}

export interface CompiledField {
  name: string;
  types: readonly string[];
  description: string;
  dealScoped: boolean;
  notPerShare: boolean;
  currencyFrom: string | null;
  factual: boolean;
  cues: CompiledCue[];
  /** where: the clause before or after the fact, or the whole sentence before it ("sentence-before"). */
  aspectMarks: { id: string; where: "before" | "after" | "sentence-before"; re: RegExp; aspect: string; factTypes: readonly string[] | null; qualify: boolean; signed: boolean; notValue: boolean }[];
  /** factIs: only a fact whose text matches it. */
  /** "clause": the pattern reads the fact's whole clause (anchor it with ^ and lookaheads). */
  notClaims: { id: string; where: "before" | "after" | "clause" | "sentence-before"; re: RegExp; factIs: RegExp | null; nameNotParty: boolean; needs: RegExp | null }[];
  direction: { id: string; types: readonly string[]; down: RegExp; downAfter: RegExp } | null;
}

export interface CompiledPattern {
  id: string;
  re: RegExp;
  /** This pattern's place in the rules' partyFilter (party statements, roles and links). */
  filterAt?: number;
}

export interface CompiledRules {
  fields: CompiledField[];
  byName: Map<string, CompiledField>;
  breakers: Set<string>;
  dealNoun: RegExp;
  perShare: { after: RegExp; smallBelow: number; context: RegExp };
  hypothetical: CompiledPattern[];
  yields: { id: string; from: string; to: string }[];
  unitScales: Record<string, { base: string; factor: number }>;
  shareSubject: RegExp;
  shareOf: RegExp | null;
  shareMoveSubject: RegExp | null;
  /** sharePronoun, global. */
  sharePronoun: RegExp | null;
  /** Every role noun of shareRoles (global; group 1 the noun), and the party roles each stands for. */
  shareRoles: { re: RegExp; roles: Map<string, readonly string[]> } | null;
  markers: CompiledPattern[];
  /** Where a trailing clause of the past starts (otherDeal.trailingClause); participle: a global regex, its last match before the marker. */
  trailingClause: RegExp;
  trailingParticiple: RegExp | null;
  counterpartBefore: RegExp;
  counterpartNeeds: RegExp;
  counterpartNotAfter: RegExp | null;
  counterpartOwnsDeal: RegExp | null;
  counterpartSecondPredicate: RegExp | null;
  counterpartReverseSale: RegExp | null;
  subjectBetween: RegExp;
  pastYearVerbs: RegExp | null;
  dealYear: RegExp | null;
  /** The same, global, for walking every match (callers reset lastIndex). */
  pastYearVerbsAll: RegExp | null;
  /** "…traces its roots to 1968, when Y merged with Z": from the match on, the sentence tells a past year's event (group 1: the year). */
  pastWhen: RegExp | null;
  /** The literals of pastWhen (pattern 0) and dealYear (pattern 1), found in one scan of a sentence. */
  yearFilter: PatternFilter;
  elsewhereLine: RegExp | null;
  nameStop: Set<string>;
  personTitles: Set<string>;
  descriptorEndings: readonly string[];
  goPublicBefore: RegExp | null;
  goodsAfterCount: { before: RegExp; after: RegExp } | null;
  leagueClub: { before: RegExp; after: RegExp } | null;
  notAlone: Set<string>;
  /** parties.leadsGroup, anchored at the end of a name (null when the rules have none). */
  leadsGroup: RegExp | null;
  /** parties.describedSubject, global and case-sensitive (null when the rules have none). */
  describedSubject: RegExp | null;
  /** parties.stakeNoun, anchored right after a percentage (null when the rules have none). */
  stakeNoun: RegExp | null;
  suffixes: Set<string>;
  statements: (CompiledPattern & { roles: [string | null, string | null]; weight: number; object: { re: RegExp; role: string } | null })[];
  /** parties.roundFollowUp compiled: each pattern's group 1 is the one name it reads. */
  roundFollowUp: { id: string; raised: RegExp; ledBy: RegExp[]; weight: number } | null;
  roles: (CompiledPattern & { roles: [string, string] })[];
  links: (CompiledPattern & { kind: "alias" | "parent" })[];
  /** One pass over a sentence tells which party patterns may match it (their literals occur). */
  partyFilter: PatternFilter;
  /** One pass over a fact's window or a clause tells which cue and clause patterns may match there. */
  textFilter: PatternFilter;
  /** A pattern's place in textFilter (cues hold theirs in `lit`). */
  filterIndex: Map<RegExp, number>;
  complements: Record<string, string>;
  saleSides: Record<string, "seller" | "buyer" | "target">;
  buyingRoles: ReadonlySet<string>;
  /** parties.lists, compiled: groupBefore and examplesBefore end at the first name, clauseAfter starts after the last. */
  lists: { groupBefore: RegExp; examplesBefore: RegExp; clauseAfter: RegExp; subjectStart: RegExp };
}

/** Placeholder chars of the sentence skeleton: a mention is MARK + one index char. */
export const MARK = "\uE000";
export const FACT_MARK = "\uE001";
export const INDEX_BASE = 0xe100;
const NAME = `${MARK}([\\uE100-\\uF8FF])`;
/** After a name: the dot of an abbreviated suffix the org fact left out ("Inc."), and its alias or ticker in brackets. */
const ALIAS = `\\.?(?:\\s*\\(\\s*${MARK}[\\uE100-\\uF8FF]\\s*\\))?`;
/**
 * One word of the gap between a fact and its cue: no spaces, commas or sentence stops (a decimal
 * point is fine), a final dot allowed ("Inc.": the gap lies inside one sentence, so a dot there
 * ends an abbreviation).
 */
const WORD = `(?:[^\\s,(.;!?]|\\.(?=\\d))+\\.?`;

let compiled: CompiledRules | null = null;

/**
 * A pattern cut at its top-level "|" (outside groups and classes): "a|(b|c)|[|]" → a, (b|c), [|].
 * A pattern with a back-reference stays whole (its parts could not be tested apart).
 */
export function topLevelAlternatives(src: string): string[] {
  if (/\\[1-9]|\\k</.test(src)) return [src];
  const parts: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) parts.push(src.slice(from, i)), (from = i + 1);
  }
  parts.push(src.slice(from));
  return parts;
}

/** The role nouns as one pattern ("the" optional, longest first, spaces as any white space) and each noun's roles. */
function compileShareRoles(list: readonly { words: readonly string[]; roles: readonly string[] }[]): { re: RegExp; roles: Map<string, readonly string[]> } {
  const roles = new Map<string, readonly string[]>();
  for (const r of list) for (const w of r.words) roles.set(w.toLowerCase().replace(/\s+/g, " "), r.roles);
  const alt = [...roles.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
  return { re: new RegExp(`\\b(?:the\\s+)?(${alt})\\b`, "gi"), roles };
}

export function fieldRules(): CompiledRules {
  if (compiled) return compiled;
  const r = loadRules("fields", FieldsRulesSchema);
  const deal = r.dealNoun;
  const shares = r.sharesNoun;
  const index = r.indexNames;
  const unit = r.unitNoun;
  const goods = r.goodsNoun;
  const goodsAfter = r.goodsAfterName;
  const re = (src: string, id: string, flags = "i") => {
    if (src.includes("{SHARES}") && shares === undefined) throw new RuleError(`rules/fields.json: rule ${id}: {SHARES} is used but sharesNoun is not defined`);
    if (src.includes("{INDEX}") && index === undefined) throw new RuleError(`rules/fields.json: rule ${id}: {INDEX} is used but indexNames is not defined`);
    if (src.includes("{UNIT}") && unit === undefined) throw new RuleError(`rules/fields.json: rule ${id}: {UNIT} is used but unitNoun is not defined`);
    if (src.includes("{GOODS_AFTER}")) {
      if (goodsAfter === undefined) throw new RuleError(`rules/fields.json: rule ${id}: {GOODS_AFTER} is used but goodsAfterName is not defined`);
      src = src.replaceAll("{GOODS_AFTER}", goodsAfter);
    }
    if (src.includes("{GOODS}") && goods === undefined) throw new RuleError(`rules/fields.json: rule ${id}: {GOODS} is used but goodsNoun is not defined`);
    try {
      return new RegExp(src.replaceAll("{DEAL}", deal).replaceAll("{SHARES}", shares ?? "").replaceAll("{INDEX}", index ?? "").replaceAll("{UNIT}", unit ?? "").replaceAll("{GOODS}", goods ?? "").replaceAll("{A}", NAME).replaceAll("{B}", NAME), flags);
    } catch (e) {
      throw new RuleError(`rules/fields.json: rule ${id}: bad pattern (${(e as Error).message})`);
    }
  };
  // One RegExp per distinct (case-insensitive, non-global) source, for the clause memo to share.
  const interned = new Map<string, RegExp>();
  const shared = (src: string, id: string): RegExp => {
    let r = interned.get(src);
    if (!r) interned.set(src, (r = re(src, id)));
    return r;
  };
  const namePattern = (src: string, id: string, aliasInBrackets = false) => {
    if (!src.includes("{A}") || !src.includes("{B}")) throw new RuleError(`rules/fields.json: rule ${id}: a party pattern needs both {A} and {B}`);
    // Remember which of the two capture groups is A: the one that comes first in the text.
    const a = src.indexOf("{A}"), b = src.indexOf("{B}");
    // Statements read through a name's alias or ticker in brackets: "X Inc (XI) said it would buy Y".
    if (aliasInBrackets) src = src.replaceAll("{A}", `{A}${ALIAS}`).replaceAll("{B}", `{B}${ALIAS}`);
    const compiledRe = re(src, id);
    (compiledRe as RegExp & { aFirst?: boolean }).aFirst = a < b;
    return compiledRe;
  };
  // A statement's third side: {C} is the one name it reads (group 1).
  const objectPattern = (src: string, id: string) => {
    if (!src.includes("{C}") || src.includes("{A}") || src.includes("{B}")) throw new RuleError(`rules/fields.json: rule ${id}: an object pattern needs {C} and no {A} or {B}`);
    return re(src.replaceAll("{C}", "{A}"), id);
  };
  // A party pattern with the literals it needs, so that sentences without them are never scanned.
  const partyLits: (Literals | null)[] = [];
  const party = <T extends { id: string; pattern: string }>(s: T, aliasInBrackets = false) => {
    const r = namePattern(s.pattern, s.id, aliasInBrackets);
    partyLits.push(requiredLiterals(r.source));
    return { id: s.id, re: r, filterAt: partyLits.length - 1 };
  };
  const fields: CompiledField[] = r.fields.map((f) => ({
    name: f.name,
    types: f.types,
    description: f.description,
    dealScoped: !!f.dealScoped,
    notPerShare: !!f.notPerShare,
    currencyFrom: f.currencyFrom ?? null,
    factual: !!f.factual,
    aspectMarks: (f.aspectMarks ?? []).map((m) => ({ id: m.id, where: m.where, re: re(m.pattern, m.id), aspect: m.aspect, factTypes: m.factTypes ?? null, qualify: !!m.qualify, signed: !!m.signed, notValue: !!m.notValue })),
    notClaims: (f.notClaims ?? []).map((m) => ({ id: m.id, where: m.where, re: re(m.pattern, m.id, m.nameNotParty ? "" : "i"), factIs: m.factIs ? re(m.factIs, m.id) : null, nameNotParty: m.nameNotParty === true, needs: m.needs ? re(m.needs, m.id, "i") : null })),
    direction: f.direction ? { id: f.direction.id, types: f.direction.types, down: re(f.direction.down, f.direction.id, "i"), downAfter: re(f.direction.downAfter, f.direction.id, "i") } : null,
    cues: f.cues.map((c) => {
      const g = c.gapWords ?? 2;
      let cueRe: RegExp;
      // Before: the cue, then at most g words, then the fact. After: at most g words, then the cue.
      if (c.where === "before") cueRe = re(`(?:${c.pattern})((?:[\\s,(]+${WORD}){0,${g}})[\\s,(]*$`, c.id, c.caseSensitive ? "" : "i");
      else if (c.where === "after") cueRe = re(`^[\\s,]*((?:${WORD}[\\s,]+){0,${g}}?)(?:${c.pattern})`, c.id);
      else if (c.where === "line") cueRe = re(c.pattern, c.id, c.caseSensitive ? "u" : "iu");
      else cueRe = re(c.pattern, c.id, "ig");
      return {
        id: c.id,
        field: f.name,
        where: c.where,
        re: cueRe,
        bare: re(c.pattern, c.id),
        gapWords: g,
        allowBreakers: !!c.allowBreakers,
        needs: c.needs ? topLevelAlternatives(c.needs).map((part) => shared(part, c.id)) : null,
        needsFromAntecedent: !!c.needsFromAntecedent,
        notIf: c.notIf ? re(c.notIf, c.id) : null,
        after: c.after ? re(c.after, c.id) : null,
        prevLine: c.prevLine ? re(c.prevLine, c.id) : null,
        nextLine: c.nextLine ? re(c.nextLine, c.id) : null,
        factInMatch: !!c.factInMatch,
        inFact: !!c.inFact,
        needsPartyAfter: c.needsPartyAfter ?? null,
        subjectOrg: !!c.subjectOrg,
        preEnds: c.preEnds ? re(c.preEnds, c.id, c.caseSensitive ? "" : "i") : null,
        factIs: c.factIs ? re(c.factIs, c.id) : null,
        factTypes: c.factTypes ?? null,
        perShare: c.perShare ?? null,
        aspect: c.aspect ?? null,
        secondary: !!c.secondary,
        lit: { re: -1, bare: -1, notIf: -1, after: -1, preEnds: -1 },
      };
    }),
  }));
  const names = new Set<string>();
  for (const f of fields) {
    if (names.has(f.name)) throw new RuleError(`rules/fields.json: field ${f.name} is defined twice`);
    names.add(f.name);
  }
  for (const f of fields) if (f.currencyFrom !== null && !names.has(f.currencyFrom)) throw new RuleError(`rules/fields.json: field ${f.name}: currencyFrom names no field: ${f.currencyFrom}`);
  compiled = {
    fields,
    byName: new Map(fields.map((f) => [f.name, f])),
    breakers: new Set(r.breakers.map((w) => w.toLowerCase())),
    dealNoun: re(`\\b${deal}`, "dealNoun"),
    perShare: { after: re(r.perShare.after, r.perShare.id), smallBelow: r.perShare.smallBelow, context: re(r.perShare.context, r.perShare.id) },
    hypothetical: r.hypothetical.map((m) => ({ id: m.id, re: re(m.pattern, m.id) })),
    yields: r.yields.map((y) => ({ id: y.id, from: y.from, to: y.to })),
    unitScales: r.unitScales,
    shareSubject: re(r.shareSubject, "shareSubject"),
    shareOf: r.shareOf ? re(r.shareOf, "shareOf") : null,
    shareMoveSubject: r.shareMoveSubject ? re(r.shareMoveSubject, "shareMoveSubject") : null,
    sharePronoun: r.sharePronoun ? re(r.sharePronoun, "sharePronoun", "gi") : null,
    shareRoles: r.shareRoles?.length ? compileShareRoles(r.shareRoles) : null,
    markers: r.otherDeal.markers.map((m) => ({ id: m.id, re: re(m.pattern, m.id) })),
    trailingClause: re(r.otherDeal.trailingClause.pattern, r.otherDeal.trailingClause.id),
    trailingParticiple: r.otherDeal.trailingClause.participle ? re(r.otherDeal.trailingClause.participle, r.otherDeal.trailingClause.id, "g") : null,
    counterpartBefore: re(r.otherDeal.counterpart.before, r.otherDeal.counterpart.id),
    counterpartNeeds: re(r.otherDeal.counterpart.needs, r.otherDeal.counterpart.id),
    counterpartNotAfter: r.otherDeal.counterpart.notAfter ? re(r.otherDeal.counterpart.notAfter, r.otherDeal.counterpart.id) : null,
    counterpartOwnsDeal: r.otherDeal.counterpart.ownsDeal ? re(r.otherDeal.counterpart.ownsDeal, r.otherDeal.counterpart.id) : null,
    counterpartSecondPredicate: r.otherDeal.counterpart.secondPredicate ? re(r.otherDeal.counterpart.secondPredicate, r.otherDeal.counterpart.id) : null,
    counterpartReverseSale: r.otherDeal.counterpart.reverseSale ? re(r.otherDeal.counterpart.reverseSale, r.otherDeal.counterpart.id) : null,
    subjectBetween: re(r.otherDeal.subject.between, r.otherDeal.subject.id),
    pastYearVerbs: r.otherDeal.pastYear ? re(r.otherDeal.pastYear.verbs, r.otherDeal.pastYear.id) : null,
    dealYear: r.otherDeal.dealYear ? re(r.otherDeal.dealYear.pattern, r.otherDeal.dealYear.id, "gi") : null,
    pastWhen: r.otherDeal.pastWhen ? re(r.otherDeal.pastWhen.pattern, r.otherDeal.pastWhen.id, "gi") : null,
    yearFilter: null as unknown as PatternFilter,
    pastYearVerbsAll: r.otherDeal.pastYear ? re(r.otherDeal.pastYear.verbs, r.otherDeal.pastYear.id, "gi") : null,
    elsewhereLine: r.otherDeal.elsewhereLine ? re(r.otherDeal.elsewhereLine.pattern, r.otherDeal.elsewhereLine.id) : null,
    nameStop: new Set([...r.parties.nameStop, ...r.parties.personTitles]),
    personTitles: new Set(r.parties.personTitles),
    notAlone: new Set(r.parties.notAlone),
    descriptorEndings: (r.parties.descriptorEndings ?? []).map((e) => e.toLowerCase()),
    goPublicBefore: r.parties.goPublicVerbs.length ? new RegExp(`\\b(?:${alt(r.parties.goPublicVerbs.flatMap((v) => [v.toLowerCase(), v.charAt(0).toUpperCase() + v.slice(1).toLowerCase()]))})\\s$`) : null,
    goodsAfterCount: r.parties.goodsAfterCount ? { before: re(r.parties.goodsAfterCount.before, r.parties.goodsAfterCount.id), after: re(r.parties.goodsAfterCount.after, r.parties.goodsAfterCount.id) } : null,
    leagueClub: r.parties.leagueClub ? { before: re(r.parties.leagueClub.before, r.parties.leagueClub.id, ""), after: re(r.parties.leagueClub.after, r.parties.leagueClub.id, "") } : null,
    leadsGroup: r.parties.leadsGroup ? re(`^(?:${r.parties.leadsGroup.pattern})`, r.parties.leadsGroup.id, "iu") : null,
    describedSubject: r.parties.describedSubject ? re(r.parties.describedSubject.pattern, r.parties.describedSubject.id, "g") : null,
    stakeNoun: r.parties.stakeNoun ? re(`^\\s+(?:${r.parties.stakeNoun.pattern})`, r.parties.stakeNoun.id, "iu") : null,
    suffixes: new Set(r.parties.suffixes.map((s) => s.toLowerCase())),
    statements: r.parties.statements.map((s) => ({ ...party(s, true), roles: s.roles, weight: s.weight, object: s.object ? { re: objectPattern(s.object.pattern, s.id), role: s.object.role } : null })),
    roundFollowUp: r.parties.roundFollowUp
      ? { id: r.parties.roundFollowUp.id, raised: re(r.parties.roundFollowUp.raisedPattern, r.parties.roundFollowUp.id), ledBy: r.parties.roundFollowUp.ledByPatterns.map((p) => re(p, r.parties.roundFollowUp!.id)), weight: r.parties.roundFollowUp.weight }
      : null,
    roles: r.parties.roles.map((s) => ({ ...party(s, true), roles: s.roles })),
    links: r.parties.links.map((s) => ({ ...party(s), kind: s.kind })),
    complements: r.parties.complements,
    saleSides: r.parties.saleSides,
    buyingRoles: new Set(r.parties.buyingRoles),
    lists: {
      groupBefore: re(r.parties.lists.groupBefore, r.parties.lists.id, "iu"),
      examplesBefore: re(r.parties.lists.examplesBefore, r.parties.lists.id),
      clauseAfter: re(r.parties.lists.clauseAfter, r.parties.lists.id),
      subjectStart: re(r.parties.lists.subjectStart, r.parties.lists.id),
    },
    partyFilter: null as unknown as PatternFilter,
    textFilter: null as unknown as PatternFilter,
    filterIndex: new Map(),
  };
  compiled.partyFilter = new PatternFilter(partyLits);
  compiled.yearFilter = new PatternFilter([compiled.pastWhen, compiled.dealYear].map((x) => (x ? requiredLiterals(x.source) : null)));
  // The patterns tested on a fact's window or on a clause: one scan of a window or clause for the
  // literals of them all says which can match there at all.
  const filtered: RegExp[] = [];
  const filterIndex = new Map<RegExp, number>();
  const place = (x: RegExp | null): number => {
    // Unicode case folding matches "ſ" for "s" and the Kelvin sign for "k": no ASCII filter then.
    if (!x || (x.flags.includes("u") && x.flags.includes("i"))) return -1;
    let i = filterIndex.get(x);
    if (i === undefined) filterIndex.set(x, (i = filtered.push(x) - 1));
    return i;
  };
  for (const f of fields) {
    for (const c of f.cues) {
      c.lit = { re: place(c.re), bare: place(c.bare), notIf: place(c.notIf), after: place(c.after), preEnds: place(c.preEnds) };
      for (const n of c.needs ?? []) place(n);
    }
  }
  for (const h of compiled.hypothetical) place(h.re);
  for (const x of [compiled.perShare.context, compiled.counterpartNeeds, compiled.pastYearVerbs]) place(x);
  compiled.textFilter = new PatternFilter(filtered.map((x) => requiredLiterals(x.source)));
  compiled.filterIndex = filterIndex;
  return compiled;
}

/** The names of the fields the rules define, in rule order. */
export function fieldNames(): string[] {
  return fieldRules().fields.map((f) => f.name);
}

/** For tests: forget the compiled rules (after setExtraRuleDirs). */
export function resetFieldRules(): void {
  compiled = null;
}
