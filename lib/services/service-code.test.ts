import { describe, expect, it } from "vitest";
import { parseServiceCode } from "./service-code";

describe("service code in a URL", () => {
  it("accepts the canonical code, lower case and hyphens", () => {
    expect(parseServiceCode("WORK_VISA_INVITATION")).toBe("WORK_VISA_INVITATION");
    expect(parseServiceCode("work-visa-invitation")).toBe("WORK_VISA_INVITATION");
    expect(parseServiceCode("trp")).toBe("TRP");
  });
  it("refuses anything else, including inherited object keys", () => {
    expect(parseServiceCode("PASSPORT")).toBeNull();
    expect(parseServiceCode("constructor")).toBeNull();
    expect(parseServiceCode("")).toBeNull();
  });
});
