import net from "node:net";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/test-postgres";
import { childrenOf, isAlive, prepareDatabase, productionEnvironment, startServer, type PreparedDatabase } from "./production-server";

// SIGTERM as an orchestrator sends it: the server stops accepting, lets a slow request finish,
// lets the e-mail being sent finish (once), closes the pool and exits 0 within 10 s, leaving no process.
let db: PreparedDatabase;
let smtp: SMTPServer;
let smtpPort: number;
const received: string[] = [];
let onDataStarted: () => void = () => undefined;
const SMTP_DELAY_MS = 2500;

beforeAll(async () => {
  db = await prepareDatabase();
  smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      onDataStarted();
      let message = "";
      stream.on("data", (chunk: Buffer) => (message += chunk.toString()));
      // A slow mail server: the message is in flight for a while after SIGTERM.
      stream.on("end", () =>
        setTimeout(() => {
          received.push(message);
          done();
        }, SMTP_DELAY_MS),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await db?.stop();
});

async function enqueueOneEmail(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const user = await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES ('u-shutdown', 'person@example.kz', 'Person', 'STAFF', 'x') RETURNING id`,
    );
    const payload = {
      recipientName: "Person",
      payload: { applicationId: "a1", applicationNumber: "EC-2026-000001", serviceCode: "BUSINESS_VISA_INVITATION_B1_B3" },
    };
    const row = await client.query(
      `INSERT INTO "Outbox" (id, kind, "recipientId", "toEmail", locale, payload, "nextAttemptAt")
       VALUES ('o-shutdown', 'COMPLETED', $1, 'person@example.kz', 'en', $2, (now() AT TIME ZONE 'UTC') - interval '1 minute') RETURNING id`,
      [user.rows[0].id, JSON.stringify(payload)],
    );
    return row.rows[0].id;
  } finally {
    await client.end();
  }
}

/** A request whose body arrives slowly: in flight until the last byte is sent. */
function startSlowRequest(port: number, bodyDelayMs: number): Promise<{ status: number; completedAt: number }> {
  return new Promise((resolve, reject) => {
    const body = "csrfToken=x&email=slow%40example.kz&password=not-a-real-one&callbackUrl=%2F";
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
      );
      setTimeout(() => socket.write(body.slice(10)), bodyDelayMs);
    });
    let response = "";
    socket.on("data", (chunk) => (response += chunk.toString()));
    socket.on("end", () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0), completedAt: Date.now() }));
    socket.on("error", reject);
  });
}

describe("SIGTERM to the production server", () => {
  it("finishes a slow request and the e-mail being sent, exactly once, then exits 0 within 10 s with no process left", async () => {
    const outboxId = await enqueueOneEmail(db.appUrl);
    const dataStarted = new Promise<void>((resolve) => (onDataStarted = resolve));
    const server = await startServer(productionEnvironment(db.appUrl, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }));
    const pid = server.child.pid!;
    // The worker claims the message at start; wait until the mail server is receiving it.
    await dataStarted;
    const slow = startSlowRequest(server.port, 1500);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const children = childrenOf(pid);
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");

    // New connections are refused soon after the signal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await fetch(server.url("/api/health/live")).then(
      () => false,
      () => true,
    );

    const result = await slow;
    const { code, signal } = await server.exited;
    const exitedAfterMs = Date.now() - signalledAt;
    console.info(`exited ${exitedAfterMs} ms after SIGTERM; slow request answered ${result.completedAt - signalledAt} ms after it`);

    expect(result.status).toBeGreaterThanOrEqual(200);
    expect(result.status).toBeLessThan(500);
    expect(code).toBe(0);
    expect(signal).toBeNull();
    expect(exitedAfterMs).toBeLessThan(10_000);
    expect(refused).toBe(true);
    expect(isAlive(pid)).toBe(false);
    for (const child of children) expect(isAlive(child), `child ${child}`).toBe(false);

    expect(received).toHaveLength(1);
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    const row = await client.query(`SELECT status, attempts FROM "Outbox" WHERE id = $1`, [outboxId]);
    await client.end();
    expect(row.rows[0]).toEqual({ status: "SENT", attempts: 1 });
    const lines = server.logLines();
    expect(lines.some((line) => line.msg === "stopped")).toBe(true);
    expect(lines.some((line) => line.job === "outbox" && line.msg === "job run")).toBe(true);
  });
});
