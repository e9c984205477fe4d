import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { registerApplicant, verifyEmail } from "@/lib/auth/data/register-applicant";
import { findSessionUser, findUserForSignIn, revokeSessions } from "@/lib/auth/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { registerSchema } from "@/lib/auth/schemas";
import { DEMO_ACCOUNTS, DEMO_COMPANY } from "@/lib/db/demo-accounts";
import { decideCompanyVerification, listCompaniesToVerify } from "@/lib/company/data/company-verification";
import { createUser } from "@/tests/support/factories/booking";

const valid = {
  name: "Test Person",
  email: "new.rep@example.kz",
  password: "a long enough passphrase",
  companyName: "Test LLP",
  bin: "200140056783",
};

/** The token of the newest confirmation e-mail written to the outbox for `email`. */
async function verificationToken(email: string): Promise<string | null> {
  const row = await prisma.outbox.findFirst({ where: { toEmail: email, kind: "ACCOUNT_VERIFY_EMAIL" }, orderBy: { createdAt: "desc" } });
  return (row?.payload as { payload?: { token?: string } } | undefined)?.payload?.token ?? null;
}

describe("registering an AIFC participant", () => {
  it("creates a PENDING company and an unconfirmed applicant with an argon2id hash, and e-mails a link", async () => {
    await registerApplicant(registerSchema.parse(valid), "ru");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: valid.email }, include: { company: true } });
    expect(user.role).toBe("APPLICANT");
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.locale).toBe("ru");
    expect(user.company).toMatchObject({ bin: valid.bin, verification: "PENDING" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.passwordHash, valid.password)).toBe(true);
    const token = await verificationToken(valid.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    expect(await prisma.accountToken.count({ where: { tokenHash: { contains: token! } } })).toBe(0);
  });

  it("confirms the address once; the link then stops working", async () => {
    const email = "once@example.kz";
    await registerApplicant(registerSchema.parse({ ...valid, email, bin: "191240123458" }), "en");
    const token = (await verificationToken(email))!;
    await expect(verifyEmail("x".repeat(43))).rejects.toMatchObject({ name: "AccountError", code: "LINK_INVALID" });
    await verifyEmail(token);
    await expect(verifyEmail(token)).rejects.toMatchObject({ name: "AccountError", code: "LINK_INVALID" });
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  });

  it("refuses an expired link", async () => {
    const email = "late@example.kz";
    await registerApplicant(registerSchema.parse({ ...valid, email, bin: "050540004455" }), "en");
    const token = (await verificationToken(email))!;
    await expect(verifyEmail(token, new Date(Date.now() + 49 * 3600_000))).rejects.toMatchObject({
      name: "AccountError",
      code: "LINK_INVALID",
    });
  });

  it("tells the owner of a taken address by e-mail and changes nothing else", async () => {
    const before = { companies: await prisma.company.count(), users: await prisma.user.count() };
    await registerApplicant(registerSchema.parse({ ...valid, email: DEMO_ACCOUNTS[0].email.toUpperCase(), bin: "221140000010" }), "en");
    expect({ companies: await prisma.company.count(), users: await prisma.user.count() }).toEqual(before);
    const owner = (await findUserForSignIn(DEMO_ACCOUNTS[0].email))!;
    expect(await prisma.outbox.count({ where: { recipientId: owner.id, kind: "ACCOUNT_REGISTRATION_ATTEMPT" } })).toBe(1);
    // The stranger's password did not replace the owner's.
    expect(await verifyPassword(owner.passwordHash, DEMO_ACCOUNTS[0].password)).toBe(true);
  });

  it("creates nothing for a BIN another registration holds, and tells only the new address", async () => {
    const before = await prisma.company.count();
    await registerApplicant(registerSchema.parse({ ...valid, email: "squatter@example.kz", bin: DEMO_COMPANY.bin }), "en");
    expect(await prisma.company.count()).toBe(before);
    expect(await prisma.user.count({ where: { email: "squatter@example.kz" } })).toBe(0);
    expect(
      await prisma.outbox.count({ where: { toEmail: "squatter@example.kz", kind: "ACCOUNT_BIN_ALREADY_REGISTERED", recipientId: null } }),
    ).toBe(1);
  });

  it("lets exactly one of two simultaneous registrations with the same BIN create a company", async () => {
    await Promise.all(
      ["race1@example.kz", "race2@example.kz"].map((email) =>
        registerApplicant(registerSchema.parse({ ...valid, email, bin: "100140011059" }), "en"),
      ),
    );
    expect(await prisma.company.count({ where: { bin: "100140011059" } })).toBe(1);
  });

  it("refuses an invalid BIN check digit in the shared schema", () => {
    const result = registerSchema.safeParse({ ...valid, bin: "200140056784" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["bin", "validation.binCheckDigit"]]);
  });

  it("refuses the short and common passwords the probe got through", () => {
    for (const password of ["qwerty12", "password12", "12341234", "iloveyou1", "Qwerty123!", "Password1234"]) {
      expect(registerSchema.safeParse({ ...valid, password }).success, password).toBe(false);
    }
  });
});

