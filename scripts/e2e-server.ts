// The server Playwright tests run against: the production server (`npm run build` first) in
// demonstration mode, on a brand-new PostgreSQL in a temp directory (with the production roles:
// the server connects as the application role), unless DATABASE_URL points at one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startTestPostgres } from "../tests/support/test-postgres";
import { serveDemo } from "./lib/serve-demo";

async function main() {
  let onStop: (() => Promise<void>) | undefined;
  let url = process.env.DATABASE_URL;
  let migrationUrl = process.env.DIRECT_DATABASE_URL ?? url;
  if (!url) {
    const credentials = process.env.E2E_PG_CREDENTIALS ? JSON.parse(process.env.E2E_PG_CREDENTIALS) : undefined;
    const server = await startTestPostgres("e2e", Number(process.env.E2E_PG_PORT) || undefined, { databases: ["expat"], credentials });
    url = server.url("expat", "app");
    migrationUrl = server.url("expat", "owner");
    onStop = server.stop;
  }
  const dataDir = process.env.E2E_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "expat-e2e-files-"));
  const stop = async () => {
    await onStop?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  await serveDemo({ url, migrationUrl: migrationUrl!, port: Number(process.env.PORT ?? 3100), dataDir, onStop: stop });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
