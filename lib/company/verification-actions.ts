"use server";

import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import { decideCompanyVerification } from "@/lib/company/data/company-verification";
import { redirect } from "@/lib/i18n/navigation";

const decisionSchema = z.object({
  companyId: z.string().trim().min(1).max(64),
  decision: z.enum(["VERIFY", "REFUSE"]),
  reason: z.string().trim().max(1000).optional(),
});

/** Verifies or refuses a registered company; the answer travels back in the query string. */
export async function decideCompanyAction(formData: FormData): Promise<void> {
  const user = await requireArea("staff");
  const parsed = decisionSchema.safeParse({
    companyId: formData.get("companyId"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? undefined,
  });
  const locale = await getLocale();
  const outcome = parsed.success ? await decideCompanyVerification(user, parsed.data) : "NOT_FOUND";
  const query = outcome === "OK" ? { done: parsed.data?.decision === "VERIFY" ? "verified" : "refused" } : { error: outcome };
  redirect({ href: { pathname: "/staff/companies", query }, locale });
}
