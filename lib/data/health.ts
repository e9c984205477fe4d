import { prisma } from "@/lib/db/client";

export async function isDatabaseAnswering(timeoutMs = 2000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const query = prisma.$queryRaw`SELECT 1`.then(() => true as const, () => false as const);
  return Promise.race([query, timeout]);
}
