import { prisma } from "@/lib/db/client";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import type { ApplicationStep } from "@/lib/review/action-schemas";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { newChangesDueOn } from "./changes-deadline";
import { issueInvoice } from "@/lib/payments/data/invoices";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { assertVersion, lockApplication, notificationBase, preconditionFailed, RESULT_DOCUMENT_CODE, type Tx } from "./review-shared";

/** Staff open a submitted application: SUBMITTED → IN_REVIEW. */
export async function startReview(actor: CurrentUser, input: ApplicationStep) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    return transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "START_REVIEW",
      expectedVersion: input.expectedVersion,
    });
  });
}

function reviewedDocuments(tx: Tx, applicationId: string) {
  return tx.applicationDocument.findMany({
    where: { applicationId, code: { not: RESULT_DOCUMENT_CODE } },
    select: { id: true, code: true, status: true, rejectReason: true, reviewerComment: true },
    orderBy: { code: "asc" },
  });
}

/** IN_REVIEW → CHANGES_REQUESTED, allowed once at least one document is rejected; the applicant is told which. */
export async function requestChanges(actor: CurrentUser, input: ApplicationStep, now = new Date()) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    const rejected = (await reviewedDocuments(tx, application.id)).filter((d) => d.status === "REJECTED");
    if (application.status === "IN_REVIEW" && rejected.length === 0) throw preconditionFailed("review.errors.nothingRejected");
    // Issue 17: the applicant has until this day to answer; the day after, the application lapses.
    const changesDueOn = await newChangesDueOn(tx, isoDateInTimeZone(now));
    const result = await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "REQUEST_CHANGES",
      expectedVersion: input.expectedVersion,
      details: {
        documents: rejected.map((d) => ({ documentId: d.id, code: d.code, reason: d.rejectReason })),
        changesDueOn: changesDueOn.toISOString().slice(0, 10),
      },
      data: { changesDueOn },
    });
    await enqueueNotificationForCompany(tx, {
      kind: "CHANGES_REQUESTED",
      companyId: application.companyId,
      payload: {
        ...notificationBase(application),
        dueOn: changesDueOn,
        // OTHER means "read the comment": the comment alone says it better than "Other: …".
        documents: rejected.map((d) => ({
          code: d.code,
          ...(d.rejectReason && d.rejectReason !== "OTHER" ? { reasonCode: d.rejectReason } : {}),
          ...(d.reviewerComment ? { comment: d.reviewerComment } : {}),
        })),
      },
    });
    return result;
  });
}

/**
 * IN_REVIEW → DOCUMENTS_APPROVED, allowed only when every uploaded document is approved: none
 * awaits a decision and none is rejected. Optional documents the applicant did not upload
 * (MISSING) do not hold the application up.
 */
export async function approveDocuments(actor: CurrentUser, input: ApplicationStep) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    if (application.status === "IN_REVIEW") {
      const documents = await reviewedDocuments(tx, application.id);
      const rejected = documents.filter((d) => d.status === "REJECTED").map((d) => d.code);
      const unreviewed = documents.filter((d) => d.status === "UPLOADED").map((d) => d.code);
      if (rejected.length) throw preconditionFailed("review.errors.rejectedDocuments", { rejected, unreviewed });
      if (unreviewed.length) throw preconditionFailed("review.errors.unreviewedDocuments", { unreviewed });
    }
    const result = await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "APPROVE_DOCUMENTS",
      expectedVersion: input.expectedVersion,
    });
    await enqueueNotificationForCompany(tx, {
      kind: "DOCUMENTS_APPROVED",
      companyId: application.companyId,
      payload: notificationBase(application),
    });
    // The invoice for the frozen tariff is due once the documents are approved (issue 8).
    await issueInvoice(tx, application.id);
    return result;
  });
}
