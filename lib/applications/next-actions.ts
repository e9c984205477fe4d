// What the applicant can do next on their application page, by state (issue 16, defect 10):
// never "Book your appointment" while the booking would be refused for an unconfirmed payment,
// never "pay" once everything is paid or done. One primary action at most.

export type NextActionKind = "PAY" | "VIEW_INVOICE" | "BOOK" | "MANAGE_APPOINTMENT" | "DOWNLOAD_RESULT";
export type NextAction = { kind: NextActionKind; primary: boolean };
export type StatusMessage = "DEFAULT" | "PAY_FIRST" | "PAYMENT_BEING_CHECKED";

type Input = {
  status: string;
  invoiceStatus: "AWAITING_PAYMENT" | "RECEIPT_UPLOADED" | "PAID" | "PAYMENT_REJECTED" | null;
  bookingRequiresPayment: boolean;
  hasResult: boolean;
};

export function applicantNextActions({ status, invoiceStatus, bookingRequiresPayment, hasResult }: Input): {
  actions: NextAction[];
  message: StatusMessage;
} {
  const unpaid = invoiceStatus !== null && invoiceStatus !== "PAID";
  const mustPay = invoiceStatus === "AWAITING_PAYMENT" || invoiceStatus === "PAYMENT_REJECTED";
  const invoice = (primary: boolean): NextAction[] =>
    invoiceStatus === null ? [] : [{ kind: primary && mustPay ? "PAY" : "VIEW_INVOICE", primary }];
  switch (status) {
    case "DOCUMENTS_APPROVED":
      if (bookingRequiresPayment && unpaid) {
        return { actions: invoice(mustPay), message: mustPay ? "PAY_FIRST" : "PAYMENT_BEING_CHECKED" };
      }
      return { actions: [{ kind: "BOOK", primary: true }, ...invoice(false)], message: "DEFAULT" };
    case "APPOINTMENT_BOOKED":
      return { actions: [{ kind: "MANAGE_APPOINTMENT", primary: true }, ...invoice(false)], message: "DEFAULT" };
    case "COMPLETED":
      return {
        actions: [...(hasResult ? [{ kind: "DOWNLOAD_RESULT" as const, primary: true }] : []), ...invoice(false)],
        message: "DEFAULT",
      };
    default:
      return { actions: invoice(mustPay && status !== "WITHDRAWN" && status !== "REJECTED"), message: "DEFAULT" };
  }
}
