import { prisma } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

// "Next application in my queue": what a reviewer works on after this one. Mine first (assigned
// to me), then unassigned ones; those waiting for a decision (submitted or in review); the one
// waiting longest first. The current application is skipped.
const WAITING_FOR_STAFF = ["SUBMITTED", "IN_REVIEW"] as const;

export async function findNextInMyQueue(actor: CurrentUser, currentId: string): Promise<{ id: string; number: string | null } | null> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const select = { id: true, number: true } as const;
  const orderBy = [{ submittedAt: "asc" as const }, { id: "asc" as const }];
  const base = { id: { not: currentId }, status: { in: [...WAITING_FOR_STAFF] } };
  return (
    (await prisma.application.findFirst({ where: { ...base, assigneeId: actor.id }, orderBy, select })) ??
    (await prisma.application.findFirst({ where: { ...base, assigneeId: null }, orderBy, select }))
  );
}
