import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { withDatabaseName } from "@/lib/db/database-url";

// Each test file gets its own database, cloned from the migrated template in milliseconds,
// so files never see each other's rows and can run in parallel.
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
if (!adminUrl) throw new Error("TEST_ADMIN_DATABASE_URL is missing: run integration tests through vitest's integration project");

const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE expat_template`);
await admin.end();
process.env.DATABASE_URL = withDatabaseName(adminUrl, name);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
