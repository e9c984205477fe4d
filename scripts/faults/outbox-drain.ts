import { prisma } from "@/lib/db/client";

// How a scenario waits for its e-mails. It used to stop at a fixed deadline (20 or 60 s) and count
// whatever was still PENDING then as lost: on a quiet machine the traffic loops queued 400–800
// e-mails, more than one worker delivers in 60 s, and the rows still waiting their turn were
// reported as "acknowledged e-mails lost" although every one was stored and went out a few seconds
// later. Now a scenario waits for as long as its rows keep moving, and only a row that stays
// PENDING while nothing moves for `stallMs` is left undelivered (and reported lost).

export type DrainResult = { pending: number; waitedMs: number };

/** Runs `tick` until none of `ids` is PENDING, or none has left PENDING for `stallMs`, or `capMs` passed. */
export async function drainOutbox(
  ids: string[],
  tick: () => Promise<unknown>,
  options: { stallMs?: number; capMs?: number } = {},
): Promise<DrainResult> {
  const { stallMs = 30_000, capMs = 10 * 60_000 } = options;
  const started = Date.now();
  const pendingNow = () => prisma.outbox.count({ where: { id: { in: ids }, status: "PENDING" } });
  let pending = await pendingNow();
  let movedAt = Date.now();
  while (pending > 0 && Date.now() - movedAt < stallMs && Date.now() - started < capMs) {
    await tick();
    const now = await pendingNow();
    if (now < pending) movedAt = Date.now();
    pending = now;
  }
  return { pending, waitedMs: Date.now() - started };
}

/**
 * A scenario's worker claims every due row, not only its own: rows an earlier scenario left
 * PENDING would compete with this scenario's rows and use up its time (how "SMTP down 70 h" once
 * reported 3 of its 4 e-mails lost: they were still PENDING behind 400 rows of the database
 * scenarios). Those rows are set aside (FAILED, with a note) so each scenario measures only itself;
 * the scenario that left them has already counted them.
 */
export async function setAsideEarlierRows(): Promise<number> {
  const { count } = await prisma.outbox.updateMany({
    where: { status: "PENDING" },
    data: { status: "FAILED", lastError: "set aside by the fault suite: left PENDING by an earlier scenario" },
  });
  return count;
}
