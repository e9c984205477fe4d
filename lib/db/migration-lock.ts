import type pg from "pg";

// Arbitrary constant: every process applying migrations to one database takes the same lock.
export const MIGRATION_LOCK_KEY = 72707369;

export class MigrationLockError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Holder = {
  pid: number;
  application_name: string | null;
  client_addr: string | null;
  state: string | null;
  backend_start: Date | null;
};

function describeHolders(rows: Holder[]): string {
  if (!rows.length) return "another session";
  return rows
    .map(
      (r) =>
        `session pid ${r.pid}${r.application_name ? ` (${r.application_name})` : ""}${r.client_addr ? ` from ${r.client_addr}` : ""}${r.state ? `, ${r.state}` : ""}${r.backend_start ? `, connected since ${r.backend_start.toISOString()}` : ""}`,
    )
    .join("; ");
}

/**
 * Takes the migration lock, or gives up after `timeoutMs` naming who holds it. A session-level
 * advisory lock taken through a transaction-mode pooler stays held after its client leaves, which
 * is why migrations use the direct URL; waiting forever would hang a deployment silently.
 */
export async function takeMigrationLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [MIGRATION_LOCK_KEY]);
    if (rows[0].ok) return;
    if (Date.now() >= deadline) break;
    await sleep(Math.min(250, Math.max(0, deadline - Date.now())));
  }
  const holders = await client.query<Holder>(
    `SELECT a.pid, a.application_name, host(a.client_addr) AS client_addr, a.state, a.backend_start
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [MIGRATION_LOCK_KEY],
  );
  throw new MigrationLockError(
    `Gave up after ${(timeoutMs / 1000).toFixed(1)} s waiting for the migration lock (PostgreSQL advisory lock ${MIGRATION_LOCK_KEY}), ` +
      `held by ${describeHolders(holders.rows)}. Another "npm run db:migrate" is running, or a session through a ` +
      `connection pooler left the lock held: migrate over DIRECT_DATABASE_URL. Nothing was applied.`,
  );
}

/**
 * Watches the migrating session from a second connection, so that when a statement gives up on a
 * table lock (lock_timeout) the message can name the table, the lock and the sessions holding it.
 */
export function watchLockWaits(watcher: pg.Client, pid: number, intervalMs = 200) {
  let last: { relation: string | null; mode: string; blockers: number[] } | null = null;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await watcher.query<{ relation: string | null; mode: string; blockers: number[] }>(
        `SELECT l.relation::regclass::text AS relation, l.mode, pg_blocking_pids($1) AS blockers FROM pg_locks l WHERE l.pid = $1 AND NOT l.granted LIMIT 1`,
        [pid],
      );
      // pg_locks and pg_blocking_pids are not one snapshot: a sample taken as the wait ends can see
      // the waiting lock but no blocker any more. Keep the last sample that named its blockers.
      const sample = rows[0];
      if (sample && (sample.blockers.length > 0 || !last)) last = sample;
    } catch {
      // The watcher only improves an error message; it must never cause one.
    } finally {
      busy = false;
    }
  }, intervalMs);
  return {
    describe(): string {
      if (!last) return "a lock held by another session";
      return `${last.mode} on ${last.relation ?? "an object"}, held by session pid ${last.blockers.join(", ") || "?"}`;
    },
    stop: () => clearInterval(timer),
  };
}
