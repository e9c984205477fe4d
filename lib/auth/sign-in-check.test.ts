import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { signInSchema } from "./schemas";
import { checkSignIn, EMAIL_PATTERN, type SignInValues } from "./sign-in-check";

// The browser's check must answer as the server's schema does: same messages at the same fields,
// same values sent. Otherwise a visitor would see one error, then another after submitting.

const INPUTS: SignInValues[] = [
  { email: "", password: "" },
  { email: "   ", password: "x" },
  { email: "applicant@example.com", password: "secret" },
  { email: "  Applicant@Example.COM  ", password: " spaced " },
  { email: "applicant@example", password: "secret" },
  { email: "no-at-sign.example.com", password: "secret" },
  { email: ".leading@example.com", password: "secret" },
  { email: "two..dots@example.com", password: "secret" },
  { email: "o'brien+tag@mail.example.kz", password: "secret" },
  { email: "a@b.c", password: "secret" },
  { email: `${"a".repeat(250)}@example.com`, password: "secret" },
  { email: "applicant@example.com", password: "p".repeat(1025) },
  { email: "applicant@example.com", password: "p".repeat(1024), callbackUrl: "/portal" },
  { email: "мария@пример.рф", password: "secret" },
];

function schemaAnswer(input: SignInValues) {
  const parsed = signInSchema.safeParse(input);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

describe("checkSignIn", () => {
  it.each(INPUTS)("answers as signInSchema does for %j", (input) => {
    expect(checkSignIn(input)).toEqual(schemaAnswer(input));
  });

  it("uses zod's own e-mail pattern", () => {
    expect(EMAIL_PATTERN.source).toBe(z.regexes.email.source);
    expect(EMAIL_PATTERN.flags).toBe(z.regexes.email.flags);
  });

  it("names both fields when both are wrong", () => {
    expect(checkSignIn({ email: "nope", password: "" })).toEqual({
      ok: false,
      fieldErrors: { email: "validation.emailInvalid", password: "validation.passwordRequired" },
    });
  });
});
