import type { Prisma } from "@/lib/db/generated/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { WorkflowError } from "@/lib/workflow/errors";

// Shared by the review steps: every step that reads documents and then decides on them first
// takes the application's row lock, so that a document decision, "request changes" and
// "approve documents" on one application run one after the other. Without it, "approve
// documents" could read "all approved" while another reviewer's rejection commits beside it.

export type Tx = Prisma.TransactionClient;

export type LockedApplication = {
  id: string;
  status: ApplicationStatus;
  version: number;
  number: string | null;
  serviceCode: string;
  companyId: string;
};

/** Locks a submitted (non-draft) application for the rest of the transaction; NOT_FOUND otherwise. */
export async function lockApplication(tx: Tx, applicationId: string): Promise<LockedApplication> {
  const rows = await tx.$queryRaw<LockedApplication[]>`
    SELECT "id", "status", "version", "number", "serviceCode", "companyId"
    FROM "Application" WHERE "id" = ${applicationId} AND "status" <> 'DRAFT' FOR UPDATE`;
  if (rows.length !== 1) throw new WorkflowError("NOT_FOUND", "Application not found");
  return rows[0];
}

/** The version the page showed must still be current: someone else acting in between wins. */
export function assertVersion(application: { version: number }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && application.version !== expectedVersion) {
    throw new WorkflowError("CONFLICT", "The application was changed by someone else");
  }
}

/** A refused step with the message key the page shows (see lib/review/action-result.ts). */
export function preconditionFailed(messageKey: string, details: Record<string, unknown> = {}): WorkflowError {
  return new WorkflowError("PRECONDITION_FAILED", messageKey, { messageKey, ...details });
}

/** Notifications carry the application's number; a submitted application always has one. */
export function notificationBase(application: LockedApplication) {
  return { applicationId: application.id, applicationNumber: application.number ?? application.id, serviceCode: application.serviceCode };
}

/** The document code under which the result handed to the applicant is stored (not a checklist item). */
export const RESULT_DOCUMENT_CODE = "RESULT";
