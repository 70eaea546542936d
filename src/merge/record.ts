// STUB: replaced by the record builder (consensus, conflicts, several deals).
import type { DealRecord, Fact, SourceEntry } from "../model.js";

/**
 * Build one record per deal from source entries and the facts that are claims on fields.
 * Must depend only on the set of inputs, not their order (merge is associative and commutative).
 */
export function buildRecords(_sources: readonly SourceEntry[], _claims: readonly Fact[]): DealRecord[] {
  return [{ parties: [], fields: {} }];
}
