"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { signIn } from "@/lib/auth/auth";
import { requireArea } from "@/lib/auth/current-user";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/kernel/access";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, refusalAnswer, type FormResult } from "@/lib/kernel/forms";
import {
  acceptInvitation,
  inviteMember,
  revokeInvitation,
  viewInvitation,
  type AcceptedInvitation,
} from "@/lib/company/data/company-invitations";
import { changeMemberRole, removeMember } from "@/lib/company/data/company-members";
import { TEAM_ERROR_MESSAGES, teamRefusal } from "@/lib/company/errors";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { acceptInvitationSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema, memberRoleSchema } from "./schemas";

// Issue 17: thin adapters for the colleagues page and the invitation page, run by runFormAction
// (re-authenticate, re-validate); lib/company/data checks the company-administrator role again
// inside its transaction. Refusals are TeamErrors, answered from lib/company/errors.ts.

const invalidRequest = (): FormResult => ({ ok: false, formError: "workspace.team.errors.INVALID" });

function teamAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  run: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
  invalid: (error: z.ZodError) => FormResult = invalidRequest,
): Promise<FormResult> {
  return runFormAction({
    actor: () => requireArea("portal"),
    schema,
    input,
    run,
    invalid,
    refused: answerRefusals(teamRefusal),
    revalidate: () => revalidatePath("/[locale]/portal/team", "page"),
  });
}

export async function inviteMemberAction(input: unknown): Promise<FormResult> {
  return teamAction(inviteMemberSchema, input, inviteMember, (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error) }));
}

export async function changeMemberRoleAction(input: unknown): Promise<FormResult> {
  return teamAction(memberRoleSchema, input, changeMemberRole);
}

export async function removeMemberAction(input: unknown): Promise<FormResult> {
  return teamAction(memberIdSchema, input, removeMember);
}

export async function revokeInvitationAction(input: unknown): Promise<FormResult> {
  return teamAction(invitationIdSchema, input, (user, { invitationId }) => revokeInvitation(user, invitationId));
}

/**
 * Public: the token is the credential. On success the new member is signed in and taken to the
 * portal. Not on runFormAction: there is no signed-in actor, the schema is built from the
 * invitation (its address), and success ends in Auth.js's sign-in instead of an answer.
 */
export async function acceptInvitationAction(token: string, input: unknown): Promise<FormResult> {
  const view = await viewInvitation(token);
  if (view.state !== "VALID")
    return refusalAnswer(TEAM_ERROR_MESSAGES[view.state === "EMAIL_TAKEN" ? "EMAIL_TAKEN" : "INVITATION_INVALID"]);
  const parsed = acceptInvitationSchema(view.email).safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  let accepted: AcceptedInvitation;
  try {
    accepted = await acceptInvitation(token, parsed.data);
  } catch (error) {
    return answerRefusals(teamRefusal)(error);
  }
  try {
    await signIn("credentials", {
      email: accepted.email,
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
