import { type AppErrorKind, type RefusalMessage, refusalClass, refusalMessages } from "@/lib/kernel/errors";

// The company slice refuses in two places with their own audiences: the applicant's team page and
// invitation link (TeamError) and the staff's verification queue (VerificationError). Each class
// has one table from its codes to message keys; the codes alone travel in the staff page's URL.

/** Why a change to the company's members or invitations was refused. */
export type TeamErrorCode =
  | "NOT_ADMIN" // only the company's administrators may do this
  | "NOT_FOUND" // no such colleague or pending invitation in the actor's company
  | "LAST_ADMIN" // the company would be left without an administrator
  | "ALREADY_MEMBER" // the invited address is an active member already
  | "INVITATION_INVALID" // unknown, used, revoked or expired link: one answer for all
  | "EMAIL_TAKEN"; // the invited address has an account elsewhere (or is staff)

export const TEAM_ERROR_KINDS: Record<TeamErrorCode, AppErrorKind> = {
  NOT_ADMIN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  LAST_ADMIN: "INVALID_STATE",
  ALREADY_MEMBER: "CONFLICT",
  INVITATION_INVALID: "NOT_FOUND",
  EMAIL_TAKEN: "CONFLICT",
};

export const TEAM_ERROR_MESSAGES: Record<TeamErrorCode, RefusalMessage> = {
  NOT_ADMIN: "workspace.team.errors.NOT_ADMIN",
  NOT_FOUND: "workspace.team.errors.NOT_FOUND",
  LAST_ADMIN: "workspace.team.errors.LAST_ADMIN",
  ALREADY_MEMBER: { field: "email", key: "workspace.team.errors.ALREADY_MEMBER" },
  INVITATION_INVALID: "workspace.invitation.invalid",
  EMAIL_TAKEN: "workspace.invitation.emailTaken",
};

export class TeamError extends refusalClass("TeamError", TEAM_ERROR_KINDS) {}

export const teamRefusal = refusalMessages(TeamError, TEAM_ERROR_MESSAGES);

/** Why a staff member's verification decision was refused. */
export type VerificationErrorCode =
  | "NOT_FOUND" // no such company
  | "ALREADY_DECIDED" // someone else decided first
  | "REASON_REQUIRED"; // a refusal must say why: the company sees it

export const VERIFICATION_ERROR_KINDS: Record<VerificationErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  ALREADY_DECIDED: "CONFLICT",
  REASON_REQUIRED: "INVALID_INPUT",
};

/** Shown on the staff's companies page, which is told the code in its URL (?error=<CODE>). */
export const VERIFICATION_ERROR_MESSAGES: Record<VerificationErrorCode, RefusalMessage> = {
  NOT_FOUND: "staff.companies.errors.NOT_FOUND",
  ALREADY_DECIDED: "staff.companies.errors.ALREADY_DECIDED",
  REASON_REQUIRED: "staff.companies.errors.REASON_REQUIRED",
};

export class VerificationError extends refusalClass("VerificationError", VERIFICATION_ERROR_KINDS) {}

export function isVerificationError(error: unknown): error is VerificationError {
  return error instanceof VerificationError;
}
