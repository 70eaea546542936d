// STUB: replaced by the real org extractor.
import type { Extractor } from "./types.js";

export const orgExtractor: Extractor = {
  name: "org",
  types: ["org"],
  extract: () => [],
};
