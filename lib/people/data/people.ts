import { prisma } from "@/lib/db/client";
import type { PersonValues } from "@/lib/people/person-schema";
import { OPEN_STATUSES } from "@/lib/workflow/transitions";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { PersonError } from "@/lib/people/errors";

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

/** Refuses a principal the person cannot have (PersonError PRINCIPAL_SELF, PRINCIPAL_UNKNOWN, PRINCIPAL_IS_FAMILY). */
async function checkPrincipal(companyId: string, principalId: string | null | undefined, selfId?: string): Promise<void> {
  if (!principalId) return;
  if (principalId === selfId) throw new PersonError("PRINCIPAL_SELF");
  const principal = await prisma.person.findFirst({ where: { id: principalId, companyId }, select: { principalId: true } });
  if (!principal) throw new PersonError("PRINCIPAL_UNKNOWN");
  // Family links are one level deep: a family member cannot be a principal of others.
  if (principal.principalId) throw new PersonError("PRINCIPAL_IS_FAMILY");
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

/** Answers the new person's id; refused with a PersonError about the principal. */
export async function createPerson(actor: CurrentUser, values: PersonValues): Promise<string> {
  const companyId = applicantCompanyId(actor);
  await checkPrincipal(companyId, values.principalId);
  const person = await prisma.person.create({ data: { ...personData(values), companyId }, select: { id: true } });
  return person.id;
}

/**
 * Editing never touches submitted applications: they keep the snapshot taken at submission.
 * Refused with a PersonError about the principal, or NOT_FOUND.
 */
export async function updatePerson(actor: CurrentUser, id: string, values: PersonValues): Promise<string> {
  const companyId = applicantCompanyId(actor);
  await checkPrincipal(companyId, values.principalId, id);
  if (values.principalId) {
    const hasFamily = await prisma.person.count({ where: { principalId: id, companyId } });
    if (hasFamily) throw new PersonError("PRINCIPAL_HAS_FAMILY");
  }
  const updated = await prisma.person.updateMany({ where: { id, companyId }, data: personData(values) });
  if (updated.count !== 1) throw new PersonError("NOT_FOUND");
  return id;
}

export type PersonRemoval = "DELETED" | "ARCHIVED";

/**
 * Issue 17: a person who never had a submitted application is deleted (their drafts lose them);
 * one with submitted applications is archived instead, so those applications keep their person.
 * Neither while an application is open, nor while family members still point at them. Audited
 * without personal data: the trail keeps that it happened, not who it was. Refused with PersonError
 * NOT_FOUND, HAS_OPEN_APPLICATION or HAS_FAMILY.
 */
export async function removePerson(actor: CurrentUser, id: string): Promise<PersonRemoval> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Person" WHERE "id" = ${id} AND "companyId" = ${companyId} FOR UPDATE`;
    if (rows.length !== 1) throw new PersonError("NOT_FOUND");
    const links = await tx.applicationPerson.findMany({
      where: { personId: id },
      select: { applicationId: true, application: { select: { status: true } } },
    });
    if (links.some((l) => (OPEN_STATUSES as readonly string[]).includes(l.application.status)))
      throw new PersonError("HAS_OPEN_APPLICATION");
    if (await tx.person.count({ where: { principalId: id, archivedAt: null } })) throw new PersonError("HAS_FAMILY");
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
    return submitted ? "ARCHIVED" : "DELETED";
  });
}

/** Brings an archived person back to the register; PersonError NOT_FOUND when there is no archived person by that id. */
export async function restorePerson(actor: CurrentUser, id: string): Promise<void> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({ where: { id, companyId, archivedAt: { not: null } }, data: { archivedAt: null } });
    if (updated.count !== 1) throw new PersonError("NOT_FOUND");
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "RESTORE_PERSON", entityType: "Person", entityId: id, details: { companyId } },
    });
  });
}
