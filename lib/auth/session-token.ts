import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

// Reads the Auth.js session cookie (an encrypted JWT) the way Auth.js's own session endpoint does,
// without running that endpoint. `auth()` in a server component builds a Request and runs the
// whole of Auth.js for it: its CSRF cookie, the callbacks, and a newly encrypted token for a
// cookie that a server component cannot set. That was ~1–2 ms of CPU on every signed-in page
// (issue 19); decrypting the cookie is the only part a page needs. The same secrets, the same
// cookie name and salt, the same expiry check (jose's, in `decode`).

export type SessionClaims = { uid?: unknown; sv?: unknown; sid?: unknown; exp?: unknown };

// A token is decrypted once per process, not on every request: the same string always decrypts to
// the same claims, and decrypting (key derivation, AES-CBC and its HMAC) was ~1 ms of CPU per
// signed-in page (issue 19). Only tokens that decrypted are kept, so made-up cookies cannot fill
// it; an entry is used no longer than its token's own expiry, and the session it names is still
// checked against the database on every request, so signing out or a revoked session still ends
// at once. The key includes the secrets and the cookie name (the salt), as decrypting would.
const DECODED_TOKENS_MAX = 5_000;
// next-auth's decode accepts a token up to 15 s past its expiry (jose's clockTolerance).
const CLOCK_TOLERANCE_MS = 15_000;
const decodedTokens = new LRUCache<string, { claims: SessionClaims; usableUntil: number }>({ max: DECODED_TOKENS_MAX });

/** Decrypts a token (or finds it decrypted before); null when it does not decrypt or has expired. */
async function decodeOnce(token: string, secret: string[], salt: string): Promise<SessionClaims | null> {
  const key = `${secret.join("\n")}\n${salt}\n${token}`;
  const known = decodedTokens.get(key);
  if (known && Date.now() < known.usableUntil) return known.claims;
  if (known) decodedTokens.delete(key);
  const claims = await decode({ token, secret, salt });
  if (!claims) return null;
  // Auth.js always sets `exp`; a token without one is not kept (it is decrypted each time instead).
  if (typeof claims.exp === "number") decodedTokens.set(key, { claims, usableUntil: claims.exp * 1000 + CLOCK_TOLERANCE_MS });
  return claims;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Auth.js's choice: secure cookies when the URL it would build for this request is https. */
export function usesSecureCookies(env: Environment, forwardedProto: string | null): boolean {
  const pinned = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (pinned) return new URL(pinned).protocol === "https:";
  return (forwardedProto ?? "https").replace(/:$/, "") === "https";
}

/** The session cookie's name, which is also the key derivation's salt. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/** The secrets Auth.js tries, newest first (AUTH_SECRET_1..3 for rotation, then AUTH_SECRET). */
export function sessionSecrets(env: Environment): string[] {
  const base = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  const rotated = ([3, 2, 1] as const).map((i) => env[`AUTH_SECRET_${i}`]);
  return [...rotated, base].filter((s): s is string => !!s);
}

/** The token from the cookies, joined from chunks (`name.0`, `name.1`, …) as Auth.js writes large ones. */
export function sessionTokenFrom(cookies: { name: string; value: string }[], name: string): string | undefined {
  const parts = cookies
    .filter((c) => c.name.startsWith(name) && c.value)
    .sort((a, b) => (parseInt(a.name.split(".").pop() || "0") || 0) - (parseInt(b.name.split(".").pop() || "0") || 0));
  return parts.length ? parts.map((c) => c.value).join("") : undefined;
}

/**
 * The session's claims, or null without a valid, unexpired token. What they name is checked
 * against the database by the caller (lib/auth/current-user.ts).
 */
export async function readSessionClaims(
  cookies: { name: string; value: string }[],
  forwardedProto: string | null,
  env: Environment = process.env,
): Promise<SessionClaims | null> {
  const name = sessionCookieName(usesSecureCookies(env, forwardedProto));
  const token = sessionTokenFrom(cookies, name);
  const secret = sessionSecrets(env);
  if (!token || secret.length === 0) return null;
  try {
    return await decodeOnce(token, secret, name);
  } catch {
    return null;
  }
}
