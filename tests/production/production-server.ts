import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startTestPostgres } from "../support/test-postgres";
import { SERVER_NODE_FLAGS } from "../../scripts/lib/server-node-flags";

// The production server as an operator runs it: `node server.mjs` on the build of `next build`,
// after the release step `npm run db:migrate`, with an environment given explicitly (nothing
// inherited from the test runner but PATH).

export type PreparedDatabase = { appUrl: string; ownerUrl: string; stop: () => Promise<void> };

/** A new PostgreSQL with the production roles, migrated by the release step (scripts/db-migrate.ts). */
export async function prepareDatabase(): Promise<PreparedDatabase> {
  const server = await startTestPostgres("production", undefined, { databases: ["expat"] });
  const appUrl = server.url("expat", "app");
  const ownerUrl = server.url("expat", "owner");
  const migrate = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: appUrl, DIRECT_DATABASE_URL: ownerUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr}${migrate.stdout}`);
  return { appUrl, ownerUrl, stop: server.stop };
}

export function productionEnvironment(appUrl: string, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "expat-prod-uploads-"));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    DATABASE_URL: appUrl,
    AUTH_SECRET: "a-production-secret-of-more-than-32-characters",
    APP_URL: "https://portal.example.kz",
    SMTP_URL: "smtp://127.0.0.1:1",
    PAYEE_NAME: "AIFC Authority JSC (Expat Centre)",
    PAYEE_BIN: "180340021791",
    PAYEE_IBAN: "KZ86125KZT5004100100",
    PAYEE_BANK: "Example Bank JSC",
    PAYEE_BIC: "EXAMKZKA",
    UPLOADS_DIR: uploads,
    LOG_LEVEL: "info",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export type RunningServer = {
  child: ChildProcess;
  port: number;
  url: (pathname: string) => string;
  output: () => string;
  /** The JSON lines written so far. */
  logLines: () => Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
};

/** Starts `node server.mjs`; resolves when /api/health/live answers, or when the process has exited. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "server.mjs"], {
    env: { NODE_ENV: "production", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, afterMs: Date.now() - started })),
  );
  const server: RunningServer = {
    child,
    port,
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    output: () => output,
    logLines: () =>
      output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
  };
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  while (!hasExited && Date.now() - started < 60_000) {
    const ok = await fetch(server.url("/api/health/live")).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!hasExited) {
    child.kill("SIGKILL");
    throw new Error(`The server did not answer within 60 s:\n${output}`);
  }
  return server;
}

/** Child processes of `pid` (none expected: the server is one process). */
export function childrenOf(pid: number): number[] {
  const result = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
