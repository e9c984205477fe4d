import { prisma } from "@/lib/db/client";
import type { ApplicationStatus, InvoiceStatus } from "@/lib/db/generated/enums";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { parsePeopleSnapshot } from "@/lib/rules/snapshots";

type CompanyApplicationRow = {
  id: string;
  number: string | null;
  serviceCode: string;
  status: ApplicationStatus;
  submittedAt: Date | null;
  dueDate: Date | null;
  updatedAt: Date;
  wizardStep: string | null;
  changesDueOn: Date | null;
  createdByName: string;
  principalName: string | null;
  rejectedDocumentIds: string[];
  invoiceStatus: InvoiceStatus | null;
  lastActorName: string | null;
  lastActorAt: Date | null;
};

/**
 * The company's applications for the dashboard, newest change first (at most 200). One statement
 * (issue 19: Prisma's nested selects sent six): the principal person and the rejected documents
 * come from correlated subqueries on their indexes, the invoice from its unique key, and the
 * company member who acted last (as listLastCompanyActors) from the audit trail's index.
 */
export async function listCompanyApplications(actor: CurrentUser, filter: { status?: ApplicationStatus } = {}) {
  const companyId = applicantCompanyId(actor);
  const status = filter.status ?? null;
  const rows = await prisma.$queryRaw<CompanyApplicationRow[]>`
    SELECT a."id", a."number", a."serviceCode", a."status"::text AS "status", a."submittedAt", a."dueDate", a."updatedAt",
           a."wizardStep", a."changesDueOn", u."name" AS "createdByName",
           (SELECT p."fullName" FROM "ApplicationPerson" ap JOIN "Person" p ON p."id" = ap."personId"
              WHERE ap."applicationId" = a."id" AND ap."isPrincipal" ORDER BY p."id" LIMIT 1) AS "principalName",
           ARRAY(SELECT d."id" FROM "ApplicationDocument" d WHERE d."applicationId" = a."id" AND d."status" = 'REJECTED') AS "rejectedDocumentIds",
           i."status"::text AS "invoiceStatus", last."name" AS "lastActorName", last."at" AS "lastActorAt"
    FROM "Application" a
    JOIN "User" u ON u."id" = a."createdById"
    LEFT JOIN "Invoice" i ON i."applicationId" = a."id"
    LEFT JOIN LATERAL (
      SELECT m."name", e."createdAt" AS "at" FROM "AuditEvent" e
      JOIN "User" m ON m."id" = e."actorId" AND m."companyId" = a."companyId"
      WHERE e."applicationId" = a."id"
      ORDER BY e."createdAt" DESC, e."id" DESC LIMIT 1
    ) last ON true
    WHERE a."companyId" = ${companyId} AND (${status}::text IS NULL OR a."status"::text = ${status}::text)
    ORDER BY a."updatedAt" DESC, a."id" DESC
    LIMIT 200`;
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    serviceCode: row.serviceCode,
    status: row.status,
    submittedAt: row.submittedAt,
    dueDate: row.dueDate,
    updatedAt: row.updatedAt,
    wizardStep: row.wizardStep,
    changesDueOn: row.changesDueOn,
    createdBy: { name: row.createdByName },
    people: row.principalName === null ? [] : [{ person: { fullName: row.principalName } }],
    documents: row.rejectedDocumentIds.map((id) => ({ id })),
    invoice: row.invoiceStatus === null ? null : { status: row.invoiceStatus },
    lastActor: row.lastActorName === null ? null : { name: row.lastActorName, at: row.lastActorAt! },
  }));
}

/**
 * One application of the actor's company with everything its page shows; null otherwise (404).
 * The people snapshot is parsed here, when read (lib/rules/snapshots.ts), so no page casts the JSON.
 */
export async function getCompanyApplication(actor: CurrentUser, id: string) {
  const companyId = applicantCompanyId(actor);
  const row = await prisma.application.findFirst({
    where: { id, companyId },
    select: {
      id: true,
      number: true,
      serviceCode: true,
      status: true,
      version: true,
      answers: true,
      wizardStep: true,
      tariffSnapshot: true,
      peopleSnapshot: true,
      submittedAt: true,
      dueDate: true,
      createdAt: true,
      resultFileId: true,
      changesDueOn: true,
      createdBy: { select: { name: true } },
      invoice: { select: { number: true, status: true } },
      people: {
        orderBy: { isPrincipal: "desc" },
        select: {
          isPrincipal: true,
          person: {
            select: {
              id: true,
              fullName: true,
              citizenship: true,
              passportNumber: true,
              passportExpiresOn: true,
              dateOfBirth: true,
              relationship: true,
              visaExpiresOn: true,
            },
          },
        },
      },
      documents: {
        orderBy: { code: "asc" },
        select: {
          id: true,
          code: true,
          status: true,
          rejectReason: true,
          reviewerComment: true,
          reviewedAt: true,
          files: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              originalName: true,
              mimeType: true,
              sizeBytes: true,
              createdAt: true,
              supersededAt: true,
              vaultVersionId: true,
            },
          },
        },
      },
    },
  });
  return row && { ...row, peopleSnapshot: parsePeopleSnapshot(row.peopleSnapshot) };
}

/** Status changes of an application for its timeline (never staff notes or file contents). */
export async function listApplicationTimeline(actor: CurrentUser, id: string) {
  const companyId = applicantCompanyId(actor);
  const owned = await prisma.application.count({ where: { id, companyId } });
  if (!owned) return [];
  return prisma.auditEvent.findMany({
    where: { applicationId: id, entityType: "Application", toStatus: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, fromStatus: true, toStatus: true, createdAt: true, details: true },
  });
}

/**
 * Issue 17: the colleague who last did something on each application (filed, uploaded, answered,
 * booked…), from the audit trail. Staff and jobs are not colleagues and are skipped.
 */
export async function listLastCompanyActors(
  actor: CurrentUser,
  applicationIds: string[],
): Promise<Map<string, { name: string; at: Date }>> {
  const companyId = applicantCompanyId(actor);
  if (applicationIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ applicationId: string; name: string; at: Date }[]>`
    SELECT DISTINCT ON (e."applicationId") e."applicationId", u."name", e."createdAt" AS "at"
    FROM "AuditEvent" e
    JOIN "Application" a ON a."id" = e."applicationId" AND a."companyId" = ${companyId}
    JOIN "User" u ON u."id" = e."actorId" AND u."companyId" = ${companyId}
    WHERE e."applicationId" = ANY(${applicationIds}::text[])
    ORDER BY e."applicationId", e."createdAt" DESC, e."id" DESC`;
  return new Map(rows.map((r) => [r.applicationId, { name: r.name, at: r.at }]));
}
