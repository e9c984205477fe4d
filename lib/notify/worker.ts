import { prisma as defaultDb, type Db } from "@/lib/db/client";
import { isLocale } from "@/lib/kernel/locales";
import { errorText, logEvent } from "@/lib/log/log-event";
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from "./backoff";
import { classifySendError, type SendFailure } from "./classify-send-error";
import type { OutboxEnvelope } from "@/lib/outbox/enqueue";
import { parseNotification } from "@/lib/outbox/kinds";
import type { Mailer, OutgoingEmail } from "./mailer";
import { renderEmail } from "./render-email";

// The outbox sender (docs/decisions/005-outbox-notifications.md). Messages are claimed ONE AT A
// TIME, each with its own lease, just before it is sent: one statement locks the next due row
// with FOR UPDATE SKIP LOCKED (so concurrent workers take different rows), counts the attempt
// and pushes nextAttemptAt past the lease, then commits. So no row waits under a lease while
// others are sent, and a crash holds back only the message in flight (issue 20: a batch lease
// let rows late in a slow batch expire while still queued and be sent twice). The e-mail is sent
// outside any transaction and the row marked SENT afterwards: at-least-once, with duplicates only
// when a crash falls between the SMTP server's acceptance and that update (stable Message-ID).
//
// Failures: a 5xx for the recipient or message is final (FAILED at once); anything else is
// retried with capped back-off for `retryWindowMs` (72 h) from the first failure of the run,
// then FAILED. FAILED rows stay for an administrator, who can retry them (lib/admin/data/outbox-admin.ts).

export type OutboxWorkerOptions = {
  mailer: Mailer;
  db?: Db;
  /** Messages tried per round before the loop looks again (and sleeps if there were fewer). */
  batchSize?: number;
  /** How long a claimed row is reserved for this worker; far longer than the SMTP timeouts. */
  leaseMs?: number;
  /** How long temporary failures are retried, from the first failure, before the row is FAILED. */
  retryWindowMs?: number;
  backoff?: BackoffPolicy;
  now?: () => Date;
  random?: () => number;
  /** Origin of the links in e-mails (default APP_URL). */
  origin?: string;
  /** Checked before each claim: once true, no further message is taken (shutting down). */
  shouldStop?: () => boolean;
};

export type BatchResult = { claimed: number; sent: number; retried: number; failed: number };

export const DEFAULTS = { batchSize: 20, leaseMs: 5 * 60_000, retryWindowMs: 72 * 60 * 60_000 } as const;

/** NOTIFY_RETRY_HOURS overrides the 72-hour retry window (at least 1 hour). */
export function configuredRetryWindowMs(): number {
  const hours = Number(process.env.NOTIFY_RETRY_HOURS);
  return Number.isFinite(hours) && hours >= 1 ? hours * 60 * 60_000 : DEFAULTS.retryWindowMs;
}

type ClaimedRow = {
  id: string;
  kind: string;
  toEmail: string;
  locale: string;
  payload: unknown;
  attempts: number;
  firstFailedAt: Date | null;
};

// Timestamps are "timestamp without time zone" holding UTC (Prisma's convention): parameters are
// converted explicitly so the session's TimeZone setting cannot shift them.
const utc = (date: Date) => date.toISOString();

