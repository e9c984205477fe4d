import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-strength";

describe("password strength", () => {
  it("accepts a long passphrase with no composition rules", () => {
    expect(checkPasswordStrength("correct horse battery staple")).toBeNull();
    expect(checkPasswordStrength("Applicant-Demo-2026")).toBeNull();
  });
  it("refuses fewer than 12 characters", () => {
    expect(checkPasswordStrength("Ab1!xyzQ9-k")).toBe("TOO_SHORT");
  });
  it("refuses more than 128 characters", () => {
    expect(checkPasswordStrength("a".repeat(60) + "b".repeat(69))).toBe("TOO_LONG");
  });
  // The passwords the 2026-12-01 probe got accepted, and their 12-character cousins.
  it.each(["qwerty12", "password12", "12341234", "iloveyou1", "Qwerty123!"])("refuses the probe's %s", (pw) => {
    expect(checkPasswordStrength(pw)).not.toBeNull();
  });
  it.each([
    "Password1234",
    "password123!",
    "123412341234",
    "qwerty123456",
    "aaaaaaaaaaaa",
    "Qwertyuiop12",
    "iloveyou2026",
    "1q2w3e4r5t6y",
    "abababababab",
    "Astana2026!!",
  ])("refuses the common pattern %s", (pw) => {
    expect(checkPasswordStrength(pw)).toBe("TOO_COMMON");
  });
  it("refuses a password containing the e-mail's name", () => {
    expect(checkPasswordStrength("aigerim-2026!x", "aigerim@example.kz")).toBe("CONTAINS_EMAIL");
  });
});
