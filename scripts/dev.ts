// npm run dev: embedded PostgreSQL (or DATABASE_URL), migrations, demo data, then `next dev`.
import { generateCode } from "./lib/generate-code";

async function main() {
  // The Prisma client and the locale modules are generated code (not committed): make them before anything imports them.
  await generateCode();
  const { boot } = await import("./lib/boot");
  await boot("dev");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
