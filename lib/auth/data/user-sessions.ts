import { randomBytes } from "node:crypto";
import { addDays, subHours, subSeconds } from "date-fns";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { CurrentUser } from "@/lib/kernel/access";

// Server-side session records (ASVS 7.1–7.4): the signed cookie only names a row; the row decides.
// Idle timeout 8 hours (counted from lastSeenAt), absolute lifetime 7 days from sign-in, whatever
// the activity; sliding the cookie's own expiry (Auth.js does on every /api/auth/session call)
// therefore no longer extends a stolen token's life.
export const SESSION_IDLE_HOURS = 8;
export const SESSION_ABSOLUTE_DAYS = 7;
// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_EVERY_SECONDS = 60;

export type RevokeReason =
  "SIGN_OUT" | "SIGN_OUT_DEVICE" | "SIGN_OUT_EVERYWHERE" | "PASSWORD_CHANGED" | "ACCOUNT_DEACTIVATED" | "ROLE_CHANGED" | "MEMBER_REMOVED";

export async function createUserSession(
  userId: string,
  client: { ipAddress: string; userAgent: string },
  now = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await prisma.userSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: addDays(now, SESSION_ABSOLUTE_DAYS),
      ipAddress: client.ipAddress.slice(0, 45),
      userAgent: client.userAgent.slice(0, 400),
    },
  });
  return id;
}

/** Is this row a live session at `now`? (Not revoked, within both lifetimes.) */
export function activeSessionWhere(now = new Date()) {
  return { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: subHours(now, SESSION_IDLE_HOURS) } };
}

type SessionUserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  companyId: string | null;
  isActive: boolean;
  emailVerified: boolean;
  sessionVersion: number;
  companyName: string | null;
  companyVerification: "PENDING" | "VERIFIED" | "REFUSED" | null;
  companyVerificationNote: string | null;
  unreadNotifications: number;
  needsTouch: boolean;
};

/**
 * The user behind a live session, or null; keeps the session's lastSeenAt current. One statement
 * (issue 19; through Prisma's relations it was three) also brings what every signed-in page shows
 * around its content: the company's name and verification, and the unread count for the bell.
 * The WHERE clause is activeSessionWhere() in SQL.
 */
export async function findUserBySession(sessionId: string, now = new Date()) {
  const at = now.toISOString();
  const idleFrom = subHours(now, SESSION_IDLE_HOURS).toISOString();
  const touchBefore = subSeconds(now, TOUCH_EVERY_SECONDS).toISOString();
  const [row] = await prisma.$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", u."companyId", u."isActive",
           u."emailVerifiedAt" IS NOT NULL AS "emailVerified", u."sessionVersion",
           c."name" AS "companyName", c."verification"::text AS "companyVerification", c."verificationNote" AS "companyVerificationNote",
           (SELECT count(*) FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL)::int AS "unreadNotifications",
           s."lastSeenAt" < (${touchBefore}::timestamptz AT TIME ZONE 'UTC') AS "needsTouch"
    FROM "UserSession" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Company" c ON c."id" = u."companyId"
    WHERE s."id" = ${sessionId} AND s."revokedAt" IS NULL
      AND s."expiresAt" > (${at}::timestamptz AT TIME ZONE 'UTC')
      AND s."lastSeenAt" > (${idleFrom}::timestamptz AT TIME ZONE 'UTC')`;
  if (!row || !row.isActive || !row.emailVerified) return null;
  if (row.needsTouch) {
    await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    companyId: row.companyId,
    sessionVersion: row.sessionVersion,
    sessionId,
    unreadNotifications: row.unreadNotifications,
    company: row.companyVerification
      ? { name: row.companyName ?? "", verification: row.companyVerification, verificationNote: row.companyVerificationNote }
      : null,
  };
}

export async function revokeSession(sessionId: string, reason: RevokeReason): Promise<void> {
  await prisma.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
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
  if (count)
    await prisma.auditEvent.create({ data: { actorId: actor.id, action: "SIGN_OUT_DEVICE", entityType: "User", entityId: actor.id } });
  return count > 0;
}
