import type { z } from "zod";
import type { AnyServiceDefinition } from "../catalog/types";

/** Loose answers as stored (Application.answers JSON) or posted by a form. */
export type RawAnswers = Readonly<Record<string, unknown>>;

/**
 * The value each question of the service takes when it is not answered (feeOption STANDARD,
 * viaRepresentative false, principalIncluded true, ...); questions without a default are absent.
 * Plain data: the calculator island gets it instead of the question schemas (issue 19).
 */
export function questionDefaults(service: AnyServiceDefinition): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(service.questions.shape)) {
    const fallback = (schema as z.ZodType).safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) defaults[field] = fallback.data;
  }
  return defaults;
}

/** The answers with `defaults` filled in for fields that are missing (undefined). */
export function fillDefaults(answers: RawAnswers, defaults: RawAnswers): Record<string, unknown> {
  const result: Record<string, unknown> = { ...answers };
  for (const [field, value] of Object.entries(defaults)) if (result[field] === undefined) result[field] = value;
  return result;
}

/**
 * The answers with the service's defaults filled in for missing fields, without validating the
 * rest: the rules can then run on a draft. Validate a submission with service.questions.parse().
 */
export function withDefaults(service: AnyServiceDefinition, answers: RawAnswers): Record<string, unknown> {
  return fillDefaults(answers, questionDefaults(service));
}
