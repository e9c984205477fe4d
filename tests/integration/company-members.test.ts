import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { acceptInvitation, inviteMember, revokeInvitation, viewInvitation } from "@/lib/company/data/company-invitations";
import { changeMemberRole, removeMember } from "@/lib/company/data/company-members";
import { TeamError } from "@/lib/company/errors";
import { createUserSession, findUserBySession } from "@/lib/auth/data/user-sessions";
import { findSessionUser, findUserForSignIn } from "@/lib/auth/data/users";
import { createApplicant } from "../support/factories/applicant";
import { createUser } from "../support/factories/booking";

// Issue 17: colleagues with roles, invitations through the outbox, removal ending sessions at once.

const PASSWORD = "a long steppe passphrase";

/** The token from the invitation e-mail in the outbox (the database keeps only its hash). */
async function tokenSentTo(email: string): Promise<string> {
  const row = await prisma.outbox.findFirstOrThrow({
    where: { kind: "COMPANY_INVITATION", toEmail: email },
    orderBy: { createdAt: "desc" },
  });
  return (row.payload as { payload: { token: string } }).payload.token;
}

/** "OK", or the TeamError's code: refusals are thrown (lib/company/errors.ts). */
async function outcomeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "OK";
  } catch (error) {
    if (error instanceof TeamError) return error.code;
    throw error;
  }
}

