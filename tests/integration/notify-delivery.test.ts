import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, prisma } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/db/demo-accounts";
import type { Mailer } from "@/lib/notify/mailer";
import { processOutboxBatch, startOutboxWorker } from "@/lib/notify/worker";
import { freePort } from "../support/test-postgres";
import { header, plainText, startSmtp } from "../support/smtp";
import { enqueueReceipt, mailerFor } from "../support/outbox";

async function applicant(locale: string) {
  const email = DEMO_ACCOUNTS.find((a) => a.role === "APPLICANT")!.email;
  return prisma.user.update({ where: { email }, data: { locale }, select: { id: true, email: true } });
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  await prisma.outbox.deleteMany();
});

describe("outbox delivery over SMTP", () => {
  it("delivers an applicant's receipt exactly once, in Russian, with the number and the total", async () => {
    const user = await applicant("ru");
    const smtp = await startSmtp(await freePort());
    cleanups.push(smtp.close);
    const outboxId = await enqueueReceipt(user.id, "EC-2026-000123");

    expect(await processOutboxBatch({ mailer: mailerFor(smtp.port) })).toMatchObject({ claimed: 1, sent: 1 });
    expect((await processOutboxBatch({ mailer: mailerFor(smtp.port) })).claimed).toBe(0);

    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message.to).toEqual([user.email]);
    expect(header(message.raw, "Subject")).toBe("Заявка EC-2026-000123 получена");
    expect(header(message.raw, "Message-ID")).toContain(outboxId);
    const text = plainText(message.raw);
    expect(text).toContain("Здравствуйте");
    expect(text).toContain("EC-2026-000123");
    // The centre's fee and the duty paid to the state, apart (issue 15, 6.P1).
    expect(text).toContain("Сервисный сбор (по счёту Экспат-центра): 470\u00a0000\u00a0KZT");
    expect(text).toContain("Госпошлина (оплачивается вами в бюджет; загрузите квитанцию): 12\u00a0975\u00a0KZT");
    expect(text).toContain("/ru/portal/applications/app-EC-2026-000123");
    const row = await prisma.outbox.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("keeps a message pending while the SMTP server is down and delivers it once it is back", async () => {
    const user = await applicant("en");
    const port = await freePort();
    const outboxId = await enqueueReceipt(user.id, "EC-2026-000200");
    const t0 = new Date();

    // Nothing listens on the port: the connection is refused.
    const down = await processOutboxBatch({ mailer: mailerFor(port), now: () => t0, random: () => 0 });
    expect(down).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    const pending = await prisma.outbox.findUniqueOrThrow({ where: { id: outboxId } });
    expect(pending.status).toBe("PENDING");
    expect(pending.attempts).toBe(1);
    expect(pending.lastError).toMatch(/ECONNREFUSED/);
    // Back-off: not retried before its time.
    expect(pending.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());
    expect((await processOutboxBatch({ mailer: mailerFor(port), now: () => t0 })).claimed).toBe(0);

    const smtp = await startSmtp(port);
    cleanups.push(smtp.close);
    const later = new Date(pending.nextAttemptAt.getTime() + 1);
    expect(await processOutboxBatch({ mailer: mailerFor(port), now: () => later })).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    expect(header(smtp.messages[0].raw, "Subject")).toBe("Application EC-2026-000200 received");
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
    });
  });

  it("fails a row whose payload no longer fits its kind at once, without holding up the others", async () => {
    const user = await applicant("en");
    const smtp = await startSmtp(await freePort());
    cleanups.push(smtp.close);
    const bad = await prisma.outbox.create({
      data: {
        kind: "APPLICATION_SUBMITTED",
        recipientId: user.id,
        toEmail: user.email,
        locale: "en",
        payload: { recipientName: "X", payload: { applicationId: "a" } },
      },
    });
    const outboxId = await enqueueReceipt(user.id, "EC-2026-000400");
    expect(await processOutboxBatch({ mailer: mailerFor(smtp.port) })).toMatchObject({ claimed: 2, sent: 1, failed: 1 });
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(await prisma.outbox.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({ status: "SENT" });
    expect(smtp.messages).toHaveLength(1);
  });

  it("has two workers running at once send each of 20 messages exactly once", async () => {
    const user = await applicant("kk");
    const smtp = await startSmtp(await freePort(), { delayMs: 15 });
    cleanups.push(smtp.close);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await enqueueReceipt(user.id, `EC-2026-${String(1000 + i).padStart(6, "0")}`));

    // Two processes' worth of workers: separate connection pools, small batches, no pause.
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
      return startOutboxWorker({ db, mailer, batchSize: 3, pollMs: 20 });
    });
    const deadline = Date.now() + 20_000;
    while ((await prisma.outbox.count({ where: { status: "SENT" } })) < 20 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(workers.map((w) => w.stop()));

    expect(smtp.messages).toHaveLength(20);
    // Both really worked (otherwise this would prove nothing about concurrency).
    expect(sentBy[0]).toBeGreaterThan(0);
    expect(sentBy[1]).toBeGreaterThan(0);
    const messageIds = smtp.messages.map((m) => /<([^@>]+)@/.exec(header(m.raw, "Message-ID"))![1]);
    expect(new Set(messageIds).size).toBe(20);
    expect([...messageIds].sort()).toEqual([...ids].sort());
    const rows = await prisma.outbox.findMany({ where: { id: { in: ids } }, select: { status: true, attempts: true } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
  });
});
