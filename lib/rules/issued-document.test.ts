import { describe, expect, it } from "vitest";
import { allServices } from "@/lib/catalog/registry";
import { issuedCategoryOf } from "./issued-document";

describe("issuedCategoryOf", () => {
  it("names the visa or permit a completed service issues", () => {
    expect(issuedCategoryOf("WORK_VISA")).toBe("C3");
    expect(issuedCategoryOf("VISA_EXTENSION_B2")).toBe("B2");
    expect(issuedCategoryOf("TRP")).toBe("TRP");
  });

  it("is null for services that issue no visa (invitations, cancellations, IIN)", () => {
    expect(issuedCategoryOf("WORK_VISA_INVITATION")).toBeNull();
    expect(issuedCategoryOf("IIN")).toBeNull();
  });

  it("only names services of the catalog", () => {
    const codes = new Set(allServices().map((s) => s.code));
    for (const code of ["WORK_VISA", "INVESTOR_VISA", "BUSINESS_VISA_B2", "VISA_EXTENSION_C3", "VISA_EXTENSION_B2", "TRP"]) {
      expect(codes.has(code as never), code).toBe(true);
    }
  });
});
