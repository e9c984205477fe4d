import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { CalendarEntry } from "@/lib/catalog";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { centreInstant, isoDateOfStoredDate, storedDateOf } from "./centre-time";
import { DEFAULT_BOOKING_SETTINGS, type BookingSettingsValues } from "./settings";
import type { SlotCount, TimeRange } from "./slots";

type Db = Prisma.TransactionClient | PrismaClient;

export type CalendarData = {
  settings: BookingSettingsValues;
  calendar: CalendarEntry[];
  blocked: TimeRange[];
  counts: SlotCount[];
};

export async function loadBookingSettings(db: Db): Promise<BookingSettingsValues> {
  const row = await db.bookingSettings.findUnique({
    where: { id: 1 },
    select: {
      slotMinutes: true,
      capacityPerSlot: true,
      horizonWorkingDays: true,
      minLeadMinutes: true,
      changeCutoffHours: true,
      minNoticeWorkingDays: true,
      reminderHoursBefore: true,
      confirmByHoursBefore: true,
      bookingRequiresPayment: true,
    },
  });
  return row ?? DEFAULT_BOOKING_SETTINGS;
}

/**
 * What slot generation needs from `from` on: settings, the holiday calendar, blocked periods and
 * seat counts. The tables are small (a few dozen holidays a year, a few blocked periods), so
 * everything from that day on is read rather than guessing how far the horizon reaches.
 */
export async function loadCalendarData(db: Db, from: Date): Promise<CalendarData> {
  const today = isoDateInTimeZone(from);
  const startOfDay = centreInstant(today, 0);
  // One after another: `db` may be a transaction client, which runs one query at a time (pg
  // rejects overlapping queries on one connection), so Promise.all would gain nothing there.
  const settings = await loadBookingSettings(db);
  const holidays = await db.holiday.findMany({ where: { date: { gte: storedDateOf(today) } }, select: { date: true, kind: true } });
  const blocked = await db.blockedPeriod.findMany({ where: { endsAt: { gt: startOfDay } }, select: { startsAt: true, endsAt: true } });
  const counts = await db.bookingSlot.findMany({
    where: { startsAt: { gte: startOfDay } },
    select: { startsAt: true, booked: true, capacity: true },
  });
  return { settings, calendar: holidays.map((h) => ({ date: isoDateOfStoredDate(h.date), kind: h.kind })), blocked, counts };
}
