import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CompanyRoleName } from "@/lib/company/schemas";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { TeamError } from "@/lib/company/errors";

// Issue 17: a company's members and their roles. Every change locks all the company's member rows
// (in id order, so two administrators acting at once queue rather than deadlock) before counting
// administrators: "a company always keeps at least one" holds even when two admins demote each
// other at the same moment. Each change is audited against the company (entityType "Company").

type Tx = Prisma.TransactionClient;

/** The actor's role in their company, read fresh (a demotion applies on the next request). */
export async function companyRoleOf(actor: CurrentUser, db: Tx | typeof prisma = prisma): Promise<CompanyRoleName | null> {
  if (actor.role !== "APPLICANT" || !actor.companyId) return null;
  const row = await db.user.findFirst({
    where: { id: actor.id, companyId: actor.companyId, isActive: true },
    select: { companyRole: true },
  });
  return row?.companyRole ?? null;
}

export async function isCompanyAdmin(actor: CurrentUser): Promise<boolean> {
  return (await companyRoleOf(actor)) === "ADMIN";
}

async function lockMembers(tx: Tx, companyId: string) {
  return tx.$queryRaw<{ id: string; email: string; companyRole: CompanyRoleName | null; isActive: boolean }[]>`
    SELECT "id", "email", "companyRole"::text AS "companyRole", "isActive" FROM "User"
    WHERE "companyId" = ${companyId} AND "role" = 'APPLICANT' ORDER BY "id" FOR UPDATE`;
}

export async function auditCompany(tx: Tx, actorId: string | null, companyId: string, action: string, details: Record<string, unknown>) {
  await tx.auditEvent.create({
    data: { actorId, action, entityType: "Company", entityId: companyId, details: details as Prisma.InputJsonValue },
  });
}

/** Active members, administrators first; every member may see who their colleagues are. */
export async function listCompanyMembers(actor: CurrentUser) {
  const companyId = applicantCompanyId(actor);
  return prisma.user.findMany({
    where: { companyId, role: "APPLICANT", isActive: true },
    select: { id: true, name: true, email: true, companyRole: true, createdAt: true },
    orderBy: [{ companyRole: "asc" }, { name: "asc" }],
  });
}

/** What changed in the team, newest first: shown to administrators only. */
export async function listTeamActivity(actor: CurrentUser, take = 50) {
  const companyId = applicantCompanyId(actor);
  if (!(await isCompanyAdmin(actor))) return [];
  return prisma.auditEvent.findMany({
    where: { entityType: "Company", entityId: companyId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, action: true, details: true, createdAt: true, actor: { select: { name: true } } },
  });
}

async function inAdminTransaction<T>(
  actor: CurrentUser,
  work: (tx: Tx, companyId: string, members: Awaited<ReturnType<typeof lockMembers>>) => Promise<T>,
): Promise<T> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    const members = await lockMembers(tx, companyId);
    const me = members.find((m) => m.id === actor.id);
    if (!me || !me.isActive || me.companyRole !== "ADMIN") throw new TeamError("NOT_ADMIN");
    return work(tx, companyId, members);
  });
}

const activeAdmins = (members: Awaited<ReturnType<typeof lockMembers>>) => members.filter((m) => m.isActive && m.companyRole === "ADMIN");

/** Refused with TeamError NOT_ADMIN, NOT_FOUND or LAST_ADMIN (lib/company/errors.ts). */
export async function changeMemberRole(actor: CurrentUser, input: { userId: string; role: CompanyRoleName }): Promise<void> {
  return inAdminTransaction(actor, async (tx, companyId, members) => {
    const target = members.find((m) => m.id === input.userId && m.isActive);
    if (!target) throw new TeamError("NOT_FOUND");
    if (target.companyRole === input.role) return;
    if (target.companyRole === "ADMIN" && activeAdmins(members).length <= 1) throw new TeamError("LAST_ADMIN");
    await tx.user.update({ where: { id: target.id }, data: { companyRole: input.role } });
    await auditCompany(tx, actor.id, companyId, "CHANGE_MEMBER_ROLE", {
      userId: target.id,
      email: target.email,
      from: target.companyRole,
      to: input.role,
    });
  });
}

/**
 * The member can no longer sign in, and every session they hold ends at once: the account is
 * deactivated, its session version bumped and its server-side sessions revoked (both checked on
 * every request, lib/auth/data/users.ts).
 * What they filed stays with the company. Refused like changeMemberRole.
 */
export async function removeMember(actor: CurrentUser, input: { userId: string }): Promise<void> {
  return inAdminTransaction(actor, async (tx, companyId, members) => {
    const target = members.find((m) => m.id === input.userId && m.isActive);
    if (!target) throw new TeamError("NOT_FOUND");
    if (target.companyRole === "ADMIN" && activeAdmins(members).length <= 1) throw new TeamError("LAST_ADMIN");
    await tx.user.update({ where: { id: target.id }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    // Their devices are signed out too, so the profile's list of sessions shows why (issue 14).
    await tx.userSession.updateMany({
      where: { userId: target.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "MEMBER_REMOVED" },
    });
    await auditCompany(tx, actor.id, companyId, "REMOVE_MEMBER", { userId: target.id, email: target.email, role: target.companyRole });
  });
}
