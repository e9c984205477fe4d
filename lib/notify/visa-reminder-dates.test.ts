import { describe, expect, it } from "vitest";
import { KZ_HOLIDAYS_SEED as KZ_CALENDAR_2025_2026 } from "@/lib/catalog";
import { dueVisaReminder, visaReminderDates } from "./visa-reminder-dates";

// Counted by hand on the 2026 production calendar (lib/catalog/holidays-kz.ts): the working
// day arithmetic must skip the moved days off, not just weekends.
const calendar = KZ_CALENDAR_2025_2026.map(({ date, kind }) => ({ date, kind }));

describe("visa-extension reminder dates", () => {
  it("skip Nauryz (23-25 March 2026) and 9 March for a visa expiring on Friday 10 April 2026", () => {
    expect(visaReminderDates("2026-04-10", calendar)).toEqual({
      // 30 working days back: 9 March (moved day off) and 23-25 March are not counted.
      windowOpensOn: "2026-02-23",
      // 10 working days before 3 April, across Nauryz.
      closingSoonOn: "2026-03-17",
      // 5 working days back: 9, 8, 7, 6 April and Friday 3 April.
      windowClosesOn: "2026-04-03",
      closedOn: "2026-04-04",
    });
  });

  it("skip the May holidays (1, 7 and 11 May 2026) for a visa expiring on Friday 15 May 2026", () => {
    const dates = visaReminderDates("2026-05-15", calendar);
    expect(dates.windowClosesOn).toBe("2026-05-06");
    expect(dates.closingSoonOn).toBe("2026-04-21");
  });

  it("cross the New Year holidays into 2025 for a visa expiring on Friday 9 January 2026", () => {
    // 8 January, (7th is Orthodox Christmas), 6, 5, (1-2 New Year), 31 and 30 December.
    expect(visaReminderDates("2026-01-09", calendar).windowClosesOn).toBe("2025-12-30");
  });

  it("fall back to Monday-Friday where the calendar is silent", () => {
    expect(visaReminderDates("2026-10-09", []).windowClosesOn).toBe("2026-10-02");
  });
});

describe("the reminder due on a day", () => {
  const expiry = "2026-04-10";
  it.each([
    ["2026-02-20", null],
    ["2026-02-23", "VISA_EXTENSION_WINDOW_OPENS"],
    ["2026-03-16", "VISA_EXTENSION_WINDOW_OPENS"],
    ["2026-03-17", "VISA_EXTENSION_WINDOW_CLOSING_SOON"],
    ["2026-04-03", "VISA_EXTENSION_WINDOW_CLOSING_SOON"],
    ["2026-04-04", "VISA_EXTENSION_WINDOW_CLOSED"],
    ["2026-04-10", "VISA_EXTENSION_WINDOW_CLOSED"],
    ["2026-04-11", null],
  ] as const)("on %s is %s", (today, expected) => {
    expect(dueVisaReminder(expiry, today, calendar)).toBe(expected);
  });
});
