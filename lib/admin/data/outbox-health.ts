import { prisma as defaultDb, type Db } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

// How the e-mail queue is doing, in numbers (issue 13): what an administrator sees on
// /admin/emails and what monitoring reads from /api/monitoring/outbox. Counts and ages only:
// nothing personal, so the monitoring view needs no user, only its token (lib/monitoring).

export type OutboxHealth = {
  /** Waiting to be sent (including those backing off after a temporary failure). */
  pending: number;
  /** Pending and due now: what a running worker should be taking right now. */
  due: number;
  /** Given up: shown to administrators, who may send them again. */
  failed: number;
  sentLastHour: number;
  oldestPendingAt: Date | null;
  /** Seconds since the oldest pending message was written; null when none is pending. */
  oldestPendingAgeSeconds: number | null;
  /** Seconds the oldest due message has been due: grows without bound when no worker runs. */
  oldestDueAgeSeconds: number | null;
};

type Row = {
  pending: bigint;
  due: bigint;
  failed: bigint;
  sent_last_hour: bigint;
  oldest_pending_age: number | null;
  oldest_due_age: number | null;
};

async function queryOutboxHealth(db: Db, now: Date): Promise<OutboxHealth> {
  // Timestamps are UTC without time zone (Prisma's convention): compare in UTC explicitly.
  const at = now.toISOString();
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      count(*) FILTER (WHERE status = 'PENDING') AS pending,
      count(*) FILTER (WHERE status = 'PENDING' AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')) AS due,
      count(*) FILTER (WHERE status = 'FAILED') AS failed,
      count(*) FILTER (WHERE status = 'SENT' AND "sentAt" > (${at}::timestamptz AT TIME ZONE 'UTC') - interval '1 hour') AS sent_last_hour,
      extract(epoch FROM (${at}::timestamptz AT TIME ZONE 'UTC') - min("createdAt") FILTER (WHERE status = 'PENDING'))::float8 AS oldest_pending_age,
      extract(epoch FROM (${at}::timestamptz AT TIME ZONE 'UTC') - min("nextAttemptAt") FILTER (WHERE status = 'PENDING' AND "nextAttemptAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')))::float8 AS oldest_due_age
    FROM "Outbox"
    WHERE status <> 'SENT' OR "sentAt" > (${at}::timestamptz AT TIME ZONE 'UTC') - interval '1 hour'`;
  // Ages are computed by the database, in UTC, so no time-zone reading of a timestamp is involved.
  const seconds = (value: number | null) => (value === null ? null : Math.max(0, Math.round(Number(value))));
  const oldestPendingAgeSeconds = seconds(row.oldest_pending_age);
  return {
    pending: Number(row.pending),
    due: Number(row.due),
    failed: Number(row.failed),
    sentLastHour: Number(row.sent_last_hour),
    oldestPendingAt: oldestPendingAgeSeconds === null ? null : new Date(now.getTime() - oldestPendingAgeSeconds * 1000),
    oldestPendingAgeSeconds,
    oldestDueAgeSeconds: seconds(row.oldest_due_age),
  };
}

/** For the administrators' e-mail page. */
export async function readOutboxHealth(actor: CurrentUser, now = new Date()): Promise<OutboxHealth> {
  assertRole(actor, ["ADMIN"]);
  return queryOutboxHealth(defaultDb, now);
}

/** For the monitoring endpoint, whose caller proved the MONITORING_TOKEN (aggregates only). */
export async function readOutboxHealthForMonitoring(now = new Date(), db: Db = defaultDb): Promise<OutboxHealth> {
  return queryOutboxHealth(db, now);
}
