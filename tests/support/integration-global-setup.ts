import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/lib/db/seed";
import { withDatabaseName } from "@/lib/db/database-url";
import { startTestPostgres } from "./test-postgres";

export const TEMPLATE_DATABASE = "expat_template";

/**
 * One real PostgreSQL for the whole run (DATABASE_URL's server when set, else an embedded one),
 * and a migrated, seeded template database that each test file clones (see integration-database.ts).
 */
export default async function setup() {
  let stop = async () => undefined as void;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabaseName(process.env.DATABASE_URL, "postgres");
  } else {
    const server = await startTestPostgres("integration");
    adminUrl = server.url("postgres");
    stop = server.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = withDatabaseName(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  const prisma = createPrismaClient(templateUrl);
  await seedDatabase(prisma);
  await prisma.$disconnect();
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  return stop;
}
