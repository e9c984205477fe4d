import { z } from "zod";
import { PASSPORT_PATTERN, REFERENCE_PATTERN } from "./status-lookup-check";

// The public status check's form (issue 17), as its server action parses it. The page checks in
// the browser with checkStatusLookup (status-lookup-check.ts), which uses the same patterns.
export const statusLookupSchema = z.object({
  reference: z.string().trim().toUpperCase().regex(REFERENCE_PATTERN, "workspace.status.validation.reference"),
  passportNumber: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(PASSPORT_PATTERN, "workspace.status.validation.passport")),
});

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
