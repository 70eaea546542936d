// The date extractor's behaviour beyond the example corpus: calendar arithmetic in UTC, the
// reference-date conventions of news, rules carried on facts, and rules that stay linear.
import { describe, expect, it } from "vitest";
import { dateExtractor, dateRuleIds, dateRulePatterns } from "../src/extract/date.js";
import { addMonths, fromDayNum, isoWeek, isoWeekday, isValidYmd, nearestYearForDay, parseRef, toDayNum } from "../src/extract/date-calendar.js";
import { StartAutomaton } from "../src/extract/start-keys.js";
import { loadRules } from "../src/rules/load.js";
import { DateRulesSchema } from "../src/extract/date.js";

const dates = (text: string, refDate: string | null = null) =>
  dateExtractor.extract({ text, refDate, sourceId: "t", found: [] }).map((f) => ({ text: text.slice(f.start, f.end), ...f.value, rule: f.rule }));

describe("calendar helpers", () => {
  it("rejects impossible days instead of rolling them forward", () => {
    expect(isValidYmd(2025, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2025, 4, 31)).toBe(false);
    expect(parseRef("2025-02-30")).toBeNull();
  });
  it("computes ISO weeks and weekdays across year ends", () => {
    expect(isoWeek(toDayNum(2025, 10, 27))).toBe("2025-W44");
    expect(isoWeek(toDayNum(2024, 12, 30))).toBe("2025-W01");
    expect(isoWeek(toDayNum(2021, 1, 3))).toBe("2020-W53");
    expect(isoWeekday(toDayNum(2025, 11, 3))).toBe(1);
    expect(isoWeekday(toDayNum(2025, 11, 9))).toBe(7);
  });
  it("clamps month arithmetic and picks the nearest year", () => {
    expect(addMonths({ y: 2025, m: 1, d: 31 }, 1)).toEqual({ y: 2025, m: 2, d: 28 });
    expect(addMonths({ y: 2025, m: 1, d: 15 }, -2)).toEqual({ y: 2024, m: 11, d: 15 });
    expect(nearestYearForDay(1, 5, { y: 2025, m: 12, d: 20 })).toBe(2026);
    expect(nearestYearForDay(2, 29, { y: 2025, m: 3, d: 1 })).toBe(2024);
  });
});

describe("day, short month and two-digit year", () => {
  it("reads '31-Oct-24' as one day, not 'Oct-24' as the 24th of October; no longer number after it", () => {
    expect(dates("On 31-Oct-24, Siemens signed the deal.", "2024-11-07")).toMatchObject([{ text: "31-Oct-24", iso: "2024-10-31", rule: "date.day-mon-yy" }]);
    expect(dates("Filed 05-Aug-16.", "2024-11-07")).toMatchObject([{ text: "05-Aug-16", iso: "2016-08-05" }]);
    expect(dates("Part 12-Oct-245 shipped.", "2024-11-07").map((d) => d.rule)).not.toContain("date.day-mon-yy");
  });
});

