// npm run dev: embedded PostgreSQL (or DATABASE_URL), migrations, demo data, then `next dev`.
import { generatePrismaClient } from "./lib/prisma-generate";

async function main() {
  // The Prisma client is generated code (not committed): make it before anything imports it.
  await generatePrismaClient();
  const { boot } = await import("./lib/boot");
  await boot("dev");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
