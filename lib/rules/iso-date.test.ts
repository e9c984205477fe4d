import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  dayOfWeek,
  fromDayNumber,
  isIsoDate,
  isoDateInTimeZone,
  toDayNumber,
  yearOf,
} from "./iso-date";

describe("iso-date", () => {
  it("validates calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-5-6")).toBe(false);
    expect(isIsoDate(20260506)).toBe(false);
    expect(() => toDayNumber("06.05.2026")).toThrow(RangeError);
  });

  it("round-trips day numbers and knows the weekday", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(toDayNumber("2026-05-06"))).toBe("2026-05-06");
    expect(dayOfWeek("2026-05-06")).toBe(3);
    expect(dayOfWeek("2026-05-09")).toBe(6);
    expect(yearOf("2026-05-06")).toBe(2026);
  });

  it("adds calendar days across months, years and leap days", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds months clamped to the end of the month", () => {
    expect(addCalendarMonths("2026-05-06", 3)).toBe("2026-08-06");
    expect(addCalendarMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addCalendarMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addCalendarMonths("2026-10-15", 3)).toBe("2027-01-15");
    expect(addCalendarMonths("2026-01-31", -2)).toBe("2025-11-30");
  });

  it("takes an instant's date in the centre's zone (UTC+5), not the server's", () => {
    // 20:30 UTC on 6 May is already 7 May in Astana.
    expect(isoDateInTimeZone(new Date("2026-05-06T20:30:00Z"))).toBe("2026-05-07");
    expect(isoDateInTimeZone(new Date("2026-05-06T18:59:00Z"))).toBe("2026-05-06");
    expect(isoDateInTimeZone(new Date("2026-05-06T20:30:00Z"), "UTC")).toBe("2026-05-06");
  });
});
