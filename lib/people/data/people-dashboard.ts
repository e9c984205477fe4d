import { prisma, type Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/catalog/types";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { compareByNextDeadline, personDeadlines, type PersonDeadline, type Urgency } from "@/lib/rules/person-deadlines";
import { buildCalendar } from "@/lib/rules/working-days";
import { OPEN_STATUSES } from "@/lib/workflow/transitions";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { loadWorkingCalendar } from "@/lib/calendar/working-calendar";
import { issuedCategoryOf } from "@/lib/rules/issued-document";

// The people dashboard (issue 17): every foreign national of the company with their expiries,
// open applications and next deadline, most urgent first. Dates are computed by the pure rules
// in lib/rules/person-deadlines.ts with the holiday calendar from the database.

const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export type PeopleFilter = { urgency?: Urgency | "ALL"; q?: string; archived?: boolean };

export type DashboardApplication = {
  id: string;
  number: string | null;
  serviceCode: string;
  status: string;
  changesDueOn: IsoDate | null;
  completedAt: Date | null;
};

export type DashboardPerson = {
  id: string;
  fullName: string;
  citizenship: string;
  passportNumber: string;
  passportExpiresOn: IsoDate;
  principalId: string | null;
  relationship: string | null;
  archivedAt: Date | null;
  visa: {
    category: string | null;
    expiresOn: IsoDate | null;
    fromApplication: { id: string; number: string | null; completedOn: IsoDate } | null;
  };
  openApplications: DashboardApplication[];
  deadlines: PersonDeadline[];
  next: PersonDeadline | null;
};

function currentVisa(
  person: { visaCategory: string | null; visaExpiresOn: Date | null },
  applications: DashboardApplication[],
): DashboardPerson["visa"] {
  const issued = applications
    .filter((a) => a.status === "COMPLETED" && issuedCategoryOf(a.serviceCode) && a.completedAt)
    .sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime())[0];
  return {
    // The register holds the expiry: entered by the company, or recorded by staff at completion.
    category: person.visaCategory ?? (issued ? issuedCategoryOf(issued.serviceCode) : null),
    expiresOn: person.visaExpiresOn ? toIso(person.visaExpiresOn) : null,
    fromApplication: issued ? { id: issued.id, number: issued.number, completedOn: isoDateInTimeZone(issued.completedAt!) } : null,
  };
}

function matches(person: DashboardPerson, filter: PeopleFilter): boolean {
  if (filter.urgency && filter.urgency !== "ALL" && person.next?.urgency !== filter.urgency) return false;
  const q = filter.q?.trim().toLowerCase();
  if (q && !person.fullName.toLowerCase().includes(q) && !person.passportNumber.toLowerCase().includes(q)) return false;
  return true;
}

/** The company's people for the dashboard, most urgent first; archived people only when asked. */
export async function listPeopleDashboard(
  actor: CurrentUser,
  filter: PeopleFilter = {},
  today: IsoDate = isoDateInTimeZone(new Date()),
): Promise<DashboardPerson[]> {
  const rows = await companyPeopleWithDeadlines(prisma, applicantCompanyId(actor), today, filter.archived ?? false);
  return rows.filter((row) => matches(row, filter));
}

/**
 * Not an authorization point: for the weekly digest job, which acts for no user. Pages call
 * listPeopleDashboard, which scopes by the actor's company.
 */
export async function companyPeopleWithDeadlines(db: Db, companyId: string, today: IsoDate, archived = false): Promise<DashboardPerson[]> {
  const [people, calendarEntries] = await Promise.all([
    db.person.findMany({
      where: { companyId, archivedAt: archived ? { not: null } : null },
      select: {
        id: true,
        fullName: true,
        citizenship: true,
        passportNumber: true,
        passportExpiresOn: true,
        visaCategory: true,
        visaExpiresOn: true,
        principalId: true,
        relationship: true,
        archivedAt: true,
        applications: {
          where: { application: { status: { not: "DRAFT" } } },
          select: {
            application: { select: { id: true, number: true, serviceCode: true, status: true, changesDueOn: true, statusChangedAt: true } },
          },
        },
      },
      orderBy: { fullName: "asc" },
    }),
    loadWorkingCalendar(db),
  ]);
  const calendar = buildCalendar(calendarEntries);
  const rows = people.map((p): DashboardPerson => {
    const applications: DashboardApplication[] = p.applications.map(({ application: a }) => ({
      id: a.id,
      number: a.number,
      serviceCode: a.serviceCode,
      status: a.status,
      changesDueOn: a.changesDueOn ? toIso(a.changesDueOn) : null,
      completedAt: a.status === "COMPLETED" ? a.statusChangedAt : null,
    }));
    const visa = currentVisa(p, applications);
    const deadlines = personDeadlines(
      {
        passportExpiresOn: toIso(p.passportExpiresOn),
        visaCategory: visa.category,
        visaExpiresOn: visa.expiresOn,
        applications: applications.map((a) => ({ ...a, completedOn: a.completedAt ? isoDateInTimeZone(a.completedAt) : null })),
      },
      today,
      calendar,
    );
    return {
      id: p.id,
      fullName: p.fullName,
      citizenship: p.citizenship,
      passportNumber: p.passportNumber,
      passportExpiresOn: toIso(p.passportExpiresOn),
      principalId: p.principalId,
      relationship: p.relationship,
      archivedAt: p.archivedAt,
      visa,
      openApplications: applications.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status)),
      deadlines,
      next: deadlines[0] ?? null,
    };
  });
  return rows.sort((a, b) => compareByNextDeadline(a.next, b.next) || a.fullName.localeCompare(b.fullName));
}
