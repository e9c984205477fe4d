import type { Prisma } from "@/lib/db/generated/client";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { loadCalendarData } from "./calendar-data";
import { BookingError } from "./errors";
import { RetryTransaction, violatedUniqueIndex } from "./retry";
import { releaseSeat } from "./seat";
import { loadHandInWindow } from "./hand-in-window";
import { findOfferedSlot } from "./slots";

// Steps shared by booking, rescheduling and cancelling; each runs inside the caller's transaction.

type Tx = Prisma.TransactionClient;

/** Does the admin's per-service switch (ServiceSetting) call for an appointment? Default: yes. */
export async function serviceNeedsAppointment(tx: Tx, serviceCode: string): Promise<boolean> {
  const setting = await tx.serviceSetting.findUnique({ where: { serviceCode }, select: { needsAppointment: true } });
  return setting?.needsAppointment ?? true;
}

/**
 * Checks the time against the calendar as it is now, and against the application's hand-in
 * window (the extension deadline, L495), and returns the capacity a new slot row gets.
 */
export async function assertOffered(tx: Tx, startsAt: Date, now: Date, application?: { id: string; serviceCode: string }): Promise<number> {
  const data = await loadCalendarData(tx, now);
  const window = application ? await loadHandInWindow(tx, application, data.calendar) : null;
  if (!findOfferedSlot({ now, ...data }, startsAt)) throw new BookingError("SLOT_UNAVAILABLE");
  if (window && !findOfferedSlot({ now, ...data, window }, startsAt)) throw new BookingError("OUTSIDE_HAND_IN_WINDOW");
  return data.settings.capacityPerSlot;
}

/**
 * An appointment booked inside the reminder window (less than `reminderHoursBefore` ahead) is
 * confirmed by the booking itself: the applicant chose it moments ago, and asking again could
 * leave less time than the confirm-by deadline allows.
 */
export function confirmedOnBooking(startsAt: Date, now: Date, reminderHoursBefore: number): Date | null {
  return startsAt.getTime() - now.getTime() <= reminderHoursBefore * 3_600_000 ? now : null;
}

/** Inserts the appointment; losing the one-active-per-application race means "look again". */
export async function insertAppointment(
  tx: Tx,
  applicationId: string,
  slotId: string,
  startsAt: Date,
  extra: { seats?: number; confirmedAt?: Date | null } = {},
): Promise<AppointmentSummary> {
  try {
    return await tx.appointment.create({
      data: { applicationId, slotId, startsAt, seats: extra.seats ?? 1, confirmedAt: extra.confirmedAt ?? null },
      select: APPOINTMENT_SUMMARY_SELECT,
    });
  } catch (error) {
    if (violatedUniqueIndex(error)) throw new RetryTransaction("another appointment was booked for this application meanwhile");
    throw error;
  }
}

/** Marks the active appointment cancelled and gives its seat back; a lost race means "look again". */
export async function vacate(tx: Tx, appointment: { id: string; slotId: string; seats: number }, now: Date): Promise<void> {
  const cancelled = await tx.appointment.updateMany({
    where: { id: appointment.id, status: "BOOKED" },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  if (cancelled.count !== 1) throw new RetryTransaction("the appointment changed meanwhile");
  await releaseSeat(tx, appointment.slotId, appointment.seats);
}

/** Booking waits for the invoice to be paid when the setting says so (checked in the booking transaction). */
export async function assertPaid(tx: Tx, applicationId: string, bookingRequiresPayment: boolean): Promise<void> {
  if (!bookingRequiresPayment) return;
  // FOR SHARE: a payment decision cannot change under a booking that relies on it.
  const [invoice] = await tx.$queryRaw<
    { status: string }[]
  >`SELECT "status"::text FROM "Invoice" WHERE "applicationId" = ${applicationId} FOR SHARE`;
  if (invoice?.status !== "PAID") throw new BookingError("PAYMENT_REQUIRED");
}
