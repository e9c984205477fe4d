import { describe, expect, it } from "vitest";
import { KZ_CALENDAR_2026 } from "../catalog/holidays-kz";
import { compareByNextDeadline, dueWithin, personDeadlines, type PersonDeadlineInput } from "./person-deadlines";

const person = (over: Partial<PersonDeadlineInput> = {}): PersonDeadlineInput => ({
  passportExpiresOn: "2031-01-01",
  visaCategory: "C3",
  visaExpiresOn: "2026-04-10",
  applications: [],
  ...over,
});

describe("next deadline across the 2026 moved holidays", () => {
  it("opens the extension window 30 working days before expiry, skipping Nauryz and 9 March", () => {
    // Back from Fri 10 April: 23-25 March (holiday and two moved days off) and 9 March (moved
    // day off for 8 March) are not working days, so the window opens on Mon 23 Feb, not Fri 27 Feb.
    const [next] = personDeadlines(person(), "2026-03-02", KZ_CALENDAR_2026);
    expect(next).toMatchObject({
      kind: "EXTENSION_WINDOW_OPEN",
      urgency: "ACT_NOW",
      opensOn: "2026-02-23",
      closesOn: "2026-04-03",
      dueOn: "2026-04-03",
      expiresOn: "2026-04-10",
    });
  });

  it("closes the window 5 working days before expiry, skipping 7, 9 and 11 May", () => {
    const [next] = personDeadlines(person({ visaCategory: "B2", visaExpiresOn: "2026-05-15" }), "2026-05-04", KZ_CALENDAR_2026);
    expect(next).toMatchObject({ kind: "EXTENSION_WINDOW_OPEN", closesOn: "2026-05-06", daysLeft: 2 });
  });

  it("counts the same window on a plain calendar differently (the holidays matter)", () => {
    const [next] = personDeadlines(person(), "2026-03-02", []);
    expect(next.opensOn).toBe("2026-02-27");
  });

  it("announces a window that has not opened yet, and one that closed", () => {
    expect(personDeadlines(person(), "2026-02-01", KZ_CALENDAR_2026)[0]).toMatchObject({
      kind: "EXTENSION_WINDOW_UPCOMING",
      urgency: "SOON",
      dueOn: "2026-02-23",
    });
    expect(personDeadlines(person(), "2025-12-01", KZ_CALENDAR_2026)[0]).toMatchObject({
      kind: "EXTENSION_WINDOW_UPCOMING",
      urgency: "LATER",
    });
    expect(personDeadlines(person(), "2026-04-06", KZ_CALENDAR_2026)[0]).toMatchObject({
      kind: "EXTENSION_WINDOW_CLOSED",
      urgency: "OVERDUE",
      dueOn: "2026-04-10",
    });
    expect(personDeadlines(person(), "2026-04-11", KZ_CALENDAR_2026)[0]).toMatchObject({ kind: "VISA_EXPIRED", urgency: "OVERDUE" });
  });

  it("stops counting down once an extension is filed", () => {
    const filed = person({
      applications: [{ id: "a", number: "EC-2026-000001", serviceCode: "VISA_EXTENSION_C3", status: "IN_REVIEW", changesDueOn: null }],
    });
    expect(personDeadlines(filed, "2026-03-02", KZ_CALENDAR_2026)[0]).toMatchObject({ kind: "EXTENSION_FILED", urgency: "LATER" });
  });

  it("counts a completed extension only for the expiry it extended", () => {
    const completed = (completedOn: string) =>
      person({
        applications: [
          { id: "a", number: "EC-2025-000001", serviceCode: "VISA_EXTENSION_C3", status: "COMPLETED", changesDueOn: null, completedOn },
        ],
      });
    // Completed inside this expiry's window: the extension is filed.
    expect(personDeadlines(completed("2026-03-03"), "2026-03-04", KZ_CALENDAR_2026)[0]).toMatchObject({ kind: "EXTENSION_FILED" });
    // Completed a year earlier, for the previous expiry: the window is open again.
    expect(personDeadlines(completed("2025-03-03"), "2026-03-02", KZ_CALENDAR_2026)[0]).toMatchObject({ kind: "EXTENSION_WINDOW_OPEN" });
  });

  it("treats visas that cannot be extended here by their expiry", () => {
    expect(personDeadlines(person({ visaCategory: "A5", visaExpiresOn: "2026-03-20" }), "2026-03-02", KZ_CALENDAR_2026)[0]).toMatchObject({
      kind: "VISA_EXPIRING",
      urgency: "ACT_NOW",
      daysLeft: 18,
    });
  });

  it("says a passport expiring in 80 days must be renewed before filing", () => {
    const [next] = personDeadlines(person({ visaExpiresOn: null, passportExpiresOn: "2026-05-21" }), "2026-03-02", KZ_CALENDAR_2026);
    expect(next).toMatchObject({ kind: "PASSPORT_RENEW_BEFORE_FILING", urgency: "ACT_NOW", daysLeft: 80 });
    expect(personDeadlines(person({ visaExpiresOn: null, passportExpiresOn: "2026-08-01" }), "2026-03-02", KZ_CALENDAR_2026)[0].kind).toBe(
      "PASSPORT_EXPIRING",
    );
    expect(personDeadlines(person({ visaExpiresOn: null, passportExpiresOn: "2026-03-01" }), "2026-03-02", KZ_CALENDAR_2026)[0].kind).toBe(
      "PASSPORT_EXPIRED",
    );
  });

  it("lists a request for changes with its deadline and puts the most urgent first", () => {
    const input = person({
      passportExpiresOn: "2026-05-21",
      applications: [
        { id: "a", number: "EC-2026-000002", serviceCode: "WORK_VISA", status: "CHANGES_REQUESTED", changesDueOn: "2026-03-20" },
      ],
    });
    const items = personDeadlines(input, "2026-03-02", KZ_CALENDAR_2026);
    expect(items.map((i) => i.kind)).toEqual(["CHANGES_DUE", "EXTENSION_WINDOW_OPEN", "PASSPORT_RENEW_BEFORE_FILING"]);
    expect(dueWithin(items, 30).map((i) => i.kind)).toEqual(["CHANGES_DUE"]);
  });

  it("sorts people without deadlines last", () => {
    const open = personDeadlines(person(), "2026-03-02", KZ_CALENDAR_2026)[0];
    expect([null, open].sort(compareByNextDeadline)).toEqual([open, null]);
  });
});
