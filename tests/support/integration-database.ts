import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { withDatabaseName } from "@/lib/db/database-url";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase } from "@/lib/db/roles";

// Each test file gets its own database, cloned from the migrated template in milliseconds,
// so files never see each other's rows and can run in parallel. The file connects as the
// application role (owns nothing), as the production web server does.
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const appUrl = process.env.TEST_APP_DATABASE_URL;
if (!adminUrl || !appUrl) throw new Error("TEST_ADMIN_DATABASE_URL is missing: run integration tests through vitest's integration project");

const name = `test_${randomBytes(6).toString("hex")}`;
await ensureAppDatabase(adminUrl, name, DEFAULT_ROLE_NAMES, { template: "expat_template" });
process.env.DATABASE_URL = withDatabaseName(appUrl, name);
process.env.TEST_OWNER_DATABASE_URL = withDatabaseName(process.env.TEST_OWNER_DATABASE_URL!, name);

afterAll(async () => {
  const { prisma } = await import("@/lib/db/client");
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
