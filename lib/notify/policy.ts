import type { Role } from "@/lib/db/generated/enums";
import type { NotificationKind } from "./kinds";

// Which e-mails a user may turn off (docs/decisions/005-outbox-notifications.md). Everything that
// reports a change in an application's status, or an obligation or deadline that follows from it,
// is mandatory: the applicant must learn it even if they never open the portal. Reminders and
// courtesy warnings are optional. Preferences govern e-mail only: the in-portal notification is
// always written.

export const MANDATORY_EMAIL_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  "APPLICATION_SUBMITTED",
  "CHANGES_REQUESTED",
  "DOCUMENTS_APPROVED",
  "APPOINTMENT_BOOKED",
  "APPOINTMENT_RESCHEDULED",
  "APPOINTMENT_CANCELLED",
  "ORIGINALS_RECEIVED",
  "COMPLETED",
  "REJECTED",
  "INVOICE_ISSUED",
  "PAYMENT_CONFIRMED",
  "PAYMENT_REJECTED",
  "APPOINTMENT_CONFIRMATION_NEEDED",
  "APPOINTMENT_RELEASED",
  "CHANGES_DEADLINE_EXTENDED",
  "APPLICATION_LAPSED",
  "APPLICATION_REOPENED",
  "COMPANY_INVITATION",
  "ACCOUNT_VERIFY_EMAIL",
  "ACCOUNT_REGISTRATION_ATTEMPT",
  "ACCOUNT_BIN_ALREADY_REGISTERED",
  "COMPANY_VERIFIED",
  "COMPANY_REFUSED",
]);

/** Who receives each kind: staff are told about new work, applicants about their company's matters. */
// NONE: sent to an address or about the account itself (invitation, registration); always sent,
// never listed among a user's preferences.
const AUDIENCE: Record<NotificationKind, "APPLICANT" | "STAFF" | "NONE"> = {
  APPLICATION_SUBMITTED: "APPLICANT",
  APPLICATION_RECEIVED_STAFF: "STAFF",
  CHANGES_REQUESTED: "APPLICANT",
  DOCUMENTS_APPROVED: "APPLICANT",
  APPOINTMENT_BOOKED: "APPLICANT",
  APPOINTMENT_RESCHEDULED: "APPLICANT",
  APPOINTMENT_CANCELLED: "APPLICANT",
  APPOINTMENT_REMINDER: "APPLICANT",
  ORIGINALS_RECEIVED: "APPLICANT",
  COMPLETED: "APPLICANT",
  REJECTED: "APPLICANT",
  INVOICE_ISSUED: "APPLICANT",
  PAYMENT_CONFIRMED: "APPLICANT",
  PAYMENT_REJECTED: "APPLICANT",
  APPOINTMENT_CONFIRMATION_NEEDED: "APPLICANT",
  APPOINTMENT_RELEASED: "APPLICANT",
  VISA_EXTENSION_WINDOW_OPENS: "APPLICANT",
  VISA_EXTENSION_WINDOW_CLOSING_SOON: "APPLICANT",
  VISA_EXTENSION_WINDOW_CLOSED: "APPLICANT",
  CHANGES_DEADLINE_REMINDER: "APPLICANT",
  CHANGES_DEADLINE_EXTENDED: "APPLICANT",
  APPLICATION_LAPSED: "APPLICANT",
  APPLICATION_REOPENED: "APPLICANT",
  PEOPLE_DIGEST: "APPLICANT",
  // Sent to an address, never listed among a user's preferences.
  COMPANY_INVITATION: "NONE",
  ACCOUNT_VERIFY_EMAIL: "NONE",
  ACCOUNT_REGISTRATION_ATTEMPT: "NONE",
  ACCOUNT_BIN_ALREADY_REGISTERED: "NONE",
  COMPANY_VERIFIED: "NONE",
  COMPANY_REFUSED: "NONE",
};

export function isMandatoryEmail(kind: NotificationKind): boolean {
  return MANDATORY_EMAIL_KINDS.has(kind);
}

/**
 * The kinds a user of this role can receive, in a stable order (the preferences page lists them).
 * Administrators receive none: new items go to the STAFF users who work the queue.
 */
export function kindsForRole(role: Role): NotificationKind[] {
  if (role === "ADMIN") return [];
  return (Object.keys(AUDIENCE) as NotificationKind[]).filter((kind) => AUDIENCE[kind] === role);
}

/** E-mail goes out unless the kind is optional and the user turned it off. */
export function shouldEmail(kind: NotificationKind, emailOptOuts: readonly string[]): boolean {
  return isMandatoryEmail(kind) || !emailOptOuts.includes(kind);
}
