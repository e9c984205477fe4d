import type { IsoDate } from "../catalog/types";
import { addCalendarDays, toDayNumber } from "./iso-date";
import { nextWorkingDayOnOrAfter, type CalendarInput } from "./working-days";

// The deadline an applicant has to answer a request for changes (issue 17; GDRFA's 30 days to
// supply missing documents is the anchor). Counted in calendar days from the day of the request;
// a deadline that falls on a day off moves to the next working day, as terms do under the Civil
// Code of Kazakhstan (art. 181), so nobody loses a weekend of their term. The application lapses
// the day after its deadline.

export const DEFAULT_CHANGES_DEADLINE_DAYS = 30;
/** Bounds an administrator may set: long enough to obtain a new document abroad, short enough to matter. */
export const CHANGES_DEADLINE_DAYS_RANGE = { min: 5, max: 120 } as const;

export type ChangesReminderKind = "DAYS_7" | "DAYS_2";

export function changesDueOn(requestedOn: IsoDate, days: number, calendar: CalendarInput): IsoDate {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Deadline days must be a positive whole number: ${days}`);
  return nextWorkingDayOnOrAfter(addCalendarDays(requestedOn, days), calendar);
}

/** Calendar days from `today` to `dueOn` (0 on the day itself, negative once past). */
export function daysUntil(today: IsoDate, dueOn: IsoDate): number {
  return toDayNumber(dueOn) - toDayNumber(today);
}

/** The deadline day itself still belongs to the applicant. */
export function hasLapsed(dueOn: IsoDate, today: IsoDate): boolean {
  return today > dueOn;
}

/**
 * The reminder due on `today`, or null: 7 days before, then 2 days before. Only the latest stage
 * reached is due (a deadline extended to 5 days away gets the 2-day one only when it comes).
 */
export function dueChangesReminder(dueOn: IsoDate, today: IsoDate): ChangesReminderKind | null {
  const left = daysUntil(today, dueOn);
  if (left < 0) return null;
  if (left <= 2) return "DAYS_2";
  if (left <= 7) return "DAYS_7";
  return null;
}
