import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `prisma generate` only checks that a schema engine binary exists (it never runs it), and
 * the real one cannot be downloaded here: point it at an empty executable file.
 * See docs/decisions/002-offline-migrations.md.
 */
export async function generatePrismaClient(): Promise<void> {
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
    const placeholder = path.join(os.tmpdir(), "expat-prisma-schema-engine-placeholder");
    if (!fs.existsSync(placeholder)) fs.writeFileSync(placeholder, "", { mode: 0o755 });
    env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
  }
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  execFileSync(process.execPath, [path.resolve("node_modules", "prisma", "build", "index.js"), "generate"], { stdio: "pipe", env });
}
