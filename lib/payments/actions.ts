"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { runFormAction } from "@/lib/kernel/actions";
import { decidePayment } from "@/lib/payments/data/payments-staff";
import { isPaymentError, type PaymentErrorCode } from "@/lib/payments/errors";
import { redirect } from "@/lib/i18n/navigation";

const decisionSchema = z.object({
  invoiceId: z.string().trim().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(0),
  decision: z.enum(["CONFIRM", "REJECT"]),
  reason: z.string().trim().max(500).optional(),
});

/**
 * Confirms or rejects a payment; the answer travels back in the query string (no client state
 * needed): the page turns a refusal's code into its message (lib/payments/errors.ts). The redirect
 * follows runFormAction's answer, outside it: Next's redirect works by throwing.
 */
export async function decidePaymentAction(formData: FormData): Promise<void> {
  const result = await runFormAction({
    actor: () => requireArea("staff"),
    schema: decisionSchema,
    input: {
      invoiceId: formData.get("invoiceId"),
      expectedVersion: formData.get("expectedVersion"),
      decision: formData.get("decision"),
      reason: formData.get("reason") ?? undefined,
    },
    run: decidePayment,
    // A malformed form reads as an invoice that no longer exists, as before.
    invalid: () => ({ ok: false, formError: "NOT_FOUND" satisfies PaymentErrorCode }),
    refused: (error) => {
      if (!isPaymentError(error)) throw error;
      return { ok: false, formError: error.code };
    },
    answer: (_, { decision }) => ({ done: decision === "CONFIRM" ? "confirmed" : "rejected" }),
  });
  const query = result.ok ? { done: result.done } : { error: result.formError ?? "NOT_FOUND" };
  redirect({ href: { pathname: "/staff/payments", query }, locale: await getLocale() });
}
