import { spawn } from "node:child_process";
import { prisma, createPrismaClient } from "@/lib/db/client";
import { listOutboxProblems } from "@/lib/admin/data/outbox-admin";
import type { CurrentUser } from "@/lib/kernel/access";
import { processOutboxBatch, startOutboxWorker } from "@/lib/notify/worker";
import { enqueueReceipt, mailerFor } from "../../tests/support/outbox";
import { header, startSmtp, type Captured } from "../../tests/support/smtp";
import { freePort } from "../../tests/support/test-postgres";
import { sleep, type FaultRow } from "./harness";
import { drainOutbox, setAsideEarlierRows } from "./outbox-drain";

const HOUR = 60 * 60_000;
let counter = 0;

async function recipient(role: "APPLICANT" | "ADMIN" = "APPLICANT"): Promise<CurrentUser> {
  const id = `${Date.now().toString(36)}${counter++}`;
  const user = await prisma.user.create({
    data: { email: `${role.toLowerCase()}-${id}@faults.example`, name: `Fault ${id}`, role, passwordHash: "!unusable" },
  });
  return { id: user.id, email: user.email, name: user.name, role, locale: "en", companyId: null, companyName: null };
}

async function enqueue(n: number, userId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await enqueueReceipt(userId, `EC-2026-9${String(counter++).padStart(5, "0")}`));
  return ids;
}

/** lost: queued ids never received; duplicated: extra copies received (same Message-ID). */
function count(ids: string[], messages: Captured[]) {
  const received = messages.map((m) => /<([^@>]+)@/.exec(header(m.raw, "Message-ID"))?.[1] ?? "");
  const mine = received.filter((id) => ids.includes(id));
  const unique = new Set(mine);
  return { lost: ids.filter((id) => !unique.has(id)).length, duplicated: mine.length - unique.size };
}

/** "; N rows of earlier scenarios set aside" for a note, when there were any. */
const asideNote = (n: number) => (n ? `; ${n} rows of earlier scenarios set aside` : "");

export async function smtpOutage(): Promise<FaultRow> {
  const aside = await setAsideEarlierRows();
  const user = await recipient();
  const port = await freePort();
  const ids = await enqueue(4, user.id);
  let now = new Date();
  const started = now.getTime();
  // 70 simulated hours of refused connections: each round runs when the earliest row is due.
  while (now.getTime() - started < 70 * HOUR) {
    await processOutboxBatch({ mailer: mailerFor(port), now: () => now });
    const next = await prisma.outbox.findFirst({ where: { id: { in: ids }, status: "PENDING" }, orderBy: { nextAttemptAt: "asc" } });
    if (!next) break;
    now = new Date(Math.max(now.getTime() + 1, next.nextAttemptAt.getTime() + 1));
  }
  const failedEarly = await prisma.outbox.count({ where: { id: { in: ids }, status: "FAILED" } });
  const smtp = await startSmtp(port);
  // The relay is back: each message goes out at its next scheduled try (at most an hour later).
  await drainOutbox(ids, async () => {
    await processOutboxBatch({ mailer: mailerFor(port), now: () => now });
    const next = await prisma.outbox.findFirst({ where: { id: { in: ids }, status: "PENDING" }, orderBy: { nextAttemptAt: "asc" } });
    if (next) now = new Date(Math.max(now.getTime() + 1, next.nextAttemptAt.getTime() + 1));
  });
  await smtp.close();
  const { lost, duplicated } = count(ids, smtp.messages);
  return {
    scenario: "SMTP down 70 h (simulated clock)",
    lost,
    duplicated,
    orphaned: 0,
    hung: 0,
    note: `${failedEarly} given up during the outage; old rule dropped all after ~1 h${asideNote(aside)}`,
    ok: lost === 0 && duplicated === 0 && failedEarly === 0,
  };
}

