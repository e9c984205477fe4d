import path from "node:path";
import { EMBEDDED_PG_PORT } from "../../lib/db/database-url";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

export const EMBEDDED_DATA_DIR = path.resolve(process.cwd(), ".data", "postgres");

/**
 * Gives the scripts a database: DATABASE_URL when set (no server started),
 * otherwise the embedded PostgreSQL with its data in .data/postgres.
 */
export async function openDatabase(): Promise<{ url: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dir: EMBEDDED_DATA_DIR, port: EMBEDDED_PG_PORT, databases: ["expat"] });
  const url = server.url("expat");
  process.env.DATABASE_URL = url;
  return { url, isEmbedded: true, stop: server.stop };
}

/** Runs `work` with a database, always stopping an embedded server afterwards. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
