import { prisma } from "@/lib/db/client";
import { dbTimeouts } from "@/lib/db/timeouts";
import { probeDatabase } from "@/lib/db/probe";
import { processOutboxBatch } from "@/lib/notify/worker";
import { enqueueReceipt, mailerFor } from "../../tests/support/outbox";
import { header, startSmtp } from "../../tests/support/smtp";
import { freePort } from "../../tests/support/test-postgres";
import { sleep, type FaultDatabase, type FaultRow } from "./harness";
import { drainOutbox, setAsideEarlierRows } from "./outbox-drain";

// Traffic while the database is stopped and started again, or frozen: 4 loops writing a mandatory
// e-mail (a transaction: notification + outbox row) and reading, the way a request does. A call
// is "hung" when it takes longer than the statement timeout plus the client's grace, twice (a
// transaction's statement and its rollback may each wait that long); "lost" is a write that was
// acknowledged but is not in the database afterwards, or an e-mail never delivered.

type Call = { ms: number; ok: boolean };

// Each lane writes at most one e-mail per WRITE_EVERY_MS and reads in between, as fast as it can.
// Unthrottled, a quiet machine queued 800 e-mails in 11 s: all stored, but more than the drain
// afterwards could deliver within its old fixed deadline, which is how this scenario once reported
// hundreds of "lost" e-mails that were merely still queued (scripts/faults/outbox-drain.ts). What
// matters is a write in flight when the fault strikes, which the reads' pace does not change.
const WRITE_EVERY_MS = 150;

async function traffic(userId: string, durationMs: number, acknowledged: string[]): Promise<Call[]> {
  const calls: Call[] = [];
  const until = Date.now() + durationMs;
  let n = 0;
  const loop = async (lane: number) => {
    let nextWrite = Date.now();
    while (Date.now() < until) {
      const started = Date.now();
      const writes = started >= nextWrite;
      if (writes) nextWrite = started + WRITE_EVERY_MS;
      try {
        // "Acknowledged" = the transaction that queued it answered success, as a request would.
        if (writes) acknowledged.push(await enqueueReceipt(userId, `EC-2026-8${lane}${String(n++).padStart(4, "0")}`));
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

/** Delivers the acknowledged e-mails once the database is back: lost = never received. */
async function deliverAll(ids: string[]): Promise<{ lost: number; duplicated: number; pending: number; waitedMs: number }> {
  const smtp = await startSmtp(await freePort());
  const mailer = mailerFor(smtp.port);
  const { pending, waitedMs } = await drainOutbox(ids, () => processOutboxBatch({ mailer, batchSize: 50 }));
  mailer.close();
  await smtp.close();
  const received = smtp.messages.map((m) => /<([^@>]+)@/.exec(header(m.raw, "Message-ID"))?.[1] ?? "").filter((id) => ids.includes(id));
  const unique = new Set(received);
  return { lost: ids.filter((id) => !unique.has(id)).length, duplicated: received.length - unique.size, pending, waitedMs };
}

async function scenario(db: FaultDatabase, name: string, fault: () => Promise<void>, heal: () => Promise<void>): Promise<FaultRow> {
  await setAsideEarlierRows();
  const user = await prisma.user.create({
    data: { email: `db-${Date.now()}@faults.example`, name: "DB fault", role: "APPLICANT", passwordHash: "!unusable" },
  });
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
  const recovered = await prisma.outbox.count().then(
    () => true,
    () => false,
  );
  const stored = await prisma.outbox.count({ where: { id: { in: acknowledged } } });
  const delivery = await deliverAll(acknowledged);
  // An acknowledged e-mail is lost if its row is gone, or if it never reaches the relay.
  const lost = Math.max(acknowledged.length - stored, delivery.lost);
  const slowest = Math.max(...calls.map((c) => c.ms));
  return {
    scenario: name,
    lost,
    duplicated: delivery.duplicated,
    orphaned: 0,
    hung,
    note: `${calls.length} calls, ${failedDuring} failed fast, slowest ${(slowest / 1000).toFixed(1)} s (limit ${(limit / 1000).toFixed(0)} s); ${recovered ? "recovered" : "NOT recovered"}; ${acknowledged.length} acknowledged e-mails, ${stored} stored, ${acknowledged.length - delivery.lost} delivered in ${(delivery.waitedMs / 1000).toFixed(0)} s${delivery.pending ? ` (${delivery.pending} stuck PENDING)` : ""}`,
    ok: lost === 0 && hung === 0 && recovered && delivery.duplicated === 0,
  };
}

export async function databaseScenarios(db: FaultDatabase): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  // Public service pages while the database is stopped: fees and dates from the catalog's values.
  {
    const { loadApplicantReferenceData } = await import("@/lib/admin/data/applicant-reference-data");
    await db.stop();
    const started = Date.now();
    const reference = await loadApplicantReferenceData().catch(() => null);
    const ms = Date.now() - started;
    await db.restart();
    const ok = Boolean(reference && reference.mrpRates.length > 0 && reference.calendar.length > 0);
    rows.push({
      scenario: "service page data, database stopped",
      lost: 0,
      duplicated: 0,
      orphaned: 0,
      hung: ms > dbTimeouts().clientQueryMs ? 1 : 0,
      note: `${ok ? "published MRP and holidays served" : "FAILED"} in ${ms} ms`,
      ok,
    });
  }
  rows.push(
    await scenario(
      db,
      "database stopped 6 s and restarted",
      () => db.stop(),
      () => db.restart(),
    ),
  );
  rows.push(
    await scenario(
      db,
      "database frozen 6 s (SIGSTOP)",
      async () => db.freeze(true),
      async () => db.freeze(false),
    ),
  );
  // Health probe while frozen: answers in time on its own connection.
  db.freeze(true);
  const started = Date.now();
  const answered = await probeDatabase(1_000, db.appUrl);
  const probeMs = Date.now() - started;
  db.freeze(false);
  rows.push({
    scenario: "health probe, database frozen",
    lost: 0,
    duplicated: 0,
    orphaned: 0,
    hung: probeMs > 2_000 ? 1 : 0,
    note: `answered ${answered ? "up" : "down"} in ${probeMs} ms`,
    ok: !answered && probeMs <= 2_000,
  });
  return rows;
}
