import type { AnyServiceDefinition } from "@/lib/catalog";
import { checklist, type ChecklistEntry } from "@/lib/rules/checklist";

/**
 * The documents uploaded on the portal for an application: the checklist's copies, plus, for
 * services whose guide lists only originals (TRP, 6.C10), scans of the originals for review.
 */
export function uploadSlots(service: AnyServiceDefinition, answers: Record<string, unknown>): ChecklistEntry[] {
  const list = checklist(service, answers);
  // `bring` also lists uploaded documents handed in as originals (6.P4): take only the BRING ones.
  return list.scanOriginalsForReview ? [...list.upload, ...list.bring.filter((e) => e.kind === "BRING")] : list.upload;
}

/** Codes of the upload slots that must hold at least one file before submitting. */
export function requiredUploadCodes(service: AnyServiceDefinition, answers: Record<string, unknown>): string[] {
  return uploadSlots(service, answers)
    .filter((entry) => entry.required)
    .map((entry) => entry.code);
}

/** The originals to bring to the appointment. */
export function bringEntries(service: AnyServiceDefinition, answers: Record<string, unknown>): ChecklistEntry[] {
  return checklist(service, answers).bring;
}
