import { describe, expect, it } from "vitest";
import { findServices, hasFinderInput, parseFinderParams, type FinderAnswers } from "./finder";

const services = (answers: FinderAnswers) => {
  const result = findServices(answers);
  if (result.status !== "DONE") throw new Error(`incomplete: ${result.missing.join(", ")}`);
  return result;
};

describe("finder: which service do I need?", () => {
  it.each([
    ["WORK", "OUTSIDE_KZ", ["WORK_VISA_INVITATION"]],
    ["WORK", "IN_KZ", ["WORK_VISA"]],
    ["INVESTMENT", "OUTSIDE_KZ", ["INVESTOR_VISA_INVITATION"]],
    ["INVESTMENT", "IN_KZ", ["INVESTOR_VISA"]],
    ["BUSINESS_TRIP", "OUTSIDE_KZ", ["BUSINESS_VISA_INVITATION_B1_B3"]],
    ["BUSINESS_TRIP", "IN_KZ", []],
    ["LONG_TERM_BUSINESS", "OUTSIDE_KZ", ["BUSINESS_VISA_INVITATION_B2"]],
    ["LONG_TERM_BUSINESS", "IN_KZ", ["BUSINESS_VISA_B2"]],
    ["LEAVING", "IN_KZ", ["VISA_CANCELLATION"]],
    ["LEAVING", "OUTSIDE_KZ", ["VISA_CANCELLATION_ABROAD"]],
    ["EXTENDING", "IN_KZ", ["VISA_EXTENSION_C3", "VISA_EXTENSION_B2"]],
    ["EXTENDING", "OUTSIDE_KZ", []],
    ["IIN", "IN_KZ", ["IIN"]],
    ["IIN", "OUTSIDE_KZ", ["IIN"]],
    ["ARRIVAL", "IN_KZ", ["ARRIVAL_NOTIFICATION"]],
    ["ARRIVAL", "OUTSIDE_KZ", ["ARRIVAL_NOTIFICATION"]],
    ["TAX_RESIDENCY", "OUTSIDE_KZ", ["TAX_RESIDENCY_CERTIFICATE"]],
    ["EDS", "IN_KZ", ["EDS"]],
  ] as const)("%s, person %s → %j", (purpose, location, expected) => {
    expect(services({ purpose, location }).services).toEqual(expected);
  });

  it("needs no location for tax residency and EDS (wherever the applicant is)", () => {
    expect(services({ purpose: "TAX_RESIDENCY" }).services).toEqual(["TAX_RESIDENCY_CERTIFICATE"]);
    expect(services({ purpose: "EDS" }).services).toEqual(["EDS"]);
  });

  it("says what is missing", () => {
    expect(findServices({})).toEqual({ status: "INCOMPLETE", missing: ["location", "purpose"] });
    expect(findServices({ purpose: "WORK" })).toEqual({ status: "INCOMPLETE", missing: ["location"] });
    expect(findServices({ purpose: "RESIDENCE", location: "IN_KZ" })).toEqual({ status: "INCOMPLETE", missing: ["citizenship"] });
  });

  it("offers no B1/B3 in Kazakhstan (6.R2) and points to the B2 visa instead", () => {
    const result = services({ purpose: "BUSINESS_TRIP", location: "IN_KZ" });
    expect(result.alternatives).toEqual(["BUSINESS_VISA_B2"]);
    expect(result.advice.map((a) => a.key)).toEqual(["services.finder.advice.noShortBusinessInKz"]);
  });

  it("sends someone abroad who wants an extension to a new invitation", () => {
    expect(services({ purpose: "EXTENDING", location: "OUTSIDE_KZ" }).alternatives).toEqual([
      "WORK_VISA_INVITATION",
      "BUSINESS_VISA_INVITATION_B2",
    ]);
  });

  describe("residence permit by citizenship", () => {
    it("gives a CIS citizen in Kazakhstan the TRP with the 30-day threshold", () => {
      const result = services({ purpose: "RESIDENCE", location: "IN_KZ", citizenship: "UZ" });
      expect(result.services).toEqual(["TRP"]);
      expect(result.advice[0]).toEqual({ key: "services.finder.advice.trpStay", values: { days: 30 } });
    });
    it("applies the EAEU rule (90 days) to a country in both groups (6.C13)", () => {
      expect(services({ purpose: "RESIDENCE", location: "IN_KZ", citizenship: "RU" }).advice[0].values).toEqual({ days: 90 });
    });
    it("tells a CIS citizen abroad to apply once in Kazakhstan", () => {
      const result = services({ purpose: "RESIDENCE", location: "OUTSIDE_KZ", citizenship: "KG" });
      expect(result.services).toEqual(["TRP"]);
      expect(result.advice[0]).toEqual({ key: "services.finder.advice.trpOnceInKz", values: { days: 90 } });
    });
    it("offers a visa instead to other citizens", () => {
      const result = services({ purpose: "RESIDENCE", location: "OUTSIDE_KZ", citizenship: "DE" });
      expect(result.services).toEqual([]);
      expect(result.advice[0].key).toBe("catalog.eligibility.NOT_CIS_OR_EAEU");
      expect(result.alternatives).toEqual(["WORK_VISA_INVITATION", "INVESTOR_VISA_INVITATION"]);
    });
    it("needs nothing for a citizen of Kazakhstan", () => {
      expect(services({ purpose: "RESIDENCE", location: "IN_KZ", citizenship: "KZ" })).toMatchObject({
        services: [],
        advice: [{ key: "catalog.eligibility.KAZAKHSTAN_CITIZEN" }],
      });
    });
  });
});

describe("finder parameters", () => {
  it("keeps known values and drops the rest", () => {
    expect(parseFinderParams({ location: "IN_KZ", purpose: "WORK", citizenship: "uz" })).toEqual({
      location: "IN_KZ",
      purpose: "WORK",
      citizenship: "UZ",
    });
    expect(parseFinderParams({ location: "MARS", purpose: ["EDS", "IIN"], citizenship: "Uzbekistan" })).toEqual({
      location: undefined,
      purpose: "EDS",
      citizenship: undefined,
    });
  });
  it("knows whether the form was sent", () => {
    expect(hasFinderInput({})).toBe(false);
    expect(hasFinderInput({ purpose: "" })).toBe(true);
  });
});
