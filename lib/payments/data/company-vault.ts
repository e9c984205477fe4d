import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import type { StoredUpload } from "@/lib/uploads/receive-upload";
import { isVaultSlot, validityOf, vaultSlots, type Validity, type VaultLanguage } from "@/lib/payments/vault-slots";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { enforceUploadQuota, UPLOAD_RECORD_TRANSACTION } from "@/lib/uploads/data/upload-quotas";

type Tx = Prisma.TransactionClient;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export type VaultVersionView = {
  id: string;
  originalName: string;
  sizeBytes: number;
  createdAt: Date;
  replacedAt: Date | null;
  validUntil: string | null;
  uploadedBy: string;
  usedIn: { applicationId: string; number: string | null; status: string }[];
  /** Applications in which staff rejected this very version. */
  rejectedIn: { applicationId: string; number: string | null; reason: string | null; comment: string | null }[];
};

export type VaultSlotView = {
  code: string;
  language: VaultLanguage;
  current: VaultVersionView | null;
  validity: Validity;
  history: VaultVersionView[];
};

/**
 * The company's vault, slot by slot: the current version with its validity, earlier versions,
 * which applications used which version, and where a version was rejected (a rejected slot, or
 * a vault file superseded because its slot was rejected).
 */
export async function listCompanyVault(actor: CurrentUser, now = new Date()): Promise<VaultSlotView[]> {
  const companyId = applicantCompanyId(actor);
  const versions = await prisma.companyDocumentVersion.findMany({
    where: { companyId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      code: true,
      language: true,
      originalName: true,
      sizeBytes: true,
      createdAt: true,
      replacedAt: true,
      validUntil: true,
      uploadedBy: { select: { name: true } },
      usedIn: {
        where: { document: { application: { companyId } } },
        select: {
          supersededAt: true,
          document: {
            select: {
              status: true,
              rejectReason: true,
              reviewerComment: true,
              application: { select: { id: true, number: true, status: true } },
            },
          },
        },
      },
    },
  });
  const today = isoDateInTimeZone(now);
  const view = (v: (typeof versions)[number]): VaultVersionView => {
    const apps = new Map<string, VaultVersionView["usedIn"][number]>();
    const rejected = new Map<string, VaultVersionView["rejectedIn"][number]>();
    for (const use of v.usedIn) {
      const app = use.document.application;
      apps.set(app.id, { applicationId: app.id, number: app.number, status: app.status });
      if (use.document.status === "REJECTED" || use.supersededAt) {
        rejected.set(app.id, {
          applicationId: app.id,
          number: app.number,
          reason: use.document.rejectReason,
          comment: use.document.reviewerComment,
        });
      }
    }
    return {
      id: v.id,
      originalName: v.originalName,
      sizeBytes: v.sizeBytes,
      createdAt: v.createdAt,
      replacedAt: v.replacedAt,
      validUntil: iso(v.validUntil),
      uploadedBy: v.uploadedBy.name,
      usedIn: [...apps.values()],
      rejectedIn: [...rejected.values()],
    };
  };
  return vaultSlots().map((slot) => {
    const mine = versions.filter((v) => v.code === slot.code && v.language === slot.language).map(view);
    const current = mine.find((v) => !v.replacedAt) ?? null;
    return { ...slot, current, validity: validityOf(current?.validUntil ?? null, today), history: mine.filter((v) => v !== current) };
  });
}

export type VaultUploadInput = { code: string; language: string; validUntil: string | null };

/** Is this a slot the applicant's company may upload into? (checked before the body is read) */
export function canUploadToVault(actor: CurrentUser, input: VaultUploadInput): boolean {
  return (
    actor.role === "APPLICANT" &&
    Boolean(actor.companyId) &&
    isVaultSlot(input.code, input.language) &&
    (input.validUntil === null || /^\d{4}-\d{2}-\d{2}$/.test(input.validUntil))
  );
}

/**
 * Adds a version to the vault; the previous current version is kept, stamped replacedAt.
 * Applications that used it keep it (their DocumentFile rows point at the version, not the slot).
 * Returns null when a concurrent upload to the same slot won (the caller deletes the stored file).
 */
