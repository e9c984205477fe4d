import { prisma as defaultDb, type Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/routing";
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from "./backoff";
import type { OutboxEnvelope } from "./enqueue";
import { parseNotification } from "./kinds";
import type { Mailer, OutgoingEmail } from "./mailer";
import { renderEmail } from "./render-email";

// The outbox sender (docs/decisions/005-outbox-notifications.md). Each row is claimed with a
// lease: one statement locks due rows with FOR UPDATE SKIP LOCKED (so concurrent workers take
// different rows), counts the attempt and pushes nextAttemptAt past the lease, then commits. The
// e-mail is sent outside any transaction (no row lock or connection held during SMTP), and the
// row is marked SENT afterwards. A worker that dies after claiming leaves the row to be claimed
// again when the lease ends; one that dies after sending but before marking causes a duplicate
// (at-least-once), which the stable Message-ID lets mail systems recognise.

export type OutboxWorkerOptions = {
  mailer: Mailer;
  db?: Db;
  batchSize?: number;
  /** How long a claimed row is reserved for this worker; far longer than the SMTP timeouts. */
  leaseMs?: number;
  /** After this many tries the row is FAILED and left for a person to look at. */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  now?: () => Date;
  random?: () => number;
  /** Origin of the links in e-mails (default APP_URL). */
  origin?: string;
  /** Checked before each message: once true, the rest of the batch is handed back at once. */
  shouldStop?: () => boolean;
};

export type BatchResult = { claimed: number; sent: number; retried: number; failed: number };

export const DEFAULTS = { batchSize: 20, leaseMs: 5 * 60_000, maxAttempts: 8 } as const;

type ClaimedRow = { id: string; kind: string; toEmail: string; locale: string; payload: unknown; attempts: number };

// Timestamps are "timestamp without time zone" holding UTC (Prisma's convention): parameters are
// converted explicitly so the session's TimeZone setting cannot shift them.
const utc = (date: Date) => date.toISOString();

async function claimBatch(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id FROM "Outbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Outbox" AS o
    SET attempts = o.attempts + 1, "nextAttemptAt" = (${utc(leaseUntil)}::timestamptz AT TIME ZONE 'UTC')
    FROM due
    WHERE o.id = due.id
    RETURNING o.id, o.kind, o."toEmail", o.locale, o.payload, o.attempts`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}

/** The e-mail for a claimed row; throws if its payload no longer matches its kind. */
function renderRow(row: ClaimedRow, options: OutboxWorkerOptions): OutgoingEmail {
  const envelope = row.payload as OutboxEnvelope;
  const notification = parseNotification(row.kind, envelope.payload);
  const locale = isLocale(row.locale) ? row.locale : "en";
  const email = renderEmail(notification, { locale, recipientName: envelope.recipientName, origin: options.origin });
  return { ...email, id: row.id, to: row.toEmail, kind: row.kind };
}

/** Claims one batch of due messages and tries to send each once. */
export async function processOutboxBatch(options: OutboxWorkerOptions): Promise<BatchResult> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts;
  const started = now();
  const rows = await claimBatch(db, started, new Date(started.getTime() + (options.leaseMs ?? DEFAULTS.leaseMs)), batchSize);
  const result: BatchResult = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  // Fenced on attempts: if our lease ran out and another worker holds the row now, leave it alone.
  const markUnsent = (row: ClaimedRow, error: unknown, isFinal: boolean) =>
    db.outbox.updateMany({
      where: { id: row.id, status: "PENDING", attempts: row.attempts },
      data: {
        status: isFinal ? "FAILED" : "PENDING",
        lastError: errorText(error),
        nextAttemptAt: new Date(now().getTime() + retryDelayMs(row.attempts, options.backoff ?? DEFAULT_BACKOFF, options.random)),
      },
    });
  for (const [index, row] of rows.entries()) {
    if (options.shouldStop?.()) {
      // Shutting down: the message in hand was finished; give the others back now rather than
      // after the lease, without counting an attempt (fenced on attempts like markUnsent).
      for (const rest of rows.slice(index)) {
        await db.outbox.updateMany({
          where: { id: rest.id, status: "PENDING", attempts: rest.attempts },
          data: { attempts: { decrement: 1 }, nextAttemptAt: now() },
        });
      }
      break;
    }
    let email: OutgoingEmail;
    try {
      email = renderRow(row, options);
    } catch (error) {
      // Retrying cannot fix a malformed payload: fail it now, keeping the error for a person.
      await markUnsent(row, error, true);
      result.failed++;
      continue;
    }
    try {
      await options.mailer.send(email);
    } catch (error) {
      const isFinal = row.attempts >= maxAttempts;
      await markUnsent(row, error, isFinal);
      if (isFinal) result.failed++;
      else result.retried++;
      continue;
    }
    await db.outbox.updateMany({ where: { id: row.id, status: "PENDING" }, data: { status: "SENT", sentAt: now(), lastError: null } });
    result.sent++;
  }
  return result;
}

export type RunningWorker = { stop(): Promise<void> };

/**
 * Polls the outbox until stopped: a full batch is followed at once by the next, otherwise it
 * waits `pollMs`. stop() lets the message being sent finish and hands the rest of the batch back.
 */
export function startOutboxWorker(
  options: OutboxWorkerOptions & { pollMs?: number; onError?: (error: unknown) => void; onBatch?: (result: BatchResult, durationMs: number) => void },
): RunningWorker {
  const pollMs = options.pollMs ?? 5_000;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
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
        const started = Date.now();
        const result = await processOutboxBatch({ ...options, shouldStop: () => isStopping });
        claimed = result.claimed;
        options.onBatch?.(result, Date.now() - started);
      } catch (error) {
        // The database may be briefly unreachable; the next round tries again.
        options.onError?.(error);
      }
      if (!isStopping && claimed < batchSize) await sleep(pollMs);
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
