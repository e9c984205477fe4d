import { prisma } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import { changesDueOn, DEFAULT_CHANGES_DEADLINE_DAYS } from "@/lib/rules/changes-deadline";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { assertVersion, lockApplication, notificationBase, preconditionFailed, type Tx } from "./review-shared";
import { loadWorkingCalendar } from "@/lib/calendar/working-calendar";

// The deadline on a request for changes (issue 17): set when staff request changes, extended by
// staff with a reason, renewed when staff reopen a lapsed application. The lapse itself is the
// job in lib/review/changes-deadline-job.ts.

const toStoredDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export async function getChangesDeadlineDays(db: Tx | typeof prisma = prisma): Promise<number> {
  const row = await db.workflowSettings.findUnique({ where: { id: 1 }, select: { changesDeadlineDays: true } });
  return row?.changesDeadlineDays ?? DEFAULT_CHANGES_DEADLINE_DAYS;
}

/** The deadline for a request for changes made on `today`, with the configured number of days. */
export async function newChangesDueOn(tx: Tx, today: IsoDate): Promise<Date> {
  const days = await getChangesDeadlineDays(tx);
  return toStoredDate(changesDueOn(today, days, await loadWorkingCalendar(tx)));
}

/** Admins set how many calendar days applicants get; the change applies to later requests only. */
export async function setChangesDeadlineDays(actor: CurrentUser, days: number) {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const before = await getChangesDeadlineDays(tx);
    await tx.workflowSettings.upsert({
      where: { id: 1 },
      create: { id: 1, changesDeadlineDays: days },
      update: { changesDeadlineDays: days },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "SET_CHANGES_DEADLINE_DAYS",
        entityType: "WorkflowSettings",
        entityId: "1",
        details: { from: before, to: days },
      },
    });
  });
}

export type DeadlineExtension = { applicationId: string; expectedVersion: number; newDueOn: IsoDate; reason: string };

/** Staff give the applicant more time; the new date must be later than the current one. */
export async function extendChangesDeadline(actor: CurrentUser, input: DeadlineExtension, now = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    if (application.status !== "CHANGES_REQUESTED")
      throw new WorkflowError("NOT_ALLOWED_FROM_STATUS", `Cannot extend a deadline in ${application.status}`);
    const current = await tx.application.findUniqueOrThrow({ where: { id: application.id }, select: { changesDueOn: true } });
    const from = current.changesDueOn ? toIso(current.changesDueOn) : null;
    if ((from && input.newDueOn <= from) || input.newDueOn <= isoDateInTimeZone(now))
      throw preconditionFailed("review.errors.deadlineNotLater");
    await tx.application.update({
      where: { id: application.id },
      data: { changesDueOn: toStoredDate(input.newDueOn), version: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "EXTEND_CHANGES_DEADLINE",
        entityType: "Application",
        entityId: application.id,
        applicationId: application.id,
        details: { from, to: input.newDueOn, reason: input.reason },
      },
    });
    await enqueueNotificationForCompany(tx, {
      kind: "CHANGES_DEADLINE_EXTENDED",
      companyId: application.companyId,
      payload: { ...notificationBase(application), dueOn: input.newDueOn, reason: input.reason },
    });
  });
}

/** LAPSED → CHANGES_REQUESTED with a fresh deadline counted from today. */
export async function reopenApplication(
  actor: CurrentUser,
  input: { applicationId: string; expectedVersion: number; reason: string },
  now = new Date(),
) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    const dueOn = await newChangesDueOn(tx, isoDateInTimeZone(now));
    const result = await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "REOPEN",
      expectedVersion: input.expectedVersion,
      reason: input.reason,
      details: { changesDueOn: toIso(dueOn) },
      data: { changesDueOn: dueOn },
    });
    await enqueueNotificationForCompany(tx, {
      kind: "APPLICATION_REOPENED",
      companyId: application.companyId,
      payload: { ...notificationBase(application), dueOn, reason: input.reason },
    });
    return result;
  });
}
