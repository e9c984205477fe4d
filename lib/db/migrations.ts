import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { MIGRATION_LOCK_KEY, MigrationLockError, takeMigrationLock, watchLockWaits } from "./migration-lock";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

// Same table, columns and checksum (sha256 hex of migration.sql) as Prisma Migrate,
// so `prisma migrate status/deploy` on a machine with the engine agrees with us.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** How long to wait for the migration lock, and for any table lock a migration statement needs. */
export function migrationLockTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.MIGRATION_LOCK_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

/**
 * Applies pending migrations in order, each in its own transaction together with its
 * bookkeeping row (a failed one leaves no trace), under an advisory lock. Neither the lock nor a
 * table lock is waited for longer than `lockTimeoutMs`: the error names what was held, and by whom.
 */
export async function applyMigrations(
  connectionString: string,
  dir = MIGRATIONS_DIR,
  options: { lockTimeoutMs?: number } = {},
): Promise<string[]> {
  const lockTimeoutMs = options.lockTimeoutMs ?? migrationLockTimeoutMs();
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString, application_name: "expat db:migrate" });
  await client.connect();
  let watcher: pg.Client | undefined;
  let isLocked = false;
  const applied: string[] = [];
  try {
    await takeMigrationLock(client, lockTimeoutMs);
    isLocked = true;
    await client.query(`SET lock_timeout = ${Math.round(lockTimeoutMs)}`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneByName = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const pending = migrations.filter((migration) => {
      const previous = doneByName.get(migration.name);
      if (previous === undefined) return true;
      if (previous !== migration.checksum) {
        throw new Error(`Migration ${migration.name} was changed after it was applied (checksum differs). Create a new migration instead.`);
      }
      return false;
    });
    if (pending.length) {
      watcher = new pg.Client({ connectionString, application_name: "expat db:migrate (lock watcher)" });
      await watcher.connect();
    }
    const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    for (const migration of pending) {
      const id = randomUUID();
      const watch = watchLockWaits(watcher!, pid);
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        await client.query("ROLLBACK");
        if ((error as { code?: string }).code === "55P03") {
          throw new MigrationLockError(
            `Migration ${migration.name} waited more than ${(lockTimeoutMs / 1000).toFixed(1)} s for a lock (${watch.describe()}) ` +
              `and was rolled back; nothing of it was recorded. Retry when that session has finished.`,
          );
        }
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      } finally {
        watch.stop();
      }
    }
  } finally {
    if (isLocked) await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
    await watcher?.end().catch(() => undefined);
  }
  return applied;
}
