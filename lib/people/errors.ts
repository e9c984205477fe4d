import { type AppErrorKind, type RefusalMessage, refusalClass, refusalMessages } from "@/lib/kernel/errors";

/** Why a change to the company's register of people was refused. */
export type PersonErrorCode =
  | "NOT_FOUND" // no such person in the actor's company
  | "PRINCIPAL_SELF" // a person cannot be their own principal
  | "PRINCIPAL_UNKNOWN" // the chosen principal is not one of the company's people
  | "PRINCIPAL_IS_FAMILY" // family links are one level deep: a family member cannot be a principal
  | "PRINCIPAL_HAS_FAMILY" // a principal with family members cannot become someone's family member
  | "HAS_OPEN_APPLICATION" // not removed while an application of theirs is open
  | "HAS_FAMILY"; // not removed while family members still point at them

export const PERSON_ERROR_KINDS: Record<PersonErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  PRINCIPAL_SELF: "INVALID_INPUT",
  PRINCIPAL_UNKNOWN: "INVALID_INPUT",
  PRINCIPAL_IS_FAMILY: "INVALID_INPUT",
  PRINCIPAL_HAS_FAMILY: "INVALID_INPUT",
  HAS_OPEN_APPLICATION: "INVALID_STATE",
  HAS_FAMILY: "INVALID_STATE",
};

/**
 * The person form's answers. Removal is a button on the list, which is told the code in its URL
 * (?removed=<CODE>) and shows workspace.people.notices.<CODE>, the same texts as these last two.
 */
export const PERSON_ERROR_MESSAGES: Record<PersonErrorCode, RefusalMessage> = {
  NOT_FOUND: "applications.people.notFound",
  PRINCIPAL_SELF: { field: "principalId", key: "applications.validation.principalSelf" },
  PRINCIPAL_UNKNOWN: { field: "principalId", key: "applications.validation.principalUnknown" },
  PRINCIPAL_IS_FAMILY: { field: "principalId", key: "applications.validation.principalIsFamily" },
  PRINCIPAL_HAS_FAMILY: { field: "principalId", key: "applications.validation.principalHasFamily" },
  HAS_OPEN_APPLICATION: "workspace.people.notices.HAS_OPEN_APPLICATION",
  HAS_FAMILY: "workspace.people.notices.HAS_FAMILY",
};

export class PersonError extends refusalClass("PersonError", PERSON_ERROR_KINDS) {}

export function isPersonError(error: unknown): error is PersonError {
  return error instanceof PersonError;
}

export const personRefusal = refusalMessages(PersonError, PERSON_ERROR_MESSAGES);