describe("reference-date conventions", () => {
  it("reads a bare weekday as the latest such day on or before the reference date", () => {
    expect(dates("It was announced Monday.", "2025-11-03")[0]).toMatchObject({ text: "Monday", iso: "2025-11-03" });
    expect(dates("It was announced Sunday.", "2025-11-03")[0]).toMatchObject({ iso: "2025-11-02" });
    expect(dates("It was announced last Monday.", "2025-11-03")[0]).toMatchObject({ iso: "2025-10-27" });
  });
  it("reads a bare weekday the day after a publication stamp as that day (the stamp may be a time zone behind)", () => {
    const stamped = (text: string, refDate: string) =>
      dateExtractor.extract({ text, refDate, refPublished: true, sourceId: "t", found: [] }).map((f) => ({ text: text.slice(f.start, f.end), ...f.value }));
    // 2025-11-04 is a Tuesday: "Wednesday" is the 5th, not the 29th of October.
    expect(stamped("The companies said Wednesday they would merge.", "2025-11-04")[0]).toMatchObject({ text: "Wednesday", iso: "2025-11-05" });
    // Only the next day: "Monday" (two days after a Saturday stamp) is still the Monday before.
    expect(stamped("The companies said Monday they would merge.", "2025-11-01")[0]).toMatchObject({ iso: "2025-10-27" });
    // The same day, and a weekday with "last", as without a stamp.
    expect(stamped("The companies said Tuesday they would merge.", "2025-11-04")[0]).toMatchObject({ iso: "2025-11-04" });
    expect(stamped("The companies said last Wednesday they would merge.", "2025-11-04")[0]).toMatchObject({ iso: "2025-10-29" });
    // A day the user gave (no stamp): the latest on or before it.
    expect(dates("The companies said Wednesday they would merge.", "2025-11-04")[0]).toMatchObject({ iso: "2025-10-29" });
  });
  it("reads a weekday after a name as that name's day only when a verb follows it", () => {
    expect(dates("Nvidia and Intel Corporation Thursday announced a partnership.", "2025-09-20")).toEqual([
      expect.objectContaining({ text: "Thursday", iso: "2025-09-18" }),
    ]);
    expect(dates("Tarnwell Holdings Monday said it would sell.", "2025-09-20")[0]).toMatchObject({ text: "Monday", iso: "2025-09-15" });
    // A weekday inside a name, with no verb after it, is no date.
    expect(dates("Voters turned out for Super Tuesday primaries.", "2025-09-20")).toEqual([]);
    expect(dates("The Term Sheet Tuesday newsletter said so.", "2025-09-20")).toEqual([]);
  });
  it("leaves relative dates unresolved without a reference date, never reading the clock", () => {
    for (const t of ["It happened yesterday.", "It happened last week.", "It closed on Friday.", "It opens in October."]) {
      const got = dates(t);
      expect(got.length, t).toBe(1);
      expect(got[0]!.iso, t).toBeNull();
    }
  });
  it("marks a guessed year as inferred and a written one as read", () => {
    expect(dates("Bids close Jan. 5.", "2025-12-20")[0]).toMatchObject({ iso: "2026-01-05", inferred: true });
    expect(dates("Bids close Jan. 5, 2025.", "2025-12-20")[0]).toMatchObject({ iso: "2025-01-05" });
    expect(dates("Bids close Jan. 5, 2025.", "2025-12-20")[0]!.inferred).toBeUndefined();
  });
  it("gives each value at the precision the text gives", () => {
    const isos = dates("By 2028, in Q3 2024, the second half of 2026, in October 2025, last week, on 2025-11-04.", "2025-11-03").map((d) => d.iso);
    expect(isos).toEqual(["2028", "2024-Q3", "2026-H2", "2025-10", "2025-W44", "2025-11-04"]);
  });
  it("reads the first part of a numeric date over 12 as the day", () => {
    expect(dates("Due 04/11/2025.")[0]!.iso).toBe("2025-04-11");
    expect(dates("Due 14/11/2025.")[0]!.iso).toBe("2025-11-14");
    expect(dates("Due 14/13/2025.")).toEqual([]);
  });
  it("reads an ambiguous numeric date day first where a 24-hour time follows it ('10/07/2025, 09:12'), month first with AM or PM or no time", () => {
    expect(dates("Published 10/07/2025, 09:12")[0]!.iso).toBe("2025-07-10");
    expect(dates("Updated 10/07/2025 14:30 IST")[0]!.iso).toBe("2025-07-10");
    expect(dates("Published 10/07/2025, 9:12 AM")[0]!.iso).toBe("2025-10-07");
    expect(dates("Updated 10/07/2025 02:30 PM IST")[0]!.iso).toBe("2025-10-07");
    expect(dates("Published 10/07/2025.")[0]!.iso).toBe("2025-10-07");
    // A date only one order can read settles it, whatever the clock.
    expect(dates("Published 10/07/2025, 09:12. Due 12/25/2025.").map((d) => d.iso)).toEqual(["2025-10-07", "2025-12-25"]);
  });
});

