import { parseTariffSnapshot } from "@/lib/rules/snapshots";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import type { StoredUpload } from "@/lib/uploads/receive-upload";
import { applicantCompanyId, type CurrentUser } from "@/lib/kernel/access";
import { enforceUploadQuota, UPLOAD_RECORD_TRANSACTION } from "@/lib/uploads/data/upload-quotas";

type Tx = Prisma.TransactionClient;

/** INV-<year>-<6 digits>, from a per-year counter row locked for the length of the transaction. */
async function nextInvoiceNumber(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "InvoiceNumberCounter" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "InvoiceNumberCounter".last + 1
    RETURNING last`;
  return `INV-${year}-${String(row.last).padStart(6, "0")}`;
}

/**
 * Issues the application's invoice from its frozen tariff snapshot, never today's tariff. The
 * invoice is for the service fee of the chosen option only: the state duty is paid by the
 * applicant to the state budget and proven by a receipt among the documents (guide L70, L129,
 * L321, L367, L417, L451, L519). The duty (at the MRP of the filing date) is recorded on the
 * invoice so it can be shown apart, as "payable to the state", but it is not in `totalTiyn`. Call it in the
 * transaction that approves the documents. Idempotent: an application has at most one invoice,
 * and a second call returns the first. Not an authorization point (the caller is the workflow).
 */
export async function issueInvoice(tx: Tx, applicationId: string, now: Date = new Date()) {
  const existing = await tx.invoice.findUnique({ where: { applicationId }, select: { id: true, number: true, totalTiyn: true } });
  if (existing) return existing;
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, number: true, serviceCode: true, tariffSnapshot: true, submittedAt: true, createdById: true },
  });
  const snapshot = parseTariffSnapshot(application.tariffSnapshot);
  if (!snapshot || !application.number) throw new Error(`Application ${applicationId} has no tariff snapshot to invoice`);
  const stateDutyTiyn = snapshot.stateDuty?.amountTiyn ?? 0;
  const filedOn = snapshot.filedOn ?? isoDateInTimeZone(application.submittedAt ?? now);
  const number = await nextInvoiceNumber(tx, Number(isoDateInTimeZone(now).slice(0, 4)));
  const invoice = await tx.invoice.create({
    data: {
      number,
      applicationId,
      serviceFeeTiyn: snapshot.serviceFeeTiyn,
      stateDutyTiyn,
      totalTiyn: snapshot.serviceFeeTiyn,
      stateDutyMrpTenths: snapshot.stateDuty?.mrpTenths ?? null,
      mrpYear: snapshot.stateDuty?.mrpYear ?? null,
      mrpValueTiyn: snapshot.stateDuty?.mrpValueTiyn ?? null,
      filedOn: new Date(`${filedOn}T00:00:00Z`),
      issuedAt: now,
    },
    select: { id: true, number: true, totalTiyn: true },
  });
  await tx.auditEvent.create({
    data: {
      action: "ISSUE_INVOICE",
      entityType: "Invoice",
      entityId: invoice.id,
      applicationId,
      details: { number, totalTiyn: invoice.totalTiyn },
    },
  });
  await enqueueNotification(tx, {
    kind: "INVOICE_ISSUED",
    recipientUserId: application.createdById,
    payload: {
      applicationId,
      applicationNumber: application.number,
      serviceCode: application.serviceCode,
      invoiceNumber: number,
      totalTiyn: invoice.totalTiyn,
    },
  });
  return invoice;
}

const INVOICE_SELECT = {
  id: true,
  number: true,
  status: true,
  version: true,
  serviceFeeTiyn: true,
  stateDutyTiyn: true,
  stateDutyMrpTenths: true,
  mrpYear: true,
  mrpValueTiyn: true,
  totalTiyn: true,
  filedOn: true,
  issuedAt: true,
  provider: true,
  rejectReason: true,
  paidAt: true,
  receiptUploadedAt: true,
  receipts: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, sizeBytes: true, mimeType: true, createdAt: true } },
} as const satisfies Prisma.InvoiceSelect;

/** The invoice of one of the applicant's company's applications, with what the invoice page prints. */
export async function getApplicantInvoice(actor: CurrentUser, applicationId: string) {
  const companyId = applicantCompanyId(actor);
  return prisma.invoice.findFirst({
    where: { applicationId, application: { companyId } },
    select: {
      ...INVOICE_SELECT,
      application: { select: { id: true, number: true, serviceCode: true, status: true, company: { select: { name: true, bin: true } } } },
    },
  });
}

// Receipts may be added until the payment is confirmed.
const RECEIPT_OPEN = ["AWAITING_PAYMENT", "RECEIPT_UPLOADED", "PAYMENT_REJECTED"] as const;

/** The invoice an applicant may upload a receipt to, or null. */
export async function findReceiptTarget(actor: CurrentUser, applicationId: string) {
  if (actor.role !== "APPLICANT" || !actor.companyId) return null;
  return prisma.invoice.findFirst({
    where: { applicationId, status: { in: [...RECEIPT_OPEN] }, application: { companyId: actor.companyId } },
    select: { id: true, applicationId: true },
  });
}

/** Records a stored receipt; the invoice then awaits staff confirmation. Null if no longer open. */
export async function recordPaymentReceipt(actor: CurrentUser, invoiceId: string, upload: StoredUpload, originalName: string) {
  return prisma.$transaction(async (tx) => {
    const invoice = await tx.invoice.findFirst({
      where: { id: invoiceId, status: { in: [...RECEIPT_OPEN] }, application: { companyId: actor.companyId ?? "-" } },
      select: { id: true, applicationId: true },
    });
    if (!invoice || actor.role !== "APPLICANT") return null;
    await enforceUploadQuota(tx, { companyId: actor.companyId!, applicationId: invoice.applicationId, invoiceId }, upload.sizeBytes);
    const receipt = await tx.paymentReceipt.create({
      data: {
        invoiceId,
        storageKey: upload.storageKey,
        originalName,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
        uploadedById: actor.id,
      },
      select: { id: true, originalName: true, sizeBytes: true, createdAt: true },
    });
    await tx.invoice.update({
      where: { id: invoiceId },
      data: { status: "RECEIPT_UPLOADED", receiptUploadedAt: new Date(), version: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "UPLOAD_RECEIPT",
        entityType: "Invoice",
        entityId: invoiceId,
        applicationId: invoice.applicationId,
        details: { receiptId: receipt.id, sha256: upload.sha256 },
      },
    });
    return receipt;
  }, UPLOAD_RECORD_TRANSACTION);
}

/** A receipt the user may download: applicants their company's, staff and admins any. */
export async function findReceiptForDownload(actor: CurrentUser, receiptId: string) {
  const where: Prisma.PaymentReceiptWhereInput =
    actor.role === "APPLICANT" ? { id: receiptId, invoice: { application: { companyId: actor.companyId ?? "-" } } } : { id: receiptId };
  const receipt = await prisma.paymentReceipt.findFirst({
    where,
    select: { storageKey: true, originalName: true, mimeType: true, sizeBytes: true, invoice: { select: { applicationId: true } } },
  });
  if (!receipt) return null;
  const { invoice, ...rest } = receipt;
  return { ...rest, applicationId: invoice.applicationId };
}

/** Is the application's payment confirmed? (booking checks this inside its own transaction) */
export async function isPaymentConfirmed(tx: Tx, applicationId: string): Promise<boolean> {
  const invoice = await tx.invoice.findUnique({ where: { applicationId }, select: { status: true } });
  return invoice?.status === "PAID";
}
