import { prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import { applicantCompanyId, assertRole, type CurrentUser } from "@/lib/kernel/access";

export type StatusCounts = Partial<Record<ApplicationStatus, number>>;

function toCounts(rows: { status: ApplicationStatus; _count: { _all: number } }[]): StatusCounts {
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

/** Staff see every company's applications except drafts, which are the applicant's own business. */
export async function countApplicationsByStatusForStaff(actor: CurrentUser): Promise<StatusCounts> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const rows = await prisma.application.groupBy({ by: ["status"], where: { status: { not: "DRAFT" } }, _count: { _all: true } });
  return toCounts(rows);
}

export async function countCompanyApplicationsByStatus(actor: CurrentUser): Promise<StatusCounts> {
  const companyId = applicantCompanyId(actor);
  const rows = await prisma.application.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } });
  return toCounts(rows);
}
