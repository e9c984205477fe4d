import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { registerApplicant } from "@/lib/data/register-applicant";
import { findSessionUser, findUserForSignIn, revokeSessions } from "@/lib/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { isSignInThrottled, MAX_FAILURES_PER_ACCOUNT, recordFailedSignIn } from "@/lib/data/login-attempts";
import { registerSchema } from "@/lib/auth/schemas";
import { DEMO_ACCOUNTS, DEMO_COMPANY } from "@/lib/db/demo-accounts";

const valid = { name: "Test Person", email: "new.rep@example.kz", password: "a long enough passphrase", companyName: "Test LLP", bin: "200140056783" };

describe("registering an AIFC participant", () => {
  it("creates the company and its applicant with an argon2id hash", async () => {
    const outcome = await registerApplicant(registerSchema.parse(valid));
    expect(outcome.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: valid.email }, include: { company: true } });
    expect(user.role).toBe("APPLICANT");
    expect(user.company?.bin).toBe(valid.bin);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.passwordHash, valid.password)).toBe(true);
  });

  it("says the e-mail is taken, case-insensitively, and creates nothing", async () => {
    const before = await prisma.company.count();
    const outcome = await registerApplicant(registerSchema.parse({ ...valid, email: DEMO_ACCOUNTS[0].email.toUpperCase(), bin: "191240123458" }));
    expect(outcome).toEqual({ ok: false, conflict: "email" });
    expect(await prisma.company.count()).toBe(before);
  });

  it("says the BIN is taken", async () => {
    const outcome = await registerApplicant(registerSchema.parse({ ...valid, email: "other@example.kz", bin: DEMO_COMPANY.bin }));
    expect(outcome).toEqual({ ok: false, conflict: "bin" });
  });

  it("lets exactly one of two simultaneous registrations with the same BIN through", async () => {
    const attempts = await Promise.all(
      ["race1@example.kz", "race2@example.kz"].map((email) => registerApplicant(registerSchema.parse({ ...valid, email, bin: "221140000010" }))),
    );
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
    expect(attempts.find((a) => !a.ok)).toEqual({ ok: false, conflict: "bin" });
  });

  it("refuses an invalid BIN check digit in the shared schema", () => {
    const result = registerSchema.safeParse({ ...valid, bin: "200140056784" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["bin", "validation.binCheckDigit"]]);
  });
});

describe("sessions", () => {
  it("stop working after sign-out everywhere or deactivation", async () => {
    const user = (await findUserForSignIn(DEMO_ACCOUNTS[1].email))!;
    expect(await findSessionUser(user.id, user.sessionVersion)).toMatchObject({ role: "STAFF" });
    await revokeSessions(user.id);
    expect(await findSessionUser(user.id, user.sessionVersion)).toBeNull();
    expect(await findSessionUser(user.id, user.sessionVersion + 1)).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await findSessionUser(user.id, user.sessionVersion + 1)).toBeNull();
  });

  it("throttles an account after repeated failures, whatever the address", async () => {
    const email = "target@example.kz";
    expect(await isSignInThrottled(email, "10.0.0.1")).toBe(false);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await recordFailedSignIn(email, `10.0.0.${i}`);
    expect(await isSignInThrottled(email, "10.9.9.9")).toBe(true);
    expect(await isSignInThrottled("someone.else@example.kz", "10.9.9.9")).toBe(false);
  });
});

describe("registration throttling", () => {
  it("stops an address after the hourly number of registrations", async () => {
    const { isRegistrationThrottled, recordRegistrationAttempt, MAX_REGISTRATIONS_PER_IP_PER_HOUR } = await import("@/lib/data/login-attempts");
    for (let i = 0; i < MAX_REGISTRATIONS_PER_IP_PER_HOUR - 1; i++) await recordRegistrationAttempt("192.0.2.7");
    expect(await isRegistrationThrottled("192.0.2.7")).toBe(false);
    await recordRegistrationAttempt("192.0.2.7");
    expect(await isRegistrationThrottled("192.0.2.7")).toBe(true);
    expect(await isRegistrationThrottled("192.0.2.8")).toBe(false);
  });
});
