import type { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/kernel/forms";
import { isBookingError } from "@/lib/booking/errors";
import { AccessDeniedError } from "@/lib/kernel/access";
import { WorkflowError, type WorkflowErrorCode } from "@/lib/workflow/errors";

// Server actions answer with message keys, never a 500: a refused step is an ordinary outcome
// (someone else acted first, a document is still unreviewed) and the page says what to do.

const WORKFLOW_MESSAGES: Record<WorkflowErrorCode, string> = {
  NOT_FOUND: "review.errors.NOT_FOUND",
  ROLE_NOT_ALLOWED: "review.errors.ROLE_NOT_ALLOWED",
  NOT_ALLOWED_FROM_STATUS: "review.errors.NOT_ALLOWED_FROM_STATUS",
  CONFLICT: "review.errors.CONFLICT",
  PRECONDITION_FAILED: "review.errors.PRECONDITION_FAILED",
};

/** Precondition failures carry a more precise key in details.messageKey (e.g. "review.errors.unreviewedDocuments"). */
export function workflowErrorMessage(error: WorkflowError): string {
  const specific = error.details.messageKey;
  return typeof specific === "string" && specific.startsWith("review.") ? specific : WORKFLOW_MESSAGES[error.code];
}

export type ReviewActionResult = ActionResult;

/** Maps what a review step may throw to a form result; anything unexpected is rethrown (a real bug). */
export function toActionResult(error: unknown): ReviewActionResult {
  if (error instanceof WorkflowError) return { ok: false, formError: workflowErrorMessage(error), conflict: error.code === "CONFLICT" };
  if (error instanceof AccessDeniedError) return { ok: false, formError: "review.errors.ROLE_NOT_ALLOWED" };
  // "Originals received" on a booked appointment goes through the booking check-in.
  if (isBookingError(error)) {
    if (error.code === "NOT_FOUND") return { ok: false, formError: "review.errors.NOT_FOUND" };
    if (error.code === "BUSY") return { ok: false, formError: "review.errors.CONFLICT", conflict: true };
    return { ok: false, formError: "review.errors.NOT_ALLOWED_FROM_STATUS" };
  }
  throw error;
}

export function invalidInput(error: z.ZodError): ReviewActionResult {
  return { ok: false, fieldErrors: fieldErrorsOf(error), formError: "review.errors.INVALID_INPUT" };
}
