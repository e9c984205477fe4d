import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listStaffQueue } from "@/lib/review/data/staff-queue";
import type { CurrentUser } from "@/lib/kernel/access";
import type { ApplicationStatus, InvoiceStatus } from "@/lib/db/generated/enums";
import { DEFAULT_FILTERS, parseQueueParams, type QueueFilters } from "@/lib/review/queue-params";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

// Issue 8: "awaiting payment confirmation" in the staff queue = the invoice has a receipt that
// staff have not decided on yet (RECEIPT_UPLOADED).
const NOW = new Date("2026-05-20T06:00:00Z");
let staff: CurrentUser;
const invoiceOf = new Map<string, InvoiceStatus | null>();

async function allPages(filters: QueueFilters, pageSize: number) {
  const rows = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await listStaffQueue(staff, { ...filters, cursor: cursor ? parseQueueParams({ cursor }).cursor : null }, NOW, pageSize);
    rows.push(...result.rows);
    cursor = result.nextCursor;
    if (!cursor) return rows;
  }
  throw new Error("pagination did not end");
}

beforeAll(async () => {
  staff = await createUser(prisma, "STAFF");
  const invoices: (InvoiceStatus | null)[] = [null, "AWAITING_PAYMENT", "RECEIPT_UPLOADED", "PAID", "PAYMENT_REJECTED"];
  const statuses: ApplicationStatus[] = ["DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED", "IN_PROCESSING", "COMPLETED"];
  const shared = new Date("2026-05-10T08:00:00Z");
  for (let i = 0; i < 24; i++) {
    const invoice = invoices[i % invoices.length];
    const status = invoice ? statuses[i % statuses.length] : "SUBMITTED";
    const { application } = await createSubmittedApplication(prisma, {
      status,
      documentCodes: [],
      statusChangedAt: i % 2 ? shared : new Date(Date.UTC(2026, 4, 1 + i, 4)),
      dueDate: status === "IN_PROCESSING" ? new Date(Date.UTC(2026, 4, 25)) : null,
    });
    if (invoice) {
      await prisma.invoice.create({
        data: {
          number: `INV-2026-${randomBytes(4).toString("hex")}`,
          applicationId: application.id,
          serviceFeeTiyn: 36_000_000,
          stateDutyTiyn: 216_250,
          totalTiyn: 36_000_000,
          filedOn: new Date("2026-05-01"),
          status: invoice,
          receiptUploadedAt: invoice === "AWAITING_PAYMENT" ? null : new Date("2026-05-15T10:00:00Z"),
        },
      });
    }
    invoiceOf.set(application.id, invoice);
  }
});

describe("the staff queue's payment filter", () => {
  it("returns only applications whose receipt awaits confirmation, each once, in queue order across pages", async () => {
    const expected = [...invoiceOf]
      .filter(([, s]) => s === "RECEIPT_UPLOADED")
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThan(3);
    const whole = await allPages({ ...DEFAULT_FILTERS, status: "all", payment: "awaiting" }, 50);
    for (const pageSize of [1, 2, 25]) {
      const rows = await allPages({ ...DEFAULT_FILTERS, status: "all", payment: "awaiting" }, pageSize);
      expect(rows.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    }
    expect(whole.map((r) => r.id).sort()).toEqual(expected);
    expect(whole.every((r) => r.invoiceStatus === "RECEIPT_UPLOADED")).toBe(true);
  });

  it("combines with the other filters", async () => {
    const open = await allPages({ ...DEFAULT_FILTERS, payment: "awaiting" }, 25);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.status !== "COMPLETED" && invoiceOf.get(r.id) === "RECEIPT_UPLOADED")).toBe(true);
    expect(await allPages({ ...DEFAULT_FILTERS, status: "SUBMITTED", payment: "awaiting" }, 25)).toEqual([]);
  });

  it("shows every row's payment status without the filter, and none where no invoice exists", async () => {
    const rows = await allPages({ ...DEFAULT_FILTERS, status: "all" }, 25);
    expect(rows).toHaveLength(invoiceOf.size);
    for (const row of rows) expect(row.invoiceStatus).toBe(invoiceOf.get(row.id));
  });
});
