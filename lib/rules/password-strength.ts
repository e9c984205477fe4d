// OWASP ASVS 6.2: at least 8 characters, long passphrases allowed, no composition rules,
// and the most common passwords refused. The list is short on purpose: it catches what
// people actually type first; length does the rest.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "passw0rd", "12345678", "123456789", "1234567890",
  "qwertyui", "qwerty123", "qwertyuiop", "11111111", "00000000", "iloveyou", "sunshine",
  "princess", "football", "baseball", "welcome1", "welcome123", "admin123", "administrator",
  "letmein1", "abc12345", "abcd1234", "trustno1", "1q2w3e4r", "1qaz2wsx", "zaq12wsx",
  "qazwsxedc", "asdfghjk", "asdf1234", "superman", "changeme", "p@ssw0rd", "p@ssword",
  "astana2025", "astana2026", "kazakhstan", "almaty123", "aifc2025", "aifc2026",
]);

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "TOO_COMMON" | "CONTAINS_EMAIL";

export function checkPasswordStrength(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (password.length > PASSWORD_MAX_LENGTH) return "TOO_LONG";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return "TOO_COMMON";
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return "CONTAINS_EMAIL";
  return null;
}
