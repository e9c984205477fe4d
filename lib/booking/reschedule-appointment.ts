import type { Prisma } from "@/lib/db/generated/client";
import type { CurrentUser } from "@/lib/kernel/access";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { loadBookingSettings } from "./calendar-data";
import { canChangeOnline } from "./change-cutoff";
import { BookingError } from "./errors";
import { notifyAppointment } from "./notify-appointment";
import { inBookingTransaction } from "./retry";
import { applicantApplicationWhere } from "../kernel/scope";
import { takeSeat } from "./seat";
import { assertOffered, confirmedOnBooking, insertAppointment, vacate } from "./steps";

type Tx = Prisma.TransactionClient;

export type RescheduleAppointmentInput = { applicationId: string; startsAt: Date };

async function reschedule(tx: Tx, actor: CurrentUser, input: RescheduleAppointmentInput, now: Date): Promise<AppointmentSummary> {
  const application = await tx.application.findFirst({
    where: applicantApplicationWhere(actor, input.applicationId),
    select: { id: true, status: true, serviceCode: true },
  });
  if (!application) throw new BookingError("NOT_FOUND");
  const active = await tx.appointment.findFirst({
    where: { applicationId: application.id, status: "BOOKED" },
    select: { ...APPOINTMENT_SUMMARY_SELECT, slotId: true, seats: true },
  });
  if (!active || application.status !== "APPOINTMENT_BOOKED") throw new BookingError("NOT_BOOKABLE");
  // Already moved there (a double click, a retry): the first result.
  if (active.startsAt.getTime() === input.startsAt.getTime()) {
    return { id: active.id, applicationId: active.applicationId, startsAt: active.startsAt, status: active.status };
  }
  const { changeCutoffHours, reminderHoursBefore } = await loadBookingSettings(tx);
  if (!canChangeOnline(active.startsAt, changeCutoffHours, now)) throw new BookingError("CUTOFF_PASSED");
  const capacity = await assertOffered(tx, input.startsAt, now, application);
  // Old seat first, then the new one: if the new slot is full the whole move rolls back and
  // the applicant keeps the old time.
  await vacate(tx, active, now);
  // The same places as before: a submitted application's people do not change.
  const slotId = await takeSeat(tx, input.startsAt, capacity, active.seats);
  if (!slotId) throw new BookingError("SLOT_TAKEN");
  const appointment = await insertAppointment(tx, application.id, slotId, input.startsAt, {
    seats: active.seats,
    confirmedAt: confirmedOnBooking(input.startsAt, now, reminderHoursBefore),
  });
  // The status stays APPOINTMENT_BOOKED, so no workflow step: the move is audited here.
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      action: "RESCHEDULE_APPOINTMENT",
      entityType: "Appointment",
      entityId: appointment.id,
      applicationId: application.id,
      details: { fromAppointmentId: active.id, from: active.startsAt.toISOString(), to: input.startsAt.toISOString() },
    },
  });
  await notifyAppointment(tx, {
    kind: "APPOINTMENT_RESCHEDULED",
    recipientUserId: actor.id,
    applicationId: application.id,
    startsAt: input.startsAt,
    previousStartsAt: active.startsAt,
  });
  return appointment;
}

/** Moves the application's appointment to `startsAt` in one transaction (before the cut-off). */
export async function rescheduleAppointment(
  actor: CurrentUser,
  input: RescheduleAppointmentInput,
  now: Date = new Date(),
): Promise<AppointmentSummary> {
  return inBookingTransaction((tx) => reschedule(tx, actor, input, now));
}
