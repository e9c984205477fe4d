import pg from "pg";
import { SMTPServer } from "smtp-server";
import { hashPassword } from "@/lib/auth/password";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/test-postgres";
import { prepareDatabase, productionEnvironment, startServer, type PreparedDatabase, type RunningServer } from "./production-server";

// A correctly configured production server, on a database migrated by the release step: no demo
// accounts anywhere, health routes for orchestrators, and one JSON log line per request.
let db: PreparedDatabase;
let server: RunningServer;
let smtp: SMTPServer;

beforeAll(async () => {
  db = await prepareDatabase();
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData: (stream, _s, done) => stream.on("end", () => done()).resume(),
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  server = await startServer(productionEnvironment(db.appUrl, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }));
});

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await db?.stop();
});

describe("the production server without DEMO_MODE", () => {
  it("shows no demo account, password or banner on the sign-in page, and the database has no demo account", async () => {
    const response = await fetch(server.url("/sign-in"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/demo\.aifc\.kz|Demo-2026|demo-accounts|demo-banner/i);
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    try {
      const users = await client.query(`SELECT count(*)::int AS n FROM "User"`);
      expect(users.rows[0].n).toBe(0);
      // The release step added the reference data the service needs.
      const rates = await client.query(`SELECT count(*)::int AS n FROM "MrpRate"`);
      expect(rates.rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it("answers liveness without the database, readiness with database, storage and mail, and the old health route", async () => {
    const live = await fetch(server.url("/api/health/live"));
    expect(live.status).toBe(200);
    const ready = await fetch(server.url("/api/health/ready"));
    expect(await ready.json()).toEqual({ status: "ok", db: "ok", storage: "ok", mail: "ok" });
    expect(ready.status).toBe(200);
    expect((await fetch(server.url("/api/health"))).status).toBe(200);
  });

  it("writes one JSON line per request with its id, and never the password of a sign-in attempt", async () => {
    const requestId = "probe-request-0001";
    const page = await fetch(server.url("/services"), { headers: { "X-Request-Id": requestId } });
    expect(page.headers.get("x-request-id")).toBe(requestId);
    const csrf = await fetch(server.url("/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await fetch(server.url("/api/auth/callback/credentials"), {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", cookie, "X-Request-Id": "probe-sign-in-0001" },
      body: new URLSearchParams({ csrfToken, email: "nobody@example.kz", password: "Never-Logged-Secret-77", callbackUrl: "/" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = server.logLines();
    const mine = lines.filter((line) => line.msg === "request" && line.reqId === requestId);
    expect(mine).toHaveLength(1);
    // The client's address by the throttles' rule: no trusted proxy here, so the socket's.
    expect(mine[0]).toMatchObject({ method: "GET", path: "/services", status: 200, level: "info", clientAddress: "127.0.0.1" });
    expect(typeof mine[0].durationMs).toBe("number");
    expect(lines.some((line) => line.msg === "request" && line.path === "/api/auth/callback/credentials")).toBe(true);
    // Lines written while handling a request carry its id (here Auth.js reporting the failed
    // sign-in): a wrong password is one info line, not an error with a stack trace.
    const signIn = lines.filter((line) => line.reqId === "probe-sign-in-0001" && line.msg !== "request");
    expect(signIn).toEqual([
      expect.objectContaining({ level: "info", component: "auth", event: "auth.sign_in_refused", reason: "credentials" }),
    ]);
    expect(server.output()).not.toMatch(/CredentialsSignin/);
    expect(server.output()).not.toContain("Never-Logged-Secret-77");
    expect(server.output()).not.toContain(csrfToken);
    // Every line the server wrote is JSON (Next's own console output included).
    const nonJson = server
      .output()
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("{"));
    expect(nonJson).toEqual([]);
  });

  it("names the signed-in user in the request's log line", async () => {
    const client = new pg.Client({ connectionString: db.appUrl });
    await client.connect();
    const passwordHash = await hashPassword("A-staff-password-2026");
    const user = await client.query(
      // A staff account as `npm run admin:create` makes it: its address counts as confirmed (issue 14).
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt") VALUES ('u-log-probe', 'log.probe@example.kz', 'Log Probe', 'STAFF', $1, now()) RETURNING id`,
      [passwordHash],
    );
    await client.end();
    const csrf = await fetch(server.url("/api/auth/csrf"));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    let cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const signIn = await fetch(server.url("/api/auth/callback/credentials"), {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: "log.probe@example.kz", password: "A-staff-password-2026", callbackUrl: "/" }),
    });
    cookie = [cookie, ...signIn.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
    const page = await fetch(server.url("/notifications"), {
      headers: { cookie, "X-Request-Id": "probe-signed-in-0001" },
      redirect: "manual",
    });
    expect(page.status).toBe(200);
    // The line is written when the response has finished: read the body, then allow a busy machine time.
    await page.text();
    const requestLine = () => server.logLines().find((l) => l.msg === "request" && l.reqId === "probe-signed-in-0001");
    await expect.poll(requestLine, { timeout: 5_000 }).toBeDefined();
    expect(requestLine()).toMatchObject({ userId: user.rows[0].id, status: 200 });
    expect(server.output()).not.toContain("A-staff-password-2026");
  });
});
