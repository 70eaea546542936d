// A short article of our own, with the facts the early extractors find in it, for a lane's "tag"
// worker (pool.ts, worker.ts) to run its stage on once while it waits for its first source. The
// first source a thread sees is slow: its rules and their automata are compiled, compromise's
// lexicon is loaded, its code is cold (about 0.4 s on a 2-core machine). In a lane that source
// reaches the tag worker only once the read worker has paid the same for its own stage, so the tag
// worker pays for its stage meanwhile, on a core that would otherwise idle, and the first result
// comes out that much sooner. Nothing of the sample reaches any output: every cache the stage
// fills holds pure functions of their keys.
import type { RawFact } from "../extract/types.js";
import type { ReadSource } from "./extract-source.js";

export const WARM_PUBLISHED = "2025-01-06";

export const WARM_TEXT =
  "Acme Corp agreed on Monday to buy Borealis Ltd for $1.2 billion in cash, the companies said.\n\n" +
  'Shares of Borealis rose 12% to $40.50 in New York. "This is a great day for our customers," said ' +
  "Jane Smith, chief executive of Acme. The deal is expected to close in the first half of 2026, " +
  "Reuters reported.\n";

/** The fact of `type` on the n-th occurrence of `text` in the sample. */
function at(type: RawFact["type"], text: string, value: Record<string, unknown>, rule: string, nth = 0): RawFact {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = WARM_TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`warm.ts: "${text}" is not in the sample`);
  return { type, start, end: start + text.length, value, rule };
}

/** What extractEarly finds in WARM_TEXT (test/warm.test.ts keeps the two in step), in its order. */
export const WARM_EARLY: readonly RawFact[] = [
  at("money", "$1.2 billion", { amount: 1_200_000_000, currency: "USD" }, "money.symbol-amount"),
  at("money", "$40.50", { amount: 40.5, currency: "USD" }, "money.symbol-amount"),
  at("percent", "12%", { value: 12 }, "percent.symbol"),
  at("date", "Monday", { iso: WARM_PUBLISHED }, "date.weekday"),
  at("date", "first half of 2026", { iso: "2026-H1" }, "date.half-words"),
  at("org", "Acme Corp", { name: "Acme" }, "org.suffix"),
  at("org", "Borealis Ltd", { name: "Borealis" }, "org.suffix"),
  at("org", "Borealis", { name: "Borealis" }, "org.alias", 1),
  at("org", "Acme", { name: "Acme" }, "org.role-of", 1),
  at("org", "Reuters", { name: "Reuters" }, "org.gazetteer"),
];

/** The sample as the read stage hands it on (a fresh copy: the stage may not be handed shared data). */
export function warmSource(): ReadSource {
  return {
    source: { id: "warm-up", path: "warm-up", published: WARM_PUBLISHED, publishedFrom: "text", title: null, format: "text", chars: WARM_TEXT.length },
    text: WARM_TEXT,
    early: WARM_EARLY.map((f) => ({ ...f, value: { ...f.value } })),
    rawText: null,
    startMap: null,
    endMap: null,
    furniture: [],
  };
}
