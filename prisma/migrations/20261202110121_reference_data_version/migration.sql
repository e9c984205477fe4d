-- CreateTable
CREATE TABLE "ReferenceDataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceDataVersion_pkey" PRIMARY KEY ("id")
);

-- Hand-written (objects named custom_*; the schema-equivalence test skips them). Issue 19: the
-- production server caches public catalogue pages and must learn, on every web instance, that
-- what they show changed. Statement-level triggers raise the number in the same transaction as
-- the change, whoever makes it (an admin action, the seed, a repair by hand), so a cached page
-- can never outlive a committed change. See docs/decisions/022-anonymous-page-cache.md.
CREATE FUNCTION "custom_reference_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReferenceDataVersion" ("id", "version") VALUES (1, 1)
  ON CONFLICT ("id") DO UPDATE SET "version" = "ReferenceDataVersion"."version" + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "custom_reference_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MrpRate"
  FOR EACH STATEMENT EXECUTE FUNCTION "custom_reference_data_changed"();
CREATE TRIGGER "custom_reference_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Holiday"
  FOR EACH STATEMENT EXECUTE FUNCTION "custom_reference_data_changed"();
CREATE TRIGGER "custom_reference_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ServiceSetting"
  FOR EACH STATEMENT EXECUTE FUNCTION "custom_reference_data_changed"();

INSERT INTO "ReferenceDataVersion" ("id", "version") VALUES (1, 0);
