import type { Prisma } from "@/lib/db/generated/client";
import type { CurrentUser } from "@/lib/kernel/access";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { loadBookingSettings } from "./calendar-data";
import { canChangeOnline } from "./change-cutoff";
import { BookingError } from "./errors";
import { notifyAppointment } from "./notify-appointment";
import { inBookingTransaction } from "./retry";
import { applicationWhereFor } from "../kernel/scope";
import { vacate } from "./steps";

type Tx = Prisma.TransactionClient;

async function cancel(tx: Tx, actor: CurrentUser, applicationId: string, now: Date): Promise<AppointmentSummary> {
  const application = await tx.application.findFirst({
    where: applicationWhereFor(actor, applicationId),
    select: { id: true, version: true, createdById: true },
  });
  if (!application) throw new BookingError("NOT_FOUND");
  const active = await tx.appointment.findFirst({
    where: { applicationId: application.id, status: "BOOKED" },
    select: { ...APPOINTMENT_SUMMARY_SELECT, slotId: true, seats: true },
  });
  if (!active) {
    // A second click on "Cancel": answer with the appointment the first click cancelled.
    const last = await tx.appointment.findFirst({
      where: { applicationId: application.id },
      orderBy: { createdAt: "desc" },
      select: APPOINTMENT_SUMMARY_SELECT,
    });
    if (last?.status === "CANCELLED") return last;
    throw new BookingError("NOT_BOOKABLE");
  }
  // Staff may cancel at any time (a closure, an illness); applicants only before the cut-off.
  const { changeCutoffHours } = await loadBookingSettings(tx);
  if (actor.role === "APPLICANT" && !canChangeOnline(active.startsAt, changeCutoffHours, now)) throw new BookingError("CUTOFF_PASSED");
  await vacate(tx, active, now);
  await transitionApplication(tx, {
    applicationId: application.id,
    actor,
    action: "CANCEL_APPOINTMENT",
    expectedVersion: application.version,
    details: { appointmentId: active.id, startsAt: active.startsAt.toISOString() },
  });
  // The applicant who cancelled hears back; when staff cancel, the one who filed the application.
  const recipientUserId = actor.role === "APPLICANT" ? actor.id : application.createdById;
  await notifyAppointment(tx, { kind: "APPOINTMENT_CANCELLED", recipientUserId, applicationId: application.id, startsAt: active.startsAt });
  return { id: active.id, applicationId: active.applicationId, startsAt: active.startsAt, status: "CANCELLED" };
}

/** Cancels the application's active appointment, freeing the seat at once; back to DOCUMENTS_APPROVED. */
export async function cancelAppointment(
  actor: CurrentUser,
  input: { applicationId: string },
  now: Date = new Date(),
): Promise<AppointmentSummary> {
  return inBookingTransaction((tx) => cancel(tx, actor, input.applicationId, now));
}