async function claimNext(db: Db, now: Date, leaseUntil: Date): Promise<ClaimedRow | null> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Outbox" AS o
    SET attempts = o.attempts + 1,
        "nextAttemptAt" = (${utc(leaseUntil)}::timestamptz AT TIME ZONE 'UTC'),
        "lastAttemptAt" = (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
    FROM due
    WHERE o.id = due.id
    RETURNING o.id, o.kind, o."toEmail", o.locale, o.payload, o.attempts, o."firstFailedAt"`;
  return rows[0] ?? null;
}

/** The e-mail for a claimed row; throws if its payload no longer matches its kind. */
function renderRow(row: ClaimedRow, options: OutboxWorkerOptions): OutgoingEmail {
  const envelope = row.payload as OutboxEnvelope;
  const notification = parseNotification(row.kind, envelope.payload);
  const locale = isLocale(row.locale) ? row.locale : "en";
  const email = renderEmail(notification, { locale, recipientName: envelope.recipientName, origin: options.origin });
  return { ...email, id: row.id, to: row.toEmail, kind: row.kind };
}

type Outcome = "sent" | "retried" | "failed";

async function recordFailure(
  db: Db,
  row: ClaimedRow,
  error: unknown,
  failure: SendFailure,
  options: OutboxWorkerOptions,
): Promise<Outcome> {
  const now = (options.now ?? (() => new Date()))();
  const firstFailedAt = row.firstFailedAt ?? now;
  const windowMs = options.retryWindowMs ?? DEFAULTS.retryWindowMs;
  const windowOver = now.getTime() - firstFailedAt.getTime() >= windowMs;
  const isFinal = failure.permanent || windowOver;
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts, options.backoff ?? DEFAULT_BACKOFF, options.random));
  const reason = failure.permanent ? "permanent" : windowOver ? `gave up after ${Math.round(windowMs / 3_600_000)} h` : "temporary";
  const lastError = `${reason}${failure.smtpCode ? ` (${failure.smtpCode} at ${failure.command})` : ""}: ${errorText(error, 900)}`;
  // Fenced on attempts: if our lease ran out and another worker holds the row now, leave it alone.
  await db.outbox.updateMany({
    where: { id: row.id, status: "PENDING", attempts: row.attempts },
    data: { status: isFinal ? "FAILED" : "PENDING", lastError, firstFailedAt, nextAttemptAt },
  });
  logEvent("warn", isFinal ? "outbox.failed" : "outbox.retry_scheduled", {
    outboxId: row.id,
    kind: row.kind,
    attempt: row.attempts,
    permanent: failure.permanent,
    smtpCode: failure.smtpCode,
    smtpCommand: failure.command,
    nextAttemptAt: isFinal ? null : nextAttemptAt.toISOString(),
    failingSince: firstFailedAt.toISOString(),
    error: errorText(error, 300),
  });
  return isFinal ? "failed" : "retried";
}

async function deliver(db: Db, row: ClaimedRow, options: OutboxWorkerOptions): Promise<Outcome> {
  let email: OutgoingEmail;
  try {
    email = renderRow(row, options);
  } catch (error) {
    // Retrying cannot fix a malformed payload: fail it now, keeping the error for a person.
    return recordFailure(db, row, error, { permanent: true, smtpCode: null, command: "RENDER" }, options);
  }
  try {
    await options.mailer.send(email);
  } catch (error) {
    return recordFailure(db, row, error, classifySendError(error), options);
  }
  const now = options.now ?? (() => new Date());
  await db.outbox.updateMany({
    where: { id: row.id, status: "PENDING" },
    data: { status: "SENT", sentAt: now(), lastError: null, firstFailedAt: null },
  });
  return "sent";
}

/** Claims and tries up to `batchSize` due messages, one lease per message. */
export async function processOutboxBatch(options: OutboxWorkerOptions): Promise<BatchResult> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs;
  const result: BatchResult = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  while (result.claimed < batchSize && !options.shouldStop?.()) {
    const started = now();
    const row = await claimNext(db, started, new Date(started.getTime() + leaseMs));
    if (!row) break;
    result.claimed++;
    result[await deliver(db, row, options)]++;
  }
  return result;
}

export type RunningWorker = { stop(): Promise<void> };

/**
 * Polls the outbox until stopped: each due message is sent as soon as the previous one is done;
 * when none is due it waits `pollMs`. stop() lets the message in hand finish (it would otherwise wait out its lease).
 */
export function startOutboxWorker(
  options: OutboxWorkerOptions & {
    pollMs?: number;
    onError?: (error: unknown) => void;
    onBatch?: (result: BatchResult, durationMs: number) => void;
  },
): RunningWorker {
  const pollMs = options.pollMs ?? 5_000;
  let isStopping = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref?.();
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    while (!isStopping) {
      let claimed = 0;
      try {
        // One message per round, so that stop() waits for one send at most.
        const started = Date.now();
        const result = await processOutboxBatch({ ...options, batchSize: 1, shouldStop: () => isStopping });
        claimed = result.claimed;
        options.onBatch?.(result, Date.now() - started);
      } catch (error) {
        // The database may be briefly unreachable; the next round tries again.
        options.onError?.(error);
      }
      if (!isStopping && claimed === 0) await sleep(pollMs);
    }
  })();
  return {
    async stop() {
      isStopping = true;
      wake?.();
      await loop;
    },
  };
}
