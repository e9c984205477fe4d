import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { withDatabaseName } from "@/lib/db/database-url";
import { MIGRATION_LOCK_KEY } from "@/lib/db/migration-lock";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase } from "@/lib/db/roles";

// The release step never hangs on a lock: it gives up within its timeout, says which lock and who
// holds it, and records nothing of a migration it could not finish.
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await ensureAppDatabase(adminUrl, name, DEFAULT_ROLE_NAMES);
  return withDatabaseName(ownerUrl, name);
}

async function connect(url: string, applicationName: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  return client;
}

describe("npm run db:migrate and a held lock", () => {
  it("fails within its timeout naming the migration lock and its holder, applying nothing", async () => {
    const url = await freshDatabase("migration_lock_held");
    const other = await connect(url, "another deployment");
    await other.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      const started = Date.now();
      const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
        env: { PATH: process.env.PATH, NODE_ENV: "test", DATABASE_URL: url, DIRECT_DATABASE_URL: url, MIGRATION_LOCK_TIMEOUT_MS: "1500" },
        encoding: "utf8",
        timeout: 30_000,
      });
      const elapsed = Date.now() - started;
      console.info(`db:migrate gave up after ${elapsed} ms (lock timeout 1.5 s, including start-up)`);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`migration lock \\(PostgreSQL advisory lock ${MIGRATION_LOCK_KEY}\\)`));
      expect(run.stderr).toContain("another deployment");
      expect(run.stderr).toContain("Nothing was applied");
      const tables = await other.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      expect(tables.rows[0].n).toBe(0);
    } finally {
      await other.end();
    }
  });

  it("gives up on a table lock held by another session, naming the table, and records nothing of that migration", async () => {
    const url = await freshDatabase("migration_table_lock");
    await applyMigrations(url);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "expat-migrations-"));
    await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
    await fs.mkdir(path.join(dir, "99991231000000_probe"));
    await fs.writeFile(path.join(dir, "99991231000000_probe", "migration.sql"), `ALTER TABLE "Company" ADD COLUMN "probe" INTEGER;\n`);
    const other = await connect(url, "a long report");
    await other.query("BEGIN");
    await other.query(`SELECT count(*) FROM "Company"`); // holds ACCESS SHARE until the transaction ends
    try {
      const started = Date.now();
      const error = await applyMigrations(url, dir, { lockTimeoutMs: 1000 }).then(
        () => null,
        (e: Error) => e,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(error?.message).toMatch(
        /99991231000000_probe waited more than 1\.0 s for a lock \(AccessExclusiveLock on "Company", held by session pid \d+\)/,
      );
      expect(error?.message).toContain("nothing of it was recorded");
    } finally {
      await other.query("ROLLBACK");
      await other.end();
      await fs.rm(dir, { recursive: true, force: true });
    }
    const check = await connect(url, "check");
    try {
      const recorded = await check.query(
        `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '99991231000000_probe'`,
      );
      expect(recorded.rows[0].n).toBe(0);
      const column = await check.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'Company' AND column_name = 'probe'`,
      );
      expect(column.rows[0].n).toBe(0);
    } finally {
      await check.end();
    }
  });
});
