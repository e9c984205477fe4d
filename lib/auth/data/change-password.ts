import { prisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/kernel/access";
import { AccountError } from "@/lib/auth/errors";
import { revokeAllSessions } from "./user-sessions";

/**
 * A new password for the signed-in user. Every other session ends (session version bumped):
 * whoever knew the old password, e.g. from an invitation, is signed out. Refused with AccountError
 * WRONG_PASSWORD.
 */
export async function changePassword(actor: CurrentUser, currentPassword: string, newPassword: string): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AccountError("WRONG_PASSWORD");
  await prisma.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
  await revokeAllSessions(actor.id, "PASSWORD_CHANGED");
  await prisma.auditEvent.create({ data: { actorId: actor.id, action: "CHANGE_PASSWORD", entityType: "User", entityId: actor.id } });
}

/** The user's language, used for their e-mails. */
export async function rememberLocale(userId: string, locale: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId, NOT: { locale } }, data: { locale } });
}
