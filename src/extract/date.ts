// STUB: replaced by the real date extractor.
import type { Extractor } from "./types.js";

export const dateExtractor: Extractor = {
  name: "date",
  types: ["date"],
  extract: () => [],
};
