import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { decideDocument } from "@/lib/review/data/review-documents";
import { approveDocuments, requestChanges } from "@/lib/review/data/review-decisions";
import { assignApplication } from "@/lib/review/data/review-assignment";
import { WorkflowError } from "@/lib/workflow/errors";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

function codesOf(results: PromiseSettledResult<unknown>[]) {
  return results.map((r) => (r.status === "fulfilled" ? "OK" : r.reason instanceof WorkflowError ? r.reason.code : String(r.reason)));
}

describe("two reviewers at once", () => {
  it("approve and reject of the same document: exactly one wins, one decision in the audit log", async () => {
    const [alice, bob] = [await createUser(prisma, "STAFF"), await createUser(prisma, "STAFF")];
    for (let round = 0; round < 5; round++) {
      const { application, documents } = await createSubmittedApplication(prisma);
      const doc = documents[0];
      const results = await Promise.allSettled([
        decideDocument(alice, { applicationId: application.id, documentId: doc.id, expectedVersion: doc.version, decision: "APPROVE" }),
        decideDocument(bob, {
          applicationId: application.id,
          documentId: doc.id,
          expectedVersion: doc.version,
          decision: "REJECT",
          reason: "UNREADABLE",
        }),
      ]);
      expect(codesOf(results).sort()).toEqual(["CONFLICT", "OK"]);
      const decisions = await prisma.auditEvent.findMany({
        where: { entityId: doc.id, action: { in: ["APPROVE_DOCUMENT", "REJECT_DOCUMENT"] } },
      });
      expect(decisions).toHaveLength(1);
      const stored = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: doc.id } });
      expect(stored.version).toBe(doc.version + 1);
      expect(stored.status).toBe(decisions[0].toStatus);
      // Both first decisions found the application SUBMITTED: it was started exactly once.
      expect(await prisma.auditEvent.count({ where: { applicationId: application.id, action: "START_REVIEW" } })).toBe(1);
    }
  });

  it("'approve documents' racing a rejection never approves a rejected application", async () => {
    const [alice, bob] = [await createUser(prisma, "STAFF"), await createUser(prisma, "STAFF")];
    const { application, documents } = await createSubmittedApplication(prisma, { documentCodes: ["PASSPORT_COPY", "PHOTO"] });
    const [passport, photo] = documents;
    await decideDocument(alice, { applicationId: application.id, documentId: passport.id, expectedVersion: 0, decision: "APPROVE" });
    const photoDecision = await decideDocument(alice, {
      applicationId: application.id,
      documentId: photo.id,
      expectedVersion: 0,
      decision: "APPROVE",
    });
    const appVersion = (await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).version;
    await Promise.allSettled([
      approveDocuments(alice, { applicationId: application.id, expectedVersion: appVersion }),
      decideDocument(bob, {
        applicationId: application.id,
        documentId: photo.id,
        expectedVersion: photoDecision.version,
        decision: "REJECT",
        reason: "WRONG_DOCUMENT",
      }),
    ]);
    const [app, stored] = await Promise.all([
      prisma.application.findUniqueOrThrow({ where: { id: application.id } }),
      prisma.applicationDocument.findUniqueOrThrow({ where: { id: photo.id } }),
    ]);
    // Either the approval came first (and the rejection was refused), or the rejection did.
    expect(`${app.status}/${stored.status}`).toMatch(/^(DOCUMENTS_APPROVED\/APPROVED|IN_REVIEW\/REJECTED)$/);
  });

  it("two 'request changes' at once: one wins, the other is told to reload", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, documents } = await createSubmittedApplication(prisma);
    await decideDocument(staff, {
      applicationId: application.id,
      documentId: documents[0].id,
      expectedVersion: 0,
      decision: "REJECT",
      reason: "MISSING_PAGES",
    });
    const v = (await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).version;
    const results = await Promise.allSettled([
      requestChanges(staff, { applicationId: application.id, expectedVersion: v }),
      requestChanges(staff, { applicationId: application.id, expectedVersion: v }),
    ]);
    expect(codesOf(results).sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("two reassignments at once: one wins", async () => {
    const [alice, bob] = [await createUser(prisma, "STAFF"), await createUser(prisma, "ADMIN")];
    const { application } = await createSubmittedApplication(prisma);
    const results = await Promise.allSettled([
      assignApplication(alice, { applicationId: application.id, expectedVersion: 0, assigneeId: alice.id }),
      assignApplication(bob, { applicationId: application.id, expectedVersion: 0, assigneeId: bob.id }),
    ]);
    expect(codesOf(results).sort()).toEqual(["CONFLICT", "OK"]);
    expect(await prisma.auditEvent.count({ where: { applicationId: application.id, action: "ASSIGN" } })).toBe(1);
  });
});
