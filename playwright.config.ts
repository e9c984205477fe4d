import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

// The e2e server's own PostgreSQL listens on a known port so that specs can prepare data
// (e.g. an application whose documents staff already approved) straight in its database, as the
// application role like the server. Its passwords are made here, once per run (the workers
// inherit this process's environment), and handed to the server.
const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54331);
const secret = () => randomBytes(18).toString("base64url");
process.env.E2E_PG_CREDENTIALS ??= JSON.stringify({ superuser: secret(), owner: secret(), app: secret() });
const e2eCredentials = JSON.parse(process.env.E2E_PG_CREDENTIALS) as { app: string };
process.env.E2E_DATABASE_URL ??= process.env.DATABASE_URL ?? `postgresql://expat_app:${e2eCredentials.app}@127.0.0.1:${E2E_PG_PORT}/expat`;
// The server's uploads, e-mails and secret go here (uploads/ under it), so that specs can place a file's bytes.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "expat-e2e-files-"));

// Playwright cannot download its browsers here: use Debian's Chromium when present,
// or the one CHROMIUM_PATH names; elsewhere Playwright's own browser is used.
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${BASE_URL}/api/health`,
    env: {
      PORT: String(PORT),
      SHOW_DEMO_ACCOUNTS: "1",
      E2E_PG_PORT: String(E2E_PG_PORT),
      E2E_PG_CREDENTIALS: process.env.E2E_PG_CREDENTIALS,
      E2E_DATA_DIR: process.env.E2E_DATA_DIR,
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
