// Organisations: canonical names, one name per organisation per source, and what is not an organisation.
import { describe, expect, it } from "vitest";
import { canonical, extractOrgs, nameKey } from "../src/extract/org.js";

const names = (text: string) => [...new Set(extractOrgs(text).map((f) => f.value.name))].sort();

describe("canonical names", () => {
  it("strips corporate suffixes, possessives and a leading article", () => {
    expect(canonical("Harrowgate Foods Inc.")).toBe("Harrowgate Foods");
    expect(canonical("Harrowgate Foods, Ltd")).toBe("Harrowgate Foods");
    expect(canonical("The Pellmore Group")).toBe("Pellmore Group");
  });
  it("resolves gazetteer aliases to one name", () => {
    expect(canonical("Amazon.com Inc.")).toBe("Amazon");
    expect(canonical("AWS")).toBe("Amazon Web Services");
    expect(canonical("NVIDIA")).toBe("Nvidia");
  });
  it("keys ignore case, hyphens and curly apostrophes", () => {
    expect(nameKey("Coca-Cola")).toBe(nameKey("coca cola"));
  });
});

describe("one canonical name per organisation per source", () => {
  it("resolves a definition, a possessive and a short form to the full name", () => {
    const text =
      "Dunmore Analytics Holdings (DAH) agreed to buy Telvane. DAH will pay cash, and Dunmore's shares rose. " +
      "Telvane, a software company based in Leeds, said staff would stay.";
    const facts = extractOrgs(text);
    const byText = Object.fromEntries(facts.map((f) => [text.slice(f.start, f.end), f.value.name]));
    expect(byText["DAH"]).toBe("Dunmore Analytics Holdings");
    expect(byText["Dunmore"]).toBe("Dunmore Analytics Holdings");
    expect(names(text)).toEqual(["Dunmore Analytics Holdings", "Telvane"]);
  });
  it("finds the same organisation under the same name in two differently written sources", () => {
    const a = names("Ravelstone Capital LLC led the round.");
    const b = names("The round was led by Ravelstone Capital, the investor said.");
    expect(a).toEqual(["Ravelstone Capital"]);
    expect(b).toEqual(a);
  });
  it("every fact carries a rule id and exact offsets", () => {
    const text = "Orlith Labs and Microsoft signed a deal; Orlith Labs’ stock rose.";
    for (const f of extractOrgs(text)) {
      expect(f.rule).toMatch(/^org\.[a-z-]+$/);
      expect(text.slice(f.start, f.end).length).toBe(f.end - f.start);
    }
    expect(names(text)).toEqual(["Microsoft", "Orlith Labs"]);
  });
});

describe("not organisations", () => {
  it("people, places, months, weekdays, products and headings", () => {
    const text =
      "Breaking Ground in the Cloud\nMarisa Quentin said on Tuesday in Chicago that ChatGPT and GB200 chips matter. " +
      "Quentin added that January would be busy. CEO Harlan Voss agreed.";
    expect(names(text)).toEqual([]);
  });
  it("a list with a known organisation does not make its people or places organisations", () => {
    expect(names("Talks between Acme Holdings, Lisbon and Maria Costa stalled, and Acme Holdings and Jordan Reyes declined to comment.")).toEqual(["Acme Holdings"]);
  });
  it("the rest of a run after a known name is its product, not a list member", () => {
    expect(names("Apple Music and Spotify compete with Acme Holdings.")).toEqual(["Acme Holdings", "Spotify"]);
  });
  it("a title-case headline verb is not part of a name", () => {
    const text = "Pellhaven and Corvine Forge $2bn Alliance: What Comes Next?\nPellhaven said the deal closes in May. Corvine confirmed it.";
    expect(names(text)).toEqual(["Corvine", "Pellhaven"]);
  });
  it("does not read a sentence-initial common word as a name", () => {
    expect(names("Meanwhile, growth slowed. Growth said nothing about the future.")).toEqual([]);
  });
  it("reads long runs of capitalised words and connectors without treating them as one name", () => {
    const long = "Acme ".repeat(2000) + "and " + "Of ".repeat(2000) + "Holdings";
    expect(extractOrgs(long).every((f) => f.end - f.start < 200)).toBe(true);
  });
});
