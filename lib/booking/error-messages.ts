import { AccessDeniedError } from "@/lib/kernel/access";
import { WorkflowError } from "@/lib/workflow/errors";
import { BookingError } from "./errors";

/**
 * The message key (under "booking.errors") for an error a booking step may expect, or null
 * for a real fault, which the caller logs and answers with a generic message.
 */
export function bookingErrorMessageKey(error: unknown): string | null {
  if (error instanceof BookingError) return `booking.errors.${error.code}`;
  // Another company's object, or a role that may not do this: reads as "not found" (no oracle).
  if (error instanceof AccessDeniedError) return "booking.errors.NOT_FOUND";
  if (error instanceof WorkflowError) return error.code === "NOT_FOUND" ? "booking.errors.NOT_FOUND" : "booking.errors.NOT_BOOKABLE";
  return null;
}
