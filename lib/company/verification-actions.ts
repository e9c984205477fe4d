"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { runFormAction } from "@/lib/kernel/actions";
import { decideCompanyVerification } from "@/lib/company/data/company-verification";
import { isVerificationError, type VerificationErrorCode } from "@/lib/company/errors";
import { redirect } from "@/lib/i18n/navigation";

const decisionSchema = z.object({
  companyId: z.string().trim().min(1).max(64),
  decision: z.enum(["VERIFY", "REFUSE"]),
  reason: z.string().trim().max(1000).optional(),
});

/**
 * Verifies or refuses a registered company; the answer travels back in the query string (the
 * page turns the refusal's code into its message, lib/company/errors.ts). runFormAction's answer
 * is turned into that redirect here: Next's redirect works by throwing, so it stays outside it.
 */
export async function decideCompanyAction(formData: FormData): Promise<void> {
  const input = { companyId: formData.get("companyId"), decision: formData.get("decision"), reason: formData.get("reason") ?? undefined };
  const result = await runFormAction({
    actor: () => requireArea("staff"),
    schema: decisionSchema,
    input,
    run: decideCompanyVerification,
    // A malformed form reads as a company that no longer exists, as before.
    invalid: () => ({ ok: false, formError: "NOT_FOUND" satisfies VerificationErrorCode }),
    refused: (error) => {
      if (!isVerificationError(error)) throw error;
      return { ok: false, formError: error.code };
    },
    answer: (_, { decision }) => ({ done: decision === "VERIFY" ? "verified" : "refused" }),
  });
  const query = result.ok ? { done: result.done } : { error: result.formError ?? "NOT_FOUND" };
  redirect({ href: { pathname: "/staff/companies", query }, locale: await getLocale() });
}