async function addMember(admin: Awaited<ReturnType<typeof createApplicant>>, email: string, role: "ADMIN" | "MEMBER" = "MEMBER") {
  await inviteMember(admin, { email, role });
  const outcome = await acceptInvitation(await tokenSentTo(email), { name: `Colleague ${email}`, password: PASSWORD });
  return (await findSessionUser(outcome.userId, (await prisma.user.findUniqueOrThrow({ where: { id: outcome.userId } })).sessionVersion))!;
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe("colleagues", () => {
  it("an invitation is accepted once, stores only a hash, and is audited", async () => {
    const admin = await createApplicant("Team Co");
    const email = `new-${unique()}@example.kz`;
    expect(await inviteMember(admin, { email: email.toUpperCase(), role: "MEMBER" })).toEqual(expect.any(String));
    const token = await tokenSentTo(email);
    const stored = await prisma.companyInvitation.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await viewInvitation(token)).toMatchObject({ state: "VALID", email, role: "MEMBER" });

    const accepted = await acceptInvitation(token, { name: "Dana Colleague", password: PASSWORD });
    expect(accepted).toMatchObject({ email });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({
      companyId: admin.companyId,
      companyRole: "MEMBER",
      role: "APPLICANT",
      isActive: true,
      name: "Dana Colleague",
    });
    // Following the e-mailed link proved the address (issue 14): the sign-in gate lets them in.
    expect(user.emailVerifiedAt).not.toBeNull();
    expect((await findUserForSignIn(email))?.emailVerifiedAt).toBeInstanceOf(Date);

    expect(await outcomeOf(acceptInvitation(token, { name: "Again", password: PASSWORD }))).toBe("INVITATION_INVALID");
    expect(await viewInvitation(token)).toEqual({ state: "INVALID" });
    const actions = await prisma.auditEvent.findMany({
      where: { entityType: "Company", entityId: admin.companyId! },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["INVITE_MEMBER", "ACCEPT_INVITATION"]);
  });

  it("two tabs accepting the same link at once create one account", async () => {
    const admin = await createApplicant("Race Co");
    const email = `race-${unique()}@example.kz`;
    await inviteMember(admin, { email, role: "MEMBER" });
    const token = await tokenSentTo(email);
    const results = await Promise.all([1, 2, 3].map((i) => outcomeOf(acceptInvitation(token, { name: `Tab ${i}`, password: PASSWORD }))));
    expect(results.sort()).toEqual(["INVITATION_INVALID", "INVITATION_INVALID", "OK"]);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("an expired or revoked invitation is refused", async () => {
    const admin = await createApplicant("Expiry Co");
    const email = `late-${unique()}@example.kz`;
    await inviteMember(admin, { email, role: "MEMBER" }, new Date("2026-01-01T00:00:00Z"));
    const token = await tokenSentTo(email);
    expect(await outcomeOf(acceptInvitation(token, { name: "Late", password: PASSWORD }, new Date("2026-01-08T00:00:01Z")))).toBe(
      "INVITATION_INVALID",
    );
    expect(await outcomeOf(acceptInvitation(token, { name: "In time", password: PASSWORD }, new Date("2026-01-07T23:59:00Z")))).toBe("OK");

    const revokedEmail = `revoked-${unique()}@example.kz`;
    const invitationId = await inviteMember(admin, { email: revokedEmail, role: "ADMIN" });
    expect(await outcomeOf(revokeInvitation(admin, invitationId))).toBe("OK");
    expect(await outcomeOf(revokeInvitation(admin, invitationId))).toBe("NOT_FOUND");
    expect(await outcomeOf(acceptInvitation(await tokenSentTo(revokedEmail), { name: "Revoked", password: PASSWORD }))).toBe(
      "INVITATION_INVALID",
    );
    expect(await viewInvitation("not-a-token")).toEqual({ state: "INVALID" });
  });

  it("an address with an account elsewhere is told to use another address", async () => {
    const admin = await createApplicant("Taken Co");
    const elsewhere = await createApplicant("Other Co");
    await inviteMember(admin, { email: elsewhere.email, role: "MEMBER" });
    const token = await tokenSentTo(elsewhere.email);
    expect(await viewInvitation(token)).toMatchObject({ state: "EMAIL_TAKEN" });
    expect(await outcomeOf(acceptInvitation(token, { name: "X", password: PASSWORD }))).toBe("EMAIL_TAKEN");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: elsewhere.id } })).companyId).toBe(elsewhere.companyId);
  });

  it("only administrators invite, change roles and remove", async () => {
    const admin = await createApplicant("Roles Co");
    const member = await addMember(admin, `m-${unique()}@example.kz`);
    expect(await outcomeOf(inviteMember(member, { email: `x-${unique()}@example.kz`, role: "ADMIN" }))).toBe("NOT_ADMIN");
    expect(await outcomeOf(changeMemberRole(member, { userId: member.id, role: "ADMIN" }))).toBe("NOT_ADMIN");
    expect(await outcomeOf(removeMember(member, { userId: admin.id }))).toBe("NOT_ADMIN");
    // Another company's administrator cannot touch this company's members.
    expect(await outcomeOf(removeMember(await createApplicant("Stranger Co"), { userId: member.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(inviteMember(admin, { email: member.email, role: "MEMBER" }))).toBe("ALREADY_MEMBER");
  });

  it("a removed member's session is refused on the next request; what they filed stays", async () => {
    const admin = await createApplicant("Removal Co");
    const member = await addMember(admin, `gone-${unique()}@example.kz`);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await findSessionUser(member.id, before.sessionVersion)).not.toBeNull();
    const laptop = await createUserSession(member.id, { ipAddress: "192.0.2.40", userAgent: "Firefox" });
    const phone = await createUserSession(member.id, { ipAddress: "192.0.2.41", userAgent: "Safari" });
    expect(await findUserBySession(laptop)).not.toBeNull();
    expect(await outcomeOf(removeMember(admin, { userId: member.id }))).toBe("OK");
    // Every device's server-side session is revoked too, with the reason (issue 14).
    expect(await findUserBySession(laptop)).toBeNull();
    expect(await findUserBySession(phone)).toBeNull();
    const sessions = await prisma.userSession.findMany({ where: { userId: member.id } });
    expect(sessions.map((row) => row.revokedReason)).toEqual(["MEMBER_REMOVED", "MEMBER_REMOVED"]);
    expect(await findSessionUser(member.id, before.sessionVersion)).toBeNull();
    expect(await findSessionUser(member.id, before.sessionVersion + 1)).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Company", entityId: admin.companyId!, action: "REMOVE_MEMBER" },
    });
    expect(audit).toMatchObject({ actorId: admin.id, details: { userId: member.id } });
  });

  it("the last administrator can be neither removed nor demoted, even by two administrators at once", async () => {
    const admin = await createApplicant("Last Co");
    expect(await outcomeOf(changeMemberRole(admin, { userId: admin.id, role: "MEMBER" }))).toBe("LAST_ADMIN");
    expect(await outcomeOf(removeMember(admin, { userId: admin.id }))).toBe("LAST_ADMIN");

    for (let round = 0; round < 3; round++) {
      const second = await addMember(admin, `second-${unique()}@example.kz`, "ADMIN");
      const results = await Promise.all([
        outcomeOf(changeMemberRole(admin, { userId: second.id, role: "MEMBER" })),
        outcomeOf(changeMemberRole(second, { userId: admin.id, role: "MEMBER" })),
      ]);
      expect(results.filter((r) => r === "OK")).toHaveLength(1);
      const admins = await prisma.user.count({ where: { companyId: admin.companyId, companyRole: "ADMIN", isActive: true } });
      expect(admins).toBe(1);
      // Put the original administrator back in charge for the next round.
      const winner = results[0] === "OK" ? admin : second;
      if (winner === second) await changeMemberRole(second, { userId: admin.id, role: "ADMIN" });
      await removeMember(admin, { userId: second.id });
    }
    // Staff accounts never have a company role and cannot act here.
    const staff = await createUser(prisma, "STAFF");
    await expect(removeMember(staff, { userId: admin.id })).rejects.toThrow();
  });

  it("the first registrant of a company is its administrator", async () => {
    const admin = await createApplicant("First Co");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).companyRole).toBe("ADMIN");
  });
});