export async function recordVaultVersion(actor: CurrentUser, input: VaultUploadInput, upload: StoredUpload, originalName: string) {
  const companyId = applicantCompanyId(actor);
  if (!canUploadToVault(actor, input)) return null;
  const language = input.language as VaultLanguage;
  try {
    return await prisma.$transaction(async (tx) => {
      const now = new Date();
      await enforceUploadQuota(tx, { companyId, vault: { code: input.code, language } }, upload.sizeBytes);
      await tx.companyDocumentVersion.updateMany({
        where: { companyId, code: input.code, language, replacedAt: null },
        data: { replacedAt: now },
      });
      const version = await tx.companyDocumentVersion.create({
        data: {
          companyId,
          code: input.code,
          language,
          storageKey: upload.storageKey,
          originalName,
          mimeType: upload.mimeType,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          validUntil: input.validUntil ? new Date(`${input.validUntil}T00:00:00Z`) : null,
          uploadedById: actor.id,
        },
        select: { id: true, originalName: true, createdAt: true },
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "VAULT_UPLOAD",
          entityType: "CompanyDocumentVersion",
          entityId: version.id,
          details: { code: input.code, language, sha256: upload.sha256 },
        },
      });
      return version;
    }, UPLOAD_RECORD_TRANSACTION);
  } catch (error) {
    // The partial unique index: another upload to this slot committed first.
    if ((error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}

/** Sets or clears the validity date of the current version of a slot. */
export async function setVaultValidity(actor: CurrentUser, versionId: string, validUntil: string | null): Promise<boolean> {
  const companyId = applicantCompanyId(actor);
  if (validUntil !== null && !/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) return false;
  const updated = await prisma.companyDocumentVersion.updateMany({
    where: { id: versionId, companyId, replacedAt: null },
    data: { validUntil: validUntil ? new Date(`${validUntil}T00:00:00Z`) : null },
  });
  return updated.count === 1;
}

/** A vault version the applicant may download (their company's), for /api/files/[id]. */
export async function findVaultVersionForDownload(actor: CurrentUser, versionId: string) {
  if (actor.role !== "APPLICANT" || !actor.companyId) return null;
  return prisma.companyDocumentVersion.findFirst({
    where: { id: versionId, companyId: actor.companyId },
    select: { storageKey: true, originalName: true, mimeType: true, sizeBytes: true },
  });
}

/**
 * Puts the company's current vault versions into new, empty company-document slots of an
 * application (both language versions where there are two). Expired versions are left out:
 * the applicant must upload a valid one. The files point at the exact version (vaultVersionId),
 * which is immutable, so replacing the vault document later never changes this application.
 */
export async function prefillFromVault(tx: Tx, applicationId: string, codes: readonly string[], now = new Date()): Promise<number> {
  if (codes.length === 0) return 0;
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { companyId: true, createdById: true },
  });
  const today = new Date(`${isoDateInTimeZone(now)}T00:00:00Z`);
  const versions = await tx.companyDocumentVersion.findMany({
    where: {
      companyId: application.companyId,
      code: { in: [...codes] },
      replacedAt: null,
      OR: [{ validUntil: null }, { validUntil: { gte: today } }],
    },
    orderBy: [{ code: "asc" }, { language: "asc" }],
  });
  if (versions.length === 0) return 0;
  const documents = await tx.applicationDocument.findMany({
    where: { applicationId, code: { in: [...new Set(versions.map((v) => v.code))] }, status: "MISSING", files: { none: {} } },
    select: { id: true, code: true },
  });
  let filled = 0;
  for (const document of documents) {
    const mine = versions.filter((v) => v.code === document.code);
    await tx.documentFile.createMany({
      data: mine.map((v) => ({
        documentId: document.id,
        storageKey: v.storageKey,
        originalName: v.originalName,
        mimeType: v.mimeType,
        sizeBytes: v.sizeBytes,
        sha256: v.sha256,
        uploadedById: application.createdById,
        vaultVersionId: v.id,
      })),
    });
    await tx.applicationDocument.update({ where: { id: document.id }, data: { status: "UPLOADED", version: { increment: 1 } } });
    filled += 1;
  }
  return filled;
}
