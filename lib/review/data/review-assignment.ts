import { prisma } from "@/lib/db/client";
import type { z } from "zod";
import type { assignSchema } from "@/lib/review/action-schemas";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { assertVersion, lockApplication, preconditionFailed } from "./review-shared";

/** Colleagues an application can be given to: active staff and administrators. */
export async function listAssignableStaff(actor: CurrentUser) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.user.findMany({
    where: { role: { in: ["STAFF", "ADMIN"] }, isActive: true },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Gives an application to a colleague (or to nobody). Checked against the version the page
 * showed, like every other step: two people reassigning at once do not silently overwrite.
 */
export async function assignApplication(actor: CurrentUser, input: z.output<typeof assignSchema>, now: Date = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    if (input.assigneeId) {
      const assignee = await tx.user.findFirst({
        where: { id: input.assigneeId, role: { in: ["STAFF", "ADMIN"] }, isActive: true },
        select: { id: true },
      });
      if (!assignee) throw preconditionFailed("review.errors.assigneeInvalid");
    }
    const before = await tx.application.findUniqueOrThrow({ where: { id: application.id }, select: { assigneeId: true } });
    if (before.assigneeId === input.assigneeId) return { assigneeId: input.assigneeId, version: application.version };
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new WorkflowError("CONFLICT", "The application was changed by someone else");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "ASSIGN",
        entityType: "Application",
        entityId: application.id,
        applicationId: application.id,
        details: { fromAssigneeId: before.assigneeId, toAssigneeId: input.assigneeId },
        createdAt: now,
      },
    });
    return { assigneeId: input.assigneeId, version: application.version + 1 };
  });
}
