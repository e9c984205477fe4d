import { randomBytes } from "node:crypto";
import { addDays, subHours, subSeconds } from "date-fns";
import { prisma } from "@/lib/db/client";
import type { CurrentUser } from "./users";

// Server-side session records (ASVS 7.1–7.4): the signed cookie only names a row; the row decides.
// Idle timeout 8 hours (counted from lastSeenAt), absolute lifetime 7 days from sign-in, whatever
// the activity; sliding the cookie's own expiry (Auth.js does on every /api/auth/session call)
// therefore no longer extends a stolen token's life.
export const SESSION_IDLE_HOURS = 8;
export const SESSION_ABSOLUTE_DAYS = 7;
// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_EVERY_SECONDS = 60;

export type RevokeReason = "SIGN_OUT" | "SIGN_OUT_DEVICE" | "SIGN_OUT_EVERYWHERE" | "PASSWORD_CHANGED" | "ACCOUNT_DEACTIVATED" | "ROLE_CHANGED" | "MEMBER_REMOVED";

export async function createUserSession(userId: string, client: { ipAddress: string; userAgent: string }, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await prisma.userSession.create({
    data: {
      id, userId, createdAt: now, lastSeenAt: now, expiresAt: addDays(now, SESSION_ABSOLUTE_DAYS),
      ipAddress: client.ipAddress.slice(0, 45), userAgent: client.userAgent.slice(0, 400),
    },
  });
  return id;
}

/** Is this row a live session at `now`? (Not revoked, within both lifetimes.) */
export function activeSessionWhere(now = new Date()) {
  return { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: subHours(now, SESSION_IDLE_HOURS) } };
}

/** The user behind a live session, or null; keeps the session's lastSeenAt current. */
export async function findUserBySession(sessionId: string, now = new Date()) {
  const session = await prisma.userSession.findFirst({
    where: { id: sessionId, ...activeSessionWhere(now) },
    select: {
      lastSeenAt: true,
      user: {
        select: {
          id: true, email: true, name: true, role: true, locale: true, companyId: true, isActive: true, emailVerifiedAt: true,
          company: { select: { name: true, verification: true } },
        },
      },
    },
  });
  if (!session || !session.user.isActive || !session.user.emailVerifiedAt) return null;
  if (session.lastSeenAt < subSeconds(now, TOUCH_EVERY_SECONDS)) {
    await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { ...session.user, sessionId };
}

export async function revokeSession(sessionId: string, reason: RevokeReason): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}

/** Ends every session of a user (sign-out everywhere, password change, deactivation, member removal). */
export async function revokeAllSessions(userId: string, reason: RevokeReason, options: { except?: string } = {}): Promise<number> {
  const { count } = await prisma.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

export type SessionListItem = { id: string; createdAt: Date; lastSeenAt: Date; ipAddress: string; userAgent: string; isCurrent: boolean };

/** The signed-in user's own live sessions, most recent first. */
export async function listMySessions(actor: CurrentUser): Promise<SessionListItem[]> {
  const sessions = await prisma.userSession.findMany({
    where: { userId: actor.id, ...activeSessionWhere() },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, ipAddress: true, userAgent: true },
  });
  return sessions.map((session) => ({ ...session, isCurrent: session.id === actor.sessionId }));
}

/** Signs out one of the user's own devices; another user's session id matches nothing. */
export async function revokeMySession(actor: CurrentUser, sessionId: string): Promise<boolean> {
  const { count } = await prisma.userSession.updateMany({
    where: { id: sessionId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: "SIGN_OUT_DEVICE" },
  });
  if (count) await prisma.auditEvent.create({ data: { actorId: actor.id, action: "SIGN_OUT_DEVICE", entityType: "User", entityId: actor.id } });
  return count > 0;
}
