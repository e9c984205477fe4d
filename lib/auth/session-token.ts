import { decode } from "next-auth/jwt";

// Reads the Auth.js session cookie (an encrypted JWT) the way Auth.js's own session endpoint does,
// without running that endpoint. `auth()` in a server component builds a Request and runs the
// whole of Auth.js for it: its CSRF cookie, the callbacks, and a newly encrypted token for a
// cookie that a server component cannot set. That was ~1–2 ms of CPU on every signed-in page
// (issue 19); decrypting the cookie is the only part a page needs. The same secrets, the same
// cookie name and salt, the same expiry check (jose's, in `decode`).

export type SessionClaims = { uid?: unknown; sv?: unknown; sid?: unknown };

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
    return await decode({ token, secret, salt: name });
  } catch {
    return null;
  }
}
