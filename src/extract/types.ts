// The contract between the pipeline and every extractor. Extractors read the clean text of one
// source and return plain data with offsets into that text; the pipeline maps them to raw offsets.
import type { FactType } from "../model.js";

export interface RawFact {
  type: FactType;
  /** Offsets into ExtractContext.text (the clean text), end exclusive. */
  start: number;
  end: number;
  value: Record<string, unknown>;
  /** Id of the rule that matched, e.g. "money.symbol-amount". */
  rule: string;
}

export interface ExtractContext {
  /** The text to read (HTML already reduced to text). */
  text: string;
  /** The reference date for relative expressions (YYYY-MM-DD), or null: then they stay unresolved. */
  refDate: string | null;
  /**
   * The reference date is the source's publication day (its own date line, HTML metadata, a JSONL
   * field), not a day the user gave: a stamp that may be a time zone off the writer's day, so a
   * bare weekday one day after it is that next day ("said Wednesday" in a story stamped Tuesday).
   */
  refPublished?: boolean;
  sourceId: string;
  /** Facts found by the extractors that ran before this one, in run order. */
  found: readonly RawFact[];
}

export interface Extractor {
  /** Module name, e.g. "money". */
  name: string;
  /** Fact types this extractor emits. */
  types: readonly FactType[];
  extract(ctx: ExtractContext): RawFact[];
}
