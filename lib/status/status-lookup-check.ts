import type { FormCheck } from "@/lib/kernel/forms";

// The status form's check in the browser, without zod (issue 19): the same normalisation, rules
// and message keys as statusLookupSchema (status-schema.ts), which the server action still parses
// with; status-lookup-check.test.ts compares the two.

/** An application reference, e.g. EC-2026-000123. */
export const REFERENCE_PATTERN = /^EC-\d{4}-\d{6}$/;
/** A passport number once upper-cased and without spaces. */
export const PASSPORT_PATTERN = /^[A-Z0-9]{5,20}$/;

export type StatusLookupValues = { reference: string; passportNumber: string };

export const checkStatusLookup: FormCheck<StatusLookupValues> = (input) => {
  const values = {
    reference: input.reference.trim().toUpperCase(),
    passportNumber: input.passportNumber.trim().toUpperCase().replace(/\s+/g, ""),
  };
  const fieldErrors: Record<string, string> = {};
  if (!REFERENCE_PATTERN.test(values.reference)) fieldErrors.reference = "workspace.status.validation.reference";
  if (!PASSPORT_PATTERN.test(values.passportNumber)) fieldErrors.passportNumber = "workspace.status.validation.passport";
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, values };
};
