// OWASP ASVS 6.2 / NIST SP 800-63B: at least 12 characters (the 2026-12-01 probe got `qwerty12`,
// `password12`, `12341234`, `iloveyou1` and `Qwerty123!` accepted at 8), long passphrases
// allowed, no composition rules, and passwords that are only a well-known word, keyboard walk or
// number run padded to length refused. Length does most of the work; the checks below catch what
// people type when told "at least 12".
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Stems of the most common breached passwords (with digits, symbols and case removed).
const COMMON_STEMS = new Set([
  "password",
  "passw0rd",
  "qwerty",
  "qwertyuiop",
  "qwertyui",
  "asdfgh",
  "asdfghjkl",
  "zxcvbn",
  "zxcvbnm",
  "iloveyou",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "welcome",
  "admin",
  "administrator",
  "letmein",
  "trustno",
  "abc",
  "abcd",
  "abcdef",
  "qazwsx",
  "qazwsxedc",
  "zaq",
  "wsx",
  "superman",
  "batman",
  "changeme",
  "monkey",
  "dragon",
  "master",
  "shadow",
  "michael",
  "jennifer",
  "hello",
  "freedom",
  "whatever",
  "starwars",
  "login",
  "secret",
  "passpass",
  "astana",
  "almaty",
  "kazakhstan",
  "qazaqstan",
  "aifc",
  "expat",
  "expatcentre",
  "portal",
  "parol",
  "пароль",
  "йцукен",
]);
const KEYBOARD_RUNS = ["1234567890", "0987654321", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc", "йцукенгшщзхъ", "фывапролдж"];

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "TOO_COMMON" | "CONTAINS_EMAIL";

/** Made only of one keyboard or number run (or its pieces), e.g. "123412341234", "qwertyqwerty". */
function isKeyboardRun(lower: string): boolean {
  const compact = lower.replace(/[^\p{L}\p{N}]/gu, "");
  if (compact.length === 0) return true;
  return KEYBOARD_RUNS.some((run) => {
    let rest = compact;
    while (rest.length) {
      let longest = 0;
      for (let n = Math.min(rest.length, run.length); n >= 3; n--) {
        if (run.includes(rest.slice(0, n))) {
          longest = n;
          break;
        }
      }
      if (!longest) return false;
      rest = rest.slice(longest);
    }
    return true;
  });
}

export function checkPasswordStrength(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (password.length > PASSWORD_MAX_LENGTH) return "TOO_LONG";
  const lower = password.toLowerCase();
  // A common word with only digits, symbols and repeats around it ("Password1234!", "qwerty123456").
  const letters = lower.replace(/[^\p{L}]/gu, "");
  const stem = letters.replace(/(.+?)\1+$/u, "$1");
  if (
    COMMON_STEMS.has(letters) ||
    COMMON_STEMS.has(stem) ||
    /^(.)\1+$/u.test(password) ||
    new Set(lower).size <= 3 ||
    isKeyboardRun(lower)
  ) {
    return "TOO_COMMON";
  }
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return "CONTAINS_EMAIL";
  return null;
}
