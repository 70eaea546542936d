// A source's own publication date comes from its header lines, or from a labelled publication line anywhere.
import { describe, expect, it } from "vitest";
import { findDatelineDay, findPublished } from "../src/pipeline/published.js";

const prose = "The two companies said the agreement, which still needs the approval of regulators in several countries, would be financed with cash on hand and new debt, and would close within months.";

describe("findPublished", () => {
  it("reads a dateline opening the first paragraph", () => {
    expect(findPublished(`Harbor buys Lumen\nPORTLAND, Ore., March 9, 2026 - ${prose}`)).toBe("2026-03-09");
  });
  it("reads a byline or a date line of its own", () => {
    expect(findPublished("A headline\nBy A. Writer | November 3, 2025\n" + prose)).toBe("2025-11-03");
    expect(findPublished("A headline\n2025-11-04\n" + prose)).toBe("2025-11-04");
    expect(findPublished("A headline\nPublished: 2025-11-04T08:00:00Z\n" + prose)).toBe("2025-11-04");
  });
  it("reads a date that fills its own segment of a long header line cut by · or |", () => {
    const tagline = "*Merger arbitrage, one deal at a time, from a research house with a long name*";
    expect(findPublished(`# The Spread Sheet · No. 63\n\n${tagline} · Tuesday 27 October 2026 · By Ansel Pruitt-Okafor\n\n${prose}`)).toBe("2026-10-27");
    expect(findPublished(`# A headline\n\n${tagline} in which the company said on 27 October 2026 that it would buy a rival for cash\n\n${prose}`)).toBe(null);
  });
  it("ignores the whole site's date in a masthead, and reads the story's own after it", () => {
    expect(findPublished(`Site last updated: Saturday, June 21, 2025\n\nLog In\n\nAlder to buy Birch\n\n${prose}`)).toBeNull();
    expect(findPublished(`Website updated: June 21, 2025\nBy A. Writer | November 3, 2025\n${prose}`)).toBe("2025-11-03");
    expect(findPublished(`A headline\nLast updated: June 21, 2025\n${prose}`)).toBe("2025-06-21");
  });
  it("reads the day in a page's address at the top of a saved text, where no date line is given", () => {
    expect(findPublished(`Source: https://news.example.com/business/2018/04/09/alder-buys-birch/\n\nAlder buys Birch\n${prose}`)).toBe("2018-04-09");
    expect(findPublished(`https://example.org/content_html/2018-04-09/d96b981d.html\nAlder buys Birch\n${prose}`)).toBe("2018-04-09");
    // A date line wins over the address; a year and month alone, or no real day, say nothing.
    expect(findPublished(`Source: https://news.example.com/2018/04/09/alder/\n\ndate 2018-05-04\n${prose}`)).toBe("2018-05-04");
    expect(findPublished(`Source: https://news.example.com/2018/04/alder-buys-birch/\n\nAlder buys Birch\n${prose}`)).toBeNull();
    expect(findPublished(`Source: https://news.example.com/2018/02/30/alder/\n\nAlder buys Birch\n${prose}`)).toBeNull();
    // An address in the body is another page's.
    expect(findPublished(`Alder buys Birch\n${prose}\nhttps://news.example.com/2018/04/09/other/\n${prose}`)).toBeNull();
  });
  it("ignores a date deep in the body", () => {
    expect(findPublished(`A headline\n${prose}\nThe deal was announced on November 2, 2025, in a filing.`)).toBeNull();
    expect(findPublished(`A headline\n${prose} It was announced on November 2, 2025.`)).toBeNull();
  });
  it("ignores a photo caption's date, and reads the date line after it", () => {
    expect(findPublished(`Snack maker to buy cereal group\nChocolate bars are seen in this picture illustration taken Feb. 23, 2016. (Wire Photo)\n\n${prose}`)).toBeNull();
    expect(findPublished(`A headline\nFILE PHOTO: The company's logo, March 3, 2021\nBy A. Writer | November 3, 2025\n${prose}`)).toBe("2025-11-03");
    expect(findPublished(`A headline\nThe plant, pictured on June 4, 2019 (Photo: Agency)\n${prose}`)).toBeNull();
  });
  it("ignores a wire photo's credited caption, and reads the dateline after it", () => {
    const caption = "The company's logo is seen at its headquarters in Oslo, Norway June 14, 2018. WIRE/Kari Nordmann/File Photo";
    expect(findPublished(`${caption}\n\nOSLO, November 22, 2021 - ${prose}`)).toBe("2021-11-22");
    expect(findPublished(`A headline\nA trader works on the floor, May 2, 2019. REUTERS/Jane Roe\n${prose}`)).toBeNull();
    expect(findDatelineDay(`${caption}\n\nOSLO, Nov 22 (Wire) - ${prose}`)).toEqual({ day: "--11-22", weekday: null });
    // A date line that is no caption still counts.
    expect(findPublished(`A headline\nBy A. Writer, Reuters | June 14, 2018\n${prose}`)).toBe("2018-06-14");
  });
  it("reads the byline's date under a standfirst, but no sentence and no second paragraph", () => {
    const dek = "The buyer says the deal will strengthen its payment network and deliver industry-leading products and value across consumers, small businesses and merchants alike.";
    expect(findPublished(`A headline\n\n${dek}\n\nAnna Writer\nFebruary 20, 2024\n\n${prose}`)).toBe("2024-02-20");
    expect(findPublished(`A headline\n\n${dek}\n\nWIRE\n\nUpdated:May 9, 2018, 10:23 PM IST\n\n${prose}`)).toBe("2018-05-09");
    // A sentence under the standfirst is the body: its date is an event's.
    expect(findPublished(`A headline\n\n${dek}\n\nThe deal was announced on November 2, 2025.\n\n${prose}`)).toBeNull();
    expect(findPublished(`A headline\n\nThe deal was announced on November 2, 2025.\n\n${prose}`)).toBeNull();
    // Two paragraphs of prose: the header is over.
    expect(findPublished(`A headline\n\n${dek}\n\n${prose}\n\nFebruary 20, 2024\n`)).toBeNull();
  });
  it("reads no dateline from a sentence that names a day after a few words", () => {
    const line = "Chipmaker share prices Thursday September 18, 2025 jumped by over 23%, marking the biggest single-day increase since 1987";
    expect(findPublished(`A headline\n${line}\n\nSaturday September 20, 2025 11:46 PM\n\n${prose}`)).toBe("2025-09-20");
    expect(findPublished(`A headline\nNew York, United States — November 3, 2025 | 11:33pm CET\n${prose}`)).toBe("2025-11-03");
  });
  it("ignores a caption's 'undated picture made available on' date", () => {
    expect(findPublished(`A headline\nAn undated picture made available on Nov. 2, 2016 shows the main office of the company in Seoul.\n${prose}`)).toBeNull();
  });
  it("ignores the signature line of an embedded post", () => {
    expect(findPublished("A headline\n— Some Company (@someco) November 3, 2025\n" + prose)).toBeNull();
  });
  it("reads a labelled publication line anywhere in the page, but no 'Updated:' line and no labelled prose", () => {
    const body = `A headline\n\n${prose}\n\n${prose}\n\n`;
    expect(findPublished(`${body}First Published: Dec 03, 2018 17:19 IST\n`)).toBe("2018-12-03");
    expect(findPublished(`${body}First Published: Mon, December 03 2018. 14:54 IST\n`)).toBe("2018-12-03");
    expect(findPublished(`${body}Posted on March 4, 2022\n`)).toBe("2022-03-04");
    expect(findPublished(`${body}Updated: Dec 05, 2018 09:00 IST\n`)).toBeNull();
    expect(findPublished(`${body}The report was published on March 3, 2020 by the agency.\n`)).toBeNull();
    expect(findPublished(`${body}Published on March 3, 2020, the regulator's review found that the two companies had overlapping businesses in several markets.\n`)).toBeNull();
  });
  it("never takes a date whose year it had to guess", () => {
    expect(findPublished("LONDON, March 9 (Wire) - " + prose)).toBeNull();
  });
});

