import { prisma } from "@/lib/db/client";
import type { QueueStatus } from "@/lib/review/queue-order";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { assertRole } from "./authorize";
import type { CurrentUser } from "./users";

export type QueueCounts = { byStatus: Partial<Record<QueueStatus, number>>; overdue: number };

/**
 * Counts for the queue's status tabs, and how many applications in processing are past due; one
 * query. The per-status totals come from "ApplicationStatusCount" (kept by a trigger on
 * Application), the overdue count from the partial index on due dates of applications in processing.
 */
export async function countStaffQueue(actor: CurrentUser, now: Date = new Date()): Promise<QueueCounts> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const today = isoDateInTimeZone(now);
  const rows = await prisma.$queryRaw<{ status: QueueStatus; count: number; overdue: number }[]>`
    SELECT s."status"::text AS "status", s."count",
           (CASE WHEN s."status" = 'IN_PROCESSING' THEN (SELECT count(*) FROM "Application" a
              WHERE a."status" = 'IN_PROCESSING' AND a."dueDate" < ${today}::date) ELSE 0 END)::int AS "overdue"
    FROM "ApplicationStatusCount" s WHERE s."status" <> 'DRAFT' AND s."count" > 0`;
  return {
    byStatus: Object.fromEntries(rows.map((r) => [r.status, r.count])),
    overdue: rows.reduce((sum, r) => sum + r.overdue, 0),
  };
}
