import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { decideDocument } from "@/lib/review/data/review-documents";
import { approveDocuments, requestChanges, startReview } from "@/lib/review/data/review-decisions";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication, fileData } from "../support/factories/applications";

const version = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id } })).version;
const docVersion = async (id: string) => (await prisma.applicationDocument.findUniqueOrThrow({ where: { id } })).version;

async function expectWorkflowError(promise: Promise<unknown>, code: string, messageKey?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowError);
  expect((error as WorkflowError).code).toBe(code);
  if (messageKey) expect((error as WorkflowError).details.messageKey).toBe(messageKey);
}

describe("staff review of a submitted application", () => {
  it("rejects a passport copy, the applicant replaces it and resubmits, staff approve everything", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant, documents } = await createSubmittedApplication(prisma);
    const [passport, ...others] = documents;

    await startReview(staff, { applicationId: application.id, expectedVersion: application.version });
    await decideDocument(staff, {
      applicationId: application.id,
      documentId: passport.id,
      expectedVersion: passport.version,
      decision: "REJECT",
      reason: "EXPIRED_PASSPORT",
      comment: "Expired on 1 May",
    });
    for (const doc of others)
      await decideDocument(staff, { applicationId: application.id, documentId: doc.id, expectedVersion: doc.version, decision: "APPROVE" });
    await requestChanges(staff, { applicationId: application.id, expectedVersion: await version(application.id) });

    let current = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(current.status).toBe("CHANGES_REQUESTED");
    const told = await prisma.notification.findFirstOrThrow({ where: { userId: applicant.id, kind: "CHANGES_REQUESTED" } });
    expect(told.payload).toMatchObject({
      applicationNumber: application.number,
      documents: [{ code: "PASSPORT_COPY", reasonCode: "EXPIRED_PASSPORT", comment: "Expired on 1 May" }],
    });

    // The applicant's side (another feature): the rejected file is kept as history, a new one uploaded.
    await prisma.$transaction(async (tx) => {
      await tx.documentFile.updateMany({ where: { documentId: passport.id, supersededAt: null }, data: { supersededAt: new Date() } });
      await tx.documentFile.create({ data: fileData(passport.id, applicant.id) });
      await tx.applicationDocument.update({ where: { id: passport.id }, data: { status: "UPLOADED", version: { increment: 1 } } });
      await transitionApplication(tx, {
        applicationId: application.id,
        actor: applicant,
        action: "SUBMIT",
        expectedVersion: current.version,
      });
    });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");

    // The first decision starts the review by itself.
    const outcome = await decideDocument(staff, {
      applicationId: application.id,
      documentId: passport.id,
      expectedVersion: await docVersion(passport.id),
      decision: "APPROVE",
    });
    expect(outcome.startedReview).toBe(true);
    await approveDocuments(staff, { applicationId: application.id, expectedVersion: await version(application.id) });

    current = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(current.status).toBe("DOCUMENTS_APPROVED");
    const files = await prisma.documentFile.findMany({ where: { documentId: passport.id } });
    expect(files.map((f) => f.supersededAt === null).sort()).toEqual([false, true]);
    const trail = await prisma.auditEvent.findMany({
      where: { applicationId: application.id, entityType: "Application" },
      orderBy: { id: "asc" },
    });
    expect(trail.map((e) => `${e.action}:${e.fromStatus}->${e.toStatus}`)).toEqual([
      "START_REVIEW:SUBMITTED->IN_REVIEW",
      "REQUEST_CHANGES:IN_REVIEW->CHANGES_REQUESTED",
      "SUBMIT:CHANGES_REQUESTED->SUBMITTED",
      "START_REVIEW:SUBMITTED->IN_REVIEW",
      "APPROVE_DOCUMENTS:IN_REVIEW->DOCUMENTS_APPROVED",
    ]);
    expect(await prisma.notification.count({ where: { userId: applicant.id, kind: "DOCUMENTS_APPROVED" } })).toBe(1);
  });

  it("refuses 'approve documents' while a document is unreviewed or rejected", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, documents } = await createSubmittedApplication(prisma);
    const [first, second, third] = documents;
    await startReview(staff, { applicationId: application.id, expectedVersion: 0 });
    await decideDocument(staff, {
      applicationId: application.id,
      documentId: first.id,
      expectedVersion: first.version,
      decision: "APPROVE",
    });
    await decideDocument(staff, {
      applicationId: application.id,
      documentId: second.id,
      expectedVersion: second.version,
      decision: "APPROVE",
    });
    await expectWorkflowError(
      approveDocuments(staff, { applicationId: application.id, expectedVersion: await version(application.id) }),
      "PRECONDITION_FAILED",
      "review.errors.unreviewedDocuments",
    );

    await decideDocument(staff, {
      applicationId: application.id,
      documentId: third.id,
      expectedVersion: third.version,
      decision: "REJECT",
      reason: "UNREADABLE",
    });
    await expectWorkflowError(
      approveDocuments(staff, { applicationId: application.id, expectedVersion: await version(application.id) }),
      "PRECONDITION_FAILED",
      "review.errors.rejectedDocuments",
    );
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses 'request changes' when nothing is rejected", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma);
    await startReview(staff, { applicationId: application.id, expectedVersion: 0 });
    await expectWorkflowError(
      requestChanges(staff, { applicationId: application.id, expectedVersion: 1 }),
      "PRECONDITION_FAILED",
      "review.errors.nothingRejected",
    );
  });

  it("does not approve a document that has no file", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma, { documentCodes: [] });
    const missing = await prisma.applicationDocument.create({ data: { applicationId: application.id, code: "PHOTO", status: "MISSING" } });
    await expectWorkflowError(
      decideDocument(staff, { applicationId: application.id, documentId: missing.id, expectedVersion: 0, decision: "APPROVE" }),
      "PRECONDITION_FAILED",
      "review.errors.approveMissingDocument",
    );
    await decideDocument(staff, {
      applicationId: application.id,
      documentId: missing.id,
      expectedVersion: 0,
      decision: "REJECT",
      reason: "OTHER",
      comment: "Please upload the photo",
    });
    expect((await prisma.applicationDocument.findUniqueOrThrow({ where: { id: missing.id } })).status).toBe("REJECTED");
  });

  it("refuses a stale application version and decisions outside review", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, documents } = await createSubmittedApplication(prisma, { status: "DOCUMENTS_APPROVED" });
    await expectWorkflowError(startReview(staff, { applicationId: application.id, expectedVersion: 7 }), "CONFLICT");
    await expectWorkflowError(
      decideDocument(staff, {
        applicationId: application.id,
        documentId: documents[0].id,
        expectedVersion: 0,
        decision: "REJECT",
        reason: "UNREADABLE",
      }),
      "NOT_ALLOWED_FROM_STATUS",
    );
    const draft = await createSubmittedApplication(prisma, { status: "DRAFT" });
    await expectWorkflowError(startReview(staff, { applicationId: draft.application.id, expectedVersion: 0 }), "NOT_FOUND");
  });
});