describe("rules", () => {
  it("carries the id of the rule that matched", () => {
    expect(dates("Signed November 3, 2025 and due by 2028.").map((d) => d.rule)).toEqual(["date.month-day-year", "date.cue-year"]);
  });
  it("loads rules/dates.json through its schema, ids unique", () => {
    const data = loadRules("dates", DateRulesSchema);
    const ids = data.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dateRuleIds()).toEqual(ids);
  });
  it("leaves spans taken by money and percentages alone", () => {
    const text = "It paid $12 December 27 and yields 2.5%.";
    const found = [{ type: "money" as const, start: 8, end: 11, value: { amount: 12, currency: "USD" }, rule: "m" }];
    const got = dateExtractor.extract({ text, refDate: "2025-07-04", sourceId: "t", found });
    expect(got.map((f) => text.slice(f.start, f.end))).toEqual(["December 27"]);
  });
  it("stays fast on long near-misses (no backtracking blow-up)", () => {
    // Not a timing test: the input is large enough that a super-linear rule would not finish.
    const near = ["1".repeat(5000), "May ".repeat(3000), "the end of ".repeat(2000), "11/".repeat(3000), "Monday the ".repeat(2000), "first ".repeat(2000)].join(" ");
    expect(() => dates(near, "2025-11-03")).not.toThrow();
  });
});

