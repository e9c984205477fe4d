import type { Prisma } from "@/lib/db/generated/client";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { loadBookingSettings } from "./calendar-data";
import { appointmentCalendarFile } from "./calendar-file";
import { originalsToBring } from "./originals-to-bring";

type Tx = Prisma.TransactionClient;

export type AppointmentNotice = {
  kind: "APPOINTMENT_BOOKED" | "APPOINTMENT_RESCHEDULED" | "APPOINTMENT_CANCELLED";
  recipientUserId: string;
  applicationId: string;
  startsAt: Date;
  previousStartsAt?: Date;
};

/**
 * Writes the applicant's e-mail and in-portal notice into the outbox, in the booking's own
 * transaction: it is sent if and only if the change was committed. The calendar file rides along
 * so the event lands in (or leaves) the applicant's calendar.
 */
export async function notifyAppointment(tx: Tx, notice: AppointmentNotice): Promise<void> {
  // Sequential: a transaction client is one connection (no Promise.all on it, see eslint.config.mjs).
  const application = await tx.application.findUniqueOrThrow({
    where: { id: notice.applicationId },
    select: { number: true, serviceCode: true, answers: true },
  });
  const recipient = await tx.user.findUnique({ where: { id: notice.recipientUserId }, select: { locale: true } });
  const earlier = await tx.appointment.count({ where: { applicationId: notice.applicationId } });
  const { slotMinutes } = await loadBookingSettings(tx);
  if (!application.number || !recipient) return;
  const cancelled = notice.kind === "APPOINTMENT_CANCELLED";
  // SEQUENCE: every appointment of the application so far; a cancellation must outrank the booking.
  const ics = appointmentCalendarFile({
    locale: recipient.locale,
    applicationId: notice.applicationId,
    applicationNumber: application.number,
    startsAt: notice.startsAt,
    slotMinutes,
    sequence: cancelled ? earlier : earlier - 1,
    cancelled,
  });
  // The confirmation e-mail names the originals to hand in, as the appointment page does (6.P4).
  const originals = cancelled ? undefined : originalsToBring(application.serviceCode, application.answers).map((o) => o.code);
  const base = {
    applicationId: notice.applicationId,
    applicationNumber: application.number,
    serviceCode: application.serviceCode,
    startsAt: notice.startsAt,
    ics,
    originals,
  };
  if (notice.kind === "APPOINTMENT_RESCHEDULED") {
    await enqueueNotification(tx, {
      kind: notice.kind,
      recipientUserId: notice.recipientUserId,
      payload: { ...base, previousStartsAt: notice.previousStartsAt },
    });
  } else {
    await enqueueNotification(tx, { kind: notice.kind, recipientUserId: notice.recipientUserId, payload: base });
  }
}
