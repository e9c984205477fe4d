import { describe, expect, it } from "vitest";
import { KZ_CALENDAR_2026 } from "../catalog/holidays-kz";
import { changesDueOn, daysUntil, dueChangesReminder, hasLapsed } from "./changes-deadline";

describe("changes deadline", () => {
  it("is 30 calendar days after the request when that is a working day", () => {
    // Thu 1 Oct 2026 + 30 = Sat 31 Oct → Mon 2 Nov.
    expect(changesDueOn("2026-10-01", 30, KZ_CALENDAR_2026)).toBe("2026-11-02");
    // Mon 5 Oct + 30 = Wed 4 Nov, a working day.
    expect(changesDueOn("2026-10-05", 30, KZ_CALENDAR_2026)).toBe("2026-11-04");
  });

  it("moves past moved days off (Nauryz 2026: 21-25 March)", () => {
    // 19 Feb + 30 = Sat 21 Mar; 22 Sun, 23 Mon holiday, 24-25 moved days off → Thu 26 Mar.
    expect(changesDueOn("2026-02-19", 30, KZ_CALENDAR_2026)).toBe("2026-03-26");
  });

  it("refuses a non-positive number of days", () => {
    expect(() => changesDueOn("2026-10-01", 0, KZ_CALENDAR_2026)).toThrow(RangeError);
  });

  it("lapses only after the deadline day", () => {
    expect(hasLapsed("2026-11-02", "2026-11-02")).toBe(false);
    expect(hasLapsed("2026-11-02", "2026-11-03")).toBe(true);
    expect(daysUntil("2026-11-01", "2026-11-02")).toBe(1);
  });

  it("reminds 7 and 2 days before", () => {
    expect(dueChangesReminder("2026-11-20", "2026-11-12")).toBeNull();
    expect(dueChangesReminder("2026-11-20", "2026-11-13")).toBe("DAYS_7");
    expect(dueChangesReminder("2026-11-20", "2026-11-17")).toBe("DAYS_7");
    expect(dueChangesReminder("2026-11-20", "2026-11-18")).toBe("DAYS_2");
    expect(dueChangesReminder("2026-11-20", "2026-11-20")).toBe("DAYS_2");
    expect(dueChangesReminder("2026-11-20", "2026-11-21")).toBeNull();
  });
});
