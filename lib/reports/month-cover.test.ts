import { describe, expect, it } from "vitest";
import { addCalendarDays } from "@/lib/rules/iso-date";
import { monthCover } from "./month-cover";

// Every day of [from, to] must be read exactly once: per month inside [monthsFrom, monthsTo), per day outside.
function daysRead(from: string, to: string): string[] {
  const { monthsFrom, monthsTo } = monthCover(from, to);
  const days: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) days.push(d);
  const perDay = days.filter((d) => d < monthsFrom || d >= monthsTo);
  const perMonth = days.filter((d) => d >= monthsFrom && d < monthsTo);
  return [...perDay, ...perMonth].sort();
}

describe("month cover of a report period", () => {
  it("uses whole months only", () => {
    expect(monthCover("2026-05-01", "2026-05-31")).toEqual({ monthsFrom: "2026-05-01", monthsTo: "2026-06-01" });
    expect(monthCover("2025-12-03", "2026-12-02")).toEqual({ monthsFrom: "2026-01-01", monthsTo: "2026-12-01" });
    expect(monthCover("2025-12-01", "2026-01-31")).toEqual({ monthsFrom: "2025-12-01", monthsTo: "2026-02-01" });
    expect(monthCover("2024-02-01", "2024-02-29")).toEqual({ monthsFrom: "2024-02-01", monthsTo: "2024-03-01" });
  });

  it("reads a period with no whole month day by day", () => {
    expect(monthCover("2026-05-02", "2026-05-31")).toEqual({ monthsFrom: "2026-06-01", monthsTo: "2026-06-01" });
    expect(monthCover("2026-05-10", "2026-06-20")).toEqual({ monthsFrom: "2026-06-21", monthsTo: "2026-06-21" });
    expect(monthCover("2026-05-10", "2026-05-10")).toEqual({ monthsFrom: "2026-05-11", monthsTo: "2026-05-11" });
  });

  it("covers every day exactly once", () => {
    for (const [from, to] of [
      ["2025-12-03", "2026-12-02"],
      ["2026-05-02", "2026-05-31"],
      ["2026-01-31", "2026-03-01"],
      ["2026-05-01", "2026-05-01"],
    ]) {
      const expected: string[] = [];
      for (let d = from; d <= to; d = addCalendarDays(d, 1)) expected.push(d);
      expect(daysRead(from, to)).toEqual(expected);
    }
  });
});
