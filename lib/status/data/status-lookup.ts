import { prisma } from "@/lib/db/client";
import { consumeThrottle } from "@/lib/auth/data/throttles";
import type { StatusAnswer } from "@/lib/status/status-schema";

// The status check without signing in (issue 17): an application's reference plus the passport
// number of one person on it gives the status, the next step and the due date, nothing else (no
// names, no documents). Not scoped by a user: the pair is the proof. Throttled per address.

const NOT_FOUND: StatusAnswer = { found: false, status: null, nextStep: null, dueOn: null };

/**
 * Counts this attempt and says whether the address is still within the limit (LIMITS.statusLookup,
 * 20 per 15 minutes), in the one atomic statement of the shared throttle, so that parallel
 * requests cannot all pass a check made before any of them was counted.
 */
export async function consumeStatusLookup(address: string): Promise<boolean> {
  return (await consumeThrottle("statusLookup", address)).allowed;
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
