import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, prisma } from "@/lib/db/client";
import { AccessDeniedError, type CurrentUser } from "@/lib/kernel/access";
import { listOutboxProblems, retryOutboxMessage } from "@/lib/admin/data/outbox-admin";
import type { Mailer } from "@/lib/notify/mailer";
import { processOutboxBatch, startOutboxWorker } from "@/lib/notify/worker";
import { createUser } from "../support/factories/booking";
import { enqueueReceipt, mailerFor } from "../support/outbox";
import { header, startSmtp } from "../support/smtp";
import { captureLogs, type CapturedLogs } from "../support/capture-logs";
import { freePort } from "../support/test-postgres";

// Issue 20: e-mail survives long SMTP outages, a 550 for one recipient fails only that message,
// every failed attempt is logged, no row outlives its lease while queued, and administrators see
// and retry what needs a person. Real PostgreSQL, real SMTP server (smtp-server) or a closed port.

const HOUR = 60 * 60_000;
const cleanups: (() => Promise<unknown>)[] = [];
let logs: CapturedLogs;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(async () => {
  logs.restore();
  vi.restoreAllMocks();
  while (cleanups.length) await cleanups.pop()!();
  await prisma.outbox.deleteMany();
});

const logged = () => logs.lines;

async function recipient(role: "APPLICANT" | "STAFF" | "ADMIN" = "APPLICANT"): Promise<CurrentUser & { email: string }> {
  const user = await createUser(prisma, role);
  const { email } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
  return { ...user, email };
}

