import { z } from "zod";
import type { AnyServiceDefinition } from "@/lib/catalog";

// The form of a service is drawn from its zod schema: each field becomes a choice (enum), a
// yes/no (boolean) or a date. Labels follow the catalog's message convention
// (catalog.questions.<field>.label/hint/options.<value>, feeOptions, validityBands).
export type QuestionField =
  | { name: string; type: "choice"; options: string[]; defaultValue?: string }
  | { name: string; type: "yesNo"; defaultValue?: boolean }
  | { name: string; type: "date" }
  | { name: string; type: "number" }
  | { name: string; type: "text" };

/** Answers the people step decides; the details step does not ask them again. */
export const PEOPLE_DERIVED_FIELDS = ["principalIncluded", "familyMembersIncluded"] as const;

function unwrap(schema: z.ZodType): { inner: z.ZodType; defaultValue: unknown } {
  let current = schema;
  let defaultValue: unknown;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    if (current instanceof z.ZodDefault) defaultValue = (current.def as { defaultValue: unknown }).defaultValue;
    current = current.unwrap() as z.ZodType;
  }
  return { inner: current, defaultValue };
}

export function questionFields(service: AnyServiceDefinition, { skipDerived = true } = {}): QuestionField[] {
  const fields: QuestionField[] = [];
  for (const [name, schema] of Object.entries(service.questions.shape)) {
    if (skipDerived && (PEOPLE_DERIVED_FIELDS as readonly string[]).includes(name)) continue;
    const { inner, defaultValue } = unwrap(schema as z.ZodType);
    if (inner instanceof z.ZodEnum)
      fields.push({ name, type: "choice", options: inner.options as string[], defaultValue: defaultValue as string | undefined });
    else if (inner instanceof z.ZodBoolean) fields.push({ name, type: "yesNo", defaultValue: defaultValue as boolean | undefined });
    else if (inner instanceof z.ZodISODate) fields.push({ name, type: "date" });
    else if (inner instanceof z.ZodNumber) fields.push({ name, type: "number" });
    else fields.push({ name, type: "text" });
  }
  return fields;
}

export function hasQuestion(service: AnyServiceDefinition, name: string): boolean {
  return Object.hasOwn(service.questions.shape, name);
}

/** Message keys (in the catalog namespace) for a field's label, hint and one option. */
export function questionLabelKey(field: string, option?: string): string {
  if (field === "feeOption") return option ? `feeOptions.${option}.label` : "questions.feeOption.label";
  if (field === "validityBand") return option ? `validityBands.${option}` : "questions.validityBand.label";
  return option ? `questions.${field}.options.${option}` : `questions.${field}.label`;
}
