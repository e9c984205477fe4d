import { Prisma } from "@/lib/db/generated/client";
import type { QueueCursor } from "@/lib/review/queue-cursor";
import { escapeLike, parseSearchTerm, statusesOf, type QueueFilters } from "@/lib/review/queue-params";
import { QUEUE_STATUSES, ranksOf } from "@/lib/review/queue-order";

// The queue's ordering as SQL (lib/review/queue-order.ts explains the ranks). These two
// expressions must stay character-for-character equivalent to the ones of the expression index
// "custom_application_queue_order" (migration *_staff_queue): the planner uses that index only
// for an ORDER BY it recognises, and tests/integration/staff-queue-plan.test.ts checks it does.
// The sort key is numeric epoch seconds: ascending for open work, negated for finished
// applications so that the most recent comes first.
export const RANK_SQL = Prisma.sql`(CASE a."status"
  WHEN 'SUBMITTED' THEN 0 WHEN 'IN_REVIEW' THEN 0
  WHEN 'IN_PROCESSING' THEN 1
  WHEN 'DOCUMENTS_APPROVED' THEN 2 WHEN 'APPOINTMENT_BOOKED' THEN 2
  WHEN 'CHANGES_REQUESTED' THEN 3
  WHEN 'DRAFT' THEN 9
  ELSE 4 END)`;

export const KEY_SQL = Prisma.sql`(CASE
  WHEN a."status" IN ('COMPLETED', 'REJECTED', 'WITHDRAWN') THEN -EXTRACT(EPOCH FROM a."statusChangedAt")
  WHEN a."status" = 'IN_PROCESSING' THEN EXTRACT(EPOCH FROM COALESCE(a."dueDate"::timestamp, a."statusChangedAt"))
  ELSE EXTRACT(EPOCH FROM a."statusChangedAt") END)`;

/** The principal's name as filed (people snapshot), else the first person's. */
const PRINCIPAL_NAME_SQL = Prisma.sql`(SELECT p->>'fullName'
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(a."peopleSnapshot") = 'array' THEN a."peopleSnapshot" ELSE '[]'::jsonb END) p
  ORDER BY (p->>'isPrincipal') = 'true' DESC LIMIT 1)`;

function searchCondition(q: string): Prisma.Sql | null {
  const term = parseSearchTerm(q);
  if (term.kind === "none") return null;
  if (term.kind === "number") return Prisma.sql`a."number" = ${term.number}`;
  const contains = `%${escapeLike(term.text)}%`;
  // "searchText" is the application's own copy of its company's name and its people's names
  // (kept by triggers, migration *_queue_search_summary). Being a column of the sorted row, the
  // planner can either walk the ordering index and test each row (a common name: "smith" fills a
  // page within a few hundred rows) or read its trigram index and sort the few matches.
  const names = Prisma.sql`a."searchText" ILIKE ${contains}`;
  if (!/\d/.test(term.text)) return names;
  // A term with a digit may also be an identifier. Identifiers share most trigrams, so each is
  // matched through its own b-tree (passport exactly, BIN by prefix) and the few matching
  // applications are named by a union, then read by primary key.
  const branches = [
    Prisma.sql`SELECT a1."id" FROM "Application" a1 WHERE a1."searchText" ILIKE ${contains}`,
    Prisma.sql`SELECT ap."applicationId" FROM "ApplicationPerson" ap JOIN "Person" pe ON pe."id" = ap."personId"
               WHERE pe."passportNumber" = ${term.upper}`,
  ];
  if (term.digits) {
    branches.push(
      Prisma.sql`SELECT a2."id" FROM "Application" a2 JOIN "Company" c2 ON c2."id" = a2."companyId" WHERE c2."bin" LIKE ${`${term.digits}%`}`,
    );
  }
  // Part of an application number ("EC-2026-0001", "000123"): numbers have no trigram index,
  // so this branch is added only when the text could be one.
  if (/^(EC-?)?[\d-]*\d[\d-]*$/i.test(term.text)) {
    branches.push(Prisma.sql`SELECT a3."id" FROM "Application" a3 WHERE a3."number" LIKE ${`%${escapeLike(term.upper)}%`}`);
  }
  return Prisma.sql`a."id" IN (${Prisma.join(branches, " UNION ")})`;
}

export type QueueSqlInput = { filters: QueueFilters; cursor: QueueCursor | null; actorId: string; today: string; limit: number };

export function queueConditions({ filters, cursor, actorId, today }: QueueSqlInput): Prisma.Sql {
  const statuses = statusesOf(filters);
  const ranks = ranksOf(statuses);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`a."status" <> 'DRAFT'`,
    // The rank range bounds the part of the ordering index that is read (drafts are rank 9, out
    // of it); no status selected (overdue among finished ones, say) gives the empty range 0..-1.
    Prisma.sql`${RANK_SQL} BETWEEN ${ranks.length ? Math.min(...ranks) : 0} AND ${ranks.length ? Math.max(...ranks) : -1}`,
  ];
  // Needed only when the range takes in statuses that were not asked for.
  if (statuses.length < QUEUE_STATUSES.length) conditions.push(Prisma.sql`a."status" = ANY(${statuses}::"ApplicationStatus"[])`);
  if (filters.service) conditions.push(Prisma.sql`a."serviceCode" = ${filters.service}`);
  if (filters.assignee === "me") conditions.push(Prisma.sql`a."assigneeId" = ${actorId}`);
  if (filters.assignee === "unassigned") conditions.push(Prisma.sql`a."assigneeId" IS NULL`);
  if (filters.companyId) conditions.push(Prisma.sql`a."companyId" = ${filters.companyId}`);
  // statusesOf() has already narrowed an overdue filter to IN_PROCESSING (the ANY above); testing
  // the status twice made the planner square its selectivity, expect 3 rows instead of thousands
  // and sort every overdue application instead of reading the ordering index (issue 19).
  if (filters.overdue) conditions.push(Prisma.sql`a."dueDate" < ${today}::date`);
  // A plain condition, not a join: the ORDER BY stays the index's, so keyset pagination holds.
  if (filters.payment === "awaiting") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Invoice" i WHERE i."applicationId" = a."id" AND i."status" = 'RECEIPT_UPLOADED')`);
  }
  const search = searchCondition(filters.q);
  if (search) conditions.push(search);
  if (cursor) conditions.push(Prisma.sql`(${RANK_SQL}, ${KEY_SQL}, a."id") > (${cursor.rank}, ${cursor.key}::numeric, ${cursor.id})`);
  return Prisma.join(conditions, " AND ");
}

export function queueSelect(input: QueueSqlInput): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."number", a."status"::text AS "status", a."serviceCode", a."statusChangedAt", a."submittedAt", a."dueDate", a."changesDueOn",
           a."assigneeId", u."name" AS "assigneeName", c."id" AS "companyId", c."name" AS "companyName", c."bin" AS "companyBin",
           ${PRINCIPAL_NAME_SQL} AS "principalName",
           (SELECT i."status"::text FROM "Invoice" i WHERE i."applicationId" = a."id") AS "invoiceStatus",
           a."answers"->>'visaExpiryDate' AS "visaExpiryDate",
           ${RANK_SQL}::int AS "rank", (${KEY_SQL})::text AS "key"
    FROM "Application" a
    JOIN "Company" c ON c."id" = a."companyId"
    LEFT JOIN "User" u ON u."id" = a."assigneeId"
    WHERE ${queueConditions(input)}
    ORDER BY ${RANK_SQL}, ${KEY_SQL}, a."id"
    LIMIT ${input.limit}`;
}
