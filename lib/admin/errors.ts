import { type AppErrorKind, type RefusalMessage, refusalClass, refusalMessages } from "@/lib/kernel/errors";

/** Why an administrator's change was refused. */
export type AdminErrorCode =
  | "NOT_FOUND" // no such staff account, holiday or e-mail (applicants' accounts read as missing too)
  | "SELF" // an administrator may not demote or deactivate themselves
  | "EMAIL_TAKEN" // an account with this address exists already
  | "DATE_TAKEN" // the calendar has an entry for this date already (remove it first)
  | "ALREADY_SENT" // "send again" on an e-mail that was delivered
  | "IN_PROGRESS"; // a worker may be sending the e-mail right now

export const ADMIN_ERROR_KINDS: Record<AdminErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  SELF: "FORBIDDEN",
  EMAIL_TAKEN: "CONFLICT",
  DATE_TAKEN: "CONFLICT",
  ALREADY_SENT: "INVALID_STATE",
  IN_PROGRESS: "CONFLICT",
};

/** The one place an admin refusal becomes a message key (and, for a taken value, the field it is shown at). */
export const ADMIN_ERROR_MESSAGES: Record<AdminErrorCode, RefusalMessage> = {
  NOT_FOUND: "review.errors.NOT_FOUND",
  SELF: "admin.staff.notYourself",
  EMAIL_TAKEN: { field: "email", key: "admin.staff.emailTaken" },
  DATE_TAKEN: { field: "date", key: "admin.holidays.taken" },
  ALREADY_SENT: "admin.emails.alreadySent",
  IN_PROGRESS: "admin.emails.inProgress",
};

export class AdminError extends refusalClass("AdminError", ADMIN_ERROR_KINDS) {}

/** For runFormAction's answerRefusals: an AdminError's message, nothing for anything else. */
export const adminRefusal = refusalMessages(AdminError, ADMIN_ERROR_MESSAGES);
