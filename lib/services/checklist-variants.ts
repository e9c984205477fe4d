import type { AnyCondition, AnyServiceDefinition } from "@/lib/catalog";
import { checklist, type ChecklistEntry } from "@/lib/rules/checklist";

// The live checklist of the calculator runs in the browser, but document descriptions are server
// components (components/applications/document-checklist.tsx). So the server renders every form
// a checklist entry can take for this service, keyed by checklistEntryKey, and the browser picks
// the ones checklist() returns for the current answers.

/** Identifies an entry's rendering: the same key means the same name, reasons and requirements. */
export function checklistEntryKey(entry: ChecklistEntry): string {
  return `${entry.kind}:${entry.code}:${entry.required ? "required" : "optional"}:${entry.reasonKeys.join("+")}`;
}

// Stands for "any answer other than the ones conditions test", e.g. workBasis = expert agreement.
const OTHER = "\u0000other";

function answerValues(condition: AnyCondition, into: Map<string, Set<unknown>>) {
  if (condition.kind === "ANSWER") {
    const values = into.get(condition.field) ?? new Set<unknown>([OTHER]);
    values.add(condition.equals);
    into.set(condition.field, values);
  }
  if (condition.kind === "ANY_OF" || condition.kind === "ALL_OF") condition.of.forEach((c) => answerValues(c, into));
}

function combinations(choices: [string, unknown[]][]): Record<string, unknown>[] {
  return choices.reduce<Record<string, unknown>[]>(
    (acc, [field, values]) => acc.flatMap((answers) => values.map((value) => ({ ...answers, [field]: value }))),
    [{}],
  );
}

/** Every distinct entry checklist() can return for this service, whatever the answers. */
export function checklistVariants(service: AnyServiceDefinition): ChecklistEntry[] {
  const values = new Map<string, Set<unknown>>();
  service.documents.forEach((item) => answerValues(item.condition, values));
  const found = new Map<string, ChecklistEntry>();
  for (const answers of combinations([...values].map(([field, set]) => [field, [...set]]))) {
    const list = checklist(service, answers);
    for (const entry of [...list.upload, ...list.bring]) found.set(checklistEntryKey(entry), entry);
  }
  return [...found.values()];
}
