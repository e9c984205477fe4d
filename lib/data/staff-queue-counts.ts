import { prisma } from "@/lib/db/client";
import type { QueueStatus } from "@/lib/review/queue-order";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { assertRole } from "./authorize";
import type { CurrentUser } from "./users";

export type QueueCounts = { byStatus: Partial<Record<QueueStatus, number>>; overdue: number };

/** Counts for the queue's status tabs, and how many applications in processing are past due; one query. */
export async function countStaffQueue(actor: CurrentUser, now: Date = new Date()): Promise<QueueCounts> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const today = isoDateInTimeZone(now);
  const rows = await prisma.$queryRaw<{ status: QueueStatus; count: number; overdue: number }[]>`
    SELECT "status"::text AS "status", count(*)::int AS "count",
           (count(*) FILTER (WHERE "status" = 'IN_PROCESSING' AND "dueDate" < ${today}::date))::int AS "overdue"
    FROM "Application" WHERE "status" <> 'DRAFT' GROUP BY "status"`;
  return {
    byStatus: Object.fromEntries(rows.map((r) => [r.status, r.count])),
    overdue: rows.reduce((sum, r) => sum + r.overdue, 0),
  };
}
