"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { decidePayment } from "@/lib/payments/data/payments-staff";
import { redirect } from "@/lib/i18n/navigation";

const decisionSchema = z.object({
  invoiceId: z.string().trim().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(0),
  decision: z.enum(["CONFIRM", "REJECT"]),
  reason: z.string().trim().max(500).optional(),
});

/** Confirms or rejects a payment; the answer travels back in the query string (no client state needed). */
export async function decidePaymentAction(formData: FormData): Promise<void> {
  const user = await requireArea("staff");
  const parsed = decisionSchema.safeParse({
    invoiceId: formData.get("invoiceId"),
    expectedVersion: formData.get("expectedVersion"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? undefined,
  });
  const locale = await getLocale();
  if (!parsed.success) redirect({ href: { pathname: "/staff/payments", query: { error: "NOT_FOUND" } }, locale });
  else {
    const outcome = await decidePayment(user, parsed.data);
    const query = outcome.ok ? { done: parsed.data.decision === "CONFIRM" ? "confirmed" : "rejected" } : { error: outcome.error };
    redirect({ href: { pathname: "/staff/payments", query }, locale });
  }
}
