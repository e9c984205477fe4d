import { prisma } from "@/lib/db/client";
import { findVaultVersionForDownload } from "@/lib/payments/data/company-vault";
import { findFileForDownload } from "./document-files";
import { findReceiptForDownload } from "@/lib/payments/data/invoices";
import type { CurrentUser } from "@/lib/kernel/access";

// Personal data access is recorded: every download or preview of an applicant's file (documents,
// results, files taken from the vault, payment receipts) by staff or an administrator writes an
// audit event (who, which file, when: the database's clock) on the application's timeline. It is
// written before a byte is served: if the event cannot be written, the file is not served.

export type DownloadableFile = { storageKey: string; originalName: string; mimeType: string; sizeBytes: number };

type Access = {
  entityType: "DocumentFile" | "PaymentReceipt";
  fileId: string;
  applicationId: string;
  code?: string;
  fileName: string;
  inline: boolean;
};

async function recordAccess(actor: CurrentUser, access: Access): Promise<void> {
  // An applicant reading their own company's files is not access to someone else's personal data.
  if (actor.role === "APPLICANT") return;
  const noun = access.entityType === "PaymentReceipt" ? "RECEIPT" : "FILE";
  await prisma.auditEvent.create({
    data: {
      actorId: actor.id,
      action: `${noun}_${access.inline ? "PREVIEWED" : "DOWNLOADED"}`,
      entityType: access.entityType,
      entityId: access.fileId,
      applicationId: access.applicationId,
      details: { ...(access.code ? { code: access.code } : {}), fileName: access.fileName },
    },
  });
}

/** An application's file (or, for applicants, a vault version) the user may see; null otherwise. */
export async function openFileForDownload(
  actor: CurrentUser,
  fileId: string,
  options: { inline: boolean },
): Promise<DownloadableFile | null> {
  const file = await findFileForDownload(actor, fileId);
  if (file) {
    await recordAccess(actor, {
      entityType: "DocumentFile",
      fileId,
      applicationId: file.applicationId,
      code: file.code,
      fileName: file.originalName,
      inline: options.inline,
    });
    return file;
  }
  return findVaultVersionForDownload(actor, fileId);
}

/** A payment receipt the user may see; null otherwise. */
export async function openReceiptForDownload(
  actor: CurrentUser,
  receiptId: string,
  options: { inline: boolean },
): Promise<DownloadableFile | null> {
  const receipt = await findReceiptForDownload(actor, receiptId);
  if (!receipt) return null;
  await recordAccess(actor, {
    entityType: "PaymentReceipt",
    fileId: receiptId,
    applicationId: receipt.applicationId,
    fileName: receipt.originalName,
    inline: options.inline,
  });
  return receipt;
}
