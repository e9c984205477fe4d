import { prisma } from "@/lib/db/client";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import type { QueueStatus } from "@/lib/review/queue-order";
import { encodeCursor } from "@/lib/review/queue-cursor";
import type { QueueQuery } from "@/lib/review/queue-params";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { countWorkingDaysBetween } from "@/lib/rules/working-days";
import { extensionWindowDates } from "@/lib/rules/extension-window";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { loadWorkingCalendar } from "@/lib/calendar/due-date";
import { queueSelect } from "./staff-queue-sql";

export const QUEUE_PAGE_SIZE = 25;

type QueueSqlRow = {
  id: string;
  number: string | null;
  status: QueueStatus;
  serviceCode: string;
  statusChangedAt: Date;
  submittedAt: Date | null;
  dueDate: Date | null;
  /** Issue 17: the applicant's deadline while changes are requested (and the day it lapsed). */
  changesDueOn: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  companyId: string;
  companyName: string;
  companyBin: string;
  principalName: string | null;
  /** Null until documents are approved and an invoice is issued (at most one per application). */
  invoiceStatus: InvoiceStatus | null;
  /** The extension's visa expiry (answers.visaExpiryDate), for the hand-in deadline. */
  visaExpiryDate: string | null;
  rank: number;
  key: string;
};

export type QueueRow = Omit<QueueSqlRow, "rank" | "key"> & {
  /** Working days from today to the due date (negative once overdue); only in processing. */
  workingDaysLeft: number | null;
  isOverdue: boolean;
  /** Extension not yet handed in: the last day its documents may reach the centre (L495, 6.P5). */
  handInBy: string | null;
  handInClosed: boolean;
};

/** `now` and `today` are the moment the page was computed for, so waiting times agree with the rows. */
export type QueuePage = { rows: QueueRow[]; nextCursor: string | null; today: string; now: Date };

/**
 * One page of the staff queue: every company's submitted applications, most urgent first
 * (lib/review/queue-order.ts), filtered and searched, with keyset pagination. Two queries at
 * most: the page itself, and the holiday calendar when a row is in processing.
 */
export async function listStaffQueue(
  actor: CurrentUser,
  query: QueueQuery,
  now: Date = new Date(),
  pageSize = QUEUE_PAGE_SIZE,
): Promise<QueuePage> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const today = isoDateInTimeZone(now);
  const { cursor, ...filters } = query;
  const found = await prisma.$queryRaw<QueueSqlRow[]>(queueSelect({ filters, cursor, actorId: actor.id, today, limit: pageSize + 1 }));
  const page = found.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor = found.length > pageSize && last ? encodeCursor({ rank: last.rank, key: last.key, id: last.id }) : null;
  const processing = page.filter((r) => r.status === "IN_PROCESSING" && r.dueDate);
  const extensions = page.filter((r) => awaitsHandIn(r));
  const calendar = processing.length || extensions.length ? await loadWorkingCalendar(prisma, minDate(today, processing)) : [];
  const rows = page.map((found) => {
    const row = withoutSortPosition(found);
    const due = row.status === "IN_PROCESSING" && row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null;
    const handInBy = awaitsHandIn(row) ? extensionWindowDates(row.visaExpiryDate!, calendar).closesOn : null;
    return {
      ...row,
      workingDaysLeft: due ? countWorkingDaysBetween(today, due, calendar) : null,
      isOverdue: due !== null && due < today,
      handInBy,
      handInClosed: handInBy !== null && handInBy < today,
    };
  });
  return { rows, nextCursor, today, now };
}

/** An extension whose documents have not reached the centre yet: its L495 deadline still matters. */
function awaitsHandIn(row: { serviceCode: string; status: string; visaExpiryDate: string | null }): boolean {
  return (
    row.serviceCode.startsWith("VISA_EXTENSION") &&
    /^\d{4}-\d{2}-\d{2}$/.test(row.visaExpiryDate ?? "") &&
    ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED"].includes(row.status)
  );
}

/** The sort position is for the cursor only; the page does not need it. */
function withoutSortPosition(found: QueueSqlRow): Omit<QueueSqlRow, "rank" | "key"> {
  const row: Partial<QueueSqlRow> = { ...found };
  delete row.rank;
  delete row.key;
  return row as Omit<QueueSqlRow, "rank" | "key">;
}

/** The earliest day the working-day count needs: today, or an overdue row's due date. */
function minDate(today: string, rows: { dueDate: Date | null }[]): string {
  return rows.reduce((min, r) => {
    const due = r.dueDate!.toISOString().slice(0, 10);
    return due < min ? due : min;
  }, today);
}
