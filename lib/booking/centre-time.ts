import { TZDate } from "@date-fns/tz";
import type { IsoDate } from "@/lib/catalog";
import { CENTRE_TIME_ZONE } from "@/lib/kernel/time";

// Slots are minutes after midnight on a centre calendar day; appointments are instants. These
// two functions are the only conversions between the two, so a slot means the same everywhere.
// Calendar-day arithmetic itself is in lib/rules/iso-date.ts.

/** The instant of `minuteOfDay` on `date` at the centre (Astana). */
export function centreInstant(date: IsoDate, minuteOfDay: number): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, CENTRE_TIME_ZONE).getTime());
}

/** Minutes after midnight at the centre for `instant`. */
export function centreMinuteOf(instant: Date): number {
  const local = new TZDate(instant, CENTRE_TIME_ZONE);
  return local.getHours() * 60 + local.getMinutes();
}

/** A stored @db.Date value (midnight UTC) as a calendar day. */
export function isoDateOfStoredDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A calendar day as a @db.Date value (midnight UTC). */
export function storedDateOf(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
