import { describe, expect, it } from "vitest";
import { dayOfWeek } from "../rules/iso-date";
import { KZ_CALENDAR_2026, KZ_HOLIDAYS_SEED } from "./holidays-kz";
import { MRP_RATES_SEED } from "./mrp";

const isWeekend = (date: string) => [0, 6].includes(dayOfWeek(date));

describe("KZ_HOLIDAYS_SEED", () => {
  it("is sorted, without duplicates, for 2025 and 2026", () => {
    const dates = KZ_HOLIDAYS_SEED.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(new Set(dates.map((d) => d.slice(0, 4)))).toEqual(new Set(["2025", "2026"]));
  });

  it("moves days off onto weekdays and working days onto weekends", () => {
    for (const entry of KZ_HOLIDAYS_SEED) {
      if (entry.kind === "DAY_OFF") expect(isWeekend(entry.date), entry.date).toBe(false);
      if (entry.kind === "WORKING_DAY") expect(isWeekend(entry.date), entry.date).toBe(true);
      expect(entry.name.length).toBeGreaterThan(0);
    }
  });

  it("gives exactly the 2026 weekdays off of services.md appendix B", () => {
    const weekdaysOff = KZ_CALENDAR_2026.filter((h) => h.kind !== "WORKING_DAY" && !isWeekend(h.date)).map((h) => h.date);
    expect(weekdaysOff).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-01-07",
      "2026-03-09",
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-05-01",
      "2026-05-07",
      "2026-05-11",
      "2026-05-27",
      "2026-07-06",
      "2026-08-31",
      "2026-10-26",
      "2026-12-16",
    ]);
  });
});

describe("MRP_RATES_SEED", () => {
  it("derives 2025 from the guide's printed duties and takes 2026 from appendix B", () => {
    const rate = (year: number) => MRP_RATES_SEED.find((r) => r.year === year)?.valueTiyn;
    expect(rate(2025)).toBe((1_966 * 100) / 0.5);
    expect(rate(2025)).toBe((117_960 * 100) / 30);
    expect(rate(2026)).toBe(432_500);
  });
});
