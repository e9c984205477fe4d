import { describe, expect, it } from "vitest";
import { allServices, getService } from "../catalog/registry";
import { checkLocation, checkPassportValidity, checkTrpEligibility, requiresPassportValidity } from "./eligibility";

describe("checkTrpEligibility", () => {
  it.each([
    ["UZ", 31, "CIS", 30],
    ["TJ", 365, "CIS", 30],
    ["AZ", 31, "CIS", 30],
    ["RU", 91, "EAEU", 90],
    ["BY", 120, "EAEU", 90],
    ["kg", 91, "EAEU", 90],
  ])("%s staying %i days is eligible (%s, more than %i)", (citizenship, days, group, threshold) => {
    const result = checkTrpEligibility({ citizenship, plannedStayDays: days, location: "IN_KZ" });
    expect(result).toMatchObject({ eligible: true, group, thresholdDays: threshold, messageKey: `eligibility.ELIGIBLE_${group}` });
  });

  it.each([
    ["UZ", 30, "IN_KZ", "STAY_TOO_SHORT", "CIS"], // "more than" 30: exactly 30 is not enough
    ["RU", 90, "IN_KZ", "STAY_TOO_SHORT", "EAEU"],
    ["AM", 60, "IN_KZ", "STAY_TOO_SHORT", "EAEU"], // EAEU members use the 90-day rule (6.C13)
    ["DE", 365, "IN_KZ", "NOT_CIS_OR_EAEU", null],
    ["GE", 365, "IN_KZ", "NOT_CIS_OR_EAEU", null], // left the CIS in 2009
    ["UA", 365, "IN_KZ", "NOT_CIS_OR_EAEU", null],
    ["KZ", 365, "IN_KZ", "KAZAKHSTAN_CITIZEN", null],
    ["AM", 365, "OUTSIDE_KZ", "NOT_IN_KAZAKHSTAN", "EAEU"],
  ] as const)("%s staying %i days (%s) is refused: %s", (citizenship, days, location, reason, group) => {
    const result = checkTrpEligibility({ citizenship, plannedStayDays: days, location });
    expect(result).toMatchObject({ eligible: false, reason, group, messageKey: `eligibility.${reason}` });
  });
});

describe("checkPassportValidity: more than 3 months from the filing date", () => {
  it.each([
    ["2026-08-06", "2026-05-06", false], // exactly 3 months is not "more than"
    ["2026-08-07", "2026-05-06", true],
    ["2026-05-05", "2026-05-06", false], // already expired
    ["2027-02-28", "2026-11-30", false], // month-end clamp: must be valid after 28 February
    ["2027-03-01", "2026-11-30", true],
  ])("expiry %s filed %s -> valid %s", (expiry, filed, valid) => {
    const result = checkPassportValidity(expiry, filed);
    expect(result.valid).toBe(valid);
    expect(result.messageKey).toBe(valid ? null : "eligibility.PASSPORT_EXPIRES_TOO_SOON");
  });

  it("says after which day the passport must still be valid", () => {
    expect(checkPassportValidity("2030-01-01", "2026-05-06").mustBeValidAfter).toBe("2026-08-06");
  });

  it("applies to exactly the services whose checklist states the rule (services.md 4.3)", () => {
    const withRule = allServices().filter(requiresPassportValidity).map((s) => s.code);
    expect(withRule).toEqual([
      "WORK_VISA_INVITATION",
      "WORK_VISA",
      "INVESTOR_VISA_INVITATION",
      "INVESTOR_VISA",
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
      "BUSINESS_VISA_B2",
      "VISA_EXTENSION_C3",
      "VISA_EXTENSION_B2",
    ]);
  });
});

describe("checkLocation", () => {
  it("accepts the right side of the border and services with no location", () => {
    expect(checkLocation(getService("WORK_VISA"), "IN_KZ")).toEqual({ ok: true });
    expect(checkLocation(getService("WORK_VISA_INVITATION"), "OUTSIDE_KZ")).toEqual({ ok: true });
    expect(checkLocation(getService("EDS"), "OUTSIDE_KZ")).toEqual({ ok: true });
  });

  it("points to the counterpart service on the wrong side", () => {
    expect(checkLocation(getService("WORK_VISA"), "OUTSIDE_KZ")).toEqual({
      ok: false,
      required: "IN_KZ",
      alternative: "WORK_VISA_INVITATION",
      messageKey: "eligibility.LOCATION_IN_KZ",
    });
    expect(checkLocation(getService("VISA_CANCELLATION"), "OUTSIDE_KZ")).toMatchObject({ alternative: "VISA_CANCELLATION_ABROAD" });
    expect(checkLocation(getService("BUSINESS_VISA_INVITATION_B2"), "IN_KZ")).toMatchObject({ alternative: "BUSINESS_VISA_B2" });
  });

  it("has no counterpart for B1/B3 (6.R2) or in-country-only services", () => {
    expect(checkLocation(getService("BUSINESS_VISA_INVITATION_B1_B3"), "IN_KZ")).toMatchObject({ ok: false, alternative: null });
    expect(checkLocation(getService("TRP"), "OUTSIDE_KZ")).toMatchObject({ ok: false, required: "IN_KZ", alternative: null });
    expect(checkLocation(getService("IIN"), "OUTSIDE_KZ")).toMatchObject({ alternative: null });
  });
});
