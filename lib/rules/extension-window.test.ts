import { describe, expect, it } from "vitest";
import { KZ_HOLIDAYS_SEED } from "../catalog/holidays-kz";
import { assessExtension, extensionWindow } from "./extension-window";

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

  it("requires a new visa when too late or with a new host party", () => {
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: true }, "2026-05-14", cal)).toMatchObject({
      outcome: "NEW_VISA_REQUIRED",
      reason: "TOO_LATE",
      messageKey: "extensionWindow.TOO_LATE",
    });
    expect(assessExtension({ visaExpiryDate: EXPIRY, sameHostParty: false }, "2026-05-04", cal)).toMatchObject({
      outcome: "NEW_VISA_REQUIRED",
      reason: "NEW_HOST_PARTY",
      messageKey: "extensionWindow.NEW_HOST_PARTY",
    });
  });
});
