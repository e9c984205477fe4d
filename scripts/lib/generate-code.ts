import { generateLocaleModules } from "./generate-locale-modules";
import { generatePrismaClient } from "./prisma-generate";

/**
 * The code that is generated, not committed: the Prisma client (from prisma/schema.prisma) and the
 * locale modules (from the locale table). Everything that compiles or runs the portal calls this
 * first: npm run dev, build, typecheck and test, and the scripts that import the database layer.
 */
export async function generateCode(): Promise<void> {
  await generatePrismaClient();
  generateLocaleModules();
}
