import { describe, expect, it } from "vitest";
import { mayExtendBy30Days, processingTimeFor, workingDaysOf } from "./processing-time";

describe("processing time of a submitted application", () => {
  it("takes the tariff row of the validity band", () => {
    expect(processingTimeFor({ serviceCode: "WORK_VISA", validityBand: "UP_TO_2_YEARS" })).toEqual({
      kind: "WORKING_DAYS",
      min: 5,
      max: 5,
    });
  });
  it("takes the TRP role's row", () => {
    expect(processingTimeFor({ serviceCode: "TRP", trpRole: "EXPERT" })).toEqual({ kind: "WORKING_DAYS", min: 1, max: 1 });
  });
  it("uses the longest time when the row cannot be told", () => {
    expect(processingTimeFor({ serviceCode: "WORK_VISA", validityBand: null })).toMatchObject({ kind: "WORKING_DAYS", max: 5 });
  });
  it("knows nothing of an unknown service", () => {
    expect(processingTimeFor({ serviceCode: "TIME_MACHINE" })).toBeNull();
    expect(mayExtendBy30Days("TIME_MACHINE")).toBe(false);
  });
  it("counts ranges by their upper bound and minutes as the same day", () => {
    expect(workingDaysOf({ kind: "WORKING_DAYS", min: 3, max: 5 })).toBe(5);
    expect(workingDaysOf({ kind: "MINUTES", value: 30 })).toBe(0);
  });
  it("offers the 30-day extension only where the guide does", () => {
    expect(mayExtendBy30Days("WORK_VISA")).toBe(true);
    expect(mayExtendBy30Days("IIN")).toBe(false);
  });
});
