import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getMyCompanyVerification } from "@/lib/company/data/company-verification";
import { countUnreadNotifications, markAllNotificationsRead } from "@/lib/notify/data/notifications";
import { createUserSession } from "@/lib/auth/data/user-sessions";
import { findCurrentUserBySession } from "@/lib/auth/data/users";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { createApplicant } from "@/tests/support/factories/applicant";

// Issue 19: the session, its user, the company and the unread count are one statement, and the
// header's bell and the portal's verification banner read them from there instead of querying.
const payload = { applicationId: "app_19", applicationNumber: "EC-2026-000019", serviceCode: "WORK_VISA" };

async function countingStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  const listener = () => statements++;
  // The client emits "query" events (lib/db/client.ts); count them around `work` only.
  (prisma as unknown as { $on(event: "query", cb: () => void): void }).$on("query", listener);
  const before = statements;
  const result = await work();
  return { result, statements: statements - before };
}

describe("the signed-in user of a request", () => {
  it("comes with the company's verification and the unread count in one statement", async () => {
    const applicant = await createApplicant("Summary Co");
    await prisma.company.update({ where: { id: applicant.companyId! }, data: { verification: "REFUSED", verificationNote: "Wrong BIN" } });
    for (let i = 0; i < 3; i++)
      await prisma.$transaction((tx) => enqueueNotification(tx, { kind: "DOCUMENTS_APPROVED", recipientUserId: applicant.id, payload }));
    const sessionId = await createUserSession(applicant.id, { ipAddress: "192.0.2.19", userAgent: "test" });

    const { result: user, statements } = await countingStatements(() => findCurrentUserBySession(sessionId, 0));
    expect(statements).toBe(1);
    expect(user).toMatchObject({
      id: applicant.id,
      companyName: applicant.companyName,
      unreadNotifications: 3,
      companyVerification: { status: "REFUSED", note: "Wrong BIN" },
    });

    const reads = await countingStatements(async () => [await countUnreadNotifications(user!), await getMyCompanyVerification(user!)]);
    expect(reads.result).toEqual([3, { status: "REFUSED", note: "Wrong BIN" }]);
    expect(reads.statements).toBe(0);
  });

  it("counts again after the user marks notifications read in the same request", async () => {
    const applicant = await createApplicant("Bell Co");
    await prisma.$transaction((tx) => enqueueNotification(tx, { kind: "DOCUMENTS_APPROVED", recipientUserId: applicant.id, payload }));
    const sessionId = await createUserSession(applicant.id, { ipAddress: "192.0.2.20", userAgent: "test" });
    const user = (await findCurrentUserBySession(sessionId, 0))!;
    expect(await countUnreadNotifications(user)).toBe(1);
    await markAllNotificationsRead(user);
    expect(await countUnreadNotifications(user)).toBe(0);
  });

  it("is refused for a token of an older session version, as before", async () => {
    const applicant = await createApplicant("Version Co");
    const sessionId = await createUserSession(applicant.id, { ipAddress: "192.0.2.21", userAgent: "test" });
    await prisma.user.update({ where: { id: applicant.id }, data: { sessionVersion: 1 } });
    expect(await findCurrentUserBySession(sessionId, 0)).toBeNull();
    expect(await findCurrentUserBySession(sessionId, 1)).not.toBeNull();
  });
});
