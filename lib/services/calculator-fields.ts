import type { AnyCondition, AnyServiceDefinition } from "@/lib/catalog";
import { questionFields, type QuestionField } from "@/lib/applications/question-fields";

// The calculator asks only what changes the price or the checklist: the fee option, the tariff
// variant (validity band or TRP role) and the answers a document condition reads. Addresses,
// dates or visit purposes belong to the application form, not to a price estimate.

function answerFieldsOf(condition: AnyCondition, into: Set<string>): Set<string> {
  if (condition.kind === "ANSWER") into.add(condition.field);
  if (condition.kind === "ANY_OF" || condition.kind === "ALL_OF") condition.of.forEach((c) => answerFieldsOf(c, into));
  return into;
}

/** The answer fields the service's document conditions depend on. */
export function conditionFields(service: AnyServiceDefinition): Set<string> {
  const fields = new Set<string>();
  for (const item of service.documents) answerFieldsOf(item.condition, fields);
  return fields;
}

export function calculatorFields(service: AnyServiceDefinition): QuestionField[] {
  const relevant = new Set(["feeOption", ...(service.tariff.by ? [service.tariff.by] : []), ...conditionFields(service)]);
  // A choice with a single option (a service with only the standard fee) asks nothing.
  return questionFields(service, { skipDerived: false }).filter(
    (field) => relevant.has(field.name) && !(field.type === "choice" && field.options.length < 2),
  );
}

/**
 * Answers to start from, so a price shows at once: each field's default, else its first
 * option (the cheapest row comes first in the guide). Yes/no without a default starts at no.
 */
export function initialCalculatorAnswers(fields: readonly QuestionField[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === "choice") answers[field.name] = field.defaultValue ?? field.options[0];
    if (field.type === "yesNo") answers[field.name] = field.defaultValue ?? false;
  }
  return answers;
}
