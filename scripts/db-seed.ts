// npm run db:seed: demo company, accounts and people, MRP rates and the holiday calendar (idempotent).
import { createPrismaClient } from "../lib/db/client";
import { seedDatabase } from "../lib/seed/seed";
import { seedDemoPeople } from "../lib/seed/demo-people";
import { withDatabase } from "./lib/database";

withDatabase(async ({ url }) => {
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma);
    await seedDemoPeople(prisma);
    console.log("Seeded demo data.");
  } finally {
    await prisma.$disconnect();
  }
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
