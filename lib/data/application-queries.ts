import { prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { applicantCompanyId } from "./authorize";
import type { CurrentUser } from "./users";

/** The company's applications, newest first, optionally of one status. */
export async function listCompanyApplications(actor: CurrentUser, filter: { status?: ApplicationStatus } = {}) {
  const companyId = applicantCompanyId(actor);
  return prisma.application.findMany({
    where: { companyId, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true, number: true, serviceCode: true, status: true, submittedAt: true, dueDate: true, updatedAt: true, wizardStep: true, changesDueOn: true,
      createdBy: { select: { name: true } },
      people: { where: { isPrincipal: true }, select: { person: { select: { fullName: true } } } },
      documents: { where: { status: "REJECTED" }, select: { id: true } },
      invoice: { select: { status: true } },
    },
  });
}

/** One application of the actor's company with everything its page shows; null otherwise (404). */
export async function getCompanyApplication(actor: CurrentUser, id: string) {
  const companyId = applicantCompanyId(actor);
  return prisma.application.findFirst({
    where: { id, companyId },
    select: {
      id: true, number: true, serviceCode: true, status: true, version: true, answers: true, wizardStep: true,
      tariffSnapshot: true, peopleSnapshot: true, submittedAt: true, dueDate: true, createdAt: true, resultFileId: true, changesDueOn: true,
      createdBy: { select: { name: true } },
      invoice: { select: { number: true, status: true } },
      people: { orderBy: { isPrincipal: "desc" }, select: { isPrincipal: true, person: { select: { id: true, fullName: true, citizenship: true, passportNumber: true, passportExpiresOn: true, dateOfBirth: true, relationship: true, visaExpiresOn: true } } } },
      documents: {
        orderBy: { code: "asc" },
        select: {
          id: true, code: true, status: true, rejectReason: true, reviewerComment: true, reviewedAt: true,
          files: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true, supersededAt: true, vaultVersionId: true } },
        },
      },
    },
  });
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
export async function listLastCompanyActors(actor: CurrentUser, applicationIds: string[]): Promise<Map<string, { name: string; at: Date }>> {
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
