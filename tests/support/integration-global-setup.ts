import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { withCredentials, withDatabaseName } from "@/lib/db/database-url";
import { DEFAULT_ROLE_NAMES, ensureAppDatabase, ensureRoles } from "@/lib/db/roles";
import { startTestPostgres } from "./test-postgres";
import { startPgBouncer } from "../../scripts/scale/lib/pgbouncer";

export const TEMPLATE_DATABASE = "expat_template";

/**
 * One real PostgreSQL for the whole run (DATABASE_URL's server, as a superuser, when set; else an
 * embedded one), with the production roles: a migrated, seeded template database owned by the
 * owner role, which each test file clones and then uses as the application role
 * (see integration-database.ts), so every suite runs with the production privilege shape.
 */
export default async function setup() {
  let stop = async () => undefined as void;
  let adminUrl: string;
  let ownerUrl: string;
  let appUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabaseName(process.env.DATABASE_URL, "postgres");
    const passwords = { owner: randomBytes(18).toString("base64url"), app: randomBytes(18).toString("base64url") };
    await ensureRoles(adminUrl, DEFAULT_ROLE_NAMES, passwords);
    ownerUrl = withCredentials(adminUrl, DEFAULT_ROLE_NAMES.owner, passwords.owner);
    appUrl = withCredentials(adminUrl, DEFAULT_ROLE_NAMES.app, passwords.app);
  } else {
    const server = await startTestPostgres("integration");
    adminUrl = server.url("postgres", "superuser");
    ownerUrl = server.url("postgres", "owner");
    appUrl = server.url("postgres", "app");
    stop = server.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.end();
  await ensureAppDatabase(adminUrl, TEMPLATE_DATABASE, DEFAULT_ROLE_NAMES);
  await applyMigrations(withDatabaseName(ownerUrl, TEMPLATE_DATABASE));
  const prisma = createPrismaClient(withDatabaseName(appUrl, TEMPLATE_DATABASE));
  await seedDatabase(prisma);
  await prisma.$disconnect();
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_OWNER_DATABASE_URL = ownerUrl;
  process.env.TEST_APP_DATABASE_URL = appUrl;
  if (process.env.TEST_THROUGH_PGBOUNCER === "1") {
    // The application's connections go through PgBouncer in transaction mode (issue 13), as in a
    // deployment behind it; the owner and superuser (migrations, test set-up) stay direct.
    const app = new URL(appUrl);
    const role = decodeURIComponent(app.username);
    const bouncer = await startPgBouncer({
      upstream: { host: app.hostname, port: Number(app.port) },
      users: { [role]: decodeURIComponent(app.password) },
      poolSize: Number(process.env.TEST_PGBOUNCER_POOL_SIZE ?? 4),
    });
    // PgBouncer 1.18 refuses unknown startup parameters: the timeouts come from the role instead.
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`ALTER ROLE "${role}" SET statement_timeout = '15s'`);
    await admin.query(`ALTER ROLE "${role}" SET idle_in_transaction_session_timeout = '30s'`);
    await admin.end();
    process.env.DB_TIMEOUTS_IN_STARTUP = "0";
    process.env.TEST_APP_DATABASE_URL = bouncer.url(role, decodeURIComponent(app.password), "postgres");
    process.stdout.write(`[integration] application connections through PgBouncer (transaction mode) on port ${bouncer.port}\n`);
    const stopDatabase = stop;
    return async () => {
      await bouncer.stop();
      await stopDatabase();
    };
  }
  return stop;
}
