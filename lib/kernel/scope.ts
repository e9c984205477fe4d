import type { Prisma } from "@/lib/db/generated/client";
import { applicantCompanyId, assertRole, type CurrentUser } from "@/lib/kernel/access";

// SECURITY-CRITICAL: every booking query finds its application through this filter, so that an
// applicant's request for another company's application matches no row and reads as NOT_FOUND.

/** The application `actor` may book for: only an applicant, only their company's. */
export function applicantApplicationWhere(actor: CurrentUser, applicationId: string): Prisma.ApplicationWhereInput {
  return { id: applicationId, companyId: applicantCompanyId(actor) };
}

/** Applicants reach their company's applications; staff and admins every non-draft one. */
export function applicationWhereFor(actor: CurrentUser, applicationId: string): Prisma.ApplicationWhereInput {
  if (actor.role === "APPLICANT") return applicantApplicationWhere(actor, applicationId);
  assertRole(actor, ["STAFF", "ADMIN"]);
  return { id: applicationId, status: { not: "DRAFT" } };
}

/** Appointments of applications `actor` may see (staff: all). */
export function appointmentWhereFor(actor: CurrentUser, appointmentId: string): Prisma.AppointmentWhereInput {
  if (actor.role === "APPLICANT") return { id: appointmentId, application: { companyId: applicantCompanyId(actor) } };
  assertRole(actor, ["STAFF", "ADMIN"]);
  return { id: appointmentId };
}
