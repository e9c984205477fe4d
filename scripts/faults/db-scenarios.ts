import { prisma } from "@/lib/db/client";
import { dbTimeouts } from "@/lib/db/timeouts";
import { probeDatabase } from "@/lib/db/probe";
import { processOutboxBatch } from "@/lib/notify/worker";
import { enqueueReceipt, mailerFor } from "../../tests/support/outbox";
import { header, startSmtp } from "../../tests/support/smtp";
import { freePort } from "../../tests/support/test-postgres";
import { sleep, type FaultDatabase, type FaultRow } from "./harness";

// Traffic while the database is stopped and started again, or frozen: 4 loops writing a mandatory
// e-mail (a transaction: notification + outbox row) and reading, the way a request does. A call
// is "hung" when it takes longer than the statement timeout plus the client's grace, twice (a
// transaction's statement and its rollback may each wait that long); "lost" is a write that was
// acknowledged but is not in the database afterwards, or an e-mail never delivered.

type Call = { ms: number; ok: boolean };

async function traffic(userId: string, durationMs: number, acknowledged: string[]): Promise<Call[]> {
  const calls: Call[] = [];
  const until = Date.now() + durationMs;
  let n = 0;
  const loop = async (lane: number) => {
    while (Date.now() < until) {
      const started = Date.now();
      try {
        if (n++ % 4 === 0) acknowledged.push(await enqueueReceipt(userId, `EC-2026-8${lane}${String(n).padStart(4, "0")}`));
        else await prisma.outbox.count({ where: { status: "PENDING" } });
        calls.push({ ms: Date.now() - started, ok: true });
      } catch {
        calls.push({ ms: Date.now() - started, ok: false });
        await sleep(100);
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(loop));
  return calls;
}

async function deliverAll(ids: string[]): Promise<{ lost: number; duplicated: number }> {
  const smtp = await startSmtp(await freePort());
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await prisma.outbox.count({ where: { id: { in: ids }, status: "PENDING" } })) > 0) {
    await processOutboxBatch({ mailer: mailerFor(smtp.port), batchSize: 50 });
  }
  await smtp.close();
  const received = smtp.messages.map((m) => /<([^@>]+)@/.exec(header(m.raw, "Message-ID"))?.[1] ?? "").filter((id) => ids.includes(id));
  const unique = new Set(received);
  return { lost: ids.filter((id) => !unique.has(id)).length, duplicated: received.length - unique.size };
}

async function scenario(db: FaultDatabase, name: string, fault: () => Promise<void>, heal: () => Promise<void>): Promise<FaultRow> {
  const user = await prisma.user.create({ data: { email: `db-${Date.now()}@faults.example`, name: "DB fault", role: "APPLICANT", passwordHash: "!unusable" } });
  const acknowledged: string[] = [];
  const limit = 2 * dbTimeouts().clientQueryMs;
  const running = traffic(user.id, 11_000, acknowledged);
  await sleep(1_500);
  await fault();
  await sleep(6_000);
  await heal();
  const calls = await running;
  const failedDuring = calls.filter((c) => !c.ok).length;
  const hung = calls.filter((c) => c.ms > limit).length;
  // Recovery without a restart of the application: the same pool answers again.
  const recovered = await prisma.outbox.count().then(() => true, () => false);
  const stored = await prisma.outbox.count({ where: { id: { in: acknowledged } } });
  const delivery = await deliverAll(acknowledged);
  const lost = acknowledged.length - stored + delivery.lost;
  const slowest = Math.max(...calls.map((c) => c.ms));
  return {
    scenario: name,
    lost, duplicated: delivery.duplicated, orphaned: 0, hung,
    note: `${calls.length} calls, ${failedDuring} failed fast, slowest ${(slowest / 1000).toFixed(1)} s (limit ${(limit / 1000).toFixed(0)} s); ${recovered ? "recovered" : "NOT recovered"}; ${acknowledged.length} acknowledged e-mails`,
    ok: lost === 0 && hung === 0 && recovered && delivery.duplicated === 0,
  };
}

export async function databaseScenarios(db: FaultDatabase): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  // Public service pages while the database is stopped: fees and dates from the catalog's values.
  {
    const { loadApplicantReferenceData } = await import("@/lib/data/applicant-reference-data");
    await db.stop();
    const started = Date.now();
    const reference = await loadApplicantReferenceData().catch(() => null);
    const ms = Date.now() - started;
    await db.restart();
    const ok = Boolean(reference && reference.mrpRates.length > 0 && reference.calendar.length > 0);
    rows.push({ scenario: "service page data, database stopped", lost: 0, duplicated: 0, orphaned: 0, hung: ms > dbTimeouts().clientQueryMs ? 1 : 0, note: `${ok ? "published MRP and holidays served" : "FAILED"} in ${ms} ms`, ok });
  }
  rows.push(await scenario(db, "database stopped 6 s and restarted", () => db.stop(), () => db.restart()));
  rows.push(await scenario(db, "database frozen 6 s (SIGSTOP)", async () => db.freeze(true), async () => db.freeze(false)));
  // Health probe while frozen: answers in time on its own connection.
  db.freeze(true);
  const started = Date.now();
  const answered = await probeDatabase(1_000, db.appUrl);
  const probeMs = Date.now() - started;
  db.freeze(false);
  rows.push({ scenario: "health probe, database frozen", lost: 0, duplicated: 0, orphaned: 0, hung: probeMs > 2_000 ? 1 : 0, note: `answered ${answered ? "up" : "down"} in ${probeMs} ms`, ok: !answered && probeMs <= 2_000 });
  return rows;
}
