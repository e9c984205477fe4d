import { EXTENSION_WINDOW } from "@/lib/catalog/extension";
import type { IsoDate } from "@/lib/catalog/types";
import { addCalendarDays } from "@/lib/rules/iso-date";
import { subtractWorkingDays, type CalendarInput } from "@/lib/rules/working-days";

// Pure: when each visa-extension reminder is due. The guide's filing window (L495) runs from 30 to
// 5 working days before the visa expires; we remind when it opens, again 10 working days before
// its last day, and warn the day after its last day if nothing was filed.

export type VisaReminderKind = "VISA_EXTENSION_WINDOW_OPENS" | "VISA_EXTENSION_WINDOW_CLOSING_SOON" | "VISA_EXTENSION_WINDOW_CLOSED";

export const CLOSING_SOON_WORKING_DAYS = 10;

export type VisaReminderDates = {
  /** First day an extension may be filed. */
  windowOpensOn: IsoDate;
  /** Day of the "closing soon" reminder: 10 working days before the last filing day. */
  closingSoonOn: IsoDate;
  /** Last day an extension may be filed. */
  windowClosesOn: IsoDate;
  /** Day of the "closed" warning: the day after the last filing day. */
  closedOn: IsoDate;
};

export function visaReminderDates(visaExpiresOn: IsoDate, calendar: CalendarInput): VisaReminderDates {
  const windowOpensOn = subtractWorkingDays(visaExpiresOn, EXTENSION_WINDOW.earliestWorkingDaysBefore, calendar);
  const windowClosesOn = subtractWorkingDays(visaExpiresOn, EXTENSION_WINDOW.latestWorkingDaysBefore, calendar);
  return {
    windowOpensOn,
    closingSoonOn: subtractWorkingDays(windowClosesOn, CLOSING_SOON_WORKING_DAYS, calendar),
    windowClosesOn,
    closedOn: addCalendarDays(windowClosesOn, 1),
  };
}

/**
 * The reminder due on `today`, or null. Only the latest stage reached is due: a person added to
 * the portal a week before the window closes gets "closing soon", not "opens" as well. Nothing is
 * due once the visa has expired. Whether it was already sent is the caller's business.
 */
export function dueVisaReminder(visaExpiresOn: IsoDate, today: IsoDate, calendar: CalendarInput): VisaReminderKind | null {
  if (today > visaExpiresOn) return null;
  const dates = visaReminderDates(visaExpiresOn, calendar);
  if (today >= dates.closedOn) return "VISA_EXTENSION_WINDOW_CLOSED";
  if (today >= dates.closingSoonOn) return "VISA_EXTENSION_WINDOW_CLOSING_SOON";
  if (today >= dates.windowOpensOn) return "VISA_EXTENSION_WINDOW_OPENS";
  return null;
}
