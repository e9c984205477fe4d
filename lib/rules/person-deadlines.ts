import type { IsoDate } from "../catalog/types";
import { addCalendarDays, addCalendarMonths } from "./iso-date";
import { daysUntil } from "./changes-deadline";
import { extensionWindow } from "./extension-window";
import type { CalendarInput } from "./working-days";

// Pure: every dated obligation of one foreign national, most urgent first, for the people
// dashboard and the weekly digest (issue 17). Sources in the guide: the extension window of L495
// (30 to 5 working days before the visa expires, only C3 and B2 can be extended in Kazakhstan,
// L491-538) and the passport rule of section 4.3 (valid for more than 3 months when filing).

/** Visa categories the guide's extension service covers (VISA_EXTENSION_C3, VISA_EXTENSION_B2). */
export const EXTENDABLE_VISA_CATEGORIES = ["C3", "B2"] as const;
/** Section 4.3: the passport must be valid for more than 3 months when a request is filed. */
export const PASSPORT_MIN_VALIDITY_MONTHS = 3;
/** Warn this long ahead that a passport will soon be too short for filing. */
export const PASSPORT_WARNING_MONTHS = 6;
/** A visa that cannot be extended here is flagged this many days ahead. */
const VISA_ACT_NOW_DAYS = 30;
const VISA_SOON_DAYS = 60;
/** An extension window opening within this many days counts as "soon". */
const WINDOW_SOON_DAYS = 30;

export type Urgency = "OVERDUE" | "ACT_NOW" | "SOON" | "LATER";
export const URGENCY_ORDER: readonly Urgency[] = ["OVERDUE", "ACT_NOW", "SOON", "LATER"];

export type PersonDeadlineKind =
  | "PASSPORT_EXPIRED"
  | "PASSPORT_RENEW_BEFORE_FILING"
  | "PASSPORT_EXPIRING"
  | "VISA_EXPIRED"
  | "EXTENSION_WINDOW_OPEN"
  | "EXTENSION_WINDOW_UPCOMING"
  | "EXTENSION_WINDOW_CLOSED"
  | "EXTENSION_FILED"
  | "VISA_EXPIRING"
  | "CHANGES_DUE"
  | "APPLICATION_LAPSED";

export type PersonDeadline = {
  kind: PersonDeadlineKind;
  urgency: Urgency;
  /** The date the item is sorted by and shown as "due". */
  dueOn: IsoDate;
  /** Calendar days from today to dueOn (negative when past). */
  daysLeft: number;
  /** Extension window items: the first and last filing day. */
  opensOn?: IsoDate;
  closesOn?: IsoDate;
  /** The expiry the item is about (visa or passport). */
  expiresOn?: IsoDate;
  /** Application items. */
  applicationId?: string;
  applicationNumber?: string | null;
};

export type PersonDeadlineInput = {
  passportExpiresOn: IsoDate;
  visaCategory: string | null;
  visaExpiresOn: IsoDate | null;
  /** The person's non-draft applications. */
  applications: readonly {
    id: string;
    number: string | null;
    serviceCode: string;
    status: string;
    changesDueOn: IsoDate | null;
    completedOn?: IsoDate | null;
  }[];
};

const OPEN = new Set(["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED", "IN_PROCESSING"]);

export function isExtendable(visaCategory: string | null): boolean {
  return (EXTENDABLE_VISA_CATEGORIES as readonly string[]).includes(visaCategory ?? "");
}

function item(
  kind: PersonDeadlineKind,
  urgency: Urgency,
  dueOn: IsoDate,
  today: IsoDate,
  extra: Partial<PersonDeadline> = {},
): PersonDeadline {
  return { kind, urgency, dueOn, daysLeft: daysUntil(today, dueOn), ...extra };
}

