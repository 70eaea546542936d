// Runs every example corpus in test/corpus/ (one per extractor, Duckling-style: positives with exact
// spans and values, and negatives that must yield nothing) through the real extraction pipeline.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { EXTRACTORS, extractAll } from "../src/extract/index.js";
import { FactType } from "../src/model.js";

const Expected = z.object({ type: FactType, text: z.string(), start: z.number().int(), end: z.number().int(), value: z.record(z.string(), z.unknown()).optional() });
const Corpus = z.object({
  extractor: z.string(),
  positives: z.array(z.object({ text: z.string(), refDate: z.string().nullable().optional(), facts: z.array(Expected).min(1), note: z.string().optional() })),
  negatives: z.array(z.object({ text: z.string(), refDate: z.string().nullable().optional(), types: z.array(FactType).optional(), note: z.string().optional() })),
});
type Corpus = z.infer<typeof Corpus>;

const dir = join(import.meta.dirname, "corpus");
const corpora: [string, Corpus][] = readdirSync(dir)
  .filter((f) => f.endsWith(".corpus.json"))
  .map((f) => [f, Corpus.parse(JSON.parse(readFileSync(join(dir, f), "utf8")))]);

/** Expected value keys must match exactly; extra keys in the extracted value are allowed. */
function valueMatches(want: Record<string, unknown> | undefined, got: Record<string, unknown>): boolean {
  if (!want) return true;
  return Object.entries(want).every(([k, v]) => (typeof v === "number" && typeof got[k] === "number" ? Math.abs((got[k] as number) - v) <= 1e-9 * Math.max(1, Math.abs(v)) : JSON.stringify(got[k]) === JSON.stringify(v)));
}

describe("every extractor has a corpus with positives and negatives", () => {
  for (const ex of EXTRACTORS) {
    it(ex.name, () => {
      const mine = corpora.filter(([, c]) => c.extractor === ex.name).map(([, c]) => c);
      expect(mine.length, `test/corpus/${ex.name}.corpus.json is missing`).toBeGreaterThan(0);
      expect(mine.reduce((n, c) => n + c.positives.length, 0)).toBeGreaterThan(0);
      expect(mine.reduce((n, c) => n + c.negatives.length, 0)).toBeGreaterThan(0);
    });
  }
});

for (const [file, corpus] of corpora) {
  describe(file, () => {
    for (const [i, p] of corpus.positives.entries()) {
      it(`positive ${i + 1}: ${JSON.stringify(p.text.slice(0, 70))}`, () => {
        const got = extractAll(p.text, { refDate: p.refDate ?? null, sourceId: "corpus" });
        for (const want of p.facts) {
          expect(p.text.slice(want.start, want.end), "the corpus case itself: text must equal the span").toBe(want.text);
          const hit = got.find((g) => g.type === want.type && g.start === want.start && g.end === want.end);
          expect(hit, `no ${want.type} at [${want.start},${want.end}) ${JSON.stringify(want.text)}; got ${JSON.stringify(got.filter((g) => g.type === want.type).map((g) => [p.text.slice(g.start, g.end), g.start, g.end, g.value]))}`).toBeDefined();
          expect(valueMatches(want.value, hit!.value), `value of ${JSON.stringify(want.text)}: want ${JSON.stringify(want.value)}, got ${JSON.stringify(hit!.value)}`).toBe(true);
        }
      });
    }
    for (const [i, n] of corpus.negatives.entries()) {
      it(`negative ${i + 1}: ${JSON.stringify(n.text.slice(0, 70))}`, () => {
        const types = new Set(n.types ?? [corpus.extractor]);
        const got = extractAll(n.text, { refDate: n.refDate ?? null, sourceId: "corpus" }).filter((g) => types.has(g.type));
        expect(got.map((g) => [g.type, n.text.slice(g.start, g.end), g.value])).toEqual([]);
      });
    }
  });
}
