import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The web server and worker connect as the application role (this file's DATABASE_URL, set up
// exactly as production by tests/support): it must not be able to rewrite or erase the audit
// trail, nor change the schema, nor switch the triggers off.
const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;

let app: pg.Client;
beforeAll(async () => {
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  await app.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('PROBE', 'Test', 'p1')`);
});
afterAll(async () => {
  await app.end();
});

const denied = /permission denied|must be owner|must be superuser|cannot be changed|not allowed/i;

describe("the application role", () => {
  it("is not a superuser and owns no table, sequence, function or schema", async () => {
    const me = await app.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me.rows[0]).toMatchObject({ name: "expat_app", rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await app.query(`
      SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
        + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) + (SELECT count(*) FROM pg_database WHERE datdba = r.oid) AS n
      FROM pg_roles r WHERE r.rolname = current_user`);
    expect(Number(owned.rows[0].n)).toBe(0);
  });

  it("can add to the audit trail and read it, but not UPDATE, DELETE or TRUNCATE it", async () => {
    const inserted = await app.query(
      `INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('PROBE', 'Test', 'p2') RETURNING id`,
    );
    expect(inserted.rowCount).toBe(1);
    await expect(app.query(`UPDATE "AuditEvent" SET action = 'CHANGED'`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`TRUNCATE "AuditEvent" CASCADE`)).rejects.toThrow(/permission denied/);
    const count = await app.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'PROBE'`);
    expect(count.rows[0].n).toBe(2);
  });

  it("cannot switch triggers off, by ALTER TABLE or by session_replication_role", async () => {
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(denied);
    await expect(app.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "custom_audit_event_no_update_or_delete"`)).rejects.toThrow(denied);
    await expect(app.query(`SET session_replication_role = replica`)).rejects.toThrow(denied);
    await expect(app.query(`SET LOCAL session_replication_role = replica`)).rejects.toThrow(denied);
    await expect(app.query(`SELECT set_config('session_replication_role', 'replica', false)`)).rejects.toThrow(denied);
  });

  it("cannot alter or drop tables, triggers or functions, nor create its own", async () => {
    for (const sql of [
      `ALTER TABLE "AuditEvent" ADD COLUMN x int`,
      `ALTER TABLE "Application" DROP COLUMN "status"`,
      `DROP TABLE "AuditEvent"`,
      `DROP TABLE "User" CASCADE`,
      `DROP TRIGGER "custom_audit_event_no_update_or_delete" ON "AuditEvent"`,
      `DROP TRIGGER "custom_audit_event_stamp" ON "AuditEvent"`,
      `DROP FUNCTION "custom_audit_event_is_append_only"() CASCADE`,
      `CREATE OR REPLACE FUNCTION "custom_audit_event_stamp"() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`,
      `CREATE TABLE "Sneaky" (id int)`,
      `CREATE TRIGGER sneaky BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "custom_audit_event_stamp"()`,
      `ALTER TABLE "AuditEvent" OWNER TO expat_app`,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', 'x')`,
      `DELETE FROM "_prisma_migrations"`,
    ]) {
      await expect(app.query(sql), sql).rejects.toThrow();
    }
    // A GRANT by a non-owner is only a warning ("no privileges were granted"): the UPDATE still fails.
    await app.query(`GRANT UPDATE, DELETE, TRUNCATE ON "AuditEvent" TO expat_app`).catch(() => undefined);
    await expect(app.query(`UPDATE "AuditEvent" SET action = 'CHANGED'`)).rejects.toThrow(/permission denied/);
    // The failures left the schema as it was.
    const triggers = await app.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND NOT tgisinternal AND tgenabled = 'O' ORDER BY tgname`,
    );
    expect(triggers.rows.map((r) => r.tgname)).toEqual([
      "custom_audit_event_no_truncate",
      "custom_audit_event_no_update_or_delete",
      "custom_audit_event_stamp",
      "custom_report_stage_span",
    ]);
  });

  it("stores the database's time in createdAt whatever the INSERT says", async () => {
    const result = await app.query(`
      INSERT INTO "AuditEvent" (action, "entityType", "entityId", "createdAt") VALUES ('BACKDATED', 'Test', 'p3', '2001-01-01 00:00:00')
      RETURNING "createdAt", (now() AT TIME ZONE 'UTC') AS db_now`);
    const { createdAt, db_now } = result.rows[0] as { createdAt: Date; db_now: Date };
    expect(Math.abs(createdAt.getTime() - db_now.getTime())).toBeLessThan(5_000);
    expect(createdAt.getUTCFullYear()).toBeGreaterThan(2001);
  });

  it("gets row privileges on tables a later migration creates (default privileges of the owner role)", async () => {
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(`CREATE TABLE "ProbeFromLaterMigration" (id serial PRIMARY KEY, note text)`);
    } finally {
      await owner.end();
    }
    await app.query(`INSERT INTO "ProbeFromLaterMigration" (note) VALUES ('ok')`);
    await app.query(`UPDATE "ProbeFromLaterMigration" SET note = 'changed'`);
    expect((await app.query(`SELECT note FROM "ProbeFromLaterMigration"`)).rows).toEqual([{ note: "changed" }]);
    await expect(app.query(`DROP TABLE "ProbeFromLaterMigration"`)).rejects.toThrow(denied);
    await expect(app.query(`TRUNCATE "ProbeFromLaterMigration"`)).rejects.toThrow(/permission denied/);
  });
});
