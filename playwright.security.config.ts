import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// `npm run test:security`: the permanent attack suite (tests/security) against the production
// build (`next build` first) on its own fresh PostgreSQL, with no proxy in front
// (TRUSTED_PROXY_HOPS=0): every forged X-Forwarded-* header must be ignored. Its own ports, so it
// can run beside the e2e server: SECURITY_PORT / SECURITY_PG_PORT, or E2E_PORT + 5 / E2E_PG_PORT + 5.
const PORT = Number(process.env.SECURITY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);
const PG_PORT = Number(process.env.SECURITY_PG_PORT ?? Number(process.env.E2E_PG_PORT ?? 54331) + 5);
const secret = () => randomBytes(18).toString("base64url");
process.env.SECURITY_PG_CREDENTIALS ??= JSON.stringify({ superuser: secret(), owner: secret(), app: secret() });
const credentials = JSON.parse(process.env.SECURITY_PG_CREDENTIALS) as { app: string };
process.env.SECURITY_DATABASE_URL ??= `postgresql://expat_app:${credentials.app}@127.0.0.1:${PG_PORT}/expat`;
process.env.SECURITY_BASE_URL ??= `http://localhost:${PORT}`;
// A storage folder of this run's own, so that "nothing left in storage" can be counted.
process.env.SECURITY_UPLOADS_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "expat-security-uploads-"));

export default defineConfig({
  testDir: "tests/security",
  testMatch: "*.attack.ts",
  // One attack at a time: the timing comparison and the throttle counts need a quiet server.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  reporter: [["./tests/security/table-reporter.ts"], ["list"]],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${process.env.SECURITY_BASE_URL}/api/health`,
    env: {
      PORT: String(PORT),
      E2E_PG_PORT: String(PG_PORT),
      E2E_PG_CREDENTIALS: process.env.SECURITY_PG_CREDENTIALS,
      TRUSTED_PROXY_HOPS: "0",
      SHOW_DEMO_ACCOUNTS: "0",
      NOTIFY_WORKER: "0",
      // Small quotas so that overflowing them takes a few requests, not gigabytes.
      UPLOAD_MAX_FILES_PER_SLOT: "5",
      UPLOAD_RATE_GRACE_SECONDS: "2",
      UPLOAD_MIN_BYTES_PER_SECOND: "4096",
      UPLOADS_DIR: process.env.SECURITY_UPLOADS_DIR,
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
