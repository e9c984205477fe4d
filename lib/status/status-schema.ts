import { z } from "zod";

// The public status check's form (issue 17): shared by the page and its server action.
export const statusLookupSchema = z.object({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^EC-\d{4}-\d{6}$/, "workspace.status.validation.reference"),
  passportNumber: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, "workspace.status.validation.passport")),
});
export type StatusLookupInput = z.input<typeof statusLookupSchema>;

/** The same shape whether or not the pair exists: no field tells which half was wrong. */
export type StatusAnswer = {
  found: boolean;
  status: string | null;
  /** Message key of the next step under workspace.status.next. */
  nextStep: string | null;
  dueOn: string | null;
};

export type StatusLookupResult =
  { ok: true; answer: StatusAnswer } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };
