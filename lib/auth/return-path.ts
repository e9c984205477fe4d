// The one parser for every "go back to where you were" path (after sign-in, sign-out, language
// switch, forms with returnTo). Browsers drop TAB, CR and LF inside URLs and read "\" as "/", so
// "/\t/evil.example/" becomes "//evil.example/" (found in the 2026-12-01 probe): a string check
// is not enough. The value is parsed as a URL against a fixed origin, must stay on that origin,
// and the path is rebuilt from the parsed parts, which also percent-encodes anything that would
// be illegal in a Location header (CR, LF, U+3000 answered 500 before).
const PROBE_ORIGIN = "https://return-path.invalid";
const MAX_LENGTH = 2048;

// C0 controls, DEL, C1 controls and the Unicode format/separator characters browsers ignore or
// that make a path display differently from what it is (bidi overrides, zero-width, line separators).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;

function decodeRepeatedly(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A same-origin path ("/portal?x=1#y") or null; callers fall back to the area's home. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  const stripped = value.replace(INVISIBLE, "").trim();
  if (!stripped.startsWith("/") || stripped.startsWith("//") || stripped.includes("\\")) return null;
  // However many times it is decoded (a nested callbackUrl, "%2F%2F", "%5C"), it must not turn
  // into a protocol-relative or backslash path either.
  const decoded = decodeRepeatedly(stripped);
  if (decoded === null) return null;
  const decodedPath = decoded.replace(INVISIBLE, "");
  if (decodedPath.startsWith("//") || decodedPath.startsWith("/\\") || /^\/[a-z][a-z0-9+.-]*:/i.test(decodedPath)) return null;
  let url: URL;
  try {
    url = new URL(stripped, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN || url.username || url.password) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return null;
  return path;
}
