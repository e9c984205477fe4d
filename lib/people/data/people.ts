import { prisma } from "@/lib/db/client";
import type { PersonValues } from "@/lib/people/person-schema";
import { OPEN_STATUSES } from "@/lib/workflow/transitions";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";

const PERSON_FIELDS = {
  id: true,
  fullName: true,
  citizenship: true,
  dateOfBirth: true,
  passportNumber: true,
  passportIssuedOn: true,
  passportExpiresOn: true,
  sex: true,
  iin: true,
  visaCategory: true,
  visaExpiresOn: true,
  principalId: true,
  relationship: true,
  updatedAt: true,
  archivedAt: true,
} as const;

export type PersonRow = Awaited<ReturnType<typeof listPeople>>[number];

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toOptionalDate = (iso: string | null | undefined) => (iso ? toDate(iso) : null);

/** The company's people, principals first, each followed by their family members. */
export async function listPeople(actor: CurrentUser) {
  const companyId = applicantCompanyId(actor);
  // Archived people (issue 17) are kept for the history but offered nowhere.
  const people = await prisma.person.findMany({
    where: { companyId, archivedAt: null },
    select: PERSON_FIELDS,
    orderBy: { fullName: "asc" },
  });
  const principals = people.filter((p) => !p.principalId);
  return principals
    .flatMap((p) => [p, ...people.filter((f) => f.principalId === p.id)])
    .concat(people.filter((p) => p.principalId && !people.some((x) => x.id === p.principalId)));
}

/** null when the person does not exist or belongs to another company (no existence oracle). */
export async function findPerson(actor: CurrentUser, id: string) {
  const companyId = applicantCompanyId(actor);
  return prisma.person.findFirst({ where: { id, companyId }, select: PERSON_FIELDS });
}

export type SavePersonOutcome =
  { ok: true; id: string } | { ok: false; field: "principalId"; message: string } | { ok: false; notFound: true };

async function checkPrincipal(companyId: string, principalId: string | null | undefined, selfId?: string) {
  if (!principalId) return null;
  if (principalId === selfId) return "applications.validation.principalSelf";
  const principal = await prisma.person.findFirst({ where: { id: principalId, companyId }, select: { principalId: true } });
  if (!principal) return "applications.validation.principalUnknown";
  // Family links are one level deep: a family member cannot be a principal of others.
  if (principal.principalId) return "applications.validation.principalIsFamily";
  return null;
}

function personData(values: PersonValues) {
  return {
    fullName: values.fullName,
    citizenship: values.citizenship,
    dateOfBirth: toDate(values.dateOfBirth),
    passportNumber: values.passportNumber,
    passportIssuedOn: toDate(values.passportIssuedOn),
    passportExpiresOn: toDate(values.passportExpiresOn),
    sex: values.sex ?? null,
    iin: values.iin ?? null,
    visaCategory: values.visaCategory ?? null,
    visaExpiresOn: toOptionalDate(values.visaExpiresOn),
    principalId: values.principalId ?? null,
    relationship: values.principalId ? (values.relationship ?? null) : null,
  };
}

export async function createPerson(actor: CurrentUser, values: PersonValues): Promise<SavePersonOutcome> {
  const companyId = applicantCompanyId(actor);
  const problem = await checkPrincipal(companyId, values.principalId);
  if (problem) return { ok: false, field: "principalId", message: problem };
  const person = await prisma.person.create({ data: { ...personData(values), companyId }, select: { id: true } });
  return { ok: true, id: person.id };
}

/** Editing never touches submitted applications: they keep the snapshot taken at submission. */
export async function updatePerson(actor: CurrentUser, id: string, values: PersonValues): Promise<SavePersonOutcome> {
  const companyId = applicantCompanyId(actor);
  const problem = await checkPrincipal(companyId, values.principalId, id);
  if (problem) return { ok: false, field: "principalId", message: problem };
  if (values.principalId) {
    const hasFamily = await prisma.person.count({ where: { principalId: id, companyId } });
    if (hasFamily) return { ok: false, field: "principalId", message: "applications.validation.principalHasFamily" };
  }
  const updated = await prisma.person.updateMany({ where: { id, companyId }, data: personData(values) });
  return updated.count === 1 ? { ok: true, id } : { ok: false, notFound: true };
}

export type RemovePersonOutcome =
  { ok: true; outcome: "DELETED" | "ARCHIVED" } | { ok: false; error: "NOT_FOUND" | "HAS_OPEN_APPLICATION" | "HAS_FAMILY" };

/**
 * Issue 17: a person who never had a submitted application is deleted (their drafts lose them);
 * one with submitted applications is archived instead, so those applications keep their person.
 * Neither while an application is open, nor while family members still point at them. Audited
 * without personal data: the trail keeps that it happened, not who it was.
 */
export async function removePerson(actor: CurrentUser, id: string): Promise<RemovePersonOutcome> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Person" WHERE "id" = ${id} AND "companyId" = ${companyId} FOR UPDATE`;
    if (rows.length !== 1) return { ok: false, error: "NOT_FOUND" } as const;
    const links = await tx.applicationPerson.findMany({
      where: { personId: id },
      select: { applicationId: true, application: { select: { status: true } } },
    });
    if (links.some((l) => (OPEN_STATUSES as readonly string[]).includes(l.application.status)))
      return { ok: false, error: "HAS_OPEN_APPLICATION" } as const;
    if (await tx.person.count({ where: { principalId: id, archivedAt: null } })) return { ok: false, error: "HAS_FAMILY" } as const;
    const submitted = links.some((l) => l.application.status !== "DRAFT");
    if (submitted) {
      await tx.person.update({ where: { id }, data: { archivedAt: new Date() } });
    } else {
      await tx.applicationPerson.deleteMany({ where: { personId: id } });
      await tx.person.updateMany({ where: { principalId: id }, data: { principalId: null, relationship: null } });
      await tx.person.delete({ where: { id } });
    }
    const action = submitted ? "ARCHIVE_PERSON" : "DELETE_PERSON";
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action,
        entityType: "Person",
        entityId: id,
        details: { companyId, draftsAffected: submitted ? 0 : links.length },
      },
    });
    return { ok: true, outcome: submitted ? "ARCHIVED" : "DELETED" } as const;
  });
}

/** Brings an archived person back to the register. */
export async function restorePerson(actor: CurrentUser, id: string): Promise<boolean> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({ where: { id, companyId, archivedAt: { not: null } }, data: { archivedAt: null } });
    if (updated.count !== 1) return false;
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "RESTORE_PERSON", entityType: "Person", entityId: id, details: { companyId } },
    });
    return true;
  });
}
