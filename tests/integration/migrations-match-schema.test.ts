import fs from "node:fs/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrations";
import { diffSchemas } from "@/lib/db/schema-diff";
import { withDatabaseName } from "@/lib/db/database-url";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase } from "@/lib/db/roles";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;

/** A new, empty database as in production: owned by the owner role, which runs the migrations. */
async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await ensureAppDatabase(adminUrl, name, DEFAULT_ROLE_NAMES);
  return withDatabaseName(ownerUrl, name);
}

// The shape of a schema as PostgreSQL's catalog sees it, leaving out the hand-written objects
// (named custom_*) and Prisma's own bookkeeping table.
async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
        AND tablename <> '_prisma_migrations' AND indexname NOT LIKE 'custom\\_%' ORDER BY indexname`),
      constraints: await q(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE 'custom\\_%'
        AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
      enums: await q(
        `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
      ),
    };
  } finally {
    await client.end();
  }
}

describe("offline migrations", () => {
  it("give exactly the schema that prisma/schema.prisma describes", async () => {
    const migrated = await freshDatabase("schema_check_migrated");
    const direct = await freshDatabase("schema_check_direct");
    await applyMigrations(migrated);
    const schema = await fs.readFile("prisma/schema.prisma", "utf8");
    const sql = await diffSchemas(null, schema, direct);
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    await client.query(sql);
    await client.end();
    const [fromMigrations, fromSchema] = await Promise.all([describeSchema(migrated), describeSchema(direct)]);
    expect(fromSchema.columns.length).toBeGreaterThan(50);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it("record each migration as Prisma Migrate does and apply nothing twice", async () => {
    const url = await freshDatabase("schema_check_bookkeeping");
    const first = await applyMigrations(url);
    const second = await applyMigrations(url);
    const migrations = await readMigrations();
    expect(first).toEqual(migrations.map((m) => m.name));
    expect(second).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const rows = (
      await client.query(
        `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      )
    ).rows;
    await client.end();
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(migrations.map((m) => [m.name, m.checksum, 1]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("includes the hand-written guards: slot capacity CHECK, one active appointment, append-only audit", async () => {
    const url = await freshDatabase("schema_check_custom");
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "BookingSlot" (id, "startsAt", capacity, booked) VALUES ('s1', now(), 3, 3)`);
      await expect(client.query(`UPDATE "BookingSlot" SET booked = 4 WHERE id = 's1'`)).rejects.toThrow(/custom_booking_slot_capacity/);
      await client.query(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('TEST', 'Application', 'a1')`);
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'CHANGED'`)).rejects.toThrow(/cannot be changed or deleted/);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be changed or deleted/);
      const index = await client.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'custom_appointment_one_active_per_application'`);
      expect(index.rows[0].indexdef).toMatch(/UNIQUE INDEX .* WHERE \(status = 'BOOKED'::"AppointmentStatus"\)/);
    } finally {
      await client.end();
    }
  });
});
