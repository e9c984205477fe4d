import { describe, expect, it } from "vitest";
import { needsPersonalPresence, originalsToBring } from "./originals-to-bring";

describe("originals to bring to the appointment", () => {
  it("lists the work visa's originals, with conditional ones only when the answers call for them", () => {
    const codes = originalsToBring("WORK_VISA", {}).map((d) => d.code);
    expect(codes).toContain("PASSPORT_ORIGINAL");
    expect(codes).toContain("STATE_DUTY_PAYMENT_PROOF");
    expect(codes).not.toContain("REPRESENTATIVE_POA_WITH_ID");
    expect(
      originalsToBring("WORK_VISA", { viaRepresentative: true })
        .map((d) => d.code)
        .some((c) => c.startsWith("REPRESENTATIVE_POA")),
    ).toBe(true);
  });
  it("is empty for an unknown service or broken answers instead of failing", () => {
    expect(originalsToBring("NO_SUCH_SERVICE", {})).toEqual([]);
    expect(originalsToBring("WORK_VISA", "not an object").length).toBeGreaterThan(0);
  });
  it("knows that an IIN needs the person to come in person", () => {
    expect(needsPersonalPresence("IIN")).toBe(true);
    expect(needsPersonalPresence("WORK_VISA")).toBe(false);
  });
});
