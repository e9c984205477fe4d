"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { retryOutboxMessage, type RetryOutcome } from "@/lib/admin/data/outbox-admin";
import type { ReviewActionResult } from "@/lib/review/action-result";

const REFUSALS: Record<Exclude<RetryOutcome, "OK">, string> = {
  NOT_FOUND: "review.errors.NOT_FOUND",
  ALREADY_SENT: "admin.emails.alreadySent",
  IN_PROGRESS: "admin.emails.inProgress",
};

/** "Send again" for one e-mail: audited in lib/admin/data/outbox-admin.ts. */
export async function retryEmailAction(id: string): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  if (typeof id !== "string" || id.length > 64) return { ok: false, formError: "review.errors.INVALID_INPUT" };
  const outcome = await retryOutboxMessage(user, id);
  if (outcome !== "OK") return { ok: false, formError: REFUSALS[outcome] };
  revalidatePath("/[locale]/admin/emails", "page");
  return { ok: true };
}
