import { type AppErrorKind, type RefusalMessage, refusalClass, refusalMessages } from "@/lib/kernel/errors";
import type { SubmissionProblem } from "@/lib/applications/submission-checks";

/** Why a step of the applicant's own application was refused. */
export type ApplicationErrorCode =
  | "NOT_FOUND" // no such draft (or application) of the actor's company, or no longer a draft
  | "PRINCIPAL_UNKNOWN" // the chosen principal is not one of the company's principals
  | "FAMILY_UNKNOWN" // a chosen family member is not the principal's
  | "NOBODY" // the request includes nobody
  | "ONE_PERSON_ONLY" // the service is for exactly one person
  | "COMPANY_NOT_VERIFIED" // drafts can be prepared, not submitted, until staff verify the company
  | "SUBMISSION_PROBLEMS" // what the check page lists (missing documents, a passport ending too soon)
  | "CONFLICT" // changed in another window meanwhile
  | "WITHDRAW_NOT_FOUND" // withdrawing: no such application of the actor's company
  | "NOT_WITHDRAWABLE" // withdrawing: no longer in a status that may be withdrawn
  | "WITHDRAW_CONFLICT" // withdrawing: changed by someone else meanwhile
  | "NOT_EXTENDABLE"; // the person has no visa an extension service exists for

export const APPLICATION_ERROR_KINDS: Record<ApplicationErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  PRINCIPAL_UNKNOWN: "INVALID_INPUT",
  FAMILY_UNKNOWN: "INVALID_INPUT",
  NOBODY: "INVALID_INPUT",
  ONE_PERSON_ONLY: "INVALID_INPUT",
  COMPANY_NOT_VERIFIED: "FORBIDDEN",
  SUBMISSION_PROBLEMS: "INVALID_STATE",
  CONFLICT: "CONFLICT",
  WITHDRAW_NOT_FOUND: "NOT_FOUND",
  NOT_WITHDRAWABLE: "INVALID_STATE",
  WITHDRAW_CONFLICT: "CONFLICT",
  NOT_EXTENDABLE: "INVALID_STATE",
};

/**
 * The applicant's pages' answers. SUBMISSION_PROBLEMS is shown as the list of its problems (the
 * key is the heading-less fallback); NOT_EXTENDABLE travels to the people list in its URL
 * (?removed=NOT_EXTENDABLE), which shows workspace.people.notices.NOT_EXTENDABLE.
 */
export const APPLICATION_ERROR_MESSAGES: Record<ApplicationErrorCode, RefusalMessage> = {
  NOT_FOUND: "applications.errors.draftNotFound",
  PRINCIPAL_UNKNOWN: { field: "principalId", key: "applications.validation.principalUnknown" },
  FAMILY_UNKNOWN: { field: "principalId", key: "applications.validation.principalUnknown" },
  NOBODY: "applications.validation.nobodyIncluded",
  ONE_PERSON_ONLY: "applications.validation.onePersonOnly",
  COMPANY_NOT_VERIFIED: "applications.errors.companyNotVerified",
  SUBMISSION_PROBLEMS: "applications.errors.submitFailed",
  CONFLICT: "applications.errors.conflict",
  WITHDRAW_NOT_FOUND: "applications.errors.withdraw.NOT_FOUND",
  NOT_WITHDRAWABLE: "applications.errors.withdraw.NOT_ALLOWED",
  WITHDRAW_CONFLICT: "applications.errors.withdraw.CONFLICT",
  NOT_EXTENDABLE: "workspace.people.notices.NOT_EXTENDABLE",
};

export class ApplicationError extends refusalClass("ApplicationError", APPLICATION_ERROR_KINDS) {
  constructor(
    code: ApplicationErrorCode,
    /** For SUBMISSION_PROBLEMS: each thing to put right, shown on the check page. */
    public readonly problems: SubmissionProblem[] = [],
  ) {
    super(code);
  }
}

export function isApplicationError(error: unknown): error is ApplicationError {
  return error instanceof ApplicationError;
}

export const applicationRefusal = refusalMessages(ApplicationError, APPLICATION_ERROR_MESSAGES);
