import { generateCode } from "./lib/generate-code";

generateCode()
  .then(() =>
    console.log("Generated the Prisma client (lib/db/generated) and the locale modules (lib/kernel/generated, lib/i18n/generated)."),
  )
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
