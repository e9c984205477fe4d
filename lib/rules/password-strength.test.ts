import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-strength";

describe("password strength", () => {
  it("accepts a long passphrase with no composition rules", () => {
    expect(checkPasswordStrength("correct horse battery staple")).toBeNull();
  });
  it("refuses fewer than 8 characters", () => {
    expect(checkPasswordStrength("Ab1!xyz")).toBe("TOO_SHORT");
  });
  it("refuses more than 128 characters", () => {
    expect(checkPasswordStrength("a".repeat(60) + "b".repeat(69))).toBe("TOO_LONG");
  });
  it.each(["password", "Password1", "12345678", "qwerty123", "aaaaaaaaaa"])("refuses the common password %s", (pw) => {
    expect(checkPasswordStrength(pw)).toBe("TOO_COMMON");
  });
  it("refuses a password containing the e-mail's name", () => {
    expect(checkPasswordStrength("aigerim-2026!", "aigerim@example.kz")).toBe("CONTAINS_EMAIL");
  });
});
