// npm run db:migrate: the release step, run once per deployment before the new web servers start.
// Applies pending migrations over DIRECT_DATABASE_URL (a direct, non-pooled connection as the owner
// role; falls back to DATABASE_URL), or to the embedded development database when neither is set,
// then adds the reference data the service needs (MRP rates, the holiday calendar, booking
// settings: idempotent, never overwriting an edit). Never demo data: that is `npm run db:seed`.
import { applyMigrations } from "../lib/db/migrations";
import { withDatabase } from "./lib/database";

withDatabase(async ({ migrationUrl }) => {
  const applied = await applyMigrations(migrationUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  const { createPrismaClient } = await import("../lib/db/client");
  const { seedReferenceData } = await import("../lib/seed/seed");
  const prisma = createPrismaClient(migrationUrl);
  await seedReferenceData(prisma).finally(() => prisma.$disconnect());
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
