import { describe, expect, it } from "vitest";
import { allServices, getService } from "../catalog/registry";
import {
  checkLocation,
  checkPassportAgainstBand,
  checkPassportValidity,
  checkTrpEligibility,
  requiresPassportValidity,
} from "./eligibility";

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
    ["RU", 30, "IN_KZ", "STAY_TOO_SHORT", "CIS"], // CIS and EAEU: 30 days meets neither rule (L252, L253)
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

// Guide L252 (CIS > 30 days) and L253 (EAEU > 90 days) overlap for AM, BY, KG, RU (6.C13):
// no refusal on the ambiguity; 31-90 days meets the CIS rule, so the request proceeds with a warning.
describe("checkTrpEligibility: the CIS/EAEU overlap (L252-253)", () => {
  it.each([
    ["RU", 31],
    ["BY", 60],
    ["AM", 90],
    ["KG", 45],
  ] as const)("%s staying %i days may apply, with the OVERLAP warning", (citizenship, days) => {
    const result = checkTrpEligibility({ citizenship, plannedStayDays: days, location: "IN_KZ" });
    expect(result).toMatchObject({
      eligible: true,
      group: "CIS",
      thresholdDays: 30,
      warning: { kind: "OVERLAP", cisDays: 30, eaeuDays: 90, messageKey: "eligibility.OVERLAP_CIS_EAEU" },
    });
  });

  it("over 90 days both rules are met: no warning", () => {
    expect(checkTrpEligibility({ citizenship: "RU", plannedStayDays: 91, location: "IN_KZ" })).toMatchObject({
      eligible: true,
      group: "EAEU",
      warning: null,
    });
  });

  it("uzbek citizens (CIS only) need no warning", () => {
    expect(checkTrpEligibility({ citizenship: "UZ", plannedStayDays: 31, location: "IN_KZ" })).toMatchObject({
      eligible: true,
      warning: null,
    });
  });

  // The guide lists no country (L250 "the countries listed below" then names groups, L252-253).
  it.each([
    ["TM", "ASSOCIATE_MEMBER"],
    ["MD", "WITHDRAWING"],
  ] as const)("%s is a disputed CIS member: may apply, with a warning (%s)", (citizenship, reason) => {
    const result = checkTrpEligibility({ citizenship, plannedStayDays: 200, location: "IN_KZ" });
    expect(result).toMatchObject({
      eligible: true,
      warning: { kind: "UNCERTAIN_MEMBER", reason, messageKey: `eligibility.UNCERTAIN_${reason}` },
    });
  });

  it("keeps every country list with its source", async () => {
    const { COUNTRY_GROUPS } = await import("../catalog/countries");
    for (const group of Object.values(COUNTRY_GROUPS)) {
      expect(group.source.length).toBeGreaterThan(20);
      expect(["L252", "L253"]).toContain(group.guideLine);
    }
  });
});

describe("checkPassportAgainstBand: the visa cannot outlast the passport (6.P6, bands of L84-85, L533-534)", () => {
  it.each([
    ["2027-06-01", "UP_TO_2_YEARS", "2026-06-01", false, "2028-06-01"],
    ["2028-06-01", "UP_TO_2_YEARS", "2026-06-01", true, "2028-06-01"],
    ["2030-01-01", "YEARS_3_TO_5", "2026-06-01", false, "2031-06-01"],
    ["2031-06-01", "YEARS_3_TO_5", "2026-06-01", true, "2031-06-01"],
    ["2027-12-31", "YEARS_1_TO_2", "2026-06-01", false, "2028-06-01"],
  ] as const)("passport to %s, band %s, filed %s -> covers %s", (expiry, band, filed, covers, end) => {
    const result = checkPassportAgainstBand(expiry, band, filed);
    expect(result).toEqual({ coversBand: covers, bandEndsOn: end, messageKey: covers ? null : "eligibility.PASSPORT_BEFORE_BAND_END" });
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
    const withRule = allServices()
      .filter(requiresPassportValidity)
      .map((s) => s.code);
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
