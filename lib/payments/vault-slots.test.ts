import { describe, expect, it } from "vitest";
import { validityOf, vaultSlots } from "./vault-slots";

describe("vault slots", () => {
  it("splits the documents the guide asks for in Kazakh and Russian into two slots", () => {
    expect(vaultSlots()).toEqual([
      { code: "COMPANY_REGISTRATION_CERTIFICATE", language: "ANY" },
      { code: "FIRST_HEAD_APPOINTMENT_ORDER", language: "KK" },
      { code: "FIRST_HEAD_APPOINTMENT_ORDER", language: "RU" },
      { code: "SHAREHOLDERS_DECISION_FIRST_HEAD", language: "KK" },
      { code: "SHAREHOLDERS_DECISION_FIRST_HEAD", language: "RU" },
      { code: "BRANCH_GENERAL_POWER_OF_ATTORNEY", language: "ANY" },
    ]);
  });

  it("warns 30 days before a document lapses and says when it has", () => {
    expect(validityOf(null, "2026-06-01")).toBe("NONE");
    expect(validityOf("2026-07-02", "2026-06-01")).toBe("VALID");
    expect(validityOf("2026-07-01", "2026-06-01")).toBe("EXPIRING");
    expect(validityOf("2026-06-01", "2026-06-01")).toBe("EXPIRING");
    expect(validityOf("2026-05-31", "2026-06-01")).toBe("EXPIRED");
  });
});
