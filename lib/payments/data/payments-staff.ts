import { prisma } from "@/lib/db/client";
import { CENTRE_ZONE_SQL } from "@/lib/kernel/centre-zone-sql";
import type { Prisma } from "@/lib/db/generated/client";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { enqueueNotification } from "@/lib/outbox/enqueue";
import { paymentProvider } from "@/lib/payments/provider";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { PaymentError } from "@/lib/payments/errors";

export type PaymentFilter = { status?: InvoiceStatus; q?: string };

/** Invoices for the staff payments page: "awaiting confirmation" (receipt uploaded) by default, oldest first. */
export async function listInvoicesForStaff(actor: CurrentUser, filter: PaymentFilter = {}) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const status = filter.status ?? "RECEIPT_UPLOADED";
  // PostgreSQL text cannot hold NUL: such a search matches nothing rather than failing.
  const q = filter.q?.replace(/\0/g, "").trim();
  const where: Prisma.InvoiceWhereInput = {
    status,
    ...(q
      ? {
          OR: [
            { number: { contains: q, mode: "insensitive" } },
            { application: { number: { contains: q, mode: "insensitive" } } },
            { application: { company: { name: { contains: q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  return prisma.invoice.findMany({
    where,
    orderBy: [{ receiptUploadedAt: "asc" }, { issuedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      totalTiyn: true,
      issuedAt: true,
      receiptUploadedAt: true,
      paidAt: true,
      rejectReason: true,
      application: { select: { id: true, number: true, serviceCode: true, company: { select: { name: true } } } },
      receipts: { orderBy: { createdAt: "asc" }, select: { id: true, originalName: true, createdAt: true } },
    },
  });
}

export type PaymentDecision = { invoiceId: string; expectedVersion: number; decision: "CONFIRM" | "REJECT"; reason?: string };

/**
 * Staff confirm or reject a payment from its receipts. Optimistic concurrency: the UPDATE matches
 * only the version the staff member saw, so of two simultaneous decisions exactly one wins.
 * The applicant is told in the same transaction (outbox). Refused with PaymentError (lib/payments/errors.ts).
 */
export async function decidePayment(actor: CurrentUser, input: PaymentDecision, now: Date = new Date()): Promise<void> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const reason = input.reason?.trim();
  if (input.decision === "REJECT" && !reason) throw new PaymentError("REASON_REQUIRED");
  await prisma.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({
      where: { id: input.invoiceId },
      select: {
        id: true,
        number: true,
        status: true,
        version: true,
        provider: true,
        totalTiyn: true,
        application: { select: { id: true, number: true, serviceCode: true, createdById: true } },
      },
    });
    if (!invoice) throw new PaymentError("NOT_FOUND");
    if (invoice.version !== input.expectedVersion) throw new PaymentError("CONFLICT");
    if (invoice.status !== "RECEIPT_UPLOADED" || !paymentProvider(invoice.provider).requiresStaffConfirmation)
      throw new PaymentError("NOT_AWAITING");
    const confirmed = input.decision === "CONFIRM";
    const updated = await tx.invoice.updateMany({
      where: { id: invoice.id, version: input.expectedVersion, status: "RECEIPT_UPLOADED" },
      data: {
        status: confirmed ? "PAID" : "PAYMENT_REJECTED",
        version: { increment: 1 },
        decidedAt: now,
        decidedById: actor.id,
        rejectReason: confirmed ? null : reason,
        paidAt: confirmed ? now : null,
      },
    });
    if (updated.count !== 1) throw new PaymentError("CONFLICT");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: confirmed ? "CONFIRM_PAYMENT" : "REJECT_PAYMENT",
        entityType: "Invoice",
        entityId: invoice.id,
        applicationId: invoice.application.id,
        details: { number: invoice.number, ...(reason && !confirmed ? { reason } : {}) },
        createdAt: now,
      },
    });
    const base = {
      applicationId: invoice.application.id,
      applicationNumber: invoice.application.number ?? "",
      serviceCode: invoice.application.serviceCode,
      invoiceNumber: invoice.number,
      totalTiyn: invoice.totalTiyn,
    };
    if (confirmed)
      await enqueueNotification(tx, { kind: "PAYMENT_CONFIRMED", recipientUserId: invoice.application.createdById, payload: base });
    else
      await enqueueNotification(tx, {
        kind: "PAYMENT_REJECTED",
        recipientUserId: invoice.application.createdById,
        payload: { ...base, reason: reason! },
      });
  });
}

export type PaymentReportRow = { period: string; count: number; serviceFeeTiyn: number; stateDutyTiyn: number; totalTiyn: number };

/**
 * Confirmed payments per period (day or month in Astana), by the time staff confirmed them,
 * between `from` (inclusive) and `to` (exclusive).
 */
export async function confirmedPaymentsReport(
  actor: CurrentUser,
  input: { from: Date; to: Date; period: "day" | "month" },
): Promise<PaymentReportRow[]> {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const format = input.period === "day" ? "YYYY-MM-DD" : "YYYY-MM";
  const rows = await prisma.$queryRaw<{ period: string; count: bigint; fee: bigint; duty: bigint; total: bigint }[]>`
    SELECT to_char("paidAt" AT TIME ZONE 'UTC' AT TIME ZONE ${CENTRE_ZONE_SQL}, ${format}) AS period,
           count(*) AS count, sum("serviceFeeTiyn") AS fee, sum("stateDutyTiyn") AS duty, sum("totalTiyn") AS total
    FROM "Invoice"
    WHERE "status" = 'PAID' AND "paidAt" >= ${input.from} AND "paidAt" < ${input.to}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({
    period: r.period,
    count: Number(r.count),
    serviceFeeTiyn: Number(r.fee),
    stateDutyTiyn: Number(r.duty),
    totalTiyn: Number(r.total),
  }));
}
