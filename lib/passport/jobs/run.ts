import { prisma as defaultDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logFor } from "@/lib/log/logger";
import { storage } from "@/lib/storage";
import type { PassportReading } from "../read-passport";

// The passport-reading job. Like the outbox (docs/decisions/005), a row is claimed with a lease in
// one statement (FOR UPDATE SKIP LOCKED: concurrent workers take different rows), read outside any
// transaction, then written back. A worker that dies mid-read leaves the row to be claimed again
// when the lease ends; after MAX_ATTEMPTS the scan is recorded as not readable, never as an error
// shown to anyone: staff compare by eye as they did before.

export const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 3;

type Claimed = { id: string; storageKey: string; mimeType: string; attempts: number };
type Reader = (data: Buffer, mimeType: string) => Promise<PassportReading>;

const utc = (date: Date) => date.toISOString();

async function claimOne(db: Db, now: Date): Promise<Claimed | null> {
  const rows = await db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT id FROM "PassportScan"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "PassportScan" AS s
    SET attempts = s.attempts + 1, "nextAttemptAt" = (${utc(new Date(now.getTime() + LEASE_MS))}::timestamptz AT TIME ZONE 'UTC')
    FROM due WHERE s.id = due.id
    RETURNING s.id, s."storageKey", s."mimeType", s.attempts`;
  return rows[0] ?? null;
}

async function readStored(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage().get(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function defaultReader(data: Buffer, mimeType: string): Promise<PassportReading> {
  // Loaded on first use: the OCR engine and canvas are heavy and most processes never read a scan.
  const { readPassportScan } = await import("../read-passport");
  return readPassportScan(data, mimeType);
}

/** Reads due scans one by one until none is left; returns how many were finished. */
export async function runPassportScanJobs(options: { db?: Db; read?: Reader; now?: () => Date; limit?: number } = {}): Promise<number> {
  const db = options.db ?? defaultDb;
  const read = options.read ?? defaultReader;
  const now = options.now ?? (() => new Date());
  let finished = 0;
  for (let i = 0; i < (options.limit ?? 20); i++) {
    const scan = await claimOne(db, now());
    if (!scan) break;
    try {
      const reading = await read(await readStored(scan.storageKey), scan.mimeType);
      const data: Prisma.PassportScanUpdateInput =
        reading.status === "READ"
          ? {
              status: "READ",
              result: reading.mrz as unknown as Prisma.InputJsonValue,
              confidence: reading.confidence,
              durationMs: reading.durationMs,
              readAt: now(),
              lastError: null,
            }
          : { status: "NOT_READABLE", result: { reason: reading.reason }, durationMs: reading.durationMs, readAt: now(), lastError: null };
      await db.passportScan.update({ where: { id: scan.id }, data });
      logFor("passport").info(
        { job: "passport", scanId: scan.id, status: reading.status, durationMs: reading.durationMs },
        "passport scan read",
      );
      finished++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = scan.attempts >= MAX_ATTEMPTS;
      await db.passportScan.update({
        where: { id: scan.id },
        data: giveUp
          ? { status: "NOT_READABLE", result: { reason: "FAILED" }, readAt: now(), lastError: message }
          : { lastError: message, nextAttemptAt: new Date(now().getTime() + 30_000 * scan.attempts) },
      });
      if (giveUp) finished++;
    }
  }
  return finished;
}