describe("e-mail under SMTP faults", () => {
  it("keeps retrying through an outage far longer than the old 32–64 minutes and delivers once the relay is back", async () => {
    const user = await recipient();
    const port = await freePort();
    const id = await enqueueReceipt(user.id, "EC-2026-020001");
    const t0 = new Date();
    let now = t0;
    // 70 hours of refused connections, on a simulated clock: each round runs when the row is due.
    let rounds = 0;
    while (now.getTime() - t0.getTime() < 70 * HOUR) {
      const result = await processOutboxBatch({ mailer: mailerFor(port), now: () => now });
      expect(result.failed).toBe(0);
      const row = await prisma.outbox.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe("PENDING");
      // Capped back-off: never more than an hour between tries.
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBeLessThanOrEqual(HOUR);
      now = new Date(row.nextAttemptAt.getTime() + 1);
      rounds++;
    }
    expect(rounds).toBeGreaterThan(60);
    // One structured line per failed attempt, naming the message and saying it will be retried.
    const lines = logged().filter((l) => l.outboxId === id);
    expect(lines).toHaveLength(rounds);
    expect(lines.every((l) => l.event === "outbox.retry_scheduled" && l.permanent === false && typeof l.nextAttemptAt === "string")).toBe(
      true,
    );

    const smtp = await startSmtp(port);
    cleanups.push(smtp.close);
    expect(await processOutboxBatch({ mailer: mailerFor(port), now: () => now })).toMatchObject({ sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", firstFailedAt: null });
  });

  it("gives up only after 72 hours of temporary failures, then shows it to administrators", async () => {
    const user = await recipient();
    const admin = await recipient("ADMIN");
    const port = await freePort();
    const id = await enqueueReceipt(user.id, "EC-2026-020002");
    const t0 = new Date();
    let now = t0;
    for (;;) {
      await processOutboxBatch({ mailer: mailerFor(port), now: () => now });
      const row = await prisma.outbox.findUniqueOrThrow({ where: { id } });
      if (row.status === "FAILED") break;
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    expect(now.getTime() - t0.getTime()).toBeGreaterThanOrEqual(72 * HOUR);
    const failed = await prisma.outbox.findUniqueOrThrow({ where: { id } });
    expect(failed.lastError).toMatch(/^gave up after 72 h: .*ECONNREFUSED/);
    expect(logged().at(-1)).toMatchObject({ event: "outbox.failed", outboxId: id });

    const problems = await listOutboxProblems(admin, now);
    expect(problems.map((p) => p.id)).toContain(id);
    expect(problems.find((p) => p.id === id)).toMatchObject({ status: "FAILED", toEmail: user.email });
  });

  it("fails a message refused with 550 for its recipient at once, and still delivers the others", async () => {
    const gone = await recipient();
    const fine = await recipient();
    const smtp = await startSmtp(await freePort(), { rejectRecipients: { [gone.email]: 550 } });
    cleanups.push(smtp.close);
    const refused = await enqueueReceipt(gone.id, "EC-2026-020003");
    const delivered = await enqueueReceipt(fine.id, "EC-2026-020004");

    expect(await processOutboxBatch({ mailer: mailerFor(smtp.port) })).toMatchObject({ claimed: 2, sent: 1, failed: 1, retried: 0 });
    const row = await prisma.outbox.findUniqueOrThrow({ where: { id: refused } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/^permanent \(550 at RCPT TO\)/);
    expect(logged()).toContainEqual(expect.objectContaining({ event: "outbox.failed", outboxId: refused, permanent: true, smtpCode: 550 }));
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id: delivered } })).toMatchObject({ status: "SENT" });
    expect(smtp.messages.map((m) => m.to)).toEqual([[fine.email]]);
  });

  it("retries a 450 (mailbox busy) as temporary", async () => {
    const busy = await recipient();
    const smtp = await startSmtp(await freePort(), { rejectRecipients: { [busy.email]: 450 } });
    cleanups.push(smtp.close);
    const id = await enqueueReceipt(busy.id, "EC-2026-020005");
    expect(await processOutboxBatch({ mailer: mailerFor(smtp.port) })).toMatchObject({ retried: 1, failed: 0 });
    expect((await prisma.outbox.findUniqueOrThrow({ where: { id } })).lastError).toMatch(/^temporary \(450 at RCPT TO\)/);
  });

  it("lets an administrator send a failed e-mail again, audited, with the same Message-ID", async () => {
    const gone = await recipient();
    const admin = await recipient("ADMIN");
    const staff = await recipient("STAFF");
    const first = await startSmtp(await freePort(), { rejectRecipients: { [gone.email]: 550 } });
    cleanups.push(first.close);
    const id = await enqueueReceipt(gone.id, "EC-2026-020006");
    await processOutboxBatch({ mailer: mailerFor(first.port) });
    expect((await prisma.outbox.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");

    await expect(retryOutboxMessage(staff, id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listOutboxProblems(staff)).rejects.toBeInstanceOf(AccessDeniedError);
    await retryOutboxMessage(admin, id);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Outbox", entityId: id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "RETRY_EMAIL", fromStatus: "FAILED", toStatus: "PENDING" });

    // The mailbox was fixed meanwhile.
    const second = await startSmtp(await freePort());
    cleanups.push(second.close);
    expect(await processOutboxBatch({ mailer: mailerFor(second.port) })).toMatchObject({ sent: 1 });
    expect(header(second.messages[0].raw, "Message-ID")).toContain(id);
    await expect(retryOutboxMessage(admin, id)).rejects.toMatchObject({ name: "AdminError", code: "ALREADY_SENT" });
    await expect(retryOutboxMessage(admin, "nope")).rejects.toMatchObject({ name: "AdminError", code: "NOT_FOUND" });
  });

  it("does not let a retry start a second send of a message a worker is sending right now", async () => {
    const user = await recipient();
    const admin = await recipient("ADMIN");
    const id = await enqueueReceipt(user.id, "EC-2026-020007");
    const now = new Date();
    await prisma.outbox.update({
      where: { id },
      data: {
        attempts: 1,
        lastAttemptAt: now,
        nextAttemptAt: new Date(now.getTime() + 5 * 60_000),
        createdAt: new Date(now.getTime() - HOUR),
      },
    });
    await expect(retryOutboxMessage(admin, id, now)).rejects.toMatchObject({ name: "AdminError", code: "IN_PROGRESS" });
    // A long-pending message is listed even before it fails for good.
    expect((await listOutboxProblems(admin, now)).map((p) => p.id)).toContain(id);
  });

  it("with two workers and a slow SMTP server, sends each message once (one lease per message)", async () => {
    const user = await recipient();
    // 250 ms per message and a lease of 1 s: a batch lease over 20 messages would expire long
    // before the batch is through, and the other worker would send its tail again.
    const smtp = await startSmtp(await freePort(), { delayMs: 250 });
    cleanups.push(smtp.close);
    const ids: string[] = [];
    for (let i = 0; i < 14; i++) ids.push(await enqueueReceipt(user.id, `EC-2026-0201${String(i).padStart(2, "0")}`));
    const clients = [createPrismaClient(process.env.DATABASE_URL), createPrismaClient(process.env.DATABASE_URL)];
    cleanups.push(() => Promise.all(clients.map((c) => c.$disconnect())));
    const sentBy = [0, 0];
    const workers = clients.map((db, i) => {
      const smtpMailer = mailerFor(smtp.port);
      const mailer: Mailer = {
        close: smtpMailer.close,
        verify: smtpMailer.verify,
        async send(email) {
          await smtpMailer.send(email);
          sentBy[i]++;
        },
      };
      return startOutboxWorker({ db, mailer, batchSize: 20, leaseMs: 1_000, pollMs: 20 });
    });
    const deadline = Date.now() + 25_000;
    while ((await prisma.outbox.count({ where: { id: { in: ids }, status: "SENT" } })) < ids.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(workers.map((w) => w.stop()));
    expect(sentBy[0]).toBeGreaterThan(0);
    expect(sentBy[1]).toBeGreaterThan(0);
    const messageIds = smtp.messages.map((m) => /<([^@>]+)@/.exec(header(m.raw, "Message-ID"))![1]);
    expect(messageIds.length).toBe(ids.length);
    expect(new Set(messageIds).size).toBe(ids.length);
  });
});
