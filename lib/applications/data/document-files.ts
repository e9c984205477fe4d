import { prisma } from "@/lib/db/client";
import { enqueuePassportScan, isPassportDocument } from "@/lib/passport/jobs/enqueue";
import type { StoredUpload } from "@/lib/uploads/receive-upload";
import type { CurrentUser } from "@/lib/kernel/access";
import { enforceUploadQuota, UPLOAD_RECORD_TRANSACTION } from "@/lib/uploads/data/upload-quotas";

// Applicants may change documents only while the application is theirs to edit.
const EDITABLE_BY_APPLICANT = ["DRAFT", "CHANGES_REQUESTED"] as const;

/** The document slot an applicant may upload into, or null (unknown, other company, or locked). */
export async function findUploadTarget(actor: CurrentUser, applicationId: string, code: string) {
  if (actor.role !== "APPLICANT" || !actor.companyId) return null;
  const document = await prisma.applicationDocument.findFirst({
    where: {
      applicationId,
      code,
      status: { not: "APPROVED" },
      application: { companyId: actor.companyId, status: { in: [...EDITABLE_BY_APPLICANT] } },
    },
    select: { id: true, applicationId: true },
  });
  return document;
}

/**
 * Records a stored upload in its slot. A slot the reviewer rejected starts a new version: the
 * files it was rejected for stay in the history (superseded) and the slot awaits review again.
 */
export async function recordUploadedFile(actor: CurrentUser, documentId: string, upload: StoredUpload, originalName: string) {
  return prisma.$transaction(async (tx) => {
    const document = await tx.applicationDocument.findFirst({
      where: {
        id: documentId,
        status: { not: "APPROVED" },
        application: { companyId: actor.companyId ?? "-", status: { in: [...EDITABLE_BY_APPLICANT] } },
      },
      select: { id: true, code: true, status: true, reviewedAt: true, applicationId: true },
    });
    if (!document) return null;
    await enforceUploadQuota(tx, { companyId: actor.companyId!, applicationId: document.applicationId, documentId }, upload.sizeBytes);
    if (document.status === "REJECTED") {
      await tx.documentFile.updateMany({
        where: { documentId, supersededAt: null, createdAt: { lte: document.reviewedAt ?? new Date() } },
        data: { supersededAt: new Date() },
      });
    }
    await tx.applicationDocument.update({ where: { id: documentId }, data: { status: "UPLOADED", version: { increment: 1 } } });
    const file = await tx.documentFile.create({
      data: {
        documentId,
        storageKey: upload.storageKey,
        originalName,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
        uploadedById: actor.id,
      },
      select: { id: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true },
    });
    if (isPassportDocument(document.code)) {
      await enqueuePassportScan(tx, {
        companyId: actor.companyId!,
        uploadedById: actor.id,
        storageKey: upload.storageKey,
        mimeType: upload.mimeType,
        documentFileId: file.id,
      });
    }
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "UPLOAD_FILE",
        entityType: "ApplicationDocument",
        entityId: documentId,
        applicationId: document.applicationId,
        details: { fileId: file.id, sha256: upload.sha256, sizeBytes: upload.sizeBytes },
      },
    });
    return file;
  }, UPLOAD_RECORD_TRANSACTION);
}

/**
 * Removes a not-yet-reviewed file. Returns null if not allowed, else the storage key to delete:
 * null there for a file taken from the company vault, whose stored object the vault keeps.
 */
export async function deleteUploadedFile(actor: CurrentUser, fileId: string): Promise<{ storageKey: string | null } | null> {
  return prisma.$transaction(async (tx) => {
    const file = await tx.documentFile.findFirst({
      where: {
        id: fileId,
        supersededAt: null,
        document: { status: "UPLOADED", application: { companyId: actor.companyId ?? "-", status: { in: [...EDITABLE_BY_APPLICANT] } } },
      },
      select: {
        id: true,
        storageKey: true,
        vaultVersionId: true,
        documentId: true,
        document: { select: { applicationId: true, reviewedAt: true } },
      },
    });
    if (!file || actor.role !== "APPLICANT") return null;
    await tx.documentFile.delete({ where: { id: file.id } });
    const remaining = await tx.documentFile.count({ where: { documentId: file.documentId, supersededAt: null } });
    if (remaining === 0) {
      // A slot that had been rejected goes back to rejected; a fresh one back to missing.
      await tx.applicationDocument.update({
        where: { id: file.documentId },
        data: { status: file.document.reviewedAt ? "REJECTED" : "MISSING", version: { increment: 1 } },
      });
    }
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "DELETE_FILE",
        entityType: "ApplicationDocument",
        entityId: file.documentId,
        applicationId: file.document.applicationId,
        details: { fileId },
      },
    });
    return { storageKey: file.vaultVersionId ? null : file.storageKey };
  });
}

/**
 * A file the user may download: applicants their company's, staff any submitted application's.
 * `fromVault` says the file was taken from the company document vault; `vaultVersionId` is the
 * exact (immutable) vault version, frozen on the application.
 */
export async function findFileForDownload(actor: CurrentUser, fileId: string) {
  const scope = actor.role === "APPLICANT" ? { companyId: actor.companyId ?? "-" } : { status: { not: "DRAFT" as const } };
  const file = await prisma.documentFile.findFirst({
    where: { id: fileId, document: { application: scope } },
    select: {
      storageKey: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      vaultVersionId: true,
      document: { select: { code: true, applicationId: true } },
    },
  });
  if (!file) return null;
  const { document, ...rest } = file;
  return { ...rest, code: document.code, applicationId: document.applicationId, fromVault: file.vaultVersionId !== null };
}
