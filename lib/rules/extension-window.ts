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

export function extensionWindow(visaExpiry: IsoDate, today: IsoDate, calendar: CalendarInput): ExtensionWindow {
  const opensOn = subtractWorkingDays(visaExpiry, EXTENSION_WINDOW.earliestWorkingDaysBefore, calendar);
  const closesOn = subtractWorkingDays(visaExpiry, EXTENSION_WINDOW.latestWorkingDaysBefore, calendar);
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
  /** L497: a new host party, or too late to extend, means a new visa application instead. */
  | { outcome: "NEW_VISA_REQUIRED"; reason: "NEW_HOST_PARTY" | "TOO_LATE"; window: ExtensionWindow; messageKey: CatalogKey }
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
  if (window.status === "TOO_LATE") {
    return { outcome: "NEW_VISA_REQUIRED", reason: "TOO_LATE", window, messageKey: window.messageKey };
  }
  return window.status === "TOO_EARLY" ? { outcome: "NOT_YET", window } : { outcome: "EXTENSION", window };
}
