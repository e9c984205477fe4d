import { describe, expect, it } from "vitest";
import { KZ_CALENDAR_2025, KZ_HOLIDAYS_SEED } from "../catalog/holidays-kz";
import {
  addWorkingDays,
  buildCalendar,
  countWorkingDaysBetween,
  dueDate,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  subtractWorkingDays,
} from "./working-days";

const cal = KZ_HOLIDAYS_SEED;

describe("isWorkingDay", () => {
  it.each([
    ["2026-05-06", true], // Wednesday
    ["2026-05-07", false], // Defender of the Fatherland Day
    ["2026-05-08", true],
    ["2026-05-09", false], // Victory Day on a Saturday...
    ["2026-05-11", false], // ...moves to Monday
    ["2026-03-23", false], // Nauryz (Monday)
    ["2026-03-25", false], // day off moved from Sunday 22 March
    ["2026-03-26", true],
    ["2026-05-27", false], // Kurban Ait, first day
    ["2026-01-05", true],
    ["2025-01-03", false], // day off moved from Sunday 5 January 2025
    ["2025-01-05", true], // the Sunday worked instead
    ["2025-09-01", false], // Constitution Day (Saturday 30 August) moved
    ["2026-06-13", false], // an ordinary Saturday
  ])("%s -> %s", (date, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  it("falls back to Monday-Friday without a calendar", () => {
    expect(isWorkingDay("2026-05-07", [])).toBe(true);
    expect(isWorkingDay("2026-05-09", [])).toBe(false);
  });
});

describe("addWorkingDays / subtractWorkingDays / countWorkingDaysBetween", () => {
  it("5 working days from Wednesday 2026-05-06 skip 7, 9-11 May: Friday 15 May", () => {
    expect(addWorkingDays("2026-05-06", 5, cal)).toBe("2026-05-15");
    expect(subtractWorkingDays("2026-05-15", 5, cal)).toBe("2026-05-06");
    expect(countWorkingDaysBetween("2026-05-06", "2026-05-15", cal)).toBe(5);
  });

  it.each([
    ["2026-03-20", 1, "2026-03-26"], // Nauryz week: 21-25 March off
    ["2025-12-31", 1, "2026-01-05"], // New Year
    ["2026-01-06", 1, "2026-01-08"], // Orthodox Christmas
    ["2025-01-02", 1, "2025-01-05"], // the working Sunday of 2025
    ["2026-08-28", 1, "2026-09-01"], // Constitution Day moved to 31 August
    ["2026-10-23", 2, "2026-10-28"], // Republic Day moved to 26 October
    ["2026-12-15", 1, "2026-12-17"], // Independence Day
    ["2026-05-06", 0, "2026-05-06"],
    ["2026-05-09", 0, "2026-05-09"], // n = 0 returns the start even on a day off
    ["2026-05-15", -5, "2026-05-06"],
  ])("%s + %i working days = %s", (start, n, expected) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
  });

  it("counts months and years against published totals", () => {
    // January 2026: 19 working days on a five-day week (production calendar).
    expect(countWorkingDaysBetween("2025-12-31", "2026-01-31", cal)).toBe(19);
    // 2025: 246 working days on a five-day week (production calendar).
    expect(countWorkingDaysBetween("2024-12-31", "2025-12-31", KZ_CALENDAR_2025)).toBe(246);
    expect(countWorkingDaysBetween("2025-12-31", "2026-12-31", cal)).toBe(246);
  });

  it("is consistent both ways and antisymmetric", () => {
    for (let n = 0; n <= 40; n++) {
      const end = addWorkingDays("2026-02-27", n, cal);
      expect(countWorkingDaysBetween("2026-02-27", end, cal)).toBe(n);
      expect(countWorkingDaysBetween(end, "2026-02-27", cal)).toBe(n === 0 ? 0 : -n);
    }
    expect(countWorkingDaysBetween("2026-05-09", "2026-05-11", cal)).toBe(0);
  });

  it("accepts a prebuilt calendar and rejects fractional days", () => {
    const built = buildCalendar(cal);
    expect(addWorkingDays("2026-05-06", 5, built)).toBe("2026-05-15");
    expect(() => addWorkingDays("2026-05-06", 1.5, built)).toThrow(RangeError);
  });

  it("stops on a calendar with no working day", () => {
    const allOff = Array.from({ length: 20 }, (_, i) => ({ date: `2026-07-${String(i + 1).padStart(2, "0")}`, kind: "HOLIDAY" as const }));
    expect(addWorkingDays("2026-06-30", 1, allOff)).toBe("2026-07-21");
  });
});

describe("nextWorkingDayOnOrAfter", () => {
  it("keeps a working day and skips days off", () => {
    expect(nextWorkingDayOnOrAfter("2026-05-08", cal)).toBe("2026-05-08");
    expect(nextWorkingDayOnOrAfter("2026-05-09", cal)).toBe("2026-05-12");
  });
});

describe("dueDate", () => {
  it("uses the upper bound of a range and the same day for minutes", () => {
    expect(dueDate("2026-05-06", { kind: "WORKING_DAYS", min: 5, max: 5 }, cal)).toBe("2026-05-15");
    expect(dueDate("2026-05-06", { kind: "WORKING_DAYS", min: 3, max: 5 }, cal)).toBe("2026-05-15");
    expect(dueDate("2026-03-20", { kind: "WORKING_DAYS", min: 1, max: 1 }, cal)).toBe("2026-03-26");
    expect(dueDate("2026-05-06", { kind: "MINUTES", value: 30 }, cal)).toBe("2026-05-06");
  });
});
