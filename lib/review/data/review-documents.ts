import { prisma } from "@/lib/db/client";
import type { DocumentDecision } from "@/lib/review/reject-reasons";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { lockApplication, preconditionFailed, RESULT_DOCUMENT_CODE } from "./review-shared";

export type DocumentDecisionOutcome = { documentId: string; status: "APPROVED" | "REJECTED"; version: number; startedReview: boolean };

/**
 * A reviewer approves or rejects one document. Optimistic concurrency on the document's version:
 * of two reviewers deciding on the same version, exactly one wins and the other gets CONFLICT.
 * The first decision on a SUBMITTED application starts its review (START_REVIEW) on the way.
 * A missing document can be rejected (to ask for it) but not approved.
 */
export async function decideDocument(
  actor: CurrentUser,
  input: DocumentDecision,
  now: Date = new Date(),
): Promise<DocumentDecisionOutcome> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    let application = await lockApplication(tx, input.applicationId);
    let startedReview = false;
    if (application.status === "SUBMITTED") {
      const started = await transitionApplication(tx, {
        applicationId: application.id,
        actor,
        action: "START_REVIEW",
        details: { automatic: true },
      });
      application = { ...application, status: started.to, version: started.version };
      startedReview = true;
    }
    if (application.status !== "IN_REVIEW")
      throw new WorkflowError("NOT_ALLOWED_FROM_STATUS", `Documents are decided in review, not in ${application.status}`);
    const document = await tx.applicationDocument.findFirst({
      where: { id: input.documentId, applicationId: application.id, code: { not: RESULT_DOCUMENT_CODE } },
      select: { id: true, code: true, status: true, files: { where: { supersededAt: null }, select: { id: true } } },
    });
    if (!document) throw new WorkflowError("NOT_FOUND", "Document not found");
    if (input.decision === "APPROVE" && document.files.length === 0) throw preconditionFailed("review.errors.approveMissingDocument");
    const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const isReject = status === "REJECTED";
    const updated = await tx.applicationDocument.updateMany({
      where: { id: document.id, version: input.expectedVersion },
      data: {
        status,
        rejectReason: isReject ? input.reason : null,
        reviewerComment: input.comment ?? null,
        reviewedById: actor.id,
        reviewedAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new WorkflowError("CONFLICT", "The document was changed by someone else");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: isReject ? "REJECT_DOCUMENT" : "APPROVE_DOCUMENT",
        entityType: "ApplicationDocument",
        entityId: document.id,
        applicationId: application.id,
        fromStatus: document.status,
        toStatus: status,
        // The decision, which files it covered and what the applicant was told (never file content).
        details: {
          code: document.code,
          fileIds: document.files.map((f) => f.id),
          ...(isReject ? { reason: input.reason } : {}),
          ...(input.comment ? { comment: input.comment } : {}),
        },
        createdAt: now,
      },
    });
    return { documentId: document.id, status, version: input.expectedVersion + 1, startedReview };
  });
}