function passportItems(expiresOn: IsoDate, today: IsoDate): PersonDeadline[] {
  if (expiresOn < today) return [item("PASSPORT_EXPIRED", "OVERDUE", expiresOn, today, { expiresOn })];
  if (addCalendarMonths(today, PASSPORT_MIN_VALIDITY_MONTHS) >= expiresOn)
    return [item("PASSPORT_RENEW_BEFORE_FILING", "ACT_NOW", expiresOn, today, { expiresOn })];
  if (addCalendarMonths(today, PASSPORT_WARNING_MONTHS) >= expiresOn)
    return [item("PASSPORT_EXPIRING", "SOON", expiresOn, today, { expiresOn })];
  return [];
}

function visaItems(input: PersonDeadlineInput, today: IsoDate, calendar: CalendarInput): PersonDeadline[] {
  const expiresOn = input.visaExpiresOn;
  if (!expiresOn) return [];
  if (expiresOn < today) return [item("VISA_EXPIRED", "OVERDUE", expiresOn, today, { expiresOn })];
  if (!isExtendable(input.visaCategory)) {
    const left = daysUntil(today, expiresOn);
    const urgency: Urgency = left <= VISA_ACT_NOW_DAYS ? "ACT_NOW" : left <= VISA_SOON_DAYS ? "SOON" : "LATER";
    return [item("VISA_EXPIRING", urgency, expiresOn, today, { expiresOn })];
  }
  const window = extensionWindow(expiresOn, today, calendar);
  // A completed extension covers this expiry only if it was completed after this expiry's window
  // opened: once staff record the extended visa's new expiry, last year's extension no longer counts.
  const coversThisExpiry = (a: { status: string; completedOn?: IsoDate | null }) =>
    OPEN.has(a.status) || (a.status === "COMPLETED" && (a.completedOn == null || a.completedOn >= window.opensOn));
  const filed = input.applications.some((a) => a.serviceCode.startsWith("VISA_EXTENSION") && coversThisExpiry(a));
  const dates = { opensOn: window.opensOn, closesOn: window.closesOn, expiresOn };
  if (filed) return [item("EXTENSION_FILED", "LATER", expiresOn, today, dates)];
  if (window.status === "OPEN") return [item("EXTENSION_WINDOW_OPEN", "ACT_NOW", window.closesOn, today, dates)];
  if (window.status === "TOO_LATE") return [item("EXTENSION_WINDOW_CLOSED", "OVERDUE", expiresOn, today, dates)];
  const soon = window.opensOn <= addCalendarDays(today, WINDOW_SOON_DAYS);
  return [item("EXTENSION_WINDOW_UPCOMING", soon ? "SOON" : "LATER", window.opensOn, today, dates)];
}

function applicationItems(input: PersonDeadlineInput, today: IsoDate): PersonDeadline[] {
  return input.applications.flatMap((a) => {
    const ref = { applicationId: a.id, applicationNumber: a.number };
    if (a.status === "CHANGES_REQUESTED" && a.changesDueOn) {
      return [item("CHANGES_DUE", a.changesDueOn < today ? "OVERDUE" : "ACT_NOW", a.changesDueOn, today, ref)];
    }
    if (a.status === "LAPSED" && a.changesDueOn) return [item("APPLICATION_LAPSED", "OVERDUE", a.changesDueOn, today, ref)];
    return [];
  });
}

export function compareDeadlines(a: PersonDeadline, b: PersonDeadline): number {
  const rank = URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency);
  return rank !== 0 ? rank : a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;
}

/** Every dated item for one person on `today`, most urgent first. */
export function personDeadlines(input: PersonDeadlineInput, today: IsoDate, calendar: CalendarInput): PersonDeadline[] {
  return [...applicationItems(input, today), ...visaItems(input, today, calendar), ...passportItems(input.passportExpiresOn, today)].sort(
    compareDeadlines,
  );
}

/** Sorts people by their most urgent item; people with nothing dated go last. */
export function compareByNextDeadline(a: PersonDeadline | null, b: PersonDeadline | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareDeadlines(a, b);
}

/** Items due within `days` of today (overdue ones included), for the weekly digest. */
export function dueWithin(deadlines: readonly PersonDeadline[], days: number): PersonDeadline[] {
  return deadlines.filter((d) => d.daysLeft <= days && d.kind !== "EXTENSION_FILED");
}
