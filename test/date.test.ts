// The date extractor's behaviour beyond the example corpus: calendar arithmetic in UTC, the
// reference-date conventions of news, rules carried on facts, and rules that stay linear.
import { describe, expect, it } from "vitest";
import { dateExtractor, dateRuleIds } from "../src/extract/date.js";
import { addMonths, isoWeek, isoWeekday, isValidYmd, nearestYearForDay, parseRef, toDayNum } from "../src/extract/date-calendar.js";
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

describe("reference-date conventions", () => {
  it("reads a bare weekday as the latest such day on or before the reference date", () => {
    expect(dates("It was announced Monday.", "2025-11-03")[0]).toMatchObject({ text: "Monday", iso: "2025-11-03" });
    expect(dates("It was announced Sunday.", "2025-11-03")[0]).toMatchObject({ iso: "2025-11-02" });
    expect(dates("It was announced last Monday.", "2025-11-03")[0]).toMatchObject({ iso: "2025-10-27" });
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