describe("findDatelineDay", () => {
  it("keeps the day of a dateline without a year, and nothing from the body", () => {
    expect(findDatelineDay("A headline\n\nSAN FRANCISCO, Sept 8 (Wire) - " + prose)).toEqual({ day: "--09-08", weekday: null });
    expect(findDatelineDay("LONDON, 14 April (Wire) - " + prose)).toEqual({ day: "--04-14", weekday: null });
    expect(findDatelineDay(`A headline\n${prose}\nOn March 9 the deal closed.`)).toBeNull();
    expect(findDatelineDay("A headline\nBy A. Writer\n" + prose)).toBeNull();
  });

  it("keeps the weekday a yearless date line gives its day", () => {
    expect(findDatelineDay("A headline\n\nSaturday, October 25\n\n" + prose)).toEqual({ day: "--10-25", weekday: "Saturday" });
    expect(findDatelineDay("A headline\n\nTue., Dec. 1\n\n" + prose)).toEqual({ day: "--12-01", weekday: "Tue" });
    // A month is no weekday.
    expect(findDatelineDay("A headline\n\nMarch 9\n\n" + prose)).toEqual({ day: "--03-09", weekday: null });
  });
});


describe("a source's own stamp against a day the user gave", () => {
  it("reads a bare weekday the day after its own stamp as that day, but not the day after --ref-date", async () => {
    const { extractSource } = await import("../src/pipeline/extract-source.js");
    const body = "Arbel Foods said Wednesday it would buy Quarry Mills for $2 billion.";
    const weekday = (r: ReturnType<typeof extractSource>) => r.facts.find((f) => f.type === "date" && f.text === "Wednesday")?.value.iso;
    // 2025-11-04 is a Tuesday.
    expect(weekday(extractSource({ id: "a", path: "a", format: "text", text: `2025-11-04\n${body}` }))).toBe("2025-11-05");
    expect(weekday(extractSource({ id: "b", path: "b", format: "text", text: body }, { refDate: "2025-11-04" }))).toBe("2025-10-29");
  });
});
