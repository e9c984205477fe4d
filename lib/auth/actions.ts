"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { isRegistrationThrottled, recordRegistrationAttempt } from "@/lib/data/login-attempts";
import { getLocale } from "next-intl/server";
import { signIn, signOut } from "./auth";
import { homePathFor, safeReturnPath } from "./roles";
import { changePasswordSchema, fieldErrorsOf, registerSchema, signInSchema, type FormResult } from "./schemas";
import { changePassword, rememberLocale } from "@/lib/data/change-password";
import { requireUser } from "./current-user";
import { findUserForSignIn, revokeSessions } from "@/lib/data/users";
import { registerApplicant } from "@/lib/data/register-applicant";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

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
      const code = (error as AuthError & { code?: string }).code;
      return { ok: false, formError: code === "throttled" ? "auth.signIn.throttled" : error.type === "CredentialsSignin" ? "auth.signIn.invalid" : "auth.signIn.failed" };
    }
    throw error;
  }
}

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, callbackUrl } = parsed.data;
  return signInWithPassword(email, password, await destinationAfterSignIn(email, callbackUrl));
}

export async function registerAction(input: unknown): Promise<FormResult> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  if (await isRegistrationThrottled(ip)) return { ok: false, formError: "auth.register.throttled" };
  await recordRegistrationAttempt(ip);
  const outcome = await registerApplicant(parsed.data);
  if (!outcome.ok) {
    return outcome.conflict === "email"
      ? { ok: false, fieldErrors: { email: "auth.register.emailTaken" } }
      : { ok: false, fieldErrors: { bin: "auth.register.binTaken" } };
  }
  return signInWithPassword(parsed.data.email, parsed.data.password, await localisedPath("/portal"));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: await localisedPath("/") });
}

export async function changePasswordAction(input: unknown): Promise<FormResult> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await changePassword(user, parsed.data.currentPassword, parsed.data.newPassword);
  if (!outcome.ok) return { ok: false, fieldErrors: { currentPassword: "account.wrongPassword" } };
  // The change ended every session, this one included: sign in again with the new password.
  return signInWithPassword(user.email, parsed.data.newPassword, `${await localisedPath("/profile")}?passwordChanged=1`);
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await revokeSessions(user.id);
  await signOut({ redirectTo: await localisedPath("/sign-in") });
}
