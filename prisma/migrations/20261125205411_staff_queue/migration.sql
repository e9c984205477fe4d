-- Hand-written only (objects named custom_*; the schema-equivalence test skips them). Prisma's
-- schema language cannot express expression or trigram indexes. See docs/decisions/006-staff-queue.md.

-- The staff queue's "attention" order, (rank, sort key, id), for keyset pagination without a sort.
-- Not a partial index (drafts get rank 9 instead): PostgreSQL uses the statistics of an expression
-- index only when it is not partial, and without them it misjudges every filtered queue query.
-- The two expressions must match RANK_SQL and KEY_SQL in lib/data/staff-queue-sql.ts exactly
-- (tests/integration/staff-queue-plan.test.ts checks that the planner still uses this index).
CREATE INDEX "custom_application_queue_order" ON "Application" (
  (CASE "status"
    WHEN 'SUBMITTED' THEN 0 WHEN 'IN_REVIEW' THEN 0
    WHEN 'IN_PROCESSING' THEN 1
    WHEN 'DOCUMENTS_APPROVED' THEN 2 WHEN 'APPOINTMENT_BOOKED' THEN 2
    WHEN 'CHANGES_REQUESTED' THEN 3
    WHEN 'DRAFT' THEN 9
    ELSE 4 END),
  (CASE
    WHEN "status" IN ('COMPLETED', 'REJECTED', 'WITHDRAWN') THEN -EXTRACT(EPOCH FROM "statusChangedAt")
    WHEN "status" = 'IN_PROCESSING' THEN EXTRACT(EPOCH FROM COALESCE("dueDate"::timestamp, "statusChangedAt"))
    ELSE EXTRACT(EPOCH FROM "statusChangedAt") END),
  "id"
);

-- Searching the queue by part of a person's or a company's name ("ILIKE '%smith%'") without
-- reading every row. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "custom_person_full_name_trgm" ON "Person" USING gin ("fullName" gin_trgm_ops);
CREATE INDEX "custom_company_name_trgm" ON "Company" USING gin ("name" gin_trgm_ops);