describe("company verification by staff", () => {
  it("lists pending companies, verifies or refuses with a reason, audits and tells the company", async () => {
    const staff = await createUser(prisma, "STAFF");
    const applicant = await createUser(prisma, "APPLICANT");
    await registerApplicant(registerSchema.parse({ ...valid, email: "verify.me@example.kz", bin: "160440007161" }), "en");
    await registerApplicant(registerSchema.parse({ ...valid, email: "refuse.me@example.kz", bin: "170540002235" }), "en");
    const queue = await listCompaniesToVerify(staff);
    const toVerify = queue.find((c) => c.bin === "160440007161")!;
    const toRefuse = queue.find((c) => c.bin === "170540002235")!;
    expect(toVerify.representatives).toEqual([{ name: valid.name, email: "verify.me@example.kz", emailVerified: false }]);
    await expect(listCompaniesToVerify(applicant)).rejects.toThrow();
    await expect(decideCompanyVerification(applicant, { companyId: toVerify.id, decision: "VERIFY" })).rejects.toThrow();

    await expect(decideCompanyVerification(staff, { companyId: toRefuse.id, decision: "REFUSE" })).rejects.toMatchObject({
      name: "VerificationError",
      code: "REASON_REQUIRED",
    });
    await decideCompanyVerification(staff, { companyId: toVerify.id, decision: "VERIFY" });
    await expect(decideCompanyVerification(staff, { companyId: toVerify.id, decision: "REFUSE", reason: "late" })).rejects.toMatchObject({
      name: "VerificationError",
      code: "ALREADY_DECIDED",
    });
    await expect(decideCompanyVerification(staff, { companyId: "no-such-company", decision: "VERIFY" })).rejects.toMatchObject({
      name: "VerificationError",
      code: "NOT_FOUND",
    });
    await decideCompanyVerification(staff, { companyId: toRefuse.id, decision: "REFUSE", reason: "Not in the AIFC register" });

    expect(await prisma.company.findUniqueOrThrow({ where: { id: toRefuse.id } })).toMatchObject({
      verification: "REFUSED",
      verificationNote: "Not in the AIFC register",
      verificationDecidedById: staff.id,
    });
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: "Company", entityId: { in: [toVerify.id, toRefuse.id] }, actorId: staff.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.toStatus])).toEqual([
      ["VERIFY_COMPANY", "VERIFIED"],
      ["REFUSE_COMPANY", "REFUSED"],
    ]);
    expect(await prisma.outbox.count({ where: { toEmail: "refuse.me@example.kz", kind: "COMPANY_REFUSED" } })).toBe(1);

    // A refused registration frees the BIN for the real participant.
    await registerApplicant(registerSchema.parse({ ...valid, email: "real.owner@example.kz", bin: "170540002235" }), "en");
    expect(await prisma.company.count({ where: { bin: "170540002235" } })).toBe(2);
  });
});

describe("sessions (user level)", () => {
  it("stop working after sign-out everywhere or deactivation", async () => {
    const user = (await findUserForSignIn(DEMO_ACCOUNTS[1].email))!;
    expect(await findSessionUser(user.id, user.sessionVersion)).toMatchObject({ role: "STAFF" });
    await revokeSessions(user.id);
    expect(await findSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await findSessionUser(user.id, user.sessionVersion + 1)).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await findSessionUser(user.id, user.sessionVersion + 1)).toBeNull();
  });
});
