import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { probeDatabase } from "@/lib/db/probe";
import { startTcpProxy } from "../support/tcp-proxy";

// Issue 20: fail fast instead of hanging. Real PostgreSQL; the "frozen database" cases go through
// a relay that stops passing bytes, so the shared test server itself is never frozen.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function clientWith(env: Record<string, string>, url = process.env.DATABASE_URL!) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const client = createPrismaClient(url);
    cleanups.push(() => client.$disconnect());
    return client;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function proxied() {
  const url = new URL(process.env.DATABASE_URL!);
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
  cleanups.push(proxy.close);
  url.port = String(proxy.port);
  return { proxy, url: url.toString() };
}

async function elapsed<T>(work: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
  const started = Date.now();
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  return { ms: Date.now() - started, error };
}

// Through PgBouncer 1.18 (TEST_THROUGH_PGBOUNCER=1) the timeouts cannot travel as startup
// parameters: they come from the role's settings, checked by the last test instead.
const pooled = process.env.TEST_THROUGH_PGBOUNCER === "1";

describe("database timeouts", () => {
  it.skipIf(pooled)("cancels a statement that runs longer than the statement timeout", async () => {
    const db = clientWith({ DB_STATEMENT_TIMEOUT_MS: "300" });
    const { ms, error } = await elapsed(() => db.$queryRaw`SELECT pg_sleep(10)`);
    expect(String(error)).toMatch(/statement timeout|57014/);
    // Far below the 10 s the statement wanted (generous: the machine may be busy).
    expect(ms).toBeLessThan(6_000);
    // The connection is fine afterwards.
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it.skipIf(pooled)("ends a transaction left idle longer than the idle-in-transaction timeout", async () => {
    const db = clientWith({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "300" });
    const { error } = await elapsed(() =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await tx.$queryRaw`SELECT 1`;
        },
        { timeout: 10_000 },
      ),
    );
    expect(error).toBeTruthy();
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("answers with an error within the client-side limit when the database stops answering mid-query", async () => {
    const { proxy, url } = await proxied();
    const db = clientWith({ DB_STATEMENT_TIMEOUT_MS: "500", DB_CONNECT_TIMEOUT_MS: "800" }, url);
    expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    proxy.freeze();
    const query = await elapsed(() => db.$queryRaw`SELECT 1`);
    expect(query.error).toBeTruthy();
    // statement timeout (500 ms) + 2 s of client-side grace, not "as long as it is frozen".
    expect(query.ms).toBeLessThan(4_000);
  });

  it("gives up connecting after the connect timeout when the server accepts but never answers", async () => {
    const { proxy, url } = await proxied();
    proxy.freeze();
    const db = clientWith({ DB_CONNECT_TIMEOUT_MS: "500" }, url);
    const { ms, error } = await elapsed(() => db.$queryRaw`SELECT 1`);
    expect(error).toBeTruthy();
    expect(ms).toBeLessThan(3_000);
  });

  it("health probe answers false in time and leaves no connection behind when the database is frozen", async () => {
    const { proxy, url } = await proxied();
    expect(await probeDatabase(1_000, url)).toBe(true);
    proxy.freeze();
    const started = Date.now();
    expect(await probeDatabase(500, url)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    await expect.poll(() => proxy.openConnections(), { timeout: 2_000 }).toBe(0);
    proxy.thaw();
    expect(await probeDatabase(1_000, url)).toBe(true);
  });

  it.runIf(pooled)("through PgBouncer, every server connection carries the role's statement and idle-in-transaction timeouts", async () => {
    const db = clientWith({});
    const [row] = await db.$queryRaw<
      { statement: string; idle: string }[]
    >`SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(row).toEqual({ statement: "15s", idle: "30s" });
  });
});