describe("speed machinery keeps every match", () => {
  it("day numbers by arithmetic agree with Date, months and days rolling over alike", () => {
    const viaDate = (y: number, m: number, d: number) => {
      const dt = new Date(0);
      dt.setUTCFullYear(y, m - 1, d);
      return Math.round(dt.getTime() / 86_400_000);
    };
    for (let y = 1595; y <= 2405; y += 3) for (let m = -13; m <= 26; m += 1) for (const d of [-31, 0, 1, 28, 29, 30, 31, 32, 400]) {
      expect(toDayNum(y, m, d)).toBe(viaDate(y, m, d));
    }
    for (let n = -200_000; n <= 200_000; n += 7) {
      const dt = new Date(n * 86_400_000);
      expect(fromDayNum(n)).toEqual({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
    }
    expect(isValidYmd(2100, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
  });

  it("the start automaton accepts every position where a rule's full scan finds a match", () => {
    const patterns = dateRulePatterns();
    const auto = new StartAutomaton(patterns);
    const res = patterns.map((p) => new RegExp(p, "gi"));
    const kindOf = (code: number) => (code >= 48 && code <= 57 ? 1 : (code | 32) >= 97 && (code | 32) <= 122 ? 0 : 2);
    const bucketOf = (code: number) => (code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : 128);
    /** The rules the automaton lets try at p. */
    const allowed = (text: string, p: number) => {
      const out = new Set<number>();
      let st = auto.startState[p === 0 ? 2 : kindOf(text.charCodeAt(p - 1))]!;
      for (let q = p; q < text.length; q++) {
        const c = auto.classOf[bucketOf(text.charCodeAt(q))]!;
        const known = auto.next[st * auto.rowWidth + c]!;
        st = known === StartAutomaton.UNKNOWN ? auto.step(st, c) : known;
        if (st === 0) break;
        for (const r of auto.lists[auto.next[st * auto.rowWidth + auto.width]!]!) out.add(r);
      }
      return out;
    };
    // Near-misses and hits of every rule, in odd cases and spacing, with non-ASCII neighbours.
    const words = ["May", "march", "3", "31st", "2025", "11/04/2025", "Q3", "3Q24", "H2", "FY25", "fiscal", "the", "first", "twenty-first",
      "of", "next", "last", "this", "week", "month", "quarter", "half", "year", "ago", "from now", "in", "on", "by", "since", "end of",
      "Monday", "tue.", "weds", "Christmas", "new year's eve", "(2024)", "2026 revenue", "yesterday", "two", "business days", "mid-",
      "Sept.", "2019-sep-1", "20250104", "13.5.2015", "8/31", "é", "’", "\u00a0", "  ", ",", ".", "-", "/", "\n"];
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let checked = 0;
    for (let t = 0; t < 300; t++) {
      let text = "";
      for (let i = 0; i < 30; i++) text += words[rnd(words.length)]! + (rnd(3) ? " " : "");
      res.forEach((re, r) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          re.lastIndex = m.index + 1;
          if (m[0].length === 0) continue;
          expect(allowed(text, m.index).has(r), `${patterns[r]!.slice(0, 40)} at ${m.index} in ${JSON.stringify(text)}`).toBe(true);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe("years and full dates written loosely", () => {
  it("a year after 'in' followed by a conjunction or preposition of cause ('in 2019 due to its costs')", () => {
    expect(dates("The reactor closed in 2019 due to its costs.", "2024-09-20").map((d) => [d.text, d.iso])).toEqual([["2019", "2019"]]);
    expect(dates("In 2018 because of this it fell.", "2024-09-20").map((d) => [d.text, d.iso])).toEqual([["2018", "2018"]]);
    // A count after "in" is still no year.
    expect(dates("The plant sells in 2019 units a day.", "2024-09-20")).toEqual([]);
  });
  it("a year before a reporting noun with one qualifier between, after a superlative or a deal and 'of', or between 'a' and a deal noun", () => {
    const years = (text: string) => dates(text, "2022-11-29").map((d) => [d.text, d.iso, d.rule]);
    expect(years("The price is 9.4 times its estimated 2024 adjusted earnings.")).toEqual([["2024", "2024", "date.year-period-noun"]]);
    expect(years("Savings are based on its 2024 non-interest expense base, per 2019 data.")).toEqual([["2024", "2024", "date.year-period-noun"], ["2019", "2019", "date.year-period-noun"]]);
    expect(years("It is the biggest pharma deal of 2020 and among the largest of 2024.")).toEqual([["2020", "2020", "date.superlative-of-year"], ["2024", "2024", "date.superlative-of-year"]]);
    expect(years("Nvidia joined a 2023 investment round; the 2017 bankruptcy of its unit hurt.")).toEqual([["2023", "2023", "date.the-year-deal"], ["2017", "2017", "date.the-year-deal"]]);
    expect(years("It will spend the money across 2025 and 2026.").map((y) => y[1])).toEqual(["2025", "2026"]);
    expect(years("The crisis of 2008 and 2009 hit it.").map((y) => y[1])).toEqual(["2008", "2009"]);
    // Counts stay counts: a total of 2020 shares, a 2000 employees workforce, the largest of 2020 rivals.
    expect(years("A total of 2020 shares were sold to a 2000 employees workforce.")).toEqual([]);
    expect(years("The biggest of 2020 rivals and an estimated 2024 adjusted tonnes.")).toEqual([]);
  });
  it("a comma with no space before the year ('March 19,2023'), not a thousands group ('March 19,200 people')", () => {
    expect(dates("It was agreed on March 19,2023 in Bern.", "2023-03-21").map((d) => [d.text, d.iso])).toEqual([["March 19,2023", "2023-03-19"]]);
    expect(dates("On March 19,200 people marched.", "2023-03-21").map((d) => d.iso)).not.toContain("2023-03-19");
  });
});

describe("seasons", () => {
  it("a season with a year, or with last/this/next, is that year, the season its qualifier", () => {
    const got = (t: string, ref = "2015-04-09") => dates(t, ref).map((d) => [d.text, d.iso, d.qualifier, d.rule]);
    expect(got("The deal should close in summer 2024.")).toEqual([["summer 2024", "2024", "summer", "date.season"]]);
    expect(got("In the summer of 2023 it grew.")).toEqual([["summer of 2023", "2023", "summer", "date.season"]]);
    // Last summer: the latest summer that has ended by the reference date.
    expect(got("Sales rose last summer.")).toEqual([["last summer", "2014", "summer", "date.season"]]);
    expect(got("Sales rose last summer.", "2024-11-02")).toEqual([["last summer", "2024", "summer", "date.season"]]);
    expect(got("It will close this fall.")).toEqual([["this fall", "2015", "autumn", "date.season"]]);
    expect(got("It expects to close next spring.")).toEqual([["next spring", "2016", "spring", "date.season"]]);
  });
  it("a season alone, and 'fall' as a verb, are no dates", () => {
    expect(dates("Summer is here, and shares fall 2024 points when spring comes.", "2015-04-09")).toEqual([]);
  });
});

describe("a month, a quarter or a part of a year named relative to the source's year", () => {
  it("reads a month (and day) with this, last or next year as one date", () => {
    const ref = "2025-06-10";
    expect(dates("It bought Birch in March last year.", ref)).toMatchObject([{ text: "March last year", iso: "2024-03", rule: "date.month-rel-year" }]);
    expect(dates("In February this year it sold.", ref)).toMatchObject([{ text: "February this year", iso: "2025-02" }]);
    expect(dates("Shares fell in May of this year and in June of last year.", ref)).toMatchObject([{ text: "May of this year", iso: "2025-05" }, { text: "June of last year", iso: "2024-06" }]);
    expect(dates("The talks end December 23 next year, or 5 March next year.", ref)).toMatchObject([{ text: "December 23 next year", iso: "2026-12-23" }, { text: "5 March next year", iso: "2026-03-05" }]);
    // Without a reference date it is left unresolved, not guessed.
    expect(dates("It bought Birch in March last year.")).toMatchObject([{ text: "March last year", iso: null }]);
  });
  it("not a month in lower case ('may', 'march'), nor a day no calendar has", () => {
    const ref = "2025-06-10";
    expect(dates("Regulators may this year block the deal.", ref).map((d) => d.text)).toEqual(["this year"]);
    expect(dates("Investors will march next year.", ref).map((d) => d.text)).toEqual(["next year"]);
    expect(dates("It closes February 30 next year.", ref).map((d) => d.rule)).not.toContain("date.month-rel-year");
  });
  it("reads a quarter of this, next or last year, and the last quarter of a year as its fourth", () => {
    const ref = "2025-06-10";
    expect(dates("The deal should close in the third quarter of next year.", ref)).toMatchObject([{ text: "third quarter of next year", iso: "2026-Q3" }]);
    expect(dates("Sales rose in the first quarter of this year and the fourth quarter of last year.", ref)).toMatchObject([{ text: "first quarter of this year", iso: "2025-Q1" }, { text: "fourth quarter of last year", iso: "2024-Q4" }]);
    expect(dates("It expects to close in the last quarter of 2024.", ref)).toMatchObject([{ text: "last quarter of 2024", iso: "2024-Q4" }]);
    // "Last quarter" alone is the quarter before the source's.
    expect(dates("Last quarter sales rose.", ref)).toMatchObject([{ text: "Last quarter", iso: "2025-Q1", rule: "date.rel-unit" }]);
  });
  it("reads 'late this year' and 'early next year' as halves, as 'late 2024' is; 'later this year' stays the year", () => {
    const ref = "2025-06-10";
    expect(dates("It should close late this year or early next year.", ref)).toMatchObject([
      { text: "late this year", iso: "2025-H2", qualifier: "late" },
      { text: "early next year", iso: "2026-H1", qualifier: "early" },
    ]);
    expect(dates("It should close late 2025.", ref)).toMatchObject([{ iso: "2025-H2" }]);
    expect(dates("It should close later this year.", ref)).toMatchObject([{ text: "later this year", iso: "2025", qualifier: "later" }]);
  });
});

describe("a day of a month with its weekday and no year", () => {
  it("takes, of the nearest year and the one either side, the year in which the day is that weekday", () => {
    // 1 December is a Wednesday in 2021 (the nearest to the reference), a Tuesday in 2020.
    expect(dates("The announcement was made on Tuesday, Dec. 1.", "2021-07-01")).toMatchObject([{ text: "Tuesday, Dec. 1", iso: "2020-12-01", inferred: true }]);
    expect(dates("The announcement was made on Wednesday, Dec. 1.", "2021-07-01")).toMatchObject([{ iso: "2021-12-01" }]);
    // Without the weekday, or with one no year nearby fits, the nearest year stays.
    expect(dates("It was signed on Dec. 1.", "2021-07-01")).toMatchObject([{ iso: "2021-12-01" }]);
    expect(dates("It was signed on Friday, Dec. 1.", "2021-07-01")).toMatchObject([{ iso: "2021-12-01" }]);
    // A year in the text is never moved.
    expect(dates("It was signed on Tuesday, Dec. 1, 2021.", "2021-07-01")).toMatchObject([{ iso: "2021-12-01" }]);
  });
});
