import { subMinutes } from "date-fns";
import { prisma } from "@/lib/db/client";
import type { StatusAnswer } from "@/lib/status/status-schema";

// The status check without signing in (issue 17): an application's reference plus the passport
// number of one person on it gives the status, the next step and the due date, nothing else (no
// names, no documents). Not scoped by a user: the pair is the proof. Throttled per address.

export const STATUS_LOOKUP_WINDOW_MINUTES = 15;
export const MAX_STATUS_LOOKUPS_PER_ADDRESS = 20;

const NOT_FOUND: StatusAnswer = { found: false, status: null, nextStep: null, dueOn: null };

/**
 * Counts this attempt and says whether the address is still within the limit, in one locked step,
 * so that parallel requests cannot all pass a check made before any of them was counted. A small
 * DB-backed counter (LoginAttempt rows keyed "status:<address>") until a shared throttle exists.
 */
export async function consumeStatusLookup(address: string | null, now = new Date()): Promise<boolean> {
  const key = `status:${address ?? "direct"}`;
  const since = subMinutes(now, STATUS_LOOKUP_WINDOW_MINUTES);
  // Under READ COMMITTED two parallel statements would not see each other's rows: the
  // transaction-level advisory lock on the key makes count-and-insert one step per address.
  const [row] = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    // Rows older than the window count for nothing: drop them so the table stays small.
    await tx.$executeRaw`DELETE FROM "LoginAttempt" WHERE "key" = ${key} AND "createdAt" < (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
    return tx.$queryRaw<{ count: number }[]>`
      WITH inserted AS (
        INSERT INTO "LoginAttempt" ("key", "createdAt") VALUES (${key}, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')) RETURNING 1
      )
      SELECT ((SELECT count(*) FROM "LoginAttempt" WHERE "key" = ${key} AND "createdAt" >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC'))
        + (SELECT count(*) FROM inserted))::int AS "count"`;
    // A burst from one address queues on the lock for milliseconds each; give the queue room.
  }, { maxWait: 10_000, timeout: 10_000 });
  return row.count <= MAX_STATUS_LOOKUPS_PER_ADDRESS;
}

/** The answer for a reference and passport number; the same shape when they match nothing. */
export async function lookUpApplicationStatus(reference: string, passportNumber: string): Promise<StatusAnswer> {
  const rows = await prisma.$queryRaw<{ status: string; dueDate: Date | null; changesDueOn: Date | null }[]>`
    SELECT a."status"::text AS "status", a."dueDate", a."changesDueOn"
    FROM "Application" a
    WHERE a."number" = ${reference} AND a."status" <> 'DRAFT'
      AND (
        EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a."peopleSnapshot") = 'array' THEN a."peopleSnapshot" ELSE '[]'::jsonb END) p
                WHERE upper(p->>'passportNumber') = ${passportNumber})
        OR EXISTS (SELECT 1 FROM "ApplicationPerson" ap JOIN "Person" pe ON pe."id" = ap."personId"
                   WHERE ap."applicationId" = a."id" AND upper(pe."passportNumber") = ${passportNumber})
      )
    LIMIT 1`;
  const row = rows[0];
  if (!row) return NOT_FOUND;
  const due = row.status === "CHANGES_REQUESTED" ? row.changesDueOn : row.status === "IN_PROCESSING" ? row.dueDate : null;
  return { found: true, status: row.status, nextStep: row.status, dueOn: due ? due.toISOString().slice(0, 10) : null };
}
