import { withDatabaseName } from "@/lib/db/database-url";
import type { RunningPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase } from "@/lib/db/roles";

const DATABASE = "expat_bench";

/**
 * A migrated database with the production privilege shape (docs/decisions/009): created by the
 * superuser, migrated and seeded by the owner role, queried by the application role, as the
 * integration tests do. (The application role may not create tables in "postgres".)
 */
export async function prepareBenchDatabase(server: RunningPostgres): Promise<{ ownerUrl: string; appUrl: string }> {
  await ensureAppDatabase(server.url("postgres", "superuser"), DATABASE, DEFAULT_ROLE_NAMES);
  const ownerUrl = withDatabaseName(server.url("postgres", "owner"), DATABASE);
  await applyMigrations(ownerUrl);
  return { ownerUrl, appUrl: withDatabaseName(server.url("postgres", "app"), DATABASE) };
}
