import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";
import { pgTimeoutOptions } from "./timeouts";
import { noteSqlStatement } from "../log/request-context";

export type Db = PrismaClient;

export function createPrismaClient(connectionString = databaseUrl()): PrismaClient {
  // Fail fast rather than hang when the database is slow, frozen or gone (lib/db/timeouts.ts).
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10), ...pgTimeoutOptions() }),
    log: [{ emit: "event", level: "query" }],
  });
  // Each statement counts against the HTTP request it ran for (the `sql` of the request's log
  // line): how the statement budget of a page is checked (tests/production/sql-per-page.test.ts).
  client.$on("query", noteSqlStatement);
  return client;
}

// One client per process; kept on globalThis so that dev-mode reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
// Tests give each file its own database, so they never share a cached client.
if (process.env.NODE_ENV === "development") globalForPrisma.prisma = prisma;
