import { documentNameKey, requirementKey, type DocumentCode, type RequirementCode } from "../catalog/documents";
import type { CatalogKey } from "../catalog/message-keys";
import type { NoteId } from "../catalog/notes";
import type { AnyCondition, AnyServiceDefinition, ConditionTag, DocumentKind, SourceLines } from "../catalog/types";
import { withDefaults, type RawAnswers } from "./answers";

// Which documents a request needs, from the service's checklist and the answers.

/** REQUIRED: must be provided. OPTIONAL: "if any" or "in some cases". */
export type ConditionStatus = "REQUIRED" | "OPTIONAL" | "NOT_APPLICABLE";

export interface ConditionResult {
  status: ConditionStatus;
  /** Why it applies (catalog.conditions.*), empty for an unconditional document. */
  reasonKeys: CatalogKey[];
  tags: ConditionTag[];
}

const NOT_APPLICABLE: ConditionResult = { status: "NOT_APPLICABLE", reasonKeys: [], tags: [] };
const RANK: Record<ConditionStatus, number> = { NOT_APPLICABLE: 0, OPTIONAL: 1, REQUIRED: 2 };

function merge(results: ConditionResult[], status: ConditionStatus): ConditionResult {
  const applying = results.filter((r) => r.status !== "NOT_APPLICABLE");
  return {
    status,
    reasonKeys: [...new Set(applying.flatMap((r) => r.reasonKeys))],
    tags: [...new Set(applying.flatMap((r) => r.tags))],
  };
}

export function evaluateCondition(condition: AnyCondition, answers: Readonly<Record<string, unknown>>): ConditionResult {
  switch (condition.kind) {
    case "ALWAYS":
      return { status: "REQUIRED", reasonKeys: [], tags: [] };
    case "SOME_CASES":
    case "IF_ANY":
      return { status: "OPTIONAL", reasonKeys: [condition.reasonKey], tags: [] };
    case "ANSWER":
      return answers[condition.field] === condition.equals
        ? { status: "REQUIRED", reasonKeys: [condition.reasonKey], tags: [condition.tag] }
        : NOT_APPLICABLE;
    case "ANY_OF": {
      // The strongest alternative wins: required if any requires it.
      const results = condition.of.map((c) => evaluateCondition(c, answers));
      const best = results.reduce((a, r) => (RANK[r.status] > RANK[a] ? r.status : a), "NOT_APPLICABLE" as ConditionStatus);
      return best === "NOT_APPLICABLE"
        ? NOT_APPLICABLE
        : merge(
            results.filter((r) => r.status === best),
            best,
          );
    }
    case "ALL_OF": {
      // Applies only if every part applies; optional if any part is optional.
      const results = condition.of.map((c) => evaluateCondition(c, answers));
      if (results.some((r) => r.status === "NOT_APPLICABLE")) return NOT_APPLICABLE;
      return merge(results, results.some((r) => r.status === "OPTIONAL") ? "OPTIONAL" : "REQUIRED");
    }
  }
}

export interface ChecklistEntry {
  code: DocumentCode;
  kind: DocumentKind;
  nameKey: CatalogKey;
  /** false: optional ("if any", "may be required in some cases"). */
  required: boolean;
  /** Why a conditional document applies; empty when the guide puts no condition on it. */
  reasonKeys: CatalogKey[];
  tags: ConditionTag[];
  requirements: { code: RequirementCode; messageKey: CatalogKey }[];
  companyDocument: boolean;
  /** An uploaded document whose original is also handed in at the visit (6.P4). */
  handInOriginal: boolean;
  source: SourceLines;
  noteIds: NoteId[];
}

export interface Checklist {
  /** Copies uploaded on the portal for the Expat Centre's review. */
  upload: ChecklistEntry[];
  /**
   * Originals handed in at the appointment: the BRING documents, then the uploaded documents
   * whose original is handed in too (`handInOriginal`, 6.P4), which are therefore in both lists.
   */
  bring: ChecklistEntry[];
  /** TRP: scans of the `bring` documents are uploaded for the review too (6.C10). */
  scanOriginalsForReview: boolean;
}

/**
 * The documents a request needs, in the guide's order, split into upload and bring. `answers`
 * may be raw: the service's defaults fill missing fields. Each code appears at most once.
 */
export function checklist(service: AnyServiceDefinition, answers: RawAnswers): Checklist {
  return checklistWithDefaults(service, withDefaults(service, answers));
}

/**
 * What a checklist is computed from: a service definition without its question schemas (the
 * calculator island gets only this, as plain data, issue 19).
 */
export type ChecklistService = Pick<AnyServiceDefinition, "code" | "documents" | "scanOriginalsForReview">;

/** checklist() for answers whose defaults are already filled in: needs no question schemas. */
export function checklistWithDefaults(service: ChecklistService, effective: RawAnswers): Checklist {
  const entries: ChecklistEntry[] = [];
  for (const item of service.documents) {
    const result = evaluateCondition(item.condition, effective);
    if (result.status === "NOT_APPLICABLE") continue;
    if (entries.some((e) => e.code === item.code)) {
      throw new Error(`${service.code}: ${item.code} applies twice for these answers`);
    }
    entries.push({
      code: item.code,
      kind: item.kind,
      nameKey: documentNameKey(item.code),
      required: result.status === "REQUIRED",
      reasonKeys: result.reasonKeys,
      tags: result.tags,
      requirements: item.requirements.map((code) => ({ code, messageKey: requirementKey(code) })),
      companyDocument: item.companyDocument === true,
      handInOriginal: item.kind === "UPLOAD" && item.handInOriginal === true,
      source: item.source,
      noteIds: [...(item.notes ?? [])],
    });
  }
  return {
    upload: entries.filter((e) => e.kind === "UPLOAD"),
    bring: [...entries.filter((e) => e.kind === "BRING"), ...entries.filter((e) => e.handInOriginal)],
    scanOriginalsForReview: service.scanOriginalsForReview,
  };
}
