import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { accountDelaySeconds, openSignInAttempt } from "@/lib/auth/data/sign-in-throttle";
import { consumeThrottle, LIMITS, pruneThrottleCounters } from "@/lib/auth/data/throttles";
import {
  createUserSession,
  findUserBySession,
  listMySessions,
  revokeAllSessions,
  revokeMySession,
  revokeSession,
} from "@/lib/auth/data/user-sessions";
import { findCurrentUserBySession } from "@/lib/auth/data/users";
import { createApplicant } from "@/tests/support/factories/applicant";

const allowedCount = (gates: { allowed: boolean }[]) => gates.filter((g) => g.allowed).length;

describe("sign-in throttling", () => {
  it("counts 30 parallel guesses on one account from one address atomically: 5 reach the hash", async () => {
    const gates = await Promise.all(Array.from({ length: 30 }, () => openSignInAttempt("victim1@example.kz", "203.0.113.66", null)));
    expect(allowedCount(gates)).toBe(LIMITS.signInPair.points);
  });

  it("lets 30 parallel guesses from 30 addresses reach the hash at most 11 times (10 free, then one per delay)", async () => {
    const gates = await Promise.all(
      Array.from({ length: 30 }, (_, i) => openSignInAttempt("victim2@example.kz", `198.18.0.${i + 1}`, null)),
    );
    expect(allowedCount(gates)).toBeLessThanOrEqual(11);
    expect(allowedCount(gates)).toBeGreaterThanOrEqual(10);
  });

  it("never refuses the owner's usual address because of guesses from elsewhere", async () => {
    const owner = await createApplicant("Owner");
    await createUserSession(owner.id, { ipAddress: "192.0.2.10", userAgent: "test" });
    const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => openSignInAttempt(owner.email, `198.19.0.${i + 1}`, owner.id)));
    for (const gate of guesses) if (gate.allowed) await gate.settle(false);
    const fromHome = await openSignInAttempt(owner.email, "192.0.2.10", owner.id);
    expect(fromHome.allowed).toBe(true);
    // A new address meanwhile waits (a growing delay), it is not locked out for good.
    const fromNew = await openSignInAttempt(owner.email, "192.0.2.99", owner.id);
    expect(fromNew.allowed).toBe(false);
  });

  it("gives a correct password its points back", async () => {
    for (let i = 0; i < 10; i++) {
      const gate = await openSignInAttempt("typo@example.kz", "192.0.2.20", null);
      expect(gate.allowed).toBe(true);
      if (gate.allowed) await gate.settle(i % 2 === 1);
    }
  });

  it("grows the account-wide delay and caps it", () => {
    expect([11, 12, 13, 20, 40].map(accountDelaySeconds)).toEqual([15, 30, 60, 900, 900].map((s, i) => (i < 3 ? s : Math.min(900, s))));
  });

  it("prunes expired counters", async () => {
    await consumeThrottle("quoteApi", "192.0.2.30");
    await pruneThrottleCounters(Date.now() + 3 * 3600_000);
    expect(await prisma.rateLimitCounter.count({ where: { key: "quoteApi:192.0.2.30" } })).toBe(0);
  });
});

describe("server-side sessions", () => {
  it("are live until revoked, and a revoked one is refused", async () => {
    const user = await createApplicant();
    const first = await createUserSession(user.id, { ipAddress: "192.0.2.1", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" });
    const second = await createUserSession(user.id, { ipAddress: "192.0.2.2", userAgent: "curl" });
    expect(await findCurrentUserBySession(first, 0)).toMatchObject({ id: user.id, sessionId: first });
    const listed = await listMySessions({ ...user, sessionId: first });
    expect(listed.map((s) => [s.ipAddress, s.isCurrent])).toEqual(
      expect.arrayContaining([
        ["192.0.2.1", true],
        ["192.0.2.2", false],
      ]),
    );
    await revokeSession(first, "SIGN_OUT");
    expect(await findCurrentUserBySession(first, 0)).toBeNull();
    expect(await findCurrentUserBySession(second, 0)).not.toBeNull();
  });

  it("can be signed out per device by their owner only", async () => {
    const owner = await createApplicant();
    const stranger = await createApplicant();
    const session = await createUserSession(owner.id, { ipAddress: "192.0.2.3", userAgent: "x" });
    expect(await revokeMySession(stranger, session)).toBe(false);
    expect(await findUserBySession(session)).not.toBeNull();
    expect(await revokeMySession(owner, session)).toBe(true);
    expect(await findUserBySession(session)).toBeNull();
  });

  it("end after the idle timeout and after the absolute lifetime, whatever the activity", async () => {
    const user = await createApplicant();
    const start = new Date("2026-12-01T08:00:00Z");
    const session = await createUserSession(user.id, { ipAddress: "192.0.2.4", userAgent: "x" }, start);
    expect(await findUserBySession(session, new Date("2026-12-01T15:59:00Z"))).not.toBeNull();
    expect(await findUserBySession(session, new Date("2026-12-02T00:30:00Z"))).toBeNull();
    // Active every few hours for a week: still ends 7 days after sign-in.
    for (let hours = 6; hours < 7 * 24; hours += 6)
      expect(await findUserBySession(session, new Date(start.getTime() + hours * 3600_000))).not.toBeNull();
    expect(await findUserBySession(session, new Date(start.getTime() + 7 * 24 * 3600_000 + 60_000))).toBeNull();
  });

  it("all end at once when a member is removed or the password changes", async () => {
    const user = await createApplicant();
    const sessions = await Promise.all([1, 2, 3].map((n) => createUserSession(user.id, { ipAddress: `192.0.2.${n}`, userAgent: "x" })));
    expect(await revokeAllSessions(user.id, "MEMBER_REMOVED")).toBe(3);
    for (const id of sessions) expect(await findUserBySession(id)).toBeNull();
  });
});
