import { prisma } from "@/lib/db/client";

// Which stored objects the database still points at. For the storage sweep and the upload
// clean-up only (system jobs, no acting user): never exposed to a route, and it reveals nothing
// but which of the given random keys are in use.

/**
 * The subset of `keys` that some DocumentFile, company-vault version, payment receipt or passport
 * scan (an applicant's "start from a passport scan", issue 18) uses.
 */
export async function findReferencedStorageKeys(keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const list = [...keys];
  const rows = await prisma.$queryRaw<{ key: string }[]>`
    SELECT "storageKey" AS key FROM "DocumentFile" WHERE "storageKey" = ANY(${list})
    UNION SELECT "storageKey" FROM "CompanyDocumentVersion" WHERE "storageKey" = ANY(${list})
    UNION SELECT "storageKey" FROM "PaymentReceipt" WHERE "storageKey" = ANY(${list})
    UNION SELECT "storageKey" FROM "PassportScan" WHERE "storageKey" = ANY(${list})`;
  return new Set(rows.map((r) => r.key));
}

/** Does the database record any stored file at all? (The sweep's guard against a foreign store.) */
export async function hasAnyStoredFileReference(): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "DocumentFile") OR EXISTS (SELECT 1 FROM "CompanyDocumentVersion") OR EXISTS (SELECT 1 FROM "PaymentReceipt") AS any`;
  return row?.any ?? false;
}
