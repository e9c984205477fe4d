import type { Prisma } from "@/lib/db/generated/client";
import type { CurrentUser } from "@/lib/kernel/access";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { BookingError } from "./errors";
import { notifyAppointment } from "./notify-appointment";
import { inBookingTransaction } from "./retry";
import { applicantApplicationWhere } from "../kernel/scope";
import { loadBookingSettings } from "./calendar-data";
import { seatsForApplication, takeSeat } from "./seat";
import { assertOffered, assertPaid, confirmedOnBooking, insertAppointment, serviceNeedsAppointment } from "./steps";

type Tx = Prisma.TransactionClient;

export type BookAppointmentInput = { applicationId: string; startsAt: Date };

async function book(tx: Tx, actor: CurrentUser, input: BookAppointmentInput, now: Date): Promise<AppointmentSummary> {
  const application = await tx.application.findFirst({
    where: applicantApplicationWhere(actor, input.applicationId),
    select: { id: true, status: true, version: true, serviceCode: true },
  });
  if (!application) throw new BookingError("NOT_FOUND");
  const active = await tx.appointment.findFirst({
    where: { applicationId: application.id, status: "BOOKED" },
    select: APPOINTMENT_SUMMARY_SELECT,
  });
  // A double click or a retry of a booking that went through: the first result, not an error.
  if (active?.startsAt.getTime() === input.startsAt.getTime()) return active;
  if (active) throw new BookingError("ALREADY_BOOKED");
  if (application.status !== "DOCUMENTS_APPROVED") throw new BookingError("NOT_BOOKABLE");
  if (!(await serviceNeedsAppointment(tx, application.serviceCode))) throw new BookingError("NO_APPOINTMENT_NEEDED");
  const settings = await loadBookingSettings(tx);
  await assertPaid(tx, application.id, settings.bookingRequiresPayment);
  const capacity = await assertOffered(tx, input.startsAt, now, application);
  const seats = await seatsForApplication(tx, application.id);
  const slotId = await takeSeat(tx, input.startsAt, capacity, seats);
  if (!slotId) {
    // The seat UPDATE waited for the row lock of whoever filled the slot, and that booking has
    // committed by now. If it was this very application (a double click, a retried request), its
    // appointment is visible to this new statement under READ COMMITTED: answer "booked", as the
    // first request did (decision 004 promises idempotency), rather than "slot taken".
    const holder = await tx.appointment.findFirst({
      where: { applicationId: application.id, status: "BOOKED" },
      select: APPOINTMENT_SUMMARY_SELECT,
    });
    if (holder?.startsAt.getTime() === input.startsAt.getTime()) return holder;
    if (holder) throw new BookingError("ALREADY_BOOKED");
    throw new BookingError("SLOT_TAKEN");
  }
  const appointment = await insertAppointment(tx, application.id, slotId, input.startsAt, {
    seats,
    confirmedAt: confirmedOnBooking(input.startsAt, now, settings.reminderHoursBefore),
  });
  await transitionApplication(tx, {
    applicationId: application.id,
    actor,
    action: "BOOK_APPOINTMENT",
    expectedVersion: application.version,
    details: { appointmentId: appointment.id, startsAt: input.startsAt.toISOString(), seats },
  });
  await notifyAppointment(tx, {
    kind: "APPOINTMENT_BOOKED",
    recipientUserId: actor.id,
    applicationId: application.id,
    startsAt: input.startsAt,
  });
  return appointment;
}

/**
 * An applicant books `startsAt` for their company's application, which must be
 * DOCUMENTS_APPROVED. Seat, appointment and status change are one transaction: SLOT_TAKEN,
 * ALREADY_BOOKED or any failure leaves nothing behind. Idempotent for the same time.
 */
export async function bookAppointment(
  actor: CurrentUser,
  input: BookAppointmentInput,
  now: Date = new Date(),
): Promise<AppointmentSummary> {
  return inBookingTransaction((tx) => book(tx, actor, input, now));
}
