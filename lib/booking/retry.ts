import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { WorkflowError } from "@/lib/workflow/errors";
import { BookingError } from "./errors";

type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 5;
// 50 people pressing "Book" together queue for the pool's connections: wait for one rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/** Thrown inside a booking transaction to roll it back and run it again from the start. */
export class RetryTransaction extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RetryTransaction";
  }
}

type DriverCause = { originalCode?: unknown; kind?: unknown };

// Prisma reports the same PostgreSQL error differently by path: P2034 from model queries,
// P2010 with the driver adapter's cause from raw queries (seen with adapter-pg 7.10).
function codesOf(error: unknown): string[] {
  const e = error as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: DriverCause } }; cause?: DriverCause };
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  return [e?.code, e?.meta?.code, cause?.originalCode, cause?.kind].filter((c): c is string => typeof c === "string");
}

/**
 * Serialization failures and deadlocks (PostgreSQL 40001/40P01, which Prisma reports as P2034)
 * mean "nothing was written, try again"; so does a lost optimistic-concurrency race.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof RetryTransaction) return true;
  if (error instanceof WorkflowError) return error.code === "CONFLICT";
  return codesOf(error).some((code) => ["P2034", "40001", "40P01", "TransactionWriteConflict"].includes(code));
}

/** The unique index that a failed insert hit, if it was a unique violation. */
export function violatedUniqueIndex(error: unknown): string | null {
  const e = error as { code?: string; meta?: unknown; message?: string };
  if (e?.code !== "P2002" && !codesOf(error).includes("23505")) return null;
  return JSON.stringify(e.meta ?? {}) + (e.message ?? "");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one transaction, again from the start (with a jittered back-off) when the
 * database reports a conflict. Every attempt is all-or-nothing, so a retry never doubles a write.
 */
export async function inBookingTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, TRANSACTION_OPTIONS);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new BookingError("BUSY", "The booking kept conflicting; try again");
      // Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): spreads the retries out.
      await sleep(Math.random() * 20 * 2 ** attempt);
    }
  }
}
