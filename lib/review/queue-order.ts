import type { ApplicationStatus } from "@/lib/db/generated/enums";

// "What needs attention first" (issue 5), as a rank per status and a sort key inside each rank:
//   0 SUBMITTED, IN_REVIEW            waiting for staff: oldest status change first
//   1 IN_PROCESSING                   nearest due date first (overdue ones come first by themselves)
//   2 DOCUMENTS_APPROVED, APPOINTMENT_BOOKED   waiting for the visit: oldest first
//   3 CHANGES_REQUESTED               waiting for the applicant: oldest first
//   4 COMPLETED, REJECTED, WITHDRAWN  finished: most recent first
//   (9 DRAFT: never in the queue; a rank of its own keeps drafts out of the index range read)
// The SQL in lib/review/data/staff-queue-sql.ts and the expression index in the
// 2026..._staff_queue migration spell out the same mapping; change all three together.
export const QUEUE_RANK: Record<Exclude<ApplicationStatus, "DRAFT">, number> = {
  SUBMITTED: 0,
  IN_REVIEW: 0,
  IN_PROCESSING: 1,
  DOCUMENTS_APPROVED: 2,
  APPOINTMENT_BOOKED: 2,
  CHANGES_REQUESTED: 3,
  COMPLETED: 4,
  REJECTED: 4,
  WITHDRAWN: 4,
  // Issue 17: waiting for nobody (staff may reopen it); the SQL's ELSE branch already gives it 4,
  // so the expression index needs no change.
  LAPSED: 4,
};

export type QueueStatus = keyof typeof QUEUE_RANK;
export const QUEUE_STATUSES = Object.keys(QUEUE_RANK) as QueueStatus[];
export const FINISHED_STATUSES: readonly QueueStatus[] = ["COMPLETED", "REJECTED", "WITHDRAWN", "LAPSED"];
export const OPEN_QUEUE_STATUSES: readonly QueueStatus[] = QUEUE_STATUSES.filter((s) => !FINISHED_STATUSES.includes(s));

export function isQueueStatus(value: unknown): value is QueueStatus {
  return typeof value === "string" && Object.hasOwn(QUEUE_RANK, value);
}

/** The ranks a set of statuses falls in: lets the query narrow the index range it scans. */
export function ranksOf(statuses: readonly QueueStatus[]): number[] {
  return [...new Set(statuses.map((s) => QUEUE_RANK[s]))].sort((a, b) => a - b);
}
