import { describe, expect, it } from "vitest";
import { getService } from "../catalog/registry";
import { withDefaults } from "./answers";

describe("withDefaults", () => {
  it("fills the service's defaults and keeps given answers, valid or not", () => {
    expect(withDefaults(getService("WORK_VISA"), { validityBand: "YEARS_3_TO_5", viaRepresentative: true })).toEqual({
      validityBand: "YEARS_3_TO_5",
      feeOption: "STANDARD",
      principalIncluded: true,
      familyMembersIncluded: false,
      viaRepresentative: true,
      companyIsBranch: false,
    });
    expect(withDefaults(getService("IIN"), { feeOption: "EXPRESS", extra: 1 })).toEqual({ feeOption: "EXPRESS", extra: 1 });
  });

  it("leaves required fields without a default missing", () => {
    expect(withDefaults(getService("TRP"), {})).not.toHaveProperty("trpRole");
  });
});
