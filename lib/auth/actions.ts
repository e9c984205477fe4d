"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { auth, signIn, signOut } from "./auth";
import { homePathFor } from "../kernel/roles";
import { safeReturnPath } from "./return-path";
import { changePasswordSchema, registerSchema, signInSchema } from "./schemas";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { AccountError, accountRefusal } from "@/lib/auth/errors";
import { changePassword, rememberLocale } from "@/lib/auth/data/change-password";
import { requireUser } from "./current-user";
import { findUserForSignIn, revokeSessions } from "@/lib/auth/data/users";
import { registerApplicant } from "@/lib/auth/data/register-applicant";
import { consumeThrottle } from "@/lib/auth/data/throttles";
import { revokeMySession, revokeSession } from "@/lib/auth/data/user-sessions";
import { clientAddress } from "@/lib/http/client-address";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";

async function localisedPath(path: string): Promise<string> {
  const locale = (await getLocale()) as Locale;
  return getPathname({ href: path, locale });
}

/** The path to go to after signing in: where the visitor was going, else their role's home. */
async function destinationAfterSignIn(email: string, callbackUrl: string | undefined): Promise<string> {
  const requested = safeReturnPath(callbackUrl);
  if (requested) return requested;
  const user = await findUserForSignIn(email);
  return localisedPath(homePathFor(user?.role ?? "APPLICANT"));
}

const SIGN_IN_ERRORS: Record<string, string> = { throttled: "auth.signIn.throttled", unverified: "auth.signIn.unverified" };

async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<FormResult> {
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (error) {
    if ((error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) {
      // Signed in: e-mails follow the language the user last used the portal in.
      const user = await findUserForSignIn(email);
      if (user) await rememberLocale(user.id, await getLocale());
      throw error;
    }
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "";
      return {
        ok: false,
        formError: SIGN_IN_ERRORS[code] ?? (error.type === "CredentialsSignin" ? "auth.signIn.invalid" : "auth.signIn.failed"),
      };
    }
    throw error;
  }
}

// signInAction and registerAction are not on runFormAction: they are public (no actor to resolve),
// sign-in's refusals are Auth.js's (AuthError codes above), and registration must answer the same,
// at the same speed, whether the address is new or taken (its work runs after the answer).

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, callbackUrl } = parsed.data;
  return signInWithPassword(email, password, await destinationAfterSignIn(email, callbackUrl));
}

/**
 * Always the same answer for a valid form ({ ok: true }: "check your e-mail"), whether the address
 * or BIN is new or taken; what happened is told by e-mail (lib/auth/data/register-applicant.ts). The
 * work itself runs after the answer is sent (next/server `after`), so that its duration, which
 * differs between a new and a taken address, cannot be read from the response time either.
 */
export async function registerAction(input: unknown): Promise<FormResult> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const throttle = await consumeThrottle("register", clientAddress(await headers()));
  if (!throttle.allowed) return { ok: false, formError: "auth.register.throttled" };
  const locale = await getLocale();
  after(async () => {
    try {
      await registerApplicant(parsed.data, locale);
    } catch (error) {
      console.error("Registration failed after the answer was sent:", error instanceof Error ? error.message : error);
    }
  });
  return { ok: true };
}

/** Not on runFormAction: no input, nothing to refuse, and the only answer is Auth.js's redirect. */
export async function signOutAction(): Promise<void> {
  // Auth.js's signOut event revokes the session row too; doing it here first does not depend on it.
  const session = (await auth()) as { sid?: string } | null;
  if (session?.sid) await revokeSession(session.sid, "SIGN_OUT");
  await signOut({ redirectTo: await localisedPath("/") });
}

export async function changePasswordAction(input: unknown): Promise<FormResult> {
  // What the sign-in after the change needs; kept here, not in the runner's answer, which never carries a password.
  let email = "";
  let newPassword = "";
  const result = await runFormAction({
    actor: requireUser,
    schema: changePasswordSchema,
    input,
    run: async (user, data) => {
      // The current password is a secret to guess like any other: counted before it is hashed.
      if (!(await consumeThrottle("changePassword", user.id)).allowed) throw new AccountError("THROTTLED");
      await changePassword(user, data.currentPassword, data.newPassword);
      [email, newPassword] = [user.email, data.newPassword];
    },
    invalid: (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error) }),
    refused: answerRefusals(accountRefusal),
  });
  if (!result.ok) return result;
  // The change ended every session, this one included: sign in again with the new password
  // (outside the runner: on success Auth.js answers with Next's redirect, which works by throwing).
  return signInWithPassword(email, newPassword, `${await localisedPath("/profile")}?passwordChanged=1`);
}

// Not on runFormAction, like signOutAction above: no input but a session id, nothing to refuse,
// and the only answer is Auth.js's redirect.

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await revokeSessions(user.id);
  await signOut({ redirectTo: await localisedPath("/sign-in") });
}

/** Signs out one of the user's devices from the profile's session list. */
export async function signOutDeviceAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const sessionId = formData.get("sessionId");
  if (typeof sessionId === "string" && sessionId.length <= 100) await revokeMySession(user, sessionId);
  if (sessionId === user.sessionId) {
    await signOut({ redirectTo: await localisedPath("/sign-in") });
    return;
  }
  redirect(`${await localisedPath("/profile")}?deviceSignedOut=1#sessions`);
}
