// Open-redirect payloads shared by the unit test of lib/auth/return-path.ts and the attack suite
// (tests/security). Each one, used as a return path, must never leave the portal's origin.
const HOSTS = ["evil.example", "evil.example:443", "attacker.example/path", "127.0.0.1.nip.example"];
const PREFIXES = [
  "//",
  "/\t/",
  "/\n/",
  "/\r/",
  "/\r\n/",
  "\t//",
  " //",
  "/ /",
  "/%09/",
  "/%0a/",
  "/%0d/",
  "/%2f",
  "%2f%2f",
  "/%2F/",
  "\\\\",
  "/\\",
  "\\/",
  "/%5c",
  "%5c%5c",
  "/\u3000/",
  "\u3000//",
  "/\u202e/",
  "/\u200b/",
  "/\ufeff/",
  "https://",
  "http:",
  "javascript:",
  "data:text/html,",
  "//%09",
  "/%252f/",
  "/%25252f%25252f",
  "/.//",
  "///",
  "////",
  "https:/",
  "/\u0000/",
];
const NESTED = [
  "/sign-in?callbackUrl=%2F%2Fevil.example%2F",
  "/sign-in?callbackUrl=https%3A%2F%2Fevil.example",
  "/ru/sign-in?callbackUrl=%2F%09%2Fevil.example%2F",
  "/api/auth/signin?callbackUrl=//evil.example",
];

/** About 200 hostile return paths (control characters, encodings, backslashes, schemes, nesting). */
export function redirectPayloads(): string[] {
  const payloads = new Set<string>();
  for (const prefix of PREFIXES) for (const host of HOSTS) payloads.add(`${prefix}${host}`);
  for (const nested of NESTED) payloads.add(nested);
  payloads.add("javascript:alert(1)");
  payloads.add("/\u2028/evil.example");
  payloads.add("https:evil.example");
  payloads.add("/\\/evil.example/");
  payloads.add("/%2f%2fevil.example");
  payloads.add("/%E3%80%80/evil.example");
  return [...payloads];
}

/** Is a Location header (absolute or relative) outside `origin`? */
export function isOffSite(location: string, origin: string): boolean {
  try {
    return new URL(location, origin).origin !== origin;
  } catch {
    return true;
  }
}
