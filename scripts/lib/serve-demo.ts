import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/client";
import { seedDemoData, seedReferenceData } from "../../lib/seed/seed";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { SERVER_NODE_FLAGS } from "./server-node-flags";

/**
 * The production server (server.mjs, the build of `npm run build`) in demonstration mode: what
 * `npm run preview` and the end-to-end tests run. The database is migrated (owner role) and seeded
 * with demo data here, before the server starts; the server itself does neither. Every page shows
 * the "demonstration system" banner, and demo values stand in for the payee's bank details.
 */
export async function serveDemo(options: {
  url: string;
  migrationUrl: string;
  port: number;
  /** Where e-mails, uploads and the auth secret go. */
  dataDir: string;
  onStop?: () => Promise<void>;
}): Promise<void> {
  const applied = await applyMigrations(options.migrationUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  process.env.DEMO_MODE = "1";
  const owner = createPrismaClient(options.migrationUrl);
  await seedReferenceData(owner).finally(() => owner.$disconnect());
  const app = createPrismaClient(options.url);
  await seedDemoData(app).finally(() => app.$disconnect());

  const env = demoServerEnv(options);
  console.log(`\n  AIFC Expat Centre portal (production build, DEMONSTRATION mode): http://localhost:${options.port}\n\n  Demo accounts:`);
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(9)} ${a.email.padEnd(26)} ${a.password}`);
  console.log("");

  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.resolve("server.mjs")], { stdio: "inherit", env });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", async (code) => {
    await options.onStop?.().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

/**
 * The environment of the production server in demonstration mode (also used by bench/http.ts):
 * demo payee, demo accounts shown, mail to files, a per-data-directory auth secret.
 */
export function demoServerEnv(options: { url: string; port: number; dataDir: string }): NodeJS.ProcessEnv {
  const secretFile = path.join(options.dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return {
    PAYEE_NAME: "AIFC Authority JSC (Expat Centre) - DEMONSTRATION",
    PAYEE_BIN: "000000000000",
    PAYEE_IBAN: "KZ00DEMO000000000000",
    PAYEE_BANK: "Demonstration bank (not a real account)",
    PAYEE_BIC: "DEMOKZKA",
    SHOW_DEV_MAILBOX: "1",
    ...process.env,
    NODE_ENV: "production",
    DEMO_MODE: "1",
    SHOW_DEMO_ACCOUNTS: "1",
    PORT: String(options.port),
    DATABASE_URL: options.url,
    AUTH_SECRET: process.env.AUTH_SECRET || fs.readFileSync(secretFile, "utf8").trim(),
    APP_URL: process.env.APP_URL || `http://localhost:${options.port}`,
    ALLOW_HTTP_APP_URL: "1",
    MAIL_TRANSPORT: process.env.SMTP_URL ? "smtp" : "file",
    MAIL_DIR: process.env.MAIL_DIR || path.join(options.dataDir, "mail"),
    UPLOADS_DIR: path.resolve(process.env.UPLOADS_DIR || path.join(options.dataDir, "uploads")),
  };
}
