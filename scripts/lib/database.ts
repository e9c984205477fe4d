import { EMBEDDED_DATA_DIR, EMBEDDED_PG_PORT, migrationDatabaseUrl } from "../../lib/db/database-url";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

export type OpenDatabase = {
  /** The application role's URL (what the web server and worker use). */
  url: string;
  /** The owner role's direct URL (migrations). */
  migrationUrl: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
};

/**
 * Gives the scripts a database: DATABASE_URL (and DIRECT_DATABASE_URL for migrations) when set,
 * no server started; otherwise the embedded PostgreSQL with its data in .data/postgres.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, migrationUrl: migrationDatabaseUrl()!, isEmbedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dir: EMBEDDED_DATA_DIR, port: EMBEDDED_PG_PORT, databases: ["expat"] });
  const url = server.url("expat", "app");
  process.env.DATABASE_URL = url;
  process.env.DIRECT_DATABASE_URL = server.url("expat", "owner");
  return { url, migrationUrl: server.url("expat", "owner"), isEmbedded: true, stop: server.stop };
}

/** Runs `work` with a database, always stopping an embedded server afterwards. */
export async function withDatabase<T>(work: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db);
  } finally {
    await db.stop();
  }
}
