import { type AppErrorKind, type RefusalMessage, refusalClass } from "@/lib/kernel/errors";

/** Why a staff member's payment decision was refused. */
export type PaymentErrorCode =
  | "NOT_FOUND" // no such invoice
  | "CONFLICT" // decided by someone else since the page was read
  | "NOT_AWAITING" // the invoice is not waiting for a staff decision
  | "REASON_REQUIRED"; // a rejection must say why: the applicant sees it

export const PAYMENT_ERROR_KINDS: Record<PaymentErrorCode, AppErrorKind> = {
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  NOT_AWAITING: "INVALID_STATE",
  REASON_REQUIRED: "INVALID_INPUT",
};

/** Shown on the staff's payments page, which is told the code in its URL (?error=<CODE>). */
export const PAYMENT_ERROR_MESSAGES: Record<PaymentErrorCode, RefusalMessage> = {
  NOT_FOUND: "vault.payments.errors.NOT_FOUND",
  CONFLICT: "vault.payments.errors.CONFLICT",
  NOT_AWAITING: "vault.payments.errors.NOT_AWAITING",
  REASON_REQUIRED: "vault.payments.errors.REASON_REQUIRED",
};

export class PaymentError extends refusalClass("PaymentError", PAYMENT_ERROR_KINDS) {}

export function isPaymentError(error: unknown): error is PaymentError {
  return error instanceof PaymentError;
}
