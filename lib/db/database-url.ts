import path from "node:path";
import { readEmbeddedCredentials, type EmbeddedCredentials } from "./embedded-credentials";
import { DEFAULT_ROLE_NAMES } from "./roles";

// Where the database is. DATABASE_URL wins; otherwise (development scripts only) the embedded
// PostgreSQL that `npm run dev` starts, with the credentials generated for its data directory
// (docs/decisions/001-embedded-postgres.md, 009-database-roles.md).
export const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const EMBEDDED_DATA_DIR = path.resolve(process.cwd(), ".data", "postgres");
export const EMBEDDED_SUPERUSER = "postgres";

export type EmbeddedRole = "superuser" | "owner" | "app";

export function embeddedDatabaseUrl(
  credentials: EmbeddedCredentials | null,
  role: EmbeddedRole,
  database = "expat",
  port = EMBEDDED_PG_PORT,
): string {
  const user = role === "superuser" ? EMBEDDED_SUPERUSER : DEFAULT_ROLE_NAMES[role];
  const password = credentials ? `:${encodeURIComponent(credentials[role])}` : "";
  return `postgresql://${user}${password}@127.0.0.1:${port}/${database}`;
}

/**
 * The application's connection. Without DATABASE_URL (a developer's script next to a running
 * `npm run dev`), the embedded server's app role; with no credentials either, a URL that fails to
 * authenticate when used (never at import: `next build` imports the client without a database).
 */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || embeddedDatabaseUrl(readEmbeddedCredentials(EMBEDDED_DATA_DIR), "app");
}

/** Migrations need the owner role on a direct (non-pooled) connection. */
export function migrationDatabaseUrl(): string | undefined {
  return process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** The same server, another database name (used for per-test-file databases). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The same server and database, another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
