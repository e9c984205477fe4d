import { prisma } from "@/lib/db/client";
import { checkInAppointment } from "@/lib/booking/staff-check-in";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import type { ApplicationStep, ReasonedStep } from "@/lib/review/action-schemas";
import { EXTENSION_CALENDAR_DAYS, mayExtendBy30Days } from "@/lib/rules/processing-time";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { computeDueDate } from "@/lib/calendar/due-date";
import { assertVersion, lockApplication, notificationBase, preconditionFailed } from "./review-shared";

/**
 * "Originals received": the processing clock starts today (Astana) and the due date is set.
 * An application with a booked appointment is checked in through the booking code, so the
 * appointment is marked attended too; one without (services that need no appointment) moves here.
 */
export async function receiveOriginals(actor: CurrentUser, input: ApplicationStep, now: Date = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const receivedOn = isoDateInTimeZone(now);
  const booked = await prisma.appointment.findFirst({
    where: {
      applicationId: input.applicationId,
      status: "BOOKED",
      application: { status: "APPOINTMENT_BOOKED", version: input.expectedVersion },
    },
    select: { id: true },
  });
  if (booked) {
    const dueDate = await computeDueDate(prisma, { applicationId: input.applicationId, receivedOn });
    await checkInAppointment(actor, { appointmentId: booked.id }, now, dueDate ? { dueDate } : {});
    return { dueDate };
  }
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    const dueDate = await computeDueDate(tx, { applicationId: application.id, receivedOn });
    await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "RECEIVE_ORIGINALS",
      expectedVersion: input.expectedVersion,
      details: { receivedOn, dueDate: dueDate?.toISOString().slice(0, 10) ?? null },
      data: { processingStartedOn: new Date(`${receivedOn}T00:00:00Z`), dueDate },
    });
    if (dueDate) {
      await enqueueNotificationForCompany(tx, {
        kind: "ORIGINALS_RECEIVED",
        companyId: application.companyId,
        payload: { ...notificationBase(application), dueDate },
      });
    }
    return { dueDate };
  });
}

/** Records the guide's 30-calendar-day extension, once, with a reason: the due date moves by 30 days. */
export async function extendDeadline(actor: CurrentUser, input: ReasonedStep, now: Date = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    if (application.status !== "IN_PROCESSING")
      throw new WorkflowError("NOT_ALLOWED_FROM_STATUS", "Only an application in processing can be extended");
    if (!mayExtendBy30Days(application.serviceCode)) throw preconditionFailed("review.errors.extensionNotOffered");
    const current = await tx.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { dueDate: true, extensionReason: true },
    });
    if (current.extensionReason) throw preconditionFailed("review.errors.alreadyExtended");
    if (!current.dueDate) throw preconditionFailed("review.errors.noDueDate");
    const from = current.dueDate.toISOString().slice(0, 10);
    const to = addCalendarDays(from, EXTENSION_CALENDAR_DAYS);
    await tx.application.updateMany({
      where: { id: application.id, version: application.version },
      data: { dueDate: new Date(`${to}T00:00:00Z`), extensionReason: input.reason, version: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "EXTEND_DEADLINE",
        entityType: "Application",
        entityId: application.id,
        applicationId: application.id,
        details: { reason: input.reason, fromDueDate: from, toDueDate: to },
        createdAt: now,
      },
    });
    return { dueDate: to };
  });
}

/** IN_PROCESSING → REJECTED with the reason the applicant is given. */
export async function rejectApplication(actor: CurrentUser, input: ReasonedStep) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    const result = await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "REJECT",
      expectedVersion: input.expectedVersion,
      reason: input.reason,
    });
    await enqueueNotificationForCompany(tx, {
      kind: "REJECTED",
      companyId: application.companyId,
      payload: { ...notificationBase(application), reason: input.reason },
    });
    return result;
  });
}
