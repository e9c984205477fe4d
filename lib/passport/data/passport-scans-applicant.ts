import "server-only";
import { prisma } from "@/lib/db/client";
import { enqueuePassportScan } from "@/lib/passport/jobs/enqueue";
import type { MrzResult } from "@/lib/passport/mrz-result";
import type { StoredUpload } from "@/lib/uploads/receive-upload";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { enforceUploadQuota, UPLOAD_RECORD_TRANSACTION } from "@/lib/uploads/data/upload-quotas";

// "Start from a passport scan" when an applicant adds a person (issue 18): the scan is queued
// like any other and read by the background job; the page polls for the result. Scoped to the
// applicant's company: another company's scan id answers nothing.

export async function createApplicantPassportScan(actor: CurrentUser, upload: StoredUpload) {
  const companyId = applicantCompanyId(actor);
  return prisma.$transaction(async (tx) => {
    // Under the company's row lock, as every upload is recorded (lib/uploads/data/upload-quotas.ts).
    await enforceUploadQuota(tx, { companyId }, upload.sizeBytes);
    return enqueuePassportScan(tx, { companyId, uploadedById: actor.id, storageKey: upload.storageKey, mimeType: upload.mimeType });
  }, UPLOAD_RECORD_TRANSACTION);
}

export type ApplicantScanView =
  { status: "PENDING" } | { status: "NOT_READABLE" } | { status: "READ"; fields: MrzResult["fields"]; checks: MrzResult["checks"] };

export async function getApplicantPassportScan(actor: CurrentUser, id: string): Promise<ApplicantScanView | null> {
  const companyId = applicantCompanyId(actor);
  const scan = await prisma.passportScan.findFirst({
    where: { id, companyId, documentFileId: null },
    select: { status: true, result: true },
  });
  if (!scan) return null;
  if (scan.status !== "READ") return { status: scan.status };
  const mrz = scan.result as unknown as MrzResult;
  return { status: "READ", fields: mrz.fields, checks: mrz.checks };
}
