import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedQueueBench } from "../../bench/queue-seed";
import { prepareDatabase, productionEnvironment, startServer, type PreparedDatabase, type RunningServer } from "./production-server";

// SQL statements per signed-in list page (issue 19: at most 3 on /portal and /staff), counted by
// the production server itself: every statement the Prisma client sends during a request adds to
// that request's `sql` in its log line (lib/db/client.ts, server.mjs). Measured with 500
// applications in the data, so an N+1 would show.
let db: PreparedDatabase;
let server: RunningServer;
const PASSWORD = "A-bench-password-2026";

beforeAll(async () => {
  db = await prepareDatabase();
  await seedQueueBench(db.ownerUrl, 500);
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  // Two of the generated accounts become real ones: an applicant of a company with 50 applications, and a staff member.
  await client.query(`UPDATE "User" SET "passwordHash" = $1, "emailVerifiedAt" = now() WHERE id IN ('bench-app-1', 'bench-staff-1')`, [
    await hashPassword(PASSWORD),
  ]);
  await client.end();
  server = await startServer(productionEnvironment(db.appUrl));
});

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  await db?.stop();
});

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(server.url("/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(server.url("/api/auth/callback/credentials"), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: "/" }),
  });
  cookie = [cookie, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  expect(cookie).toContain("session-token");
  return cookie;
}

/** The `sql` figure of one request's log line. */
async function statementsFor(pathname: string, cookie: string, requestId: string): Promise<number> {
  const page = await fetch(server.url(pathname), { headers: { cookie, "X-Request-Id": requestId }, redirect: "manual" });
  expect(page.status).toBe(200);
  await page.text();
  const line = () => server.logLines().find((l) => l.msg === "request" && l.reqId === requestId);
  await expect.poll(line, { timeout: 5_000 }).toBeDefined();
  return line()!.sql as number;
}

describe("SQL statements per signed-in list page", () => {
  it("the applicant's dashboard (/portal) runs at most 3, with 50 applications listed", async () => {
    const cookie = await signIn("applicant1@bench.example");
    // The first request after sign-in may also refresh the session's last-seen time.
    await statementsFor("/portal", cookie, "sql-portal-warm-0001");
    const statements = await statementsFor("/portal", cookie, "sql-portal-0001");
    console.info(`/portal: ${statements} SQL statements`);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it("the staff queue (/staff) runs at most 3", async () => {
    const cookie = await signIn("staff1@bench.example");
    await statementsFor("/staff", cookie, "sql-staff-warm-0001");
    const statements = await statementsFor("/staff", cookie, "sql-staff-0001");
    console.info(`/staff: ${statements} SQL statements`);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it("a public page for a visitor counts the same way (the catalogue reads MRP and holidays only)", async () => {
    // Rendered: the page cache's version check (lib/http/page-cache.mjs), then the MRP and holidays.
    const rendered = await statementsFor("/services/WORK_VISA", "", "sql-service-0001");
    expect(rendered).toBeLessThanOrEqual(3);
    // From the page cache: the version check only (shared with other requests under load).
    const cached = await statementsFor("/services/WORK_VISA", "", "sql-service-0002");
    expect(cached).toBeLessThanOrEqual(1);
  });
});
