import type { Prisma } from "@/lib/db/generated/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { APPOINTMENT_SUMMARY_SELECT, type AppointmentSummary } from "./appointment-result";
import { storedDateOf } from "./centre-time";
import { BookingError } from "./errors";
import { onOriginalsReceived } from "./on-originals-received";
import { inBookingTransaction, RetryTransaction } from "./retry";

// The two outcomes of a visit, check-in and no-show, side by side: same lookup, same guard.

type Tx = Prisma.TransactionClient;

export type CheckInOptions = {
  /** Set by a caller that already knows the due date; else the onOriginalsReceived hook computes it. */
  dueDate?: Date;
};

async function findBooked(tx: Tx, appointmentId: string) {
  const appointment = await tx.appointment.findFirst({
    where: { id: appointmentId, application: { status: { not: "DRAFT" } } },
    select: {
      ...APPOINTMENT_SUMMARY_SELECT,
      application: { select: { id: true, version: true, serviceCode: true, number: true, companyId: true } },
    },
  });
  if (!appointment) throw new BookingError("NOT_FOUND");
  return appointment;
}

async function setStatus(tx: Tx, appointmentId: string, status: "ATTENDED" | "NO_SHOW") {
  const updated = await tx.appointment.updateMany({ where: { id: appointmentId, status: "BOOKED" }, data: { status } });
  if (updated.count !== 1) throw new RetryTransaction("the appointment changed meanwhile");
}

/**
 * Staff check the applicant in: the originals are received, the application moves to
 * IN_PROCESSING and its processing clock starts today (Astana). Idempotent.
 */
export async function checkInAppointment(
  actor: CurrentUser,
  input: { appointmentId: string },
  now: Date = new Date(),
  options: CheckInOptions = {},
): Promise<AppointmentSummary> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return inBookingTransaction(async (tx) => {
    const appointment = await findBooked(tx, input.appointmentId);
    const { application, ...summary } = appointment;
    if (appointment.status === "ATTENDED") return summary;
    if (appointment.status !== "BOOKED") throw new BookingError("NOT_BOOKABLE");
    await setStatus(tx, appointment.id, "ATTENDED");
    const receivedOn = isoDateInTimeZone(now);
    const dueDate =
      options.dueDate ??
      (await onOriginalsReceived(tx, { applicationId: application.id, serviceCode: application.serviceCode, receivedOn })).dueDate;
    await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "RECEIVE_ORIGINALS",
      expectedVersion: application.version,
      details: { appointmentId: appointment.id, receivedOn, dueDate: dueDate?.toISOString().slice(0, 10) ?? null },
      data: { processingStartedOn: storedDateOf(receivedOn), ...(dueDate ? { dueDate } : {}) },
    });
    if (dueDate && application.number) {
      const payload = {
        applicationId: application.id,
        applicationNumber: application.number,
        serviceCode: application.serviceCode,
        dueDate,
      };
      await enqueueNotificationForCompany(tx, { kind: "ORIGINALS_RECEIVED", companyId: application.companyId, payload });
    }
    return { ...summary, status: "ATTENDED" };
  });
}

/**
 * Staff record that nobody came: the appointment is NO_SHOW and the application returns to
 * DOCUMENTS_APPROVED so the applicant can book again. The seat is not given back: the time has
 * passed, and keeping it makes the day's utilisation show the seats that were held.
 */
export async function markNoShow(
  actor: CurrentUser,
  input: { appointmentId: string },
  now: Date = new Date(),
): Promise<AppointmentSummary> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return inBookingTransaction(async (tx) => {
    const appointment = await findBooked(tx, input.appointmentId);
    const { application, ...summary } = appointment;
    if (appointment.status === "NO_SHOW") return summary;
    if (appointment.status !== "BOOKED") throw new BookingError("NOT_BOOKABLE");
    if (now < appointment.startsAt) throw new BookingError("TOO_EARLY");
    await setStatus(tx, appointment.id, "NO_SHOW");
    await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "MARK_NO_SHOW",
      expectedVersion: application.version,
      details: { appointmentId: appointment.id },
    });
    return { ...summary, status: "NO_SHOW" };
  });
}
