import { prisma as defaultDb, type Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog/types";
import { lockApplication, notificationBase } from "@/lib/review/data/review-shared";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import { dueChangesReminder, daysUntil } from "@/lib/rules/changes-deadline";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { WorkflowError } from "../workflow/errors";
import { systemActor, transitionApplication } from "../workflow/transition-application";

// The daily deadline job for requests for changes (issue 17). Safe to run on every instance at
// once and as often as we like:
// - a lapse happens under the application's row lock and re-checks status and deadline after
//   taking it, so of two concurrent runs exactly one lapses it (the other finds LAPSED and skips);
// - a reminder is sent only by the transaction that inserts its ChangesReminderSent row.

const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

export type ChangesDeadlineRun = { lapsed: number; reminded: number };

async function lapseOne(db: Db, applicationId: string, today: IsoDate): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId).catch(() => null);
    if (!application || application.status !== "CHANGES_REQUESTED") return false;
    const row = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { changesDueOn: true } });
    // Extended by staff since the candidates were read.
    if (!row.changesDueOn || toIso(row.changesDueOn) >= today) return false;
    try {
      await transitionApplication(tx, {
        applicationId,
        actor: systemActor("changes-deadline"),
        action: "LAPSE",
        details: { changesDueOn: toIso(row.changesDueOn) },
      });
    } catch (error) {
      if (error instanceof WorkflowError) return false;
      throw error;
    }
    await enqueueNotificationForCompany(tx, {
      kind: "APPLICATION_LAPSED",
      companyId: application.companyId,
      payload: { ...notificationBase(application), dueOn: row.changesDueOn },
    });
    return true;
  });
}

async function remindOne(db: Db, application: { id: string; changesDueOn: Date }, today: IsoDate): Promise<boolean> {
  const dueOn = toIso(application.changesDueOn);
  const kind = dueChangesReminder(dueOn, today);
  if (!kind) return false;
  return db.$transaction(async (tx) => {
    const locked = await lockApplication(tx, application.id).catch(() => null);
    if (!locked || locked.status !== "CHANGES_REQUESTED") return false;
    const marked = await tx.changesReminderSent.createMany({
      data: [{ applicationId: application.id, kind, dueOn: application.changesDueOn }],
      skipDuplicates: true,
    });
    if (marked.count === 0) return false;
    await enqueueNotificationForCompany(tx, {
      kind: "CHANGES_DEADLINE_REMINDER",
      companyId: locked.companyId,
      payload: { ...notificationBase(locked), dueOn, daysLeft: daysUntil(today, dueOn) },
    });
    return true;
  });
}

/** Lapses what is past its deadline and sends the 7- and 2-day reminders due on `today`. */
export async function runChangesDeadlineJob(options: { db?: Db; today?: IsoDate } = {}): Promise<ChangesDeadlineRun> {
  const db = options.db ?? defaultDb;
  const today = options.today ?? isoDateInTimeZone(new Date());
  const overdue = await db.application.findMany({
    where: { status: "CHANGES_REQUESTED", changesDueOn: { lt: toDate(today) } },
    select: { id: true },
    orderBy: { changesDueOn: "asc" },
  });
  let lapsed = 0;
  for (const { id } of overdue) if (await lapseOne(db, id, today)) lapsed++;
  const upcoming = await db.application.findMany({
    where: { status: "CHANGES_REQUESTED", changesDueOn: { gte: toDate(today), lte: toDate(addCalendarDays(today, 7)) } },
    select: { id: true, changesDueOn: true },
  });
  let reminded = 0;
  for (const application of upcoming)
    if (await remindOne(db, { id: application.id, changesDueOn: application.changesDueOn! }, today)) reminded++;
  return { lapsed, reminded };
}
