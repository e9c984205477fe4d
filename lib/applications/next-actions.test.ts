import { describe, expect, it } from "vitest";
import { applicantNextActions } from "./next-actions";

const base = { bookingRequiresPayment: true, hasResult: false };

describe("the applicant's next step by state", () => {
  it("asks to pay, not to book, while the payment is outstanding", () => {
    expect(applicantNextActions({ ...base, status: "DOCUMENTS_APPROVED", invoiceStatus: "AWAITING_PAYMENT" })).toEqual({
      actions: [{ kind: "PAY", primary: true }],
      message: "PAY_FIRST",
    });
  });
  it("says the payment is being checked after the receipt is uploaded", () => {
    expect(applicantNextActions({ ...base, status: "DOCUMENTS_APPROVED", invoiceStatus: "RECEIPT_UPLOADED" })).toEqual({
      actions: [{ kind: "VIEW_INVOICE", primary: false }],
      message: "PAYMENT_BEING_CHECKED",
    });
  });
  it("offers booking once paid, or when payment is not required first", () => {
    expect(applicantNextActions({ ...base, status: "DOCUMENTS_APPROVED", invoiceStatus: "PAID" }).actions[0]).toEqual({
      kind: "BOOK",
      primary: true,
    });
    expect(
      applicantNextActions({ ...base, bookingRequiresPayment: false, status: "DOCUMENTS_APPROVED", invoiceStatus: "AWAITING_PAYMENT" })
        .actions,
    ).toEqual([
      { kind: "BOOK", primary: true },
      { kind: "VIEW_INVOICE", primary: false },
    ]);
  });
  it("never asks to pay after completion", () => {
    expect(applicantNextActions({ ...base, hasResult: true, status: "COMPLETED", invoiceStatus: "PAID" }).actions).toEqual([
      { kind: "DOWNLOAD_RESULT", primary: true },
      { kind: "VIEW_INVOICE", primary: false },
    ]);
  });
});
