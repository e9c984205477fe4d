import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { isNotificationKind, type NotificationKind } from "@/lib/outbox/kinds";
import { isMandatoryEmail, kindsForRole } from "@/lib/outbox/policy";
import type { CurrentUser } from "@/lib/kernel/access";

export type EmailPreference = { kind: NotificationKind; isMandatory: boolean; isEnabled: boolean };

/** The profile form: the optional kinds the user wants by e-mail (checked boxes). */
export const emailPreferencesSchema = z.object({
  enabledKinds: z.array(z.string().max(64)).max(50),
});
export type EmailPreferencesInput = z.infer<typeof emailPreferencesSchema>;

/** Every kind the user can receive, mandatory ones marked (they are always on). */
export async function getEmailPreferences(actor: CurrentUser): Promise<EmailPreference[]> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailOptOuts: true } });
  return kindsForRole(actor.role).map((kind) => {
    const isMandatory = isMandatoryEmail(kind);
    return { kind, isMandatory, isEnabled: isMandatory || !user.emailOptOuts.includes(kind) };
  });
}

/**
 * Stores the opt-outs as "every optional kind of the user's role that is not enabled". Mandatory
 * kinds and kinds of other roles in the input are ignored: they cannot be turned off.
 */
export async function updateEmailPreferences(actor: CurrentUser, input: EmailPreferencesInput): Promise<EmailPreference[]> {
  const { enabledKinds } = emailPreferencesSchema.parse(input);
  const enabled = new Set(enabledKinds.filter(isNotificationKind));
  const optOuts = kindsForRole(actor.role).filter((kind) => !isMandatoryEmail(kind) && !enabled.has(kind));
  await prisma.user.update({ where: { id: actor.id }, data: { emailOptOuts: optOuts } });
  return getEmailPreferences(actor);
}
