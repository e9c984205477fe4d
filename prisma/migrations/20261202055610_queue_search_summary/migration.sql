-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ApplicationStatusCount" (
    "status" "ApplicationStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationStatusCount_pkey" PRIMARY KEY ("status")
);

-- Hand-written (objects named custom_*; the schema-equivalence test skips them). Issue 19:
-- queue search and tab counts at 100,000 applications. See docs/decisions/016-queue-search-column-and-status-totals.md.

-- The text the staff queue's search box is matched against by trigrams: the company's name and
-- every person's name, one per line (the search term never holds a line break, so a match never
-- spans two of them). Identifiers (number, passport, BIN) stay out: they share most of their
-- trigrams ("000", "P00", "EC-"), which would make every trigram lookup read nearly the whole
-- index; they are matched exactly or by prefix through their own b-tree indexes instead.
CREATE FUNCTION "custom_application_search_text"(p_id text, p_company_id text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\n',
    (SELECT c."name" FROM "Company" c WHERE c."id" = p_company_id),
    (SELECT string_agg(pe."fullName", E'\n' ORDER BY pe."id")
       FROM "ApplicationPerson" ap JOIN "Person" pe ON pe."id" = ap."personId" WHERE ap."applicationId" = p_id))
$$;

CREATE FUNCTION "custom_application_search_text_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := "custom_application_search_text"(NEW."id", NEW."companyId");
  RETURN NEW;
END $$;
CREATE TRIGGER "custom_application_search_text_row" BEFORE INSERT OR UPDATE OF "companyId" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "custom_application_search_text_row"();

-- People added to or removed from an application (statement-level: a bulk insert is one UPDATE).
CREATE FUNCTION "custom_application_person_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "searchText" = "custom_application_search_text"(a."id", a."companyId")
  WHERE a."id" IN (SELECT "applicationId" FROM changed_rows);
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_application_person_search_text_ins" AFTER INSERT ON "ApplicationPerson"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_person_search_text"();
CREATE TRIGGER "custom_application_person_search_text_del" AFTER DELETE ON "ApplicationPerson"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_person_search_text"();

-- A person's name corrected: every application they are on.
CREATE FUNCTION "custom_person_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "searchText" = "custom_application_search_text"(a."id", a."companyId")
  WHERE a."id" IN (SELECT "applicationId" FROM "ApplicationPerson" WHERE "personId" = NEW."id");
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_person_search_text" AFTER UPDATE OF "fullName" ON "Person"
  FOR EACH ROW WHEN (OLD."fullName" IS DISTINCT FROM NEW."fullName")
  EXECUTE FUNCTION "custom_person_search_text"();

-- A company renamed: every application of it.
CREATE FUNCTION "custom_company_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "searchText" = "custom_application_search_text"(a."id", a."companyId")
  WHERE a."companyId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_company_search_text" AFTER UPDATE OF "name" ON "Company"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION "custom_company_search_text"();

UPDATE "Application" a SET "searchText" = "custom_application_search_text"(a."id", a."companyId");

-- pg_trgm was created by the *_staff_queue migration. A common term ("smith") is answered by
-- walking the queue's ordering index and testing this column; a rare one by this index.
CREATE INDEX "custom_application_search_text_trgm" ON "Application" USING gin ("searchText" gin_trgm_ops);

-- Tab counts: per-status totals kept by a statement-level trigger (net change only, so an edit
-- that does not change the status touches no counter row).
CREATE FUNCTION "custom_application_status_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ApplicationStatusCount" ("status", "count")
  SELECT d."status", sum(d."delta")::int FROM (
    SELECT "status", 1 AS "delta" FROM new_rows
    UNION ALL SELECT "status", -1 FROM old_rows) d
  GROUP BY d."status" HAVING sum(d."delta") <> 0
  ON CONFLICT ("status") DO UPDATE SET "count" = "ApplicationStatusCount"."count" + EXCLUDED."count";
  RETURN NULL;
END $$;
CREATE FUNCTION "custom_application_status_count_ins"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ApplicationStatusCount" ("status", "count")
  SELECT "status", count(*)::int FROM new_rows GROUP BY "status"
  ON CONFLICT ("status") DO UPDATE SET "count" = "ApplicationStatusCount"."count" + EXCLUDED."count";
  RETURN NULL;
END $$;
CREATE FUNCTION "custom_application_status_count_del"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ApplicationStatusCount" ("status", "count")
  SELECT "status", -count(*)::int FROM old_rows GROUP BY "status"
  ON CONFLICT ("status") DO UPDATE SET "count" = "ApplicationStatusCount"."count" + EXCLUDED."count";
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_application_status_count_ins" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_status_count_ins"();
CREATE TRIGGER "custom_application_status_count_upd" AFTER UPDATE ON "Application"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_status_count"();
CREATE TRIGGER "custom_application_status_count_del" AFTER DELETE ON "Application"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_status_count_del"();
-- TRUNCATE (tests reset tables this way) empties the counters too.
CREATE FUNCTION "custom_application_status_count_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ApplicationStatusCount";
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_application_status_count_truncate" AFTER TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "custom_application_status_count_truncate"();

INSERT INTO "ApplicationStatusCount" ("status", "count") SELECT "status", count(*)::int FROM "Application" GROUP BY "status";

-- Overdue count: only applications in processing, by due date (index-only with the status test in the predicate).
CREATE INDEX "custom_application_processing_due" ON "Application" ("dueDate") WHERE "status" = 'IN_PROCESSING';
