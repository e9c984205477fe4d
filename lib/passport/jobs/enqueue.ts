import type { Prisma } from "@/lib/db/generated/client";

// Document codes whose files are a passport's data page: uploads into these slots are read.
const PASSPORT_DOCUMENT_CODE = /PASSPORT/;

export function isPassportDocument(code: string): boolean {
  return PASSPORT_DOCUMENT_CODE.test(code) && !/BORDER_CROSSING/.test(code);
}

export const READABLE_MIME_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;

type NewScan = { companyId: string; uploadedById: string; storageKey: string; mimeType: string; documentFileId?: string };

/** Queues a scan for the background reader, in the caller's transaction (nothing is read twice). */
export async function enqueuePassportScan(tx: Prisma.TransactionClient, scan: NewScan) {
  if (!(READABLE_MIME_TYPES as readonly string[]).includes(scan.mimeType)) return null;
  return tx.passportScan.create({ data: scan, select: { id: true } });
}
