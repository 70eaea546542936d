// STUB: replaced by the field tagger (which facts are claims on which deal field).
import type { RawFact } from "../extract/types.js";

export interface FieldTag {
  fields: string[];
  cues: Record<string, string[]>;
}

/** For each fact (same order), the deal fields it is a claim on, with the cue words that tied it. */
export function tagFields(_text: string, facts: readonly RawFact[]): (FieldTag | null)[] {
  return facts.map(() => null);
}

/** Per-source deal summary (parties and the like) kept on the source entry. */
export function summarizeSource(_text: string, _facts: readonly RawFact[]): Record<string, unknown> {
  return {};
}
