import { CENTRE_TIME_ZONE } from "@/lib/kernel/time";
import type { IsoDate } from "../catalog/types";

// Calendar dates are plain 'YYYY-MM-DD' strings everywhere in the rules. Arithmetic goes
// through a day number (days since 1970-01-01) computed with Date.UTC, so no local time zone
// or daylight-saving shift can move a date; strings also compare correctly with < and >.
// Converting an instant to the centre's date happens once, at the edge (isoDateInTimeZone).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`No such date: ${date}`);
  return [y, m, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months, clamped to the month's last day (Nov 30 + 3 months = Feb 28/29). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

// One formatter per time zone: constructing an Intl.DateTimeFormat costs far more than using it,
// and the staff queue asks for dates many times per page (issue 19).
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let found = DAY_FORMATS.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    DAY_FORMATS.set(timeZone, found);
  }
  return found;
}

/** The calendar date of an instant in a time zone (default: the centre's). */
export function isoDateInTimeZone(instant: Date, timeZone: string = CENTRE_TIME_ZONE): IsoDate {
  const fields = dayFormat(timeZone).formatToParts(instant);
  const get = (type: string) => fields.find((f) => f.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
