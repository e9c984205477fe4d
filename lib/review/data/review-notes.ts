import { prisma } from "@/lib/db/client";
import type { NoteInput } from "@/lib/review/action-schemas";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

/**
 * An internal note on an application. Notes are for staff only: no applicant query selects
 * StaffNote, and the audit event records that a note was added, not what it says.
 */
export async function addStaffNote(actor: CurrentUser, input: NoteInput, now: Date = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: input.applicationId, status: { not: "DRAFT" } },
      select: { id: true },
    });
    if (!application) throw new WorkflowError("NOT_FOUND", "Application not found");
    const note = await tx.staffNote.create({
      data: { applicationId: application.id, authorId: actor.id, body: input.body, createdAt: now },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "ADD_NOTE",
        entityType: "StaffNote",
        entityId: note.id,
        applicationId: application.id,
        createdAt: now,
      },
    });
    return note;
  });
}
