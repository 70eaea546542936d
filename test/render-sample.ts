// A small document of our own writing, with facts placed by hand (not by the extractors), so the
// renderers can be tested whatever state the extractors are in. Texts hold what breaks renderers:
// commas, quotes, "|", newlines inside a fact, markup characters, non-ASCII.
import type { ExtractDocument, Fact, SourceFormat } from "../src/model.js";

export const WIRE = [
  "Acme Robotics to buy Birchwood Labs",
  "Acme Robotics agreed to buy Birchwood Labs for $1.2 billion, the companies said on Monday.",
  "Shares of Acme rose 4.7% in early trading | a \"strong\" start, <b>analysts</b> said.",
  "\u201cThis gives us scale,\nquickly,\u201d said chief executive Dana Ruiz.",
].join("\n");

export const PAGE = "<html><head><title>Acme buys Birchwood</title><style>p{color:red}</style></head><body>" +
  "<p>Acme &amp; partners will pay <strong>$1.5 billion</strong> for Birchwood, a seven-year plan.</p>" +
  "<p>Talks began in March 2025 &mdash; about 1,200 staff move over.</p></body></html>";

function at(text: string, needle: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`sample: ${needle} not found`);
  return [i, i + needle.length];
}
function lineOf(text: string, off: number): number {
  return text.slice(0, off).split("\n").length;
}
function fact(source: string, text: string, needle: string, type: Fact["type"], value: Record<string, unknown>, rule: string, extra: Partial<Fact> = {}): Fact {
  const [start, end] = at(text, needle);
  return { type, text: text.slice(start, end), source, start, end, line: lineOf(text, start), value, rule, ...extra };
}

export function sampleTexts(): Map<string, { raw: string; format: SourceFormat }> {
  return new Map([
    ["acme/wire.txt", { raw: WIRE, format: "text" as const }],
    ["acme/page.html", { raw: PAGE, format: "html" as const }],
  ]);
}

export function sampleDoc(): ExtractDocument {
  const w = "acme/wire.txt";
  const p = "acme/page.html";
  const facts: Fact[] = [
    fact(w, WIRE, "Acme Robotics", "org", { name: "Acme Robotics" }, "org.suffix"),
    fact(w, WIRE, "$1.2 billion", "money", { amount: 1.2e9, currency: "USD" }, "money.symbol-scale", { fields: ["value"], cues: { value: ["buy", "for"] } }),
    fact(w, WIRE, "Monday", "date", { iso: "2025-11-03" }, "date.weekday", { fields: ["announced"], cues: { announced: ["said"] } }),
    fact(w, WIRE, "4.7%", "percent", { value: 4.7 }, "percent.symbol", { fields: ["stock"], cues: { stock: ["shares", "rose"] } }),
    fact(w, WIRE, "\u201cThis gives us scale,\nquickly,\u201d", "quote", { text: "This gives us scale,\nquickly,", speaker: "Dana Ruiz", role: "chief executive" }, "quote.curly"),
    fact(p, PAGE, "$1.5 billion", "money", { amount: 1.5e9, currency: "USD" }, "money.symbol-scale", { fields: ["value"], cues: { value: ["pay", "for"] } }),
    fact(p, PAGE, "seven-year", "duration", { iso: "P7Y" }, "duration.hyphen", { fields: ["term"], cues: { term: ["plan"] } }),
    fact(p, PAGE, "March 2025", "date", { iso: "2025-03" }, "date.month-year"),
    fact(p, PAGE, "about 1,200 staff", "quantity", { amount: 1200, unit: "staff", qualifier: "about" }, "quantity.count"),
  ];
  const claim = (f: Fact) => ({ source: f.source, text: f.text, start: f.start, end: f.end, line: f.line, value: f.value, type: f.type });
  const record = {
    parties: [{ name: "Acme Robotics", role: "buyer", sources: [w, p] }, { name: "Birchwood Labs", role: "target", sources: [w, p] }],
    fields: {
      value: { value: facts[1]!.value, text: facts[1]!.text, sources: [w], conflict: true, claims: [claim(facts[1]!), claim(facts[5]!)] },
      term: { value: facts[6]!.value, text: facts[6]!.text, sources: [p], conflict: false, claims: [claim(facts[6]!)] },
      announced: { value: facts[2]!.value, text: facts[2]!.text, sources: [w], conflict: false, claims: [claim(facts[2]!)] },
      stock: { value: facts[3]!.value, text: facts[3]!.text, sources: [w], conflict: false, claims: [claim(facts[3]!)] },
    },
  };
  return {
    version: 1,
    sources: [
      { id: p, path: `x/${p}`, published: "2025-11-04", title: "Acme buys Birchwood", format: "html" },
      { id: w, path: `x/${w}`, published: "2025-11-03", title: "Acme Robotics to buy Birchwood Labs", format: "text" },
    ],
    facts: [...facts.filter((f) => f.source === p), ...facts.filter((f) => f.source === w)],
    record,
    records: [record],
    errors: [],
  };
}
