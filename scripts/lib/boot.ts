import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/client";
import { seedDatabase } from "../../lib/seed/seed";
import { seedDemoPeople } from "../../lib/seed/demo-people";
import { DEMO_ACCOUNTS } from "../../lib/db/demo-accounts";
import { openDatabase } from "./database";

/**
 * AUTH_SECRET comes from the environment. On a developer machine without one, a random
 * secret is made once and kept in .data/ (never committed), so sessions survive restarts.
 */
function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.resolve(".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function printDemoAccounts(port: string): void {
  console.log(`\n  AIFC Expat Centre portal: http://localhost:${port}\n\n  Demo accounts:`);
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(9)} ${a.email.padEnd(26)} ${a.password}`);
  console.log("");
}

/** `npm run dev`: database up, migrated and seeded; then `next dev` until Ctrl-C, which stops both. */
export async function boot(nextCommand: "dev", options: { onStop?: () => Promise<void> } = {}): Promise<void> {
  const db = await openDatabase();
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await db.stop().catch(() => undefined);
    await options.onStop?.().catch(() => undefined);
  };
  try {
    const applied = await applyMigrations(db.migrationUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    if (process.env.SEED_DEMO_DATA !== "0") {
      const prisma = createPrismaClient(db.url);
      await seedDatabase(prisma)
        .then(() => seedDemoPeople(prisma))
        .finally(() => prisma.$disconnect());
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  ensureAuthSecret();
  process.env.SHOW_DEMO_ACCOUNTS ??= "1";
  const port = process.env.PORT ?? "3000";
  printDemoAccounts(port);
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  // The preload gives lib/http/client-address.ts the socket address (see that file).
  const peerAddress = path.resolve("scripts", "lib", "peer-address.mjs");
  const child = spawn(process.execPath, ["--import", pathToFileURL(peerAddress).href, nextBin, nextCommand, "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (!child.killed) child.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  child.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}
