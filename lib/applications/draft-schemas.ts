import { z } from "zod";

// The wizard's step forms, shared by the client and the server actions that re-validate them.
export const peopleStepSchema = z.object({
  principalId: z.string().min(1, "applications.validation.principalRequired"),
  principalIncluded: z.boolean().default(true),
  familyIds: z.array(z.string().min(1)).max(20).default([]),
});
export type PeopleStepInput = z.input<typeof peopleStepSchema>;

export const WIZARD_STEPS = ["people", "details", "documents", "check"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function isWizardStep(value: unknown): value is WizardStep {
  return typeof value === "string" && (WIZARD_STEPS as readonly string[]).includes(value);
}
