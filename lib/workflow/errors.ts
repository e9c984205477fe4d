/** Why a workflow step was refused; pages map each code to a message for the user. */
export type WorkflowErrorCode =
  | "NOT_FOUND" // no such application, or not one this user may see (no existence oracle)
  | "ROLE_NOT_ALLOWED"
  | "NOT_ALLOWED_FROM_STATUS"
  | "CONFLICT" // changed by someone else since it was read: reload
  | "PRECONDITION_FAILED"; // e.g. a required document is not approved yet

export class WorkflowError extends Error {
  constructor(
    public readonly code: WorkflowErrorCode,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}
