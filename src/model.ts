// The data that flows between stages, as zod schemas. Types are inferred from them so the code,
// the `--json` contract (../shared/CONTRACT.md) and `dealfacts schema` cannot drift apart.
import { z } from "zod";

export const FACT_TYPES = ["money", "percent", "date", "org", "quote", "duration", "quantity"] as const;
export const FactType = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactType>;

/** Hedges kept from the text ("more than", "up to", "about") without changing the number. */
const qualifier = z.string().optional();

export const MoneyValue = z.looseObject({
  amount: z.number(),
  currency: z.string().nullable(),
  max: z.number().optional(),
  qualifier,
});
export const PercentValue = z.looseObject({ value: z.number(), max: z.number().optional(), qualifier });
export const DateValue = z.looseObject({
  iso: z.string().nullable(),
  inferred: z.boolean().optional(),
  qualifier,
});
export const OrgValue = z.looseObject({ name: z.string() });
export const QuoteValue = z.looseObject({
  text: z.string(),
  speaker: z.string().nullable(),
  role: z.string().optional(),
});
export const DurationValue = z.looseObject({ iso: z.string().nullable(), qualifier });
export const QuantityValue = z.looseObject({ amount: z.number(), unit: z.string(), max: z.number().optional(), qualifier });

export const FactValue = z.union([MoneyValue, PercentValue, DateValue, OrgValue, QuoteValue, DurationValue, QuantityValue]);

export const Fact = z.looseObject({
  type: FactType,
  /** Exactly `decodedSourceText.slice(start, end)`. */
  text: z.string(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based line of `start` in the decoded source text. */
  line: z.number().int().positive(),
  value: z.record(z.string(), z.unknown()),
  /** Id of the rule that produced the fact, so a wrong fact can be traced to its rule. */
  rule: z.string(),
  /** Deal fields this fact is a claim on (filled by the field tagger), with the cue words that tied it. */
  fields: z.array(z.string()).optional(),
  cues: z.record(z.string(), z.array(z.string())).optional(),
  /** Fields on which the fact is a move down ("fell 4%"): its claim there is negative. */
  down: z.array(z.string()).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const SourceFormat = z.enum(["text", "markdown", "html", "jsonl"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const SourceEntry = z.looseObject({
  id: z.string(),
  path: z.string(),
  published: z.string().nullable(),
  /** Where `published` came from: the source's own text, its metadata, the JSONL record, or --ref-date. */
  publishedFrom: z.enum(["text", "meta", "jsonl", "ref-date"]).nullable().optional(),
  title: z.string().nullable(),
  format: SourceFormat,
  chars: z.number().int().nonnegative().optional(),
  /**
   * Where `published` is null but the dateline gives a day without a year ("Sept 8 (Wire) -"): that
   * day as "--MM-DD". The record takes its year from the other sources of the deal.
   */
  datelineDay: z.string().regex(/^--\d{2}-\d{2}$/).optional(),
  /** The weekday the dateline gives its day, where it names one ("Saturday, October 25"): "Saturday". */
  datelineWeekday: z.string().optional(),
  /**
   * Where `published` is null: the day the source's relative dates were read against, inferred from
   * the other sources of its deal (merge/record.ts), and how: its dateline's day, its own relative
   * announcement day aligned with theirs, or the middle of their publication days. Only in the
   * document (`--json`, `merge`), never in streamed NDJSON.
   */
  dateInferred: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), from: z.enum(["dateline", "announcement", "deal"]) }).optional(),
  /** Per-source deal summary (parties and the like) that the record is built from. */
  deal: z.record(z.string(), z.unknown()).optional(),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const ErrorEntry = z.looseObject({ source: z.string(), reason: z.string() });
export type ErrorEntry = z.infer<typeof ErrorEntry>;

export const Claim = z.looseObject({
  source: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int().optional(),
  value: z.record(z.string(), z.unknown()),
  type: FactType.optional(),
});
export type Claim = z.infer<typeof Claim>;

export const RecordField = z.looseObject({
  value: z.record(z.string(), z.unknown()).nullable(),
  text: z.string().nullable(),
  sources: z.array(z.string()),
  conflict: z.boolean(),
  claims: z.array(Claim),
});
export type RecordField = z.infer<typeof RecordField>;

export const Party = z.looseObject({
  name: z.string(),
  role: z.string().optional(),
  sources: z.array(z.string()),
});
export type Party = z.infer<typeof Party>;

export const DealRecord = z.looseObject({
  parties: z.array(Party),
  fields: z.record(z.string(), RecordField),
  sources: z.array(z.string()).optional(),
});
export type DealRecord = z.infer<typeof DealRecord>;

export const ExtractDocument = z.looseObject({
  version: z.literal(1),
  sources: z.array(SourceEntry),
  facts: z.array(Fact),
  record: DealRecord,
  records: z.array(DealRecord),
  errors: z.array(ErrorEntry),
});
export type ExtractDocument = z.infer<typeof ExtractDocument>;

export const DiffDocument = RecordField.extend({ field: z.string(), silent: z.array(z.string()) });
export type DiffDocument = z.infer<typeof DiffDocument>;

export const EMPTY_RECORD: DealRecord = { parties: [], fields: {} };
