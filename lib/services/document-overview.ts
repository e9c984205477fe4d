import {
  documentNameKey,
  requirementKey,
  type AnyCondition,
  type AnyServiceDefinition,
  type CatalogKey,
  type ConditionTag,
} from "@/lib/catalog";
import type { ChecklistEntry } from "@/lib/rules/checklist";

// The service page lists every document the service may need, each with the condition under
// which it applies, before anyone has answered a question (the calculator then narrows it).

interface Described {
  required: boolean;
  reasonKeys: CatalogKey[];
  tags: ConditionTag[];
}

function describe(condition: AnyCondition): Described {
  switch (condition.kind) {
    case "ALWAYS":
      return { required: true, reasonKeys: [], tags: [] };
    case "SOME_CASES":
    case "IF_ANY":
      return { required: false, reasonKeys: [condition.reasonKey], tags: [] };
    case "ANSWER":
      return { required: true, reasonKeys: [condition.reasonKey], tags: [condition.tag] };
    case "ANY_OF":
    case "ALL_OF": {
      const parts = condition.of.map(describe);
      return {
        // "Any of": required when a required alternative holds; "all of": only if every part is.
        required: condition.kind === "ANY_OF" ? parts.some((p) => p.required) : parts.every((p) => p.required),
        reasonKeys: [...new Set(parts.flatMap((p) => p.reasonKeys))],
        tags: [...new Set(parts.flatMap((p) => p.tags))],
      };
    }
  }
}

export interface DocumentOverview {
  upload: ChecklistEntry[];
  bring: ChecklistEntry[];
  scanOriginalsForReview: boolean;
}

export function documentOverview(service: AnyServiceDefinition): DocumentOverview {
  const entries: ChecklistEntry[] = service.documents.map((item) => ({
    code: item.code,
    kind: item.kind,
    nameKey: documentNameKey(item.code),
    ...describe(item.condition),
    requirements: item.requirements.map((code) => ({ code, messageKey: requirementKey(code) })),
    companyDocument: item.companyDocument === true,
    handInOriginal: item.kind === "UPLOAD" && item.handInOriginal === true,
    source: item.source,
    noteIds: [...(item.notes ?? [])],
  }));
  return {
    upload: entries.filter((e) => e.kind === "UPLOAD"),
    // Uploaded documents handed in as originals too are listed under both (6.P4).
    bring: [...entries.filter((e) => e.kind === "BRING"), ...entries.filter((e) => e.handInOriginal)],
    scanOriginalsForReview: service.scanOriginalsForReview,
  };
}
