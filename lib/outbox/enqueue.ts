import type { Prisma } from "@/lib/db/generated/client";
import { isLocale, type Locale } from "@/lib/kernel/locales";
import { NOTIFICATION_PAYLOAD_SCHEMAS, type NotificationKind, type NotificationPayloadInput } from "./kinds";
import { shouldEmail } from "./policy";

type Tx = Prisma.TransactionClient;

export type EnqueueRequest<K extends NotificationKind> = {
  kind: K;
  recipientUserId: string;
  payload: NotificationPayloadInput<K>;
};

export type EnqueueResult = { notificationId: string; outboxId: string | null };

/** What the worker needs besides the payload: the greeting is fixed when the event happens. */
export type OutboxEnvelope = { recipientName: string; payload: Prisma.InputJsonValue };

/**
 * Records one notification for one user: the in-portal row always, and an e-mail in the outbox
 * (in the user's language) unless the user opted out of this optional kind. Call it with the
 * caller's transaction client, so the notification exists if and only if the change that caused
 * it was committed; the worker (lib/notify/worker.ts) sends the e-mail afterwards.
 *
 * Not an authorization point: callers are workflow code that has already checked the actor.
 * An inactive or unknown recipient gets nothing (returns null).
 */
export async function enqueueNotification<K extends NotificationKind>(tx: Tx, request: EnqueueRequest<K>): Promise<EnqueueResult | null> {
  // Validate before writing: a malformed payload is the caller's bug and must fail its transaction.
  const payload = NOTIFICATION_PAYLOAD_SCHEMAS[request.kind].parse(request.payload) as Prisma.InputJsonValue;
  const user = await tx.user.findUnique({
    where: { id: request.recipientUserId },
    select: { id: true, email: true, name: true, locale: true, isActive: true, emailOptOuts: true },
  });
  if (!user || !user.isActive) return null;
  const notification = await tx.notification.create({
    data: { userId: user.id, kind: request.kind, payload },
    select: { id: true },
  });
  if (!shouldEmail(request.kind, user.emailOptOuts)) return { notificationId: notification.id, outboxId: null };
  const locale: Locale = isLocale(user.locale) ? user.locale : "en";
  const envelope: OutboxEnvelope = { recipientName: user.name, payload };
  const outbox = await tx.outbox.create({
    data: { kind: request.kind, recipientId: user.id, toEmail: user.email, locale, payload: envelope },
    select: { id: true },
  });
  return { notificationId: notification.id, outboxId: outbox.id };
}

/** The same notification for every active STAFF user, e.g. APPLICATION_RECEIVED_STAFF for a new item. */
export async function enqueueNotificationForStaff<K extends NotificationKind>(
  tx: Tx,
  request: { kind: K; payload: NotificationPayloadInput<K> },
): Promise<EnqueueResult[]> {
  const users = await tx.user.findMany({ where: { role: "STAFF", isActive: true }, select: { id: true }, orderBy: { id: "asc" } });
  return enqueueForEach(tx, users, request);
}

/** The same notification for every active applicant of a company (visa reminders, company-wide news). */
export async function enqueueNotificationForCompany<K extends NotificationKind>(
  tx: Tx,
  request: { kind: K; companyId: string; payload: NotificationPayloadInput<K> },
): Promise<EnqueueResult[]> {
  const users = await tx.user.findMany({
    where: { companyId: request.companyId, role: "APPLICANT", isActive: true },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return enqueueForEach(tx, users, request);
}

async function enqueueForEach<K extends NotificationKind>(
  tx: Tx,
  users: { id: string }[],
  request: { kind: K; payload: NotificationPayloadInput<K> },
): Promise<EnqueueResult[]> {
  const results: EnqueueResult[] = [];
  // Sequential: a transaction client runs one statement at a time anyway.
  for (const user of users) {
    const result = await enqueueNotification(tx, { kind: request.kind, recipientUserId: user.id, payload: request.payload });
    if (result) results.push(result);
  }
  return results;
}

/**
 * An e-mail to an address that has no account (a registration refused before one was made):
 * the outbox row only, no in-portal notification. Same transaction rule as above.
 */
export async function enqueueEmailToAddress<K extends NotificationKind>(
  tx: Tx,
  request: { kind: K; toEmail: string; recipientName: string; locale: string; payload: NotificationPayloadInput<K> },
): Promise<string> {
  const payload = NOTIFICATION_PAYLOAD_SCHEMAS[request.kind].parse(request.payload) as Prisma.InputJsonValue;
  const locale: Locale = isLocale(request.locale) ? request.locale : "en";
  const envelope: OutboxEnvelope = { recipientName: request.recipientName, payload };
  const outbox = await tx.outbox.create({
    data: { kind: request.kind, recipientId: null, toEmail: request.toEmail, locale, payload: envelope },
    select: { id: true },
  });
  return outbox.id;
}
