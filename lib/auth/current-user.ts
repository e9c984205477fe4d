import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { readSessionClaims } from "./session-token";
import { canEnter, type Area } from "../kernel/roles";
import { safeReturnPath } from "@/lib/auth/return-path";
import { findCurrentUserBySession } from "@/lib/auth/data/users";
import { type CurrentUser } from "@/lib/kernel/access";
import { redirect } from "@/lib/i18n/navigation";
import { noteRequestUser } from "@/lib/log/request-context";

/** The signed-in user, or null. Re-checked against the database on every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // The cookie decrypted directly rather than through auth(): the same check, a fraction of the CPU.
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const session = await readSessionClaims(cookieStore.getAll(), requestHeaders.get("x-forwarded-proto"));
  if (typeof session?.uid !== "string" || typeof session.sv !== "number" || typeof session.sid !== "string") return null;
  const found = await findCurrentUserBySession(session.sid, session.sv);
  const user = found?.id === session.uid ? found : null;
  if (user) noteRequestUser(user.id);
  return user;
});

/** The signed-in user; a visitor is sent to sign in and brought back afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const locale = await getLocale();
  // proxy.ts passes the requested path along; without it the user lands on their home page.
  const requestHeaders = await headers();
  const returnTo = safeReturnPath(requestHeaders.get("x-return-to"));
  // A form posted without a session, or a session cookie that no longer works, means the session
  // ended under the user: the sign-in page says so (and the form keeps what was typed, see
  // components/applications/use-kept-answers.ts) instead of a bare sign-in page.
  const hadSession = (await cookies()).getAll().some((c) => c.name.endsWith("authjs.session-token"));
  const sessionEnded = hadSession || requestHeaders.has("next-action");
  const query = { ...(returnTo ? { callbackUrl: returnTo } : {}), ...(sessionEnded ? { reason: "session-ended" } : {}) };
  return redirect({ href: { pathname: "/sign-in", query }, locale });
}

/** The signed-in user if they may enter `area`; otherwise a 403 page. */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canEnter(area, user.role)) forbidden();
  return user;
}
