import { describe, expect, it } from "vitest";
import { KZ_HOLIDAYS_SEED } from "../catalog/holidays-kz";
import { assessExtension, extensionUrgency, extensionWindow, isInsideWindow } from "./extension-window";

const cal = KZ_HOLIDAYS_SEED;
// Visa expiring Wednesday 2026-05-20. Counting back over 7 and 11 May and 1 May (days off):
// the 5th working day before is 13 May, the 30th is Friday 3 April.
const EXPIRY = "2026-05-20";

describe("extensionWindow", () => {
  it("opens 30 and closes 5 working days before expiry, across the May holidays", () => {
    const window = extensionWindow(EXPIRY, "2026-04-20", cal);
    expect(window).toMatchObject({ opensOn: "2026-04-03", closesOn: "2026-05-13", status: "OPEN" });
  });

  it.each([
    ["2026-04-02", "TOO_EARLY", null],
    ["2026-04-03", "OPEN", 25], // first permitted day: 30 - 5 working days left
    ["2026-04-04", "OPEN", 25], // a Saturday inside the window
    ["2026-05-12", "OPEN", 1],
    ["2026-05-13", "OPEN", 0], // last permitted day
    ["2026-05-14", "TOO_LATE", null],
    ["2026-05-20", "TOO_LATE", null], // the expiry day itself
    ["2026-06-01", "TOO_LATE", null], // already expired
  ])("on %s the window is %s", (today, status, left) => {
    const window = extensionWindow(EXPIRY, today, cal);
    expect(window.status).toBe(status);
    expect(window.workingDaysLeft).toBe(left);
    expect(window.messageKey).toBe(`extensionWindow.${status}`);
  });

  it("counts back from an expiry that falls on a weekend", () => {
    // Sunday 14 June 2026: 12, 11, 10, 9, 8 June.
    expect(extensionWindow("2026-06-14", "2026-06-01", cal).closesOn).toBe("2026-06-08");
  });

  it("treats a moved day off inside the last five days like any day off", () => {
    // Expiry Tuesday 1 September 2026; 31 August is the moved Constitution Day.
    expect(extensionWindow("2026-09-01", "2026-08-20", cal).closesOn).toBe("2026-08-24");
  });
});

describe("assessExtension", () => {
  it("allows an extension inside the window with the same host party", () => {
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: true }, "2026-05-04", cal).outcome).toBe("EXTENSION");
  });

  it("is not yet possible before the window", () => {
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: true }, "2026-03-31", cal).outcome).toBe("NOT_YET");
  });

  // L495 sets the last day; the guide does not say "apply for a new visa" after it (6.P5): the
  // outcome says the window closed, and only L497's new host party means a new visa application.
  it("says the window closed when too late, and a new visa only with a new host party (L495, L497)", () => {
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: true }, "2026-05-14", cal)).toMatchObject({
      outcome: "WINDOW_CLOSED",
      messageKey: "extensionWindow.TOO_LATE",
    });
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: false }, "2026-05-04", cal)).toMatchObject({
      outcome: "NEW_VISA_REQUIRED",
      reason: "NEW_HOST_PARTY",
      messageKey: "extensionWindow.NEW_HOST_PARTY",
    });
  });
});

// L495 counts to the day the documents are handed in (6.P5).
describe("the hand-in day, not the filing day (L495)", () => {
  it("accepts only days from the 30th to the 5th working day before expiry", () => {
    const window = extensionWindow(EXPIRY, "2026-04-20", cal);
    expect(isInsideWindow("2026-04-02", window)).toBe(false);
    expect(isInsideWindow("2026-04-03", window)).toBe(true);
    expect(isInsideWindow("2026-05-13", window)).toBe(true);
    expect(isInsideWindow("2026-05-14", window)).toBe(false);
  });

  it("warns when fewer working days are left than the usual review time (5 working days, L533)", () => {
    expect(extensionUrgency(extensionWindow(EXPIRY, "2026-05-12", cal), 5)).toEqual({ tight: true, messageKey: "extensionWindow.TIGHT" });
    expect(extensionUrgency(extensionWindow(EXPIRY, "2026-04-20", cal), 5)).toEqual({ tight: false, messageKey: null });
    expect(extensionUrgency(extensionWindow(EXPIRY, "2026-05-14", cal), 5).tight).toBe(false); // closed: said plainly instead
  });
});
