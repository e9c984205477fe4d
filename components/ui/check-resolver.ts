import { toNestErrors } from "@hookform/resolvers";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { FormCheck } from "@/lib/kernel/forms";

/**
 * A react-hook-form resolver from a plain check (FormCheck), for forms whose island should not
 * load zod: errors reach the fields exactly as zodResolver puts them (a message key each,
 * attached to the field's element through toNestErrors).
 */
export function checkResolver<TIn extends FieldValues, TOut>(check: FormCheck<TIn, TOut>): Resolver<TIn, unknown, TOut> {
  return (values, _context, options) => {
    const result = check(values);
    if (result.ok) return { values: result.values, errors: {} };
    const errors: FieldErrors = {};
    for (const [field, message] of Object.entries(result.fieldErrors)) errors[field] = { type: "check", message };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
