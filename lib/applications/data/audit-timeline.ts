import { prisma } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

// The trail is append-only (a trigger refuses UPDATE and DELETE); this only reads it.
const TIMELINE_LIMIT = 500;

/** Every audit event of a submitted application, oldest first, with who did it. */
export async function listApplicationTimeline(actor: CurrentUser, applicationId: string) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const events = await prisma.auditEvent.findMany({
    where: { applicationId },
    // Insertion order: a step and the transition it triggered share one instant but not one id.
    orderBy: { id: "asc" },
    take: TIMELINE_LIMIT,
    select: {
      id: true,
      action: true,
      entityType: true,
      fromStatus: true,
      toStatus: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
    },
  });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}

export type TimelineEvent = Awaited<ReturnType<typeof listApplicationTimeline>>[number];