export async function smtpRecipientRefused(): Promise<FaultRow> {
  const aside = await setAsideEarlierRows();
  const admin = await recipient("ADMIN");
  const fine = await recipient();
  const gone = await recipient();
  const smtp = await startSmtp(await freePort(), { rejectRecipients: { [gone.email]: 550 } });
  const good = await enqueue(5, fine.id);
  const [refused] = await enqueue(1, gone.id);
  await drainOutbox([...good, refused], () => processOutboxBatch({ mailer: mailerFor(smtp.port) }));
  await smtp.close();
  const { lost, duplicated } = count(good, smtp.messages);
  const row = await prisma.outbox.findUniqueOrThrow({ where: { id: refused } });
  const shown = (await listOutboxProblems(admin)).some((p) => p.id === refused);
  return {
    scenario: "SMTP 550 for one recipient",
    lost,
    duplicated,
    orphaned: 0,
    hung: 0,
    note: `refused one: ${row.status} after ${row.attempts} attempt(s), ${shown ? "shown" : "NOT shown"} at /admin/emails${asideNote(aside)}`,
    ok: lost === 0 && duplicated === 0 && row.status === "FAILED" && row.attempts === 1 && shown,
  };
}

export async function twoWorkersSlowSmtp(): Promise<FaultRow> {
  const aside = await setAsideEarlierRows();
  const user = await recipient();
  // 300 ms per message against a 2 s lease: a batch lease over 20 messages ran out mid-batch.
  const smtp = await startSmtp(await freePort(), { delayMs: 300 });
  const ids = await enqueue(20, user.id);
  const clients = [createPrismaClient(), createPrismaClient()];
  const workers = clients.map((db) => startOutboxWorker({ db, mailer: mailerFor(smtp.port), batchSize: 20, leaseMs: 2_000, pollMs: 20 }));
  await drainOutbox(ids, () => sleep(100));
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(clients.map((c) => c.$disconnect()));
  await smtp.close();
  const { lost, duplicated } = count(ids, smtp.messages);
  return {
    scenario: "two workers, slow SMTP (300 ms/msg, 2 s lease)",
    lost,
    duplicated,
    orphaned: 0,
    hung: 0,
    note: `one lease per message${asideNote(aside)}`,
    ok: lost === 0 && duplicated === 0,
  };
}

export async function killMidSend(databaseUrl: string): Promise<FaultRow> {
  const aside = await setAsideEarlierRows();
  const user = await recipient();
  const ids = await enqueue(8, user.id);
  let child: ReturnType<typeof spawn> | null = null;
  let killedAt = -1;
  const smtp = await startSmtp(await freePort(), {
    // SIGKILL the worker while the 3rd message is being accepted: the server has it, the worker
    // never learns so and never marks it SENT (the documented duplicate window).
    onMessage: (index) => {
      if (index === 2 && child && killedAt < 0) {
        killedAt = index;
        child.kill("SIGKILL");
      }
    },
  });
  child = spawn(process.execPath, ["--import", "tsx", "scripts/faults/child-worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_PORT: String(smtp.port), LEASE_MS: "3000" },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child!.once("exit", resolve));
  await Promise.race([exited, sleep(90_000)]);
  // Recovery: another worker, once the dead one's lease has run out.
  await sleep(3_100);
  await drainOutbox(ids, () => processOutboxBatch({ mailer: mailerFor(smtp.port), leaseMs: 3_000 }).then(() => sleep(50)));
  await smtp.close();
  const { lost, duplicated } = count(ids, smtp.messages);
  return {
    scenario: "worker SIGKILLed mid-send",
    lost,
    duplicated,
    orphaned: 0,
    hung: 0,
    note:
      killedAt >= 0
        ? `killed during message 3; a duplicate is allowed there (same Message-ID)${asideNote(aside)}`
        : "the worker was not killed (scenario invalid)",
    ok: killedAt >= 0 && lost === 0 && duplicated <= 1,
  };
}
