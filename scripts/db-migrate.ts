// npm run db:migrate: applies pending migrations to DATABASE_URL or the embedded database.
import { applyMigrations } from "../lib/db/migrations";
import { withDatabase } from "./lib/database";

withDatabase(async ({ migrationUrl }) => {
  const applied = await applyMigrations(migrationUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
