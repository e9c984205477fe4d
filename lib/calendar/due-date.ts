import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { parseTariffSnapshot } from "@/lib/rules/snapshots";
import type { CalendarEntry, IsoDate } from "@/lib/catalog";
import { addCalendarDays } from "@/lib/rules/iso-date";
import { dueDate } from "@/lib/rules/working-days";
import { processingTimeFor } from "@/lib/rules/processing-time";

type Db = Prisma.TransactionClient | PrismaClient;

// A generous window: the longest processing time is a few working days plus the 30-day
// extension, and the Holiday table holds a few dozen rows a year.
const CALENDAR_WINDOW_DAYS = 400;

const toStoredDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** The Holiday table from `from` on, as the working-day rules take it. */
export async function loadWorkingCalendar(db: Db, from: IsoDate, days = CALENDAR_WINDOW_DAYS): Promise<CalendarEntry[]> {
  const rows = await db.holiday.findMany({
    where: { date: { gte: toStoredDate(addCalendarDays(from, -1)), lt: toStoredDate(addCalendarDays(from, days)) } },
    select: { date: true, kind: true },
  });
  return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), kind: row.kind }));
}

function stringField(json: Prisma.JsonValue | null, field: string): string | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const value = (json as Record<string, unknown>)[field];
  return typeof value === "string" ? value : null;
}

/**
 * When an application whose originals were received on `receivedOn` is due: the processing time
 * of its tariff row (ranges use the upper bound) counted in Kazakhstan working days after that
 * day, with the holiday calendar from the database. Returned as a stored @db.Date value; null for
 * an unknown application or service. Called by "originals received" here and by the booking
 * check-in (lib/booking/on-originals-received.ts), inside their transactions.
 */
export async function computeDueDate(db: Db, event: { applicationId: string; receivedOn: IsoDate }): Promise<Date | null> {
  const application = await db.application.findUnique({
    where: { id: event.applicationId },
    select: { serviceCode: true, validityBand: true, answers: true, tariffSnapshot: true },
  });
  if (!application) return null;
  const time = processingTimeFor({
    serviceCode: application.serviceCode,
    validityBand: application.validityBand ?? parseTariffSnapshot(application.tariffSnapshot)?.validityBand ?? null,
    trpRole: stringField(application.answers, "trpRole"),
  });
  if (!time) return null;
  const calendar = await loadWorkingCalendar(db, event.receivedOn);
  return toStoredDate(dueDate(event.receivedOn, time, calendar));
}
