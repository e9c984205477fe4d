import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/test-postgres";
import { prepareDatabase, productionEnvironment, startServer, type PreparedDatabase, type RunningServer } from "./production-server";

// Issue 13: a web server with WORKER=0 runs no background job; the worker from the build output
// (node .next/entries/worker.mjs) sends what is queued, answers its health port and stops cleanly;
// monitoring reads the queue from the web server with its token.
let db: PreparedDatabase;
let web: RunningServer | undefined;
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "expat-worker-mail-"));
const TOKEN = "monitoring-token-of-the-test-run-0123456789";

beforeAll(async () => {
  db = await prepareDatabase();
});
afterAll(async () => {
  web?.child.kill("SIGKILL");
  await db?.stop();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db.appUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const status = async () => (await sql<{ status: string }>(`SELECT status FROM "Outbox" WHERE id = 'o-worker'`))[0]?.status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the separate worker", () => {
  it("leaves e-mail to the worker when WORKER=0, which sends it, reports health and stops on SIGTERM", async () => {
    const env = productionEnvironment(db.appUrl, {
      WORKER: "0",
      SMTP_URL: undefined,
      MAIL_TRANSPORT: "file",
      MAIL_DIR: mailDir,
      MONITORING_TOKEN: TOKEN,
    });
    web = await startServer(env);
    await sql(
      `INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES ('u-worker', 'person@example.kz', 'Person', 'STAFF', 'x')`,
    );
    const payload = {
      recipientName: "Person",
      payload: { applicationId: "a1", applicationNumber: "EC-2026-000013", serviceCode: "BUSINESS_VISA_INVITATION_B1_B3" },
    };
    await sql(
      `INSERT INTO "Outbox" (id, kind, "recipientId", "toEmail", locale, payload, "createdAt", "nextAttemptAt")
       VALUES ('o-worker', 'COMPLETED', 'u-worker', 'person@example.kz', 'en', $1, (now() AT TIME ZONE 'UTC') - interval '20 minutes', (now() AT TIME ZONE 'UTC') - interval '1 minute')`,
      [JSON.stringify(payload)],
    );

    // The web server's own worker would have claimed it at once (it polls every 5 s).
    await sleep(6000);
    expect(await status()).toBe("PENDING");
    expect(fs.readdirSync(mailDir)).toEqual([]);
    expect(web.logLines().filter((line) => line.msg === "notification worker started" || line.job)).toEqual([]);

    const unauthorized = await fetch(web.url("/api/monitoring/outbox"));
    expect(unauthorized.status).toBe(401);
    const queue = await (await fetch(web.url("/api/monitoring/outbox"), { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(queue).toMatchObject({ pending: 1, due: 1, failed: 0 });
    expect(queue.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(20 * 60);

    const healthPort = await freePort();
    const worker = spawn(process.execPath, [".next/entries/worker.mjs"], {
      env: { ...env, NODE_ENV: "production", WORKER_HEALTH_PORT: String(healthPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    worker.stdout!.on("data", (chunk) => (output += chunk));
    worker.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => worker.on("exit", (code) => resolve(code)));
    try {
      const deadline = Date.now() + 30_000;
      while ((await status()) !== "SENT" && Date.now() < deadline) await sleep(250);
      expect(await status(), output).toBe("SENT");
      expect(fs.readdirSync(mailDir).filter((name) => name.endsWith(".eml"))).toHaveLength(1);
      const live = await fetch(`http://127.0.0.1:${healthPort}/api/health/live`);
      expect(live.status).toBe(200);
      const after = await (await fetch(web.url("/api/monitoring/outbox"), { headers: { authorization: `Bearer ${TOKEN}` } })).json();
      expect(after).toMatchObject({ pending: 0, sentLastHour: 1, oldestPendingAgeSeconds: null });
      const stopAt = Date.now();
      worker.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(Date.now() - stopAt).toBeLessThan(10_000);
      const lines = output
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line));
      expect(lines.some((line) => line.msg === "worker started")).toBe(true);
      expect(lines.some((line) => line.msg === "stopped")).toBe(true);
    } finally {
      worker.kill("SIGKILL");
    }
  });
});
