import { prisma } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

/** The name of the company the queue is filtered by, for the "only this company" label. */
export async function findQueueCompanyName(actor: CurrentUser, companyId: string): Promise<string | null> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const company = await prisma.company.findUnique({ where: { id: companyId }, select: { name: true } });
  return company?.name ?? null;
}
