import { prisma } from "@/lib/db/client";
import { isDemoAccountEmail } from "@/lib/db/demo-accounts";
import { isDemoAllowed } from "@/lib/env";
import { toCurrentUser, type CurrentUser } from "@/lib/kernel/access";
import { findUserBySession, revokeAllSessions, type RevokeReason } from "./user-sessions";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only for sign-in: the one place a password hash leaves the database. */
export async function findUserForSignIn(email: string) {
  // Their passwords are public: should demo data ever reach a production database, they stay locked.
  if (!isDemoAllowed() && isDemoAccountEmail(email)) return null;
  return prisma.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, passwordHash: true, role: true, isActive: true, sessionVersion: true, emailVerifiedAt: true },
  });
}

/** The signed-in user, if the account is still active and the session not revoked. */
export async function findSessionUser(userId: string, sessionVersion: number): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      companyId: true,
      isActive: true,
      sessionVersion: true,
      company: { select: { name: true } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return toCurrentUser(user);
}

/** The user of a live server-side session whose token carries `sessionVersion`, or null. */
export async function findCurrentUserBySession(sessionId: string, sessionVersion: number): Promise<CurrentUser | null> {
  // One statement (it used to be two, then the banner's and the bell's own): the session row, its
  // user, the company and the unread count together.
  const user = await findUserBySession(sessionId);
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return {
    ...toCurrentUser(user),
    sessionId,
    companyVerification: user.company ? { status: user.company.verification, note: user.company.verificationNote } : null,
    unreadNotifications: user.unreadNotifications,
  };
}

/** Sign out everywhere: every session row ends and every token issued before this call stops working. */
export async function revokeSessions(userId: string, reason: RevokeReason = "SIGN_OUT_EVERYWHERE"): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await revokeAllSessions(userId, reason);
}
