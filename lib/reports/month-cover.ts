import { addCalendarDays } from "@/lib/rules/iso-date";

// The stage histogram is kept per day and per calendar month (docs/decisions/019). A period is read
// as the whole months inside it (one row per month and bucket) plus the days left over at either
// end, so a year costs ~12 months + < 62 days of rows instead of 365 days.

export type MonthCover = {
  /** First day of the first whole month (inclusive). */
  monthsFrom: string;
  /** First day after the last whole month (exclusive); equal to monthsFrom when there is none. */
  monthsTo: string;
};

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;
const firstOfNextMonth = (date: string) => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
};

/** Whole months inside [from, to]; the days [from, monthsFrom) and [monthsTo, to] are read per day. */
export function monthCover(from: string, to: string): MonthCover {
  const monthsFrom = from === firstOfMonth(from) ? from : firstOfNextMonth(from);
  const afterTo = addCalendarDays(to, 1);
  const monthsTo = afterTo === firstOfMonth(afterTo) ? afterTo : firstOfMonth(to);
  if (monthsFrom >= monthsTo) return { monthsFrom: afterTo, monthsTo: afterTo };
  return { monthsFrom, monthsTo };
}
