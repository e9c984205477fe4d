// npm start: as `npm run dev`, but serves the production build made by `npm run build`.
import { generatePrismaClient } from "./lib/prisma-generate";

async function main() {
  await generatePrismaClient();
  const { boot } = await import("./lib/boot");
  await boot("start");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
