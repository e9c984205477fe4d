import { prisma } from "@/lib/db/client";
import { enqueueNotificationForCompany } from "@/lib/outbox/enqueue";
import type { CompleteStep } from "@/lib/review/action-schemas";
import { isIsoDate, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { issuedCategoryOf } from "@/lib/rules/issued-document";
import type { StoredUpload } from "@/lib/uploads/receive-upload";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { assertVersion, lockApplication, notificationBase, preconditionFailed, RESULT_DOCUMENT_CODE, type Tx } from "./review-shared";

export type ResultFile = { upload: StoredUpload; originalName: string };

/**
 * Files the result under a document slot of its own (code RESULT, approved), so that the
 * applicant downloads it through /api/files/<id>, which already scopes files by company.
 */
async function storeResult(tx: Tx, actor: CurrentUser, applicationId: string, result: ResultFile, now: Date): Promise<string> {
  if (result.upload.mimeType !== "application/pdf") throw preconditionFailed("review.errors.resultNotPdf");
  const document = await tx.applicationDocument.upsert({
    where: { applicationId_code: { applicationId, code: RESULT_DOCUMENT_CODE } },
    create: { applicationId, code: RESULT_DOCUMENT_CODE, status: "APPROVED", reviewedById: actor.id, reviewedAt: now },
    update: {},
    select: { id: true },
  });
  // A result attached by an earlier, failed attempt would have been rolled back with it; older
  // versions (none today) stay in the history like any superseded file.
  await tx.documentFile.updateMany({ where: { documentId: document.id, supersededAt: null }, data: { supersededAt: now } });
  const file = await tx.documentFile.create({
    data: {
      documentId: document.id,
      storageKey: result.upload.storageKey,
      originalName: result.originalName,
      mimeType: result.upload.mimeType,
      sizeBytes: result.upload.sizeBytes,
      sha256: result.upload.sha256,
      uploadedById: actor.id,
      createdAt: now,
    },
    select: { id: true },
  });
  return file.id;
}

/**
 * The issued visa's or permit's expiry goes into the people register of the company for every
 * person of the request (a family's visas are issued together, with the principal's term), so
 * the people dashboard can count down to the next extension.
 */
async function recordIssuedDocument(
  tx: Tx,
  application: { id: string; serviceCode: string; companyId: string },
  expiresOn: string,
  now: Date,
): Promise<string> {
  const category = issuedCategoryOf(application.serviceCode);
  if (!category) throw preconditionFailed("review.errors.issuesNoVisa");
  if (!isIsoDate(expiresOn)) throw preconditionFailed("review.validation.dateRequired");
  if (expiresOn <= isoDateInTimeZone(now)) throw preconditionFailed("review.errors.issuedExpiryPast");
  const people = await tx.applicationPerson.findMany({ where: { applicationId: application.id }, select: { personId: true } });
  await tx.person.updateMany({
    where: { id: { in: people.map((p) => p.personId) }, companyId: application.companyId },
    data: { visaCategory: category, visaExpiresOn: new Date(`${expiresOn}T00:00:00Z`) },
  });
  return category;
}

/**
 * IN_PROCESSING → COMPLETED, optionally with the result (a PDF, e.g. the approved invitation
 * letter) for the applicant to download. The caller stored the file already; if this throws,
 * the caller deletes it, so a refused completion leaves neither a file nor a row.
 */
export async function completeApplication(
  actor: CurrentUser,
  input: CompleteStep,
  result: ResultFile | null = null,
  now: Date = new Date(),
) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const application = await lockApplication(tx, input.applicationId);
    assertVersion(application, input.expectedVersion);
    // Checked before the file is filed, so that a wrong status is reported as such.
    if (application.status !== "IN_PROCESSING")
      throw new WorkflowError("NOT_ALLOWED_FROM_STATUS", `COMPLETE is not allowed from ${application.status}`);
    const issuedCategory = input.issuedExpiresOn ? await recordIssuedDocument(tx, application, input.issuedExpiresOn, now) : null;
    const resultFileId = result ? await storeResult(tx, actor, application.id, result, now) : null;
    const outcome = await transitionApplication(tx, {
      applicationId: application.id,
      actor,
      action: "COMPLETE",
      expectedVersion: input.expectedVersion,
      details: {
        ...(resultFileId ? { resultFileId } : {}),
        ...(issuedCategory ? { issuedCategory, issuedExpiresOn: input.issuedExpiresOn } : {}),
      },
      data: resultFileId ? { resultFileId } : {},
    });
    await enqueueNotificationForCompany(tx, {
      kind: "COMPLETED",
      companyId: application.companyId,
      payload: notificationBase(application),
    });
    return { ...outcome, resultFileId };
  });
}
