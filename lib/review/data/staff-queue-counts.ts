import { prisma } from "@/lib/db/client";
import type { QueueStatus } from "@/lib/review/queue-order";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

export type QueueCounts = {
  byStatus: Partial<Record<QueueStatus, number>>;
  overdue: number;
  /** Companies waiting for a staff check of their registration (the queue page's link to them). */
  companiesToVerify: number;
};

/**
 * Counts for the queue's status tabs, how many applications in processing are past due and how
 * many companies wait for verification; one statement (issue 19: the queue page runs three). The per-status totals come from "ApplicationStatusCount" (kept by a trigger on
 * Application), the overdue count from the partial index on due dates of applications in processing.
 */
export async function countStaffQueue(actor: CurrentUser, now: Date = new Date()): Promise<QueueCounts> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const today = isoDateInTimeZone(now);
  const [row] = await prisma.$queryRaw<{ byStatus: Record<string, number> | null; overdue: number; companiesToVerify: number }[]>`
    SELECT (SELECT json_object_agg(s."status"::text, s."count") FROM "ApplicationStatusCount" s
              WHERE s."status" <> 'DRAFT' AND s."count" > 0) AS "byStatus",
           (SELECT count(*) FROM "Application" a
              WHERE a."status" = 'IN_PROCESSING' AND a."dueDate" < ${today}::date)::int AS "overdue",
           (SELECT count(*) FROM "Company" c WHERE c."verification" = 'PENDING')::int AS "companiesToVerify"`;
  return {
    byStatus: (row.byStatus ?? {}) as QueueCounts["byStatus"],
    overdue: row.overdue,
    companiesToVerify: row.companiesToVerify,
  };
}
