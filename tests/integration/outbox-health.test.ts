import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/kernel/access";
import { readOutboxHealth, readOutboxHealthForMonitoring } from "@/lib/admin/data/outbox-health";
import { checkMonitoringAccess } from "@/lib/monitoring/monitoring-token";
import { outboxMetricsText } from "@/lib/monitoring/outbox-metrics";
import { GET as monitoringRoute } from "@/app/api/monitoring/outbox/route";
import { createUser } from "../support/factories/booking";
import { enqueueReceipt } from "../support/outbox";

// Issue 13: administrators and monitoring see how the e-mail queue is doing (failed messages, the
// age of the oldest pending one), so a stopped worker or a dead relay is noticed.

const MINUTE = 60_000;
afterEach(async () => {
  await prisma.outbox.deleteMany();
  delete process.env.MONITORING_TOKEN;
});

async function queue() {
  const user = await createUser(prisma, "APPLICANT");
  const now = new Date();
  const old = await enqueueReceipt(user.id, "EC-2026-130001");
  const fresh = await enqueueReceipt(user.id, "EC-2026-130002");
  const backingOff = await enqueueReceipt(user.id, "EC-2026-130003");
  const failed = await enqueueReceipt(user.id, "EC-2026-130004");
  const sent = await enqueueReceipt(user.id, "EC-2026-130005");
  await prisma.outbox.update({
    where: { id: old },
    data: { createdAt: new Date(now.getTime() - 42 * MINUTE), nextAttemptAt: new Date(now.getTime() - 40 * MINUTE) },
  });
  await prisma.outbox.update({
    where: { id: backingOff },
    data: { createdAt: new Date(now.getTime() - 10 * MINUTE), nextAttemptAt: new Date(now.getTime() + 30 * MINUTE), attempts: 3 },
  });
  await prisma.outbox.update({ where: { id: failed }, data: { status: "FAILED", attempts: 1, lastError: "permanent (550)" } });
  await prisma.outbox.update({ where: { id: sent }, data: { status: "SENT", sentAt: new Date(now.getTime() - 5 * MINUTE) } });
  // Read a moment later, so that the fresh row (written by the database's clock) is due.
  return { now: new Date(Date.now() + 1000), fresh };
}

describe("outbox health", () => {
  it("counts pending, due, failed and recently sent e-mails and ages the oldest pending and due ones", async () => {
    const { now } = await queue();
    const admin = await createUser(prisma, "ADMIN");
    const health = await readOutboxHealth(admin, now);
    expect(health).toMatchObject({ pending: 3, due: 2, failed: 1, sentLastHour: 1 });
    expect(health.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(42 * 60);
    expect(health.oldestPendingAgeSeconds).toBeLessThanOrEqual(42 * 60 + 10);
    expect(health.oldestDueAgeSeconds).toBeGreaterThanOrEqual(40 * 60);
    expect(health.oldestDueAgeSeconds).toBeLessThanOrEqual(40 * 60 + 10);
    expect(health.oldestPendingAt!.getTime()).toBe(now.getTime() - health.oldestPendingAgeSeconds! * 1000);
    expect(outboxMetricsText(health)).toMatch(/^expat_outbox_failed 1$/m);
  });

  it("reports an empty queue with no ages", async () => {
    expect(await readOutboxHealthForMonitoring()).toEqual({
      pending: 0,
      due: 0,
      failed: 0,
      sentLastHour: 0,
      oldestPendingAt: null,
      oldestPendingAgeSeconds: null,
      oldestDueAgeSeconds: null,
    });
  });

  it("is for administrators only", async () => {
    for (const role of ["APPLICANT", "STAFF"] as const) {
      await expect(readOutboxHealth(await createUser(prisma, role))).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("answers monitoring only with MONITORING_TOKEN as a bearer token, and not at all without one configured", async () => {
    await queue();
    const request = (authorization?: string, query = "") =>
      new Request(`http://localhost/api/monitoring/outbox${query}`, { headers: authorization ? { authorization } : {} });
    expect((await monitoringRoute(request("Bearer anything"))).status).toBe(404);
    process.env.MONITORING_TOKEN = "a-long-random-monitoring-token";
    expect(checkMonitoringAccess(request("Bearer a-long-random-monitoring-token"))).toBe("allowed");
    expect((await monitoringRoute(request())).status).toBe(401);
    expect((await monitoringRoute(request("Bearer a-long-random-monitoring-tokeN"))).status).toBe(401);
    const json = await monitoringRoute(request("Bearer a-long-random-monitoring-token"));
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ pending: 3, failed: 1 });
    const text = await (await monitoringRoute(request("Bearer a-long-random-monitoring-token", "?format=prometheus"))).text();
    expect(text).toMatch(/^expat_outbox_pending 3$/m);
    expect(text).toMatch(/^expat_outbox_oldest_pending_age_seconds \d+$/m);
  });
});
