// npm run db:migration -- <name>: writes the next prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema the last migration was made from and prisma/schema.prisma.
import fs from "node:fs/promises";
import path from "node:path";
import { format } from "date-fns";
import { MIGRATIONS_DIR } from "../lib/db/migrations";
import { diffSchemas } from "../lib/db/schema-diff";
import { withDatabase } from "./lib/database";

const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema-snapshot.prisma");

async function main() {
  const name = (process.argv[2] ?? "").trim();
  if (!/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
    process.exit(2);
  }
  const current = await fs.readFile(path.resolve("prisma/schema.prisma"), "utf8");
  const previous = await fs.readFile(SNAPSHOT, "utf8").catch(() => null);
  const sql = await withDatabase(({ url }) => diffSchemas(previous, current, url));
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("The schema has not changed since the last migration; nothing written.");
    return;
  }
  const dir = path.join(MIGRATIONS_DIR, `${format(new Date(), "yyyyMMddHHmmss")}_${name}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "migration.sql"), sql);
  await fs.writeFile(SNAPSHOT, current);
  await fs.writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(
    `Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Add any hand-written SQL (CHECK, partial indexes) below the generated part.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
