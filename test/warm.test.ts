// The sample a lane's tag worker warms up on (src/pipeline/warm.ts) must be what the read stage
// would hand it: the early extractors' facts on its text, so the warm-up runs the code and
// compiles the rules a real source does.
import { describe, expect, it } from "vitest";
import { extractEarly } from "../src/extract/index.js";
import { tagSource } from "../src/pipeline/extract-source.js";
import { WARM_EARLY, WARM_PUBLISHED, WARM_TEXT, warmSource } from "../src/pipeline/warm.js";

describe("warm-up sample", () => {
  it("holds exactly the facts the early extractors find in its text", () => {
    const early = extractEarly(WARM_TEXT, { refDate: WARM_PUBLISHED, sourceId: "warm-up" });
    const key = (f: (typeof early)[number]) => `${f.type} ${f.start}-${f.end} ${f.rule} ${JSON.stringify(f.value)}`;
    expect(WARM_EARLY.map(key)).toEqual(early.map(key));
  });

  it("spans its facts' words", () => {
    expect(WARM_EARLY.map((f) => WARM_TEXT.slice(f.start, f.end))).toEqual(["$1.2 billion", "$40.50", "12%", "Monday", "first half of 2026", "Acme Corp", "Borealis Ltd", "Borealis", "Acme", "Reuters"]);
  });

  it("runs the whole tag stage: claims on the deal's fields and a summary with both parties", () => {
    const { facts, source } = tagSource(warmSource());
    const claims = Object.fromEntries(facts.filter((f) => f.fields?.length).map((f) => [f.text, f.fields]));
    expect(claims).toEqual({ Monday: ["announced"], "$1.2 billion": ["value"], "12%": ["stock"], "$40.50": ["stock"], "first half of 2026": ["expected_close"] });
    expect(facts.some((f) => f.type === "quote" && (f.value as { speaker?: string }).speaker === "Jane Smith")).toBe(true);
    const parties = (source.deal as { parties: { name: string }[] }).parties.map((p) => p.name);
    expect(parties).toEqual(["Acme", "Borealis"]);
  });

  it("hands out a fresh copy each time", () => {
    const a = warmSource();
    (a.early[0]!.value as { amount: number }).amount = 1;
    expect((warmSource().early[0]!.value as { amount: number }).amount).toBe(1_200_000_000);
  });
});
