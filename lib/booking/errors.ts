import { AppError, type AppErrorKind } from "@/lib/kernel/errors";

/** Why a booking step was refused; pages map each code to a message under booking.errors. */
export const BOOKING_ERROR_CODES = [
  "NOT_FOUND", // no such application/appointment, or not one this user may see (no existence oracle)
  "NOT_BOOKABLE", // the application is not in a status that allows this step
  "NO_APPOINTMENT_NEEDED", // an admin set this service as "needs no appointment"
  "SLOT_UNAVAILABLE", // not a slot the calendar offers (past, lunch, holiday, blocked, beyond the horizon)
  "SLOT_TAKEN", // the slot was full when our conditional UPDATE ran
  "ALREADY_BOOKED", // the application already holds another active appointment
  "CUTOFF_PASSED", // too close to the appointment to change it online
  "TOO_EARLY", // e.g. a no-show before the appointment has started
  "PAYMENT_REQUIRED", // the setting asks for a confirmed payment before booking, and it is not
  "CONFIRM_DEADLINE_PASSED", // too late to confirm: the appointment is being released
  "OUTSIDE_HAND_IN_WINDOW", // the day is outside the period the documents may be handed in (extension, L495)
  "BUSY", // the database kept reporting conflicts; nothing was written
] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

const KIND: Partial<Record<BookingErrorCode, AppErrorKind>> = {
  NOT_FOUND: "NOT_FOUND",
  SLOT_TAKEN: "CONFLICT",
  ALREADY_BOOKED: "CONFLICT",
  BUSY: "UNAVAILABLE",
};

export class BookingError extends AppError<BookingErrorCode> {
  constructor(code: BookingErrorCode, message: string = code) {
    // Every other refusal is a step the appointment's or application's state does not allow.
    super(KIND[code] ?? "INVALID_STATE", code, message);
    this.name = "BookingError";
  }
}

export function isBookingError(error: unknown): error is BookingError {
  return error instanceof BookingError;
}
