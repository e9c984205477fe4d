import { prisma } from "@/lib/db/client";
import { safeParseNotification, type AnyNotification } from "@/lib/outbox/kinds";
import type { CurrentUser } from "@/lib/kernel/access";

// In-portal notifications. Every query is scoped to the acting user's own rows in its `where`:
// another user's notification id simply matches nothing (no existence oracle).

export const NOTIFICATION_PAGE_SIZE = 50;

export type NotificationItem = {
  id: string;
  createdAt: Date;
  isRead: boolean;
  /** null when the stored payload no longer matches its kind (written by another version). */
  notification: AnyNotification | null;
};

export async function countUnreadNotifications(actor: CurrentUser): Promise<number> {
  // Read with the session on a page request (findCurrentUserBySession), unless changed since.
  if (actor.unreadNotifications !== undefined) return actor.unreadNotifications;
  return prisma.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The newest notifications first; unread ones are not pulled ahead so the list reads as a timeline. */
export async function listNotifications(actor: CurrentUser, limit = NOTIFICATION_PAGE_SIZE): Promise<NotificationItem[]> {
  const rows = await prisma.notification.findMany({
    where: { userId: actor.id },
    select: { id: true, kind: true, payload: true, readAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    isRead: row.readAt !== null,
    notification: safeParseNotification(row.kind, row.payload),
  }));
}

/** False when there is no such unread notification of this user. */
export async function markNotificationRead(actor: CurrentUser, notificationId: string, now = new Date()): Promise<boolean> {
  const updated = await prisma.notification.updateMany({
    where: { id: notificationId, userId: actor.id, readAt: null },
    data: { readAt: now },
  });
  // The request's user object is cached for its render: the bell must count again.
  delete actor.unreadNotifications;
  return updated.count === 1;
}

export async function markAllNotificationsRead(actor: CurrentUser, now = new Date()): Promise<number> {
  const updated = await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
  delete actor.unreadNotifications;
  return updated.count;
}
