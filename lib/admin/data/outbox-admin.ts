import { prisma } from "@/lib/db/client";
import { logEvent } from "@/lib/log/log-event";
import { DEFAULTS as WORKER_DEFAULTS } from "@/lib/notify/worker";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { AdminError } from "@/lib/admin/errors";

// E-mails that need a person (issue 20): FAILED ones (a permanent refusal, or temporary failures
// for longer than the retry window) and ones still pending long after they were written (the
// relay is down, or no worker runs). Administrators see the last error and may send one again;
// each retry is audited.

/** A pending e-mail older than this is shown: the worker normally sends within seconds. */
export const LONG_PENDING_MS = 15 * 60_000;

export type OutboxProblem = {
  id: string;
  kind: string;
  toEmail: string;
  status: "PENDING" | "FAILED";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
};

export async function listOutboxProblems(actor: CurrentUser, now = new Date(), limit = 200): Promise<OutboxProblem[]> {
  assertRole(actor, ["ADMIN"]);
  const rows = await prisma.outbox.findMany({
    where: {
      OR: [{ status: "FAILED" }, { status: "PENDING", createdAt: { lt: new Date(now.getTime() - LONG_PENDING_MS) } }],
    },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      toEmail: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
    },
  });
  return rows as OutboxProblem[];
}

/**
 * Puts the e-mail back in the queue for the next worker round, with a fresh retry window. The
 * same outbox id (and so the same Message-ID) is kept: a receiving server that did get it before
 * can tell it is the same message. Refused with AdminError NOT_FOUND, ALREADY_SENT or IN_PROGRESS.
 */
export async function retryOutboxMessage(actor: CurrentUser, id: string, now = new Date()): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const row = await tx.outbox.findUnique({
      where: { id },
      select: { status: true, attempts: true, lastError: true, kind: true, lastAttemptAt: true },
    });
    if (!row) throw new AdminError("NOT_FOUND");
    if (row.status === "SENT") throw new AdminError("ALREADY_SENT");
    // A worker may be sending it right now (its lease is 5 minutes): a second send would duplicate it.
    if (row.status === "PENDING" && row.lastAttemptAt && now.getTime() - row.lastAttemptAt.getTime() < WORKER_DEFAULTS.leaseMs)
      throw new AdminError("IN_PROGRESS");
    // Conditional on the status read above, so a worker's concurrent "SENT" is never undone.
    const changed = await tx.outbox.updateMany({
      where: { id, status: row.status, attempts: row.attempts },
      data: { status: "PENDING", nextAttemptAt: now, firstFailedAt: null },
    });
    if (changed.count === 0) throw new AdminError("IN_PROGRESS");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "RETRY_EMAIL",
        entityType: "Outbox",
        entityId: id,
        fromStatus: row.status,
        toStatus: "PENDING",
        details: { kind: row.kind, attempts: row.attempts, lastError: row.lastError },
      },
    });
    logEvent("info", "outbox.retry_requested", { outboxId: id, actorId: actor.id, fromStatus: row.status });
  });
}
