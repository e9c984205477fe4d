import type { z } from "zod";
import type { AnyServiceDefinition } from "../catalog/types";

/** Loose answers as stored (Application.answers JSON) or posted by a form. */
export type RawAnswers = Readonly<Record<string, unknown>>;

/**
 * The answers with the service's defaults filled in for missing fields (feeOption STANDARD,
 * viaRepresentative false, principalIncluded true, ...), without validating the rest: the
 * rules can then run on a draft. Validate a submission with service.questions.parse().
 */
export function withDefaults(service: AnyServiceDefinition, answers: RawAnswers): Record<string, unknown> {
  const result: Record<string, unknown> = { ...answers };
  for (const [field, schema] of Object.entries(service.questions.shape)) {
    if (result[field] !== undefined) continue;
    const fallback = (schema as z.ZodType).safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) result[field] = fallback.data;
  }
  return result;
}
