import { EXTENSION_WINDOW } from "../catalog/extension";
import type { CatalogKey } from "../catalog/message-keys";
import type { IsoDate } from "../catalog/types";
import { countWorkingDaysBetween, subtractWorkingDays, type CalendarInput } from "./working-days";

// L495: documents for an extension go in "no earlier than thirty working days and no later
// than five working days before the visa expires". Counting back from the expiry date itself:
// the first permitted day is the 30th working day before it, the last the 5th.

export type ExtensionWindowStatus = "TOO_EARLY" | "OPEN" | "TOO_LATE";

export interface ExtensionWindow {
  opensOn: IsoDate;
  closesOn: IsoDate;
  status: ExtensionWindowStatus;
  /** While OPEN: working days left after today up to and including closesOn. */
  workingDaysLeft: number | null;
  messageKey: CatalogKey;
}

/** The first and last day the documents may be handed in (L495), whatever today is. */
export function extensionWindowDates(visaExpiry: IsoDate, calendar: CalendarInput): { opensOn: IsoDate; closesOn: IsoDate } {
  return {
    opensOn: subtractWorkingDays(visaExpiry, EXTENSION_WINDOW.earliestWorkingDaysBefore, calendar),
    closesOn: subtractWorkingDays(visaExpiry, EXTENSION_WINDOW.latestWorkingDaysBefore, calendar),
  };
}

export function extensionWindow(visaExpiry: IsoDate, today: IsoDate, calendar: CalendarInput): ExtensionWindow {
  const { opensOn, closesOn } = extensionWindowDates(visaExpiry, calendar);
  const status: ExtensionWindowStatus = today < opensOn ? "TOO_EARLY" : today > closesOn ? "TOO_LATE" : "OPEN";
  return {
    opensOn,
    closesOn,
    status,
    workingDaysLeft: status === "OPEN" ? countWorkingDaysBetween(today, closesOn, calendar) : null,
    messageKey: `extensionWindow.${status}`,
  };
}

export type ExtensionAssessment =
  | { outcome: "EXTENSION"; window: ExtensionWindow }
  /** L497: a new host party means a new visa application instead. */
  | { outcome: "NEW_VISA_REQUIRED"; reason: "NEW_HOST_PARTY"; window: ExtensionWindow; messageKey: CatalogKey }
  /** L495: the last day to hand in the documents has passed; the guide says no more (6.P5). */
  | { outcome: "WINDOW_CLOSED"; window: ExtensionWindow; messageKey: CatalogKey }
  | { outcome: "NOT_YET"; window: ExtensionWindow };

/** Can this extension request be filed today? */
export function assessExtension(
  answers: { visaExpiryDate: IsoDate; sameHostParty: boolean },
  today: IsoDate,
  calendar: CalendarInput,
): ExtensionAssessment {
  const window = extensionWindow(answers.visaExpiryDate, today, calendar);
  if (!answers.sameHostParty) {
    return { outcome: "NEW_VISA_REQUIRED", reason: "NEW_HOST_PARTY", window, messageKey: "extensionWindow.NEW_HOST_PARTY" };
  }
  if (window.status === "TOO_LATE") return { outcome: "WINDOW_CLOSED", window, messageKey: window.messageKey };
  return window.status === "TOO_EARLY" ? { outcome: "NOT_YET", window } : { outcome: "EXTENSION", window };
}

/**
 * The check that matters is the day the documents reach the centre (L495, 6.P5): submitting on
 * the portal is followed by the review, payment and booking. TIGHT when fewer working days are
 * left up to the closing day than the service's usual review time, so the applicant is warned
 * before submitting rather than finding no slot afterwards.
 */
export function extensionUrgency(window: ExtensionWindow, reviewWorkingDays: number): { tight: boolean; messageKey: CatalogKey | null } {
  const tight = window.status === "OPEN" && window.workingDaysLeft !== null && window.workingDaysLeft < reviewWorkingDays;
  return { tight, messageKey: tight ? "extensionWindow.TIGHT" : null };
}

/** Is `day` (a visit day, 'YYYY-MM-DD') inside the hand-in window? */
export function isInsideWindow(day: IsoDate, window: { opensOn: IsoDate; closesOn: IsoDate }): boolean {
  return day >= window.opensOn && day <= window.closesOn;
}
