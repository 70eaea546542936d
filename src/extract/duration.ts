// STUB: replaced by the real duration extractor.
import type { Extractor } from "./types.js";

export const durationExtractor: Extractor = {
  name: "duration",
  types: ["duration"],
  extract: () => [],
};
