import { z } from "zod";
import { documentNameKey, requirementKey } from "./documents";
import type { AnyCondition, AnyServiceDefinition } from "./types";

// Every message key a service definition uses, for the test that proves the three message
// files have them, and for anyone who wants to preload exactly what a page needs.

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/**
 * Keys for the form of a service: questions.<field>.label and .hint for every field, and one
 * key per enum value. Fee options and validity bands share catalog-wide labels.
 */
export function questionMessageKeys(service: AnyServiceDefinition): string[] {
  const keys: string[] = [];
  for (const [field, schema] of Object.entries(service.questions.shape)) {
    const inner = unwrap(schema as z.ZodType);
    const values = inner instanceof z.ZodEnum ? (inner.options as string[]) : [];
    if (field === "feeOption") {
      keys.push(...values.flatMap((v) => [`feeOptions.${v}.label`, `feeOptions.${v}.description`]));
      continue;
    }
    if (field === "validityBand") {
      keys.push(...values.map((v) => `validityBands.${v}`));
      continue;
    }
    keys.push(`questions.${field}.label`, `questions.${field}.hint`);
    keys.push(...values.map((v) => `questions.${field}.options.${v}`));
  }
  return keys;
}

function conditionKeys(condition: AnyCondition): string[] {
  switch (condition.kind) {
    case "ALWAYS":
      return [];
    case "ANY_OF":
    case "ALL_OF":
      return condition.of.flatMap(conditionKeys);
    default:
      return [condition.reasonKey];
  }
}

/** Every key the definition references, questions included, without duplicates. */
export function catalogMessageKeys(service: AnyServiceDefinition): string[] {
  const keys = [
    ...Object.values(service.messages),
    `families.${service.family}`,
    `locations.${service.location}`,
    ...(service.visaCategory ? [`visaCategories.${service.visaCategory}`] : []),
    ...service.ruleKeys,
    ...service.notes.map((n) => n.messageKey),
    ...service.documents.flatMap((d) => [documentNameKey(d.code), ...d.requirements.map(requirementKey), ...conditionKeys(d.condition)]),
    ...(service.embassyStep
      ? [
          service.embassyStep.titleKey,
          ...service.embassyStep.infoKeys,
          ...service.embassyStep.documents.flatMap((d) => [documentNameKey(d.code), ...d.requirements.map(requirementKey)]),
        ]
      : []),
    ...questionMessageKeys(service),
  ];
  return [...new Set(keys)];
}
