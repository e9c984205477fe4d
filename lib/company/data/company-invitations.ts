import { createHash, randomBytes } from "node:crypto";
import { addDays } from "date-fns";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { INVITATION_DAYS, type CompanyRoleName } from "@/lib/company/schemas";
import { isLocale } from "@/lib/kernel/locales";
import { NOTIFICATION_PAYLOAD_SCHEMAS } from "@/lib/outbox/kinds";
import type { OutboxEnvelope } from "@/lib/outbox/enqueue";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { auditCompany } from "./company-members";
import { TeamError } from "@/lib/company/errors";
import { normaliseEmail } from "@/lib/auth/data/users";

// Issue 17: invitations to join a company. The link carries 32 random bytes; the database keeps
// only their SHA-256, so a copy of the database cannot be turned into working links. A link works
// once (acceptedAt, set by a conditional update), until it expires (7 days) or is revoked; a new
// invitation to the same address revokes the previous one.

type Tx = Prisma.TransactionClient;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

async function assertAdmin(tx: Tx, actor: CurrentUser, companyId: string): Promise<boolean> {
  const me = await tx.user.findFirst({ where: { id: actor.id, companyId, isActive: true }, select: { companyRole: true } });
  return me?.companyRole === "ADMIN";
}

/**
 * Administrators invite by e-mail; the link goes out through the outbox in the inviter's language.
 * Refused with TeamError NOT_ADMIN or ALREADY_MEMBER; answers the new invitation's id.
 */
