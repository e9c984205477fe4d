import { prisma } from "@/lib/db/client";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { VerificationError } from "@/lib/company/errors";

// Expat Centre staff check each new registration against the AIFC public register before the
// company may submit anything: registering a valid BIN alone no longer makes anyone its owner.
// Decisions are audited and told to the company's users by e-mail.

export type CompanyToVerify = {
  id: string;
  name: string;
  bin: string;
  createdAt: Date;
  representatives: { name: string; email: string; emailVerified: boolean }[];
};

export async function listCompaniesToVerify(actor: CurrentUser): Promise<CompanyToVerify[]> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const companies = await prisma.company.findMany({
    where: { verification: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      bin: true,
      createdAt: true,
      users: { orderBy: { createdAt: "asc" }, select: { name: true, email: true, emailVerifiedAt: true } },
    },
  });
  return companies.map(({ users, ...company }) => ({
    ...company,
    representatives: users.map((u) => ({ name: u.name, email: u.email, emailVerified: u.emailVerifiedAt !== null })),
  }));
}

export async function countCompaniesToVerify(actor: CurrentUser): Promise<number> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.company.count({ where: { verification: "PENDING" } });
}

export type VerificationDecision = { companyId: string; decision: "VERIFY" | "REFUSE"; reason?: string };
/** Refused with VerificationError REASON_REQUIRED, NOT_FOUND or ALREADY_DECIDED (lib/company/errors.ts). */
export async function decideCompanyVerification(actor: CurrentUser, input: VerificationDecision, now = new Date()): Promise<void> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const reason = input.reason?.trim() ?? "";
  if (input.decision === "REFUSE" && !reason) throw new VerificationError("REASON_REQUIRED");
  await prisma.$transaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: input.companyId }, select: { id: true, name: true, verification: true } });
    if (!company) throw new VerificationError("NOT_FOUND");
    const to = input.decision === "VERIFY" ? "VERIFIED" : "REFUSED";
    // Conditional on PENDING: of two staff deciding at once, exactly one wins.
    const { count } = await tx.company.updateMany({
      where: { id: company.id, verification: "PENDING" },
      data: {
        verification: to,
        verificationDecidedAt: now,
        verificationDecidedById: actor.id,
        verificationNote: to === "REFUSED" ? reason.slice(0, 1000) : null,
      },
    });
    if (count === 0) throw new VerificationError("ALREADY_DECIDED");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: to === "VERIFIED" ? "VERIFY_COMPANY" : "REFUSE_COMPANY",
        entityType: "Company",
        entityId: company.id,
        fromStatus: "PENDING",
        toStatus: to,
        details: to === "REFUSED" ? { reason: reason.slice(0, 1000) } : {},
      },
    });
    if (to === "VERIFIED") {
      await enqueueNotificationForCompany(tx, { kind: "COMPANY_VERIFIED", companyId: company.id, payload: { companyName: company.name } });
    } else {
      await enqueueNotificationForCompany(tx, {
        kind: "COMPANY_REFUSED",
        companyId: company.id,
        payload: { companyName: company.name, reason: reason.slice(0, 1000) },
      });
    }
  });
}

/** The applicant's own company's status, for the portal's banner and the submit button. */
export async function getMyCompanyVerification(
  actor: CurrentUser,
): Promise<{ status: "PENDING" | "VERIFIED" | "REFUSED"; note: string | null } | null> {
  if (actor.role !== "APPLICANT" || !actor.companyId) return null;
  // Already read with the session on a page request (lib/auth/data/users.ts findCurrentUserBySession).
  if (actor.companyVerification !== undefined) return actor.companyVerification;
  const company = await prisma.company.findUnique({
    where: { id: actor.companyId },
    select: { verification: true, verificationNote: true },
  });
  return company ? { status: company.verification, note: company.verificationNote } : null;
}
