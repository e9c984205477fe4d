import { prisma as defaultDb, type Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog/types";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { buildCalendar } from "@/lib/rules/working-days";
import { loadWorkingCalendar } from "@/lib/calendar/working-calendar";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import { dueVisaReminder, visaReminderDates } from "./visa-reminder-dates";

// The daily job behind the visa-expiry reminders. Safe to run as often as we like and on every
// instance at once: a reminder is sent only by the transaction that inserts its
// VisaReminderSent row (primary key person + kind + expiry date), in the same transaction as the
// notifications themselves.

/** The window opens at most ~45 calendar days before expiry (30 working days + holidays); keep a margin. */
const LOOKAHEAD_DAYS = 120;
/** An extension counts as filed for this expiry if submitted no earlier than this before the window opened. */
const FILED_TOLERANCE_DAYS = 30;
/** Applications in these states are not (or no longer) a filed extension. */
const NOT_FILED = ["DRAFT", "WITHDRAWN", "REJECTED"] as const;

const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

export type VisaReminderRun = { checked: number; sent: number };

async function loadCalendar(db: Db) {
  return buildCalendar(await loadWorkingCalendar(db));
}

async function hasFiledExtension(db: Db, personId: string, since: IsoDate): Promise<boolean> {
  const count = await db.application.count({
    where: {
      serviceCode: { startsWith: "VISA_EXTENSION" },
      status: { notIn: [...NOT_FILED] },
      submittedAt: { gte: toDate(since) },
      people: { some: { personId } },
    },
  });
  return count > 0;
}

/** Sends the reminders due on `today` (the centre's calendar date) that have not been sent yet. */
export async function runVisaExpiryReminders(options: { db?: Db; today?: IsoDate } = {}): Promise<VisaReminderRun> {
  const db = options.db ?? defaultDb;
  const today = options.today ?? isoDateInTimeZone(new Date());
  const calendar = await loadCalendar(db);
  const people = await db.person.findMany({
    where: { visaExpiresOn: { gte: toDate(today), lte: toDate(addCalendarDays(today, LOOKAHEAD_DAYS)) } },
    select: { id: true, companyId: true, fullName: true, visaExpiresOn: true },
    orderBy: { visaExpiresOn: "asc" },
  });
  let sent = 0;
  for (const person of people) {
    const expiresOn = toIso(person.visaExpiresOn!);
    const kind = dueVisaReminder(expiresOn, today, calendar);
    if (!kind) continue;
    const dates = visaReminderDates(expiresOn, calendar);
    if (await hasFiledExtension(db, person.id, addCalendarDays(dates.windowOpensOn, -FILED_TOLERANCE_DAYS))) continue;
    const isNew = await db.$transaction(async (tx) => {
      const marked = await tx.visaReminderSent.createMany({
        data: [{ personId: person.id, kind, expiresOn: toDate(expiresOn) }],
        skipDuplicates: true,
      });
      if (marked.count === 0) return false;
      await enqueueNotificationForCompany(tx, {
        kind,
        companyId: person.companyId,
        payload: {
          personId: person.id,
          personName: person.fullName,
          visaExpiresOn: expiresOn,
          windowOpensOn: dates.windowOpensOn,
          windowClosesOn: dates.windowClosesOn,
        },
      });
      return true;
    });
    if (isNew) sent++;
  }
  return { checked: people.length, sent };
}
