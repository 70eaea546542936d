// STUB: replaced by the real quantity extractor.
import type { Extractor } from "./types.js";

export const quantityExtractor: Extractor = {
  name: "quantity",
  types: ["quantity"],
  extract: () => [],
};
