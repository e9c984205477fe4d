import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { UploadQuotaError, uploadLimits, type QuotaCode } from "@/lib/uploads/upload-limits";

type Tx = Prisma.TransactionClient;

/** Where an upload goes, for counting: the company always, and its slot, application, vault document or invoice. */
export type UploadScope = {
  companyId: string;
  applicationId?: string;
  documentId?: string;
  vault?: { code: string; language: "ANY" | "KK" | "RU" };
  invoiceId?: string;
};

async function sumBigint(tx: Tx, query: Prisma.Sql): Promise<number> {
  const [row] = await tx.$queryRaw<{ total: bigint | number | null }[]>(query);
  return Number(row?.total ?? 0);
}

/** Stored bytes of direct uploads and receipts in one application (vault files are the vault's). */
function applicationBytes(tx: Tx, applicationId: string) {
  return sumBigint(
    tx,
    Prisma.sql`
    SELECT COALESCE((SELECT SUM(f."sizeBytes") FROM "DocumentFile" f JOIN "ApplicationDocument" d ON d.id = f."documentId"
                     WHERE d."applicationId" = ${applicationId} AND f."vaultVersionId" IS NULL AND f."purgedAt" IS NULL), 0)
         + COALESCE((SELECT SUM(r."sizeBytes") FROM "PaymentReceipt" r JOIN "Invoice" i ON i.id = r."invoiceId"
                     WHERE i."applicationId" = ${applicationId}), 0) AS total`,
  );
}

/** Stored bytes of a whole company: its applications' uploads, receipts and vault versions. */
function companyBytes(tx: Tx, companyId: string) {
  return sumBigint(
    tx,
    Prisma.sql`
    SELECT COALESCE((SELECT SUM(f."sizeBytes") FROM "DocumentFile" f JOIN "ApplicationDocument" d ON d.id = f."documentId"
                     JOIN "Application" a ON a.id = d."applicationId"
                     WHERE a."companyId" = ${companyId} AND f."vaultVersionId" IS NULL AND f."purgedAt" IS NULL), 0)
         + COALESCE((SELECT SUM(r."sizeBytes") FROM "PaymentReceipt" r JOIN "Invoice" i ON i.id = r."invoiceId"
                     JOIN "Application" a ON a.id = i."applicationId" WHERE a."companyId" = ${companyId}), 0)
         + COALESCE((SELECT SUM(v."sizeBytes") FROM "CompanyDocumentVersion" v
                     WHERE v."companyId" = ${companyId} AND v."purgedAt" IS NULL), 0) AS total`,
  );
}

/** The first quota `incomingBytes` more would break, or null. Reads only; see enforceUploadQuota. */
export async function findQuotaProblem(tx: Tx, scope: UploadScope, incomingBytes: number): Promise<QuotaCode | null> {
  const limits = uploadLimits();
  if (scope.documentId) {
    const current = await tx.documentFile.count({ where: { documentId: scope.documentId, supersededAt: null } });
    if (current + 1 > limits.filesPerSlot) return "QUOTA_FILES";
  }
  if (scope.vault) {
    const versions = await tx.companyDocumentVersion.count({
      where: { companyId: scope.companyId, code: scope.vault.code, language: scope.vault.language, purgedAt: null },
    });
    if (versions + 1 > limits.versionsPerVaultDocument) return "QUOTA_VERSIONS";
  }
  if (scope.invoiceId) {
    const receipts = await tx.paymentReceipt.count({ where: { invoiceId: scope.invoiceId } });
    if (receipts + 1 > limits.receiptsPerInvoice) return "QUOTA_RECEIPTS";
  }
  if (scope.applicationId && (await applicationBytes(tx, scope.applicationId)) + incomingBytes > limits.bytesPerApplication)
    return "QUOTA_APPLICATION_BYTES";
  if ((await companyBytes(tx, scope.companyId)) + incomingBytes > limits.bytesPerCompany) return "QUOTA_COMPANY_BYTES";
  return null;
}

/**
 * Options for the transaction that records an upload. Uploads of one company queue on its row
 * lock (enforceUploadQuota), so a burst of parallel uploads on a busy server waits its turn
 * instead of failing after Prisma's default 2 s wait / 5 s run (as bookings do, lib/booking/retry.ts).
 */
export const UPLOAD_RECORD_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * Inside the transaction that records an upload: locks the company's row, so that parallel
 * uploads of one company are counted one after another (20 at once into a slot allowing 10 give
 * exactly 10), then throws UploadQuotaError if this file would break a quota.
 */
export async function enforceUploadQuota(tx: Tx, scope: UploadScope, incomingBytes: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Company" WHERE id = ${scope.companyId} FOR UPDATE`;
  const problem = await findQuotaProblem(tx, scope, incomingBytes);
  if (problem) throw new UploadQuotaError(problem);
}

/** Before a byte of the body is read: would even the declared size break a quota? */
export async function precheckUploadQuota(scope: UploadScope, declaredBytes: number): Promise<QuotaCode | null> {
  return prisma.$transaction((tx) => findQuotaProblem(tx, scope, declaredBytes));
}
