import type { CalendarDayKind, CalendarEntry, IsoDate, ProcessingTime } from "../catalog/types";
import { dayOfWeek, fromDayNumber, toDayNumber } from "./iso-date";

// Kazakhstan working days: Monday to Friday, minus public holidays and moved days off, plus
// weekend days worked by decree. The guide does not state the centre's weekdays (6.C27); this
// is the national five-day week. Dates are 'YYYY-MM-DD' strings (see iso-date.ts). A year the
// calendar does not cover falls back to plain Monday-Friday, so seed every year in use.

export interface WorkingCalendar {
  readonly kinds: ReadonlyMap<IsoDate, CalendarDayKind>;
}
export type CalendarInput = readonly CalendarEntry[] | WorkingCalendar;

// Far more than any real run of days off: stops a loop if a calendar marks every day off.
const MAX_SCAN_DAYS = 3_660;

export function buildCalendar(entries: readonly CalendarEntry[]): WorkingCalendar {
  return { kinds: new Map(entries.map((entry) => [entry.date, entry.kind])) };
}

const built = new WeakMap<readonly CalendarEntry[], WorkingCalendar>();

function resolve(calendar: CalendarInput): WorkingCalendar {
  if (!Array.isArray(calendar)) return calendar as WorkingCalendar;
  const entries = calendar as readonly CalendarEntry[];
  let result = built.get(entries);
  if (!result) {
    result = buildCalendar(entries);
    built.set(entries, result);
  }
  return result;
}

function isWorking(day: number, calendar: WorkingCalendar): boolean {
  const date = fromDayNumber(day);
  const kind = calendar.kinds.get(date);
  if (kind === "WORKING_DAY") return true;
  if (kind === "HOLIDAY" || kind === "DAY_OFF") return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(date: IsoDate, calendar: CalendarInput): boolean {
  return isWorking(toDayNumber(date), resolve(calendar));
}

/**
 * The n-th working day after `start` (start itself is not counted, whether or not it is a
 * working day). n = 0 returns start; a negative n counts backwards.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: CalendarInput): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be whole: ${n}`);
  const cal = resolve(calendar);
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(start);
  let remaining = Math.abs(n);
  for (let scanned = 0; remaining > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS + Math.abs(n) * 7) throw new RangeError("Calendar has no working days");
    day += step;
    if (isWorking(day, cal)) remaining--;
  }
  return fromDayNumber(day);
}

/** The n-th working day before `start` (start not counted). */
export function subtractWorkingDays(start: IsoDate, n: number, calendar: CalendarInput): IsoDate {
  return addWorkingDays(start, -n, calendar);
}

/**
 * Working days in the half-open range (from, to]: after `from`, up to and including `to`.
 * So countWorkingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when to < from.
 */
export function countWorkingDaysBetween(from: IsoDate, to: IsoDate, calendar: CalendarInput): number {
  const cal = resolve(calendar);
  const [a, b] = [toDayNumber(from), toDayNumber(to)];
  const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) if (isWorking(day, cal)) count++;
  return count === 0 ? 0 : sign * count;
}

/** `date` if it is a working day, otherwise the next working day. */
export function nextWorkingDayOnOrAfter(date: IsoDate, calendar: CalendarInput): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/**
 * When a service started on `start` (the day the originals were received) is due: a range of
 * working days uses its upper bound; a time in minutes is due the same day.
 */
export function dueDate(start: IsoDate, processingTime: ProcessingTime, calendar: CalendarInput): IsoDate {
  if (processingTime.kind === "MINUTES") return start;
  return addWorkingDays(start, processingTime.max, calendar);
}