export async function inviteMember(actor: CurrentUser, input: { email: string; role: CompanyRoleName }, now = new Date()): Promise<string> {
  const companyId = applicantCompanyId(actor);
  const email = normaliseEmail(input.email);
  return prisma.$transaction(async (tx) => {
    if (!(await assertAdmin(tx, actor, companyId))) throw new TeamError("NOT_ADMIN");
    // Only "already one of yours" is said here: whether the address has an account elsewhere is
    // told to its owner when they open the link, not to another company.
    if (await tx.user.count({ where: { email, companyId, isActive: true } })) throw new TeamError("ALREADY_MEMBER");
    await tx.companyInvitation.updateMany({ where: { companyId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const token = randomBytes(32).toString("base64url");
    const expiresAt = addDays(now, INVITATION_DAYS);
    const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { name: true } });
    const invitation = await tx.companyInvitation.create({
      data: { companyId, email, role: input.role, tokenHash: hashToken(token), invitedById: actor.id, expiresAt, createdAt: now },
      select: { id: true },
    });
    const payload = NOTIFICATION_PAYLOAD_SCHEMAS.COMPANY_INVITATION.parse({
      companyName: company.name,
      inviterName: actor.name,
      role: input.role,
      token,
      expiresAt,
    });
    const envelope: OutboxEnvelope = { recipientName: email, payload: payload as Prisma.InputJsonValue };
    await tx.outbox.create({
      data: {
        kind: "COMPANY_INVITATION",
        recipientId: null,
        toEmail: email,
        locale: isLocale(actor.locale) ? actor.locale : "en",
        payload: envelope,
      },
    });
    await auditCompany(tx, actor.id, companyId, "INVITE_MEMBER", { invitationId: invitation.id, email, role: input.role });
    return invitation.id;
  });
}

/** Pending invitations of the actor's company (administrators only). */
export async function listPendingInvitations(actor: CurrentUser, now = new Date()) {
  const companyId = applicantCompanyId(actor);
  if (!(await assertAdmin(prisma as unknown as Tx, actor, companyId))) return [];
  return prisma.companyInvitation.findMany({
    where: { companyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/** Refused with TeamError NOT_ADMIN, or NOT_FOUND for an invitation no longer pending. */
export async function revokeInvitation(actor: CurrentUser, invitationId: string, now = new Date()): Promise<void> {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    if (!(await assertAdmin(tx, actor, companyId))) throw new TeamError("NOT_ADMIN");
    const revoked = await tx.companyInvitation.updateMany({
      where: { id: invitationId, companyId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) throw new TeamError("NOT_FOUND");
    await auditCompany(tx, actor.id, companyId, "REVOKE_INVITATION", { invitationId });
  });
}

/**
 * What the invitation page renders: a view, not a refusal (the page shows each state with its own
 * text). Accepting refuses the same states with TeamError INVITATION_INVALID or EMAIL_TAKEN.
 */
export type InvitationView =
  | { state: "VALID"; email: string; companyName: string; role: CompanyRoleName; expiresAt: Date }
  /** The address belongs to an account elsewhere (or staff): the invitee must be invited at another address. */
  | { state: "EMAIL_TAKEN"; email: string; companyName: string }
  /** Unknown, used, revoked or expired: one answer for all. */
  | { state: "INVALID" };

async function findUsable(tx: Tx | typeof prisma, token: string, now: Date) {
  if (!isTokenShaped(token)) return null;
  const invitation = await tx.companyInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      companyId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      company: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  return invitation;
}

/** An existing account may join only if it is this company's own removed member coming back. */
async function accountBlocks(tx: Tx | typeof prisma, email: string, companyId: string) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, companyId: true, isActive: true, role: true } });
  if (!existing) return { blocks: false, reactivate: null } as const;
  const isOwnFormerMember = existing.role === "APPLICANT" && existing.companyId === companyId && !existing.isActive;
  return { blocks: !isOwnFormerMember, reactivate: isOwnFormerMember ? existing.id : null } as const;
}

/** What the invitee's page shows; public (the token is the credential). */
export async function viewInvitation(token: string, now = new Date()): Promise<InvitationView> {
  const invitation = await findUsable(prisma, token, now);
  if (!invitation) return { state: "INVALID" };
  if ((await accountBlocks(prisma, invitation.email, invitation.companyId)).blocks)
    return { state: "EMAIL_TAKEN", email: invitation.email, companyName: invitation.company.name };
  return {
    state: "VALID",
    email: invitation.email,
    companyName: invitation.company.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  };
}

export type AcceptedInvitation = { userId: string; email: string };

/**
 * The invitee sets their name and password; the account joins the company with the invited role.
 * Refused with TeamError INVITATION_INVALID or EMAIL_TAKEN.
 */
export async function acceptInvitation(
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<AcceptedInvitation> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const invitation = await findUsable(tx, token, now);
      if (!invitation) throw new TeamError("INVITATION_INVALID");
      const account = await accountBlocks(tx, invitation.email, invitation.companyId);
      if (account.blocks) throw new TeamError("EMAIL_TAKEN");
      // Single use: of two tabs accepting at once, only the first update matches.
      const claimed = await tx.companyInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: now },
      });
      if (claimed.count !== 1) throw new TeamError("INVITATION_INVALID");
      // The invitation was e-mailed to this address and its link followed: that proves the
      // address, as the registration link does (issue 14), so the account can sign in at once.
      const data = {
        name: input.name,
        passwordHash,
        role: "APPLICANT" as const,
        companyId: invitation.companyId,
        companyRole: invitation.role,
        isActive: true,
        emailVerifiedAt: now,
      };
      const user = account.reactivate
        ? await tx.user.update({
            where: { id: account.reactivate },
            data: { ...data, sessionVersion: { increment: 1 } },
            select: { id: true },
          })
        : await tx.user.create({ data: { ...data, email: invitation.email }, select: { id: true } });
      await tx.companyInvitation.update({ where: { id: invitation.id }, data: { acceptedUserId: user.id } });
      await auditCompany(tx, user.id, invitation.companyId, "ACCEPT_INVITATION", {
        invitationId: invitation.id,
        userId: user.id,
        email: invitation.email,
        role: invitation.role,
      });
      return { userId: user.id, email: invitation.email };
    });
  } catch (error) {
    // The address was registered between the check and the insert: the unique index decides.
    if ((error as { code?: string })?.code === "P2002") throw new TeamError("EMAIL_TAKEN");
    throw error;
  }
}
