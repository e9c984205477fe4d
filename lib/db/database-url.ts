// Where the database is. DATABASE_URL wins; otherwise the embedded PostgreSQL that
// scripts/dev.ts and the test runner start (docs/decisions/001-embedded-postgres.md).
export const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_PG_USER = "postgres";
// Loopback-only development server; not a secret worth hiding, and never used when DATABASE_URL is set.
export const EMBEDDED_PG_PASSWORD = "expat-dev";

export function embeddedDatabaseUrl(database = "expat", port = EMBEDDED_PG_PORT): string {
  return `postgresql://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? embeddedDatabaseUrl();
}

/** The same server, another database name (used for per-test-file databases). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
