import { AppError, type AppErrorKind } from "@/lib/kernel/errors";

/** Why a workflow step was refused; pages map each code to a message for the user. */
export type WorkflowErrorCode =
  | "NOT_FOUND" // no such application, or not one this user may see (no existence oracle)
  | "ROLE_NOT_ALLOWED"
  | "NOT_ALLOWED_FROM_STATUS"
  | "CONFLICT" // changed by someone else since it was read: reload
  | "PRECONDITION_FAILED"; // e.g. a required document is not approved yet

export const WORKFLOW_ERROR_KINDS: Record<WorkflowErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  ROLE_NOT_ALLOWED: "FORBIDDEN",
  NOT_ALLOWED_FROM_STATUS: "INVALID_STATE",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "INVALID_STATE",
};

export class WorkflowError extends AppError<WorkflowErrorCode> {
  constructor(
    code: WorkflowErrorCode,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(WORKFLOW_ERROR_KINDS[code], code, message);
    this.name = "WorkflowError";
  }
}
