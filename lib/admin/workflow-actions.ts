"use server";

import { revalidatePath } from "next/cache";
import { requireArea } from "@/lib/auth/current-user";
import { answerRefusals, runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, type ActionResult } from "@/lib/kernel/forms";
import { setChangesDeadlineDays } from "@/lib/review/data/changes-deadline";
import { workflowSettingsSchema } from "@/lib/admin/workflow-settings-schema";
import { adminRefusal } from "@/lib/admin/errors";

// Issue 17: the number of calendar days applicants get to answer a request for changes.
export async function saveWorkflowSettingsAction(input: unknown): Promise<ActionResult> {
  return runFormAction({
    actor: () => requireArea("admin"),
    schema: workflowSettingsSchema,
    input,
    run: (user, data) => setChangesDeadlineDays(user, data.changesDeadlineDays),
    invalid: (error) => ({ ok: false, fieldErrors: fieldErrorsOf(error), formError: "review.errors.INVALID_INPUT" }),
    refused: answerRefusals(adminRefusal),
    revalidate: () => revalidatePath("/[locale]/admin", "layout"),
  });
}
