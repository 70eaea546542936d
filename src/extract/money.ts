// STUB: replaced by the real money extractor.
import type { Extractor } from "./types.js";

export const moneyExtractor: Extractor = {
  name: "money",
  types: ["money"],
  extract: () => [],
};
