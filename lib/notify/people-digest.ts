import { prisma as defaultDb, type Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog/types";
import { companyPeopleWithDeadlines } from "@/lib/people/data/people-dashboard";
import { addCalendarDays, dayOfWeek, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { dueWithin } from "@/lib/rules/person-deadlines";
import { enqueueNotification } from "@/lib/outbox/enqueue";

// The weekly digest to company administrators (issue 17): every person's deadline that falls in
// the next 60 days, overdue ones included. Runs with the other hourly jobs; the first run of a
// week (Monday, centre time) sends it. Idempotent across runs and instances: only the
// transaction that inserts the company's PeopleDigestSent row for that week sends anything. The
// kind is optional, so an administrator who turned it off gets the in-portal notice only.

export const DIGEST_HORIZON_DAYS = 60;
/** An e-mail is not a report: past this many lines, "and N more" points to the dashboard. */
const MAX_ITEMS = 50;

export type PeopleDigestRun = { companies: number; sent: number };

/** Monday of the week `today` falls in. */
export function weekOf(today: IsoDate): IsoDate {
  return addCalendarDays(today, -((dayOfWeek(today) + 6) % 7));
}

export async function runPeopleDigest(options: { db?: Db; today?: IsoDate } = {}): Promise<PeopleDigestRun> {
  const db = options.db ?? defaultDb;
  const today = options.today ?? isoDateInTimeZone(new Date());
  const week = new Date(`${weekOf(today)}T00:00:00Z`);
  const companies = await db.company.findMany({
    where: { users: { some: { companyRole: "ADMIN", isActive: true } }, peopleDigests: { none: { weekOf: week } } },
    select: { id: true },
  });
  let sent = 0;
  for (const company of companies) {
    const people = await companyPeopleWithDeadlines(db, company.id, today);
    const items = people
      .flatMap((person) => dueWithin(person.deadlines, DIGEST_HORIZON_DAYS).map((d) => ({ person, d })))
      .sort((a, b) => (a.d.dueOn < b.d.dueOn ? -1 : a.d.dueOn > b.d.dueOn ? 1 : 0));
    const wasSent = await db.$transaction(async (tx) => {
      const marked = await tx.peopleDigestSent.createMany({ data: [{ companyId: company.id, weekOf: week }], skipDuplicates: true });
      if (marked.count === 0 || items.length === 0) return false;
      const admins = await tx.user.findMany({
        where: { companyId: company.id, companyRole: "ADMIN", isActive: true },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const payload = {
        items: items.slice(0, MAX_ITEMS).map(({ person, d }) => ({
          personId: person.id,
          personName: person.fullName,
          kind: d.kind,
          dueOn: d.dueOn,
          applicationNumber: d.applicationNumber ?? null,
        })),
        more: Math.max(0, items.length - MAX_ITEMS),
      };
      for (const admin of admins) await enqueueNotification(tx, { kind: "PEOPLE_DIGEST", recipientUserId: admin.id, payload });
      return true;
    });
    if (wasSent) sent++;
  }
  return { companies: companies.length, sent };
}
