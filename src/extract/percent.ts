// STUB: replaced by the real percent extractor.
import type { Extractor } from "./types.js";

export const percentExtractor: Extractor = {
  name: "percent",
  types: ["percent"],
  extract: () => [],
};
