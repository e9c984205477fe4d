-- Hand-written only (objects named custom_*). See docs/decisions/009-database-roles.md.
-- The application role connects without owning anything; these make the audit trail hold even
-- against a compromised application: its time is the database's clock, and its rows can be
-- neither rewritten nor emptied by anyone but the owner role.

-- Whatever createdAt a client sends, the row gets the database's clock (UTC, as Prisma stores it).
CREATE FUNCTION "custom_audit_event_stamp"() RETURNS trigger AS $$
BEGIN
  NEW."createdAt" := statement_timestamp() AT TIME ZONE 'UTC';
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "custom_audit_event_stamp"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "custom_audit_event_stamp"();

-- TRUNCATE skips row triggers: refuse it with a statement trigger (even for the owner, by mistake).
CREATE TRIGGER "custom_audit_event_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "custom_audit_event_is_append_only"();

-- Row privileges come from ALTER DEFAULT PRIVILEGES (granted to the application role when a table
-- is created). Take back all but INSERT and SELECT on the audit table, and all writes on the
-- migration bookkeeping, from every role but the owner, whatever it is called in this deployment.
DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT DISTINCT c.oid::regclass::text AS tbl,
      CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS who
    FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.relnamespace = 'public'::regnamespace
      AND c.relname IN ('AuditEvent', '_prisma_migrations')
      AND a.grantee <> c.relowner
  LOOP
    IF target.tbl = '"AuditEvent"' THEN
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM %s', target.who);
    ELSE
      EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %s FROM %s', target.tbl, target.who);
    END IF;
  END LOOP;
END $$;
