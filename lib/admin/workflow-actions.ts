"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf } from "@/lib/kernel/forms";
import { setChangesDeadlineDays } from "@/lib/review/data/changes-deadline";
import type { ReviewActionResult } from "@/lib/review/action-result";
import { workflowSettingsSchema } from "@/lib/admin/workflow-settings-schema";

// Issue 17: the number of calendar days applicants get to answer a request for changes.
export async function saveWorkflowSettingsAction(input: unknown): Promise<ReviewActionResult> {
  const user = await requireArea("admin");
  const parsed = workflowSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: "review.errors.INVALID_INPUT" };
  await setChangesDeadlineDays(user, parsed.data.changesDeadlineDays);
  revalidatePath("/[locale]/admin", "layout");
  return { ok: true };
}
