"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { acceptInvitation, inviteMember, revokeInvitation, viewInvitation } from "@/lib/company/data/company-invitations";
import { changeMemberRole, removeMember, type MemberChangeOutcome } from "@/lib/company/data/company-members";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { acceptInvitationSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema, memberRoleSchema } from "./schemas";

// Issue 17: thin adapters for the colleagues page and the invitation page. Each re-authenticates
// and re-validates; lib/data checks the company-administrator role again inside its transaction.

const answer = (outcome: MemberChangeOutcome | { ok: true } | { ok: false; error: string }): FormResult => {
  if (outcome.ok) {
    revalidatePath("/[locale]/portal/team", "page");
    return { ok: true };
  }
  return { ok: false, formError: `workspace.team.errors.${outcome.error}` };
};

export async function inviteMemberAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = inviteMemberSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await inviteMember(user, parsed.data);
  if (!outcome.ok && outcome.error === "ALREADY_MEMBER")
    return { ok: false, fieldErrors: { email: "workspace.team.errors.ALREADY_MEMBER" } };
  return answer(outcome);
}

export async function changeMemberRoleAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = memberRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "workspace.team.errors.INVALID" };
  return answer(await changeMemberRole(user, parsed.data));
}

export async function removeMemberAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = memberIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "workspace.team.errors.INVALID" };
  return answer(await removeMember(user, parsed.data));
}

export async function revokeInvitationAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = invitationIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "workspace.team.errors.INVALID" };
  return answer(await revokeInvitation(user, parsed.data.invitationId));
}

/** Public: the token is the credential. On success the new member is signed in and taken to the portal. */
export async function acceptInvitationAction(token: string, input: unknown): Promise<FormResult> {
  const view = await viewInvitation(token);
  if (view.state !== "VALID")
    return { ok: false, formError: view.state === "EMAIL_TAKEN" ? "workspace.invitation.emailTaken" : "workspace.invitation.invalid" };
  const parsed = acceptInvitationSchema(view.email).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await acceptInvitation(token, parsed.data);
  if (!outcome.ok)
    return { ok: false, formError: outcome.error === "EMAIL_TAKEN" ? "workspace.invitation.emailTaken" : "workspace.invitation.invalid" };
  try {
    await signIn("credentials", {
      email: outcome.email,
      password: parsed.data.password,
      redirectTo: getPathname({ href: "/portal", locale: (await getLocale()) as Locale }),
    });
  } catch (error) {
    if ((error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw error;
    if (error instanceof AuthError) return { ok: false, formError: "workspace.invitation.signInFailed" };
    throw error;
  }
  return { ok: true };
}
