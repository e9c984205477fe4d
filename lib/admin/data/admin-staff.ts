import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { normaliseEmail } from "@/lib/auth/data/users";
import { AdminError } from "@/lib/admin/errors";

// Staff accounts, managed by administrators. Applicants' accounts are not reachable from here:
// every query is limited to STAFF and ADMIN users. An administrator cannot demote or deactivate
// themselves, so the portal cannot be left without one by mistake.

type StaffRole = "STAFF" | "ADMIN";
const STAFF_WHERE = { role: { in: ["STAFF", "ADMIN"] satisfies StaffRole[] } };

export async function listStaffAccounts(actor: CurrentUser) {
  assertRole(actor, ["ADMIN"]);
  return prisma.user.findMany({
    where: STAFF_WHERE,
    select: { id: true, name: true, email: true, role: true, isActive: true, createdAt: true },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
  });
}

/** 20 random characters from an alphabet without look-alikes (0/O, 1/l): about 115 bits. */
function temporaryPassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length])
    .join("")
    .replace(/(.{5})(?=.)/g, "$1-");
}

export type InvitedStaff = { userId: string; temporaryPassword: string };

/**
 * Creates the account with a temporary password, returned once for the administrator to pass on;
 * only its hash is stored. An address already in use is refused (AdminError EMAIL_TAKEN).
 */
export async function inviteStaff(actor: CurrentUser, input: { name: string; email: string; role: StaffRole }): Promise<InvitedStaff> {
  assertRole(actor, ["ADMIN"]);
  const email = normaliseEmail(input.email);
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new AdminError("EMAIL_TAKEN");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        // The administrator vouches for the address and hands over the temporary password.
        data: { email, name: input.name, role: input.role, passwordHash, emailVerifiedAt: new Date() },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "INVITE_STAFF", entityType: "User", entityId: created.id, details: { role: input.role } },
      });
      return created;
    });
    return { userId: user.id, temporaryPassword: password };
  } catch (error) {
    // Two invitations of one address racing past the check above: the unique index decides.
    if ((error as { code?: string })?.code === "P2002") throw new AdminError("EMAIL_TAKEN");
    throw error;
  }
}

/** Refused with AdminError SELF (one's own account) or NOT_FOUND (no such staff account). */
async function changeStaff(
  actor: CurrentUser,
  userId: string,
  action: string,
  data: { role?: StaffRole; isActive?: boolean },
): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  if (userId === actor.id) throw new AdminError("SELF");
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, ...STAFF_WHERE }, select: { role: true, isActive: true } });
    if (!before) throw new AdminError("NOT_FOUND");
    // Deactivating (and any role change) also ends the person's sessions at once: the session
    // version in their token no longer matches (docs/decisions/003).
    await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: data.isActive === false ? "ACCOUNT_DEACTIVATED" : "ROLE_CHANGED" },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action, entityType: "User", entityId: userId, details: { from: before, to: data } },
    });
  });
}

export function changeStaffRole(actor: CurrentUser, input: { userId: string; role: StaffRole }) {
  return changeStaff(actor, input.userId, "CHANGE_ROLE", { role: input.role });
}

export function setStaffActive(actor: CurrentUser, input: { userId: string; isActive: boolean }) {
  return changeStaff(actor, input.userId, input.isActive ? "REACTIVATE_STAFF" : "DEACTIVATE_STAFF", { isActive: input.isActive });
}
