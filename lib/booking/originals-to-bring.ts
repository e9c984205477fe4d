import { getService, isServiceCode, type CatalogKey } from "@/lib/catalog";
import type { RawAnswers } from "@/lib/rules/answers";
import { checklist } from "@/lib/rules/checklist";

/** `optionalReasonKey`: set for a document brought only in some cases, saying which. */
export type OriginalToBring = { code: string; nameKey: CatalogKey; optionalReasonKey: CatalogKey | null };

/**
 * The originals the applicant hands in at the appointment: the "bring" half of the service's
 * checklist for the application's answers. Empty for an unknown service or unusable answers:
 * the page then says the centre will tell them, rather than failing.
 */
export function originalsToBring(serviceCode: string, answers: unknown): OriginalToBring[] {
  if (!isServiceCode(serviceCode)) return [];
  const raw: RawAnswers = typeof answers === "object" && answers !== null && !Array.isArray(answers) ? (answers as RawAnswers) : {};
  try {
    return checklist(getService(serviceCode), raw).bring.map((e) => ({
      code: e.code,
      nameKey: e.nameKey,
      optionalReasonKey: e.required ? null : (e.reasonKeys[0] ?? null),
    }));
  } catch {
    return [];
  }
}

/** Whether the service's foreign national must come in person (IIN). */
export function needsPersonalPresence(serviceCode: string): boolean {
  return isServiceCode(serviceCode) && getService(serviceCode).personalPresence;
}
