import { generatePrismaClient } from "./lib/prisma-generate";

generatePrismaClient()
  .then(() => console.log("Generated the Prisma client in lib/db/generated."))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
