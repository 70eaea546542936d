// STUB: replaced by the real quote extractor.
import type { Extractor } from "./types.js";

export const quoteExtractor: Extractor = {
  name: "quote",
  types: ["quote"],
  extract: () => [],
};
