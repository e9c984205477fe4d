import { z } from "zod";
import { CHANGES_DEADLINE_DAYS_RANGE } from "@/lib/rules/changes-deadline";

/** One schema for the admin form and its server action (bounds match the database CHECK). */
export const workflowSettingsSchema = z.object({
  changesDeadlineDays: z.coerce
    .number({ error: "admin.workflow.daysInvalid" })
    .int("admin.workflow.daysInvalid")
    .min(CHANGES_DEADLINE_DAYS_RANGE.min, "admin.workflow.daysInvalid")
    .max(CHANGES_DEADLINE_DAYS_RANGE.max, "admin.workflow.daysInvalid"),
});
export type WorkflowSettingsInput = z.input<typeof workflowSettingsSchema>;
