// npm run dev: embedded PostgreSQL (or DATABASE_URL), migrations, demo data, then `next dev`.
import { generatePrismaClient } from "./lib/prisma-generate";
import { boot } from "./lib/boot";

generatePrismaClient()
  .then(() => boot("dev"))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
