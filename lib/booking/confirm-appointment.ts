import type { CurrentUser } from "@/lib/kernel/access";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { loadBookingSettings } from "./calendar-data";
import { BookingError } from "./errors";
import { inBookingTransaction } from "./retry";
import { applicantApplicationWhere } from "../kernel/scope";

/**
 * The applicant confirms they will come (aifc.kz: unconfirmed appointments are cancelled 24 hours
 * ahead). Allowed until `confirmByHoursBefore` before the start; after that the release job owns
 * the appointment. Idempotent: confirming twice keeps the first time. The conditional UPDATE
 * (still BOOKED, deadline not passed) means a confirmation racing the release job either lands
 * before it, and the job then skips the appointment, or matches nothing.
 */
export async function confirmAppointment(
  actor: CurrentUser,
  input: { applicationId: string },
  now: Date = new Date(),
): Promise<AppointmentSummary & { confirmedAt: Date }> {
  return inBookingTransaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: applicantApplicationWhere(actor, input.applicationId),
      select: { id: true },
    });
    if (!application) throw new BookingError("NOT_FOUND");
    const active = await tx.appointment.findFirst({
      where: { applicationId: application.id, status: "BOOKED" },
      select: { ...APPOINTMENT_SUMMARY_SELECT, confirmedAt: true },
    });
    if (!active) throw new BookingError("NOT_BOOKABLE");
    if (active.confirmedAt) return { ...active, confirmedAt: active.confirmedAt };
    const { confirmByHoursBefore } = await loadBookingSettings(tx);
    const deadline = new Date(active.startsAt.getTime() - confirmByHoursBefore * 3_600_000);
    if (now >= deadline) throw new BookingError("CONFIRM_DEADLINE_PASSED");
    const updated = await tx.appointment.updateMany({
      where: { id: active.id, status: "BOOKED", confirmedAt: null },
      data: { confirmedAt: now },
    });
    if (updated.count !== 1) throw new BookingError("NOT_BOOKABLE");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "CONFIRM_APPOINTMENT",
        entityType: "Appointment",
        entityId: active.id,
        applicationId: application.id,
        details: { startsAt: active.startsAt.toISOString() },
        createdAt: now,
      },
    });
    return { ...active, confirmedAt: now };
  });
}
