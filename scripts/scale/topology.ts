import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/client";
import { seedDemoData, seedReferenceData } from "../../lib/seed/seed";
import { startTestPostgres } from "../../tests/support/test-postgres";
import { startSmtp } from "../../tests/support/smtp";
import { startTestS3Server } from "../../tests/support/s3-server";
import { freeLocalPort, startPgBouncer, type RunningPgBouncer } from "./lib/pgbouncer";
import { startNginx, type RunningNginx } from "./lib/nginx";
import { onCleanup, startProcess, type Managed } from "./lib/processes";
import { SERVER_NODE_FLAGS } from "../lib/server-node-flags";

// The deployment of compose.yaml, on one machine: PostgreSQL, PgBouncer (transaction mode), an
// S3-protocol server, an SMTP relay, two production web instances (node server.mjs, the same
// build), one worker (node .next/entries/worker.mjs) and nginx in front. Every port is free when
// picked; every process is stopped at the end (lib/processes.ts).

export type WebInstance = { name: string; port: number; process: Managed };
export type Topology = {
  base: string;
  nginx: RunningNginx;
  web: WebInstance[];
  worker: Managed;
  bouncer: RunningPgBouncer;
  /** The application database, direct, as the owner (for the test's own checks and set-up). */
  ownerUrl: string;
  smtp: Awaited<ReturnType<typeof startSmtp>>;
  env: Record<string, string>;
  timings: Record<string, number>;
};

async function waitFor(url: string, process: Managed, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  for (;;) {
    if (process.child.exitCode !== null) throw new Error(`${process.name} exited at start:\n${process.output().slice(-4000)}`);
    const ok = await fetch(url).then(
      async (r) => {
        last = `${r.status} ${(await r.text()).slice(0, 300)}`;
        return r.ok;
      },
      (error: Error) => ((last = error.message), false),
    );
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(
        `${process.name} did not answer ${url} within ${timeoutMs / 1000} s (last: ${last}):\n${process.output().slice(-4000)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startTopology(): Promise<Topology> {
  const timings: Record<string, number> = {};
  const mark = (name: string, since: number) => (timings[name] = Date.now() - since);
  let started = Date.now();

  const database = await startTestPostgres("scale", undefined, { databases: ["expat"] });
  onCleanup(database.stop);
  const ownerUrl = database.url("expat", "owner");
  const appUrl = new URL(database.url("expat", "app"));
  await applyMigrations(ownerUrl);
  process.env.DEMO_MODE = "1";
  const owner = createPrismaClient(ownerUrl);
  await seedReferenceData(owner).finally(() => owner.$disconnect());
  const app = createPrismaClient(appUrl.toString());
  await seedDemoData(app).finally(() => app.$disconnect());
  // Through PgBouncer 1.18 the timeouts cannot be startup parameters: they are the role's settings.
  const admin = new pg.Client({ connectionString: database.url("postgres", "superuser") });
  await admin.connect();
  const role = decodeURIComponent(appUrl.username);
  await admin.query(`ALTER ROLE "${role}" SET statement_timeout = '15s'`);
  await admin.query(`ALTER ROLE "${role}" SET idle_in_transaction_session_timeout = '30s'`);
  await admin.end();
  mark("database (start, migrate, seed)", started);

  started = Date.now();
  const [bouncer, s3, smtpPort] = await Promise.all([
    startPgBouncer({
      upstream: { host: appUrl.hostname, port: Number(appUrl.port) },
      users: { [role]: decodeURIComponent(appUrl.password) },
      poolSize: 10,
    }),
    startTestS3Server("expat-scale-files"),
    freeLocalPort(),
  ]);
  onCleanup(bouncer.stop);
  onCleanup(s3.stop);
  const smtp = await startSmtp(smtpPort);
  onCleanup(() => smtp.close());
  mark("PgBouncer, S3 server, SMTP relay", started);

  const [nginxPort, portA, portB, workerHealthPort] = await Promise.all([
    freeLocalPort(),
    freeLocalPort(),
    freeLocalPort(),
    freeLocalPort(),
  ]);
  const base = `http://127.0.0.1:${nginxPort}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    DEMO_MODE: "1",
    DATABASE_URL: bouncer.url(role, decodeURIComponent(appUrl.password), "expat"),
    DB_TIMEOUTS_IN_STARTUP: "0",
    DB_POOL_SIZE: "5",
    // nginx compresses (scripts/scale/lib/nginx.ts), as in deploy/nginx/nginx.conf.
    NODE_COMPRESSION: "off",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: base,
    ALLOW_HTTP_APP_URL: "1",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PAYEE_NAME: "AIFC Authority JSC (Expat Centre) - SCALE TEST",
    PAYEE_BIN: "180340021791",
    PAYEE_IBAN: "KZ86125KZT5004100100",
    PAYEE_BANK: "Example Bank JSC",
    PAYEE_BIC: "EXAMKZKA",
    STORAGE_DRIVER: "s3",
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    // The web instances serve only; the worker runs every job, the passport reader as its child.
    WORKER: "0",
    TRUSTED_PROXY_HOPS: "1",
    MONITORING_TOKEN: randomBytes(24).toString("base64url"),
    LOG_LEVEL: "warn",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };

  started = Date.now();
  const web: WebInstance[] = [
    { name: "web-a", port: portA },
    { name: "web-b", port: portB },
  ].map(({ name, port }) => ({
    name,
    port,
    process: startProcess(name, process.execPath, [...SERVER_NODE_FLAGS, path.resolve("server.mjs")], {
      env: { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", LOG_LEVEL: "info" },
      watch: ['"job":', '"msg":"request"'],
    }),
  }));
  const worker = startProcess("worker", process.execPath, [path.resolve(".next/entries/worker.mjs")], {
    env: { ...env, NODE_ENV: "production", WORKER_HEALTH_PORT: String(workerHealthPort), LOG_LEVEL: "info" },
    watch: ['"job":"outbox"', '"job":"passport"', '"job":'],
  });
  await Promise.all([
    ...web.map((instance) => waitFor(`http://127.0.0.1:${instance.port}/api/health/ready`, instance.process)),
    waitFor(`http://127.0.0.1:${workerHealthPort}/api/health/live`, worker),
  ]);
  mark("two web instances and the worker ready", started);

  started = Date.now();
  const nginx = await startNginx({ port: nginxPort, upstreams: web.map((w) => w.port), maxBodyMb: 11 });
  onCleanup(nginx.stop);
  mark("nginx", started);
  return { base, nginx, web, worker, bouncer, ownerUrl, smtp, env, timings };
}

/** The build must exist: the scale-out test runs the production build, it never builds. */
export function checkPrerequisites(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(".next/BUILD_ID")) missing.push("the production build (npm run build)");
  if (!fs.existsSync(".next/entries/worker.mjs")) missing.push("the worker bundle (npm run build, or npx tsx scripts/build-entries.ts)");
  for (const [name, file] of [
    ["nginx", process.env.NGINX_PATH ?? "/usr/sbin/nginx"],
    ["pgbouncer", process.env.PGBOUNCER_PATH ?? "/usr/sbin/pgbouncer"],
  ]) {
    if (!fs.existsSync(file)) missing.push(`${name} (${file}; apt-get install -y ${name})`);
  }
  return missing;
}
