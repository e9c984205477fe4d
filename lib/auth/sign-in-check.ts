import type { FormCheck } from "@/lib/kernel/forms";

// The sign-in form's check in the browser, without zod (issue 19): the same rules and message
// keys as signInSchema (schemas.ts), which the server action still parses with;
// sign-in-check.test.ts compares the two.

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 1024;
/** zod's own e-mail pattern (z.regexes.email), so both sides accept the same addresses. */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export type SignInValues = { email: string; password: string; callbackUrl?: string };

/** The message key for an e-mail address, or null when it passes (trimmed first). */
export function emailProblem(email: string): string | null {
  if (email.length < 1) return "validation.emailInvalid";
  if (email.length > EMAIL_MAX_LENGTH) return "validation.tooLong";
  return EMAIL_PATTERN.test(email) ? null : "validation.emailInvalid";
}

export const checkSignIn: FormCheck<SignInValues> = (input) => {
  const values = { ...input, email: input.email.trim() };
  const fieldErrors: Record<string, string> = {};
  const email = emailProblem(values.email);
  if (email) fieldErrors.email = email;
  if (values.password.length < 1) fieldErrors.password = "validation.passwordRequired";
  else if (values.password.length > PASSWORD_MAX_LENGTH) fieldErrors.password = "validation.tooLong";
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, values };
};
