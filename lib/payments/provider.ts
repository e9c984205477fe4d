import { payeeDetails, type PayeeDetails } from "./centre-details";

// The seam for taking payments. Today the applicant pays by bank transfer and uploads the
// receipt, and staff confirm it (ManualPaymentProvider). A card gateway would implement the same
// interface: start() returns a redirect, and its callback confirms without a person.

export type PaymentStart = { kind: "BANK_TRANSFER"; payee: PayeeDetails; reference: string } | { kind: "REDIRECT"; url: string };

export interface PaymentProvider {
  readonly id: string;
  /** How the applicant pays this invoice. */
  start(invoice: { number: string; totalTiyn: number }): PaymentStart;
  /** True when a person confirms each payment (from an uploaded receipt). */
  readonly requiresStaffConfirmation: boolean;
  /** True when the applicant proves payment by uploading receipts. */
  readonly acceptsReceipts: boolean;
}

export class ManualPaymentProvider implements PaymentProvider {
  readonly id = "MANUAL";
  readonly requiresStaffConfirmation = true;
  readonly acceptsReceipts = true;

  start(invoice: { number: string }): PaymentStart {
    // The invoice number goes into the transfer's purpose so staff can match the money.
    return { kind: "BANK_TRANSFER", payee: payeeDetails(), reference: invoice.number };
  }
}

const PROVIDERS: Record<string, PaymentProvider> = { MANUAL: new ManualPaymentProvider() };

export function paymentProvider(id = "MANUAL"): PaymentProvider {
  return PROVIDERS[id] ?? PROVIDERS.MANUAL;
}
