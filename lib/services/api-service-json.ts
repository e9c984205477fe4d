import type { AnyServiceDefinition } from "@/lib/catalog";
import { tariffChoices } from "@/lib/rules/quote";
import { money, processingTimeJson, serviceSummaryJson } from "./api-json";
import { documentOverview } from "./document-overview";
import { mrpFromTenths } from "./money";
import { tariffTableRows, variantLabelKey } from "./tariff-rows";
import type { Translate } from "./translators";

// GET /api/services/{code}: the whole definition in one language. Date-independent on purpose
// (no MRP in KZT here) so that it can be cached; prices at a date come from the quote endpoint.

function requirementsJson(requirements: readonly { code: string; messageKey: string }[], tc: Translate) {
  return requirements.map((r) => ({ code: r.code, text: tc(r.messageKey) }));
}

function tariffJson(service: AnyServiceDefinition, tc: Translate) {
  return {
    by: service.tariff.by,
    rows: tariffTableRows(service).map(({ variant, row }) => ({
      variant,
      variantName: variant ? tc(variantLabelKey(service, variant)) : null,
      fees: Object.fromEntries(Object.entries(row.fees).flatMap(([option, tiyn]) => (tiyn === undefined ? [] : [[option, money(tiyn)]]))),
      stateDuty: row.stateDuty ? { mrp: mrpFromTenths(row.stateDuty.mrpTenths) } : null,
      processingTime: processingTimeJson(row.processingTime, tc),
      source: row.source,
      note: row.assumption ?? null,
    })),
  };
}

export function serviceDetailJson(service: AnyServiceDefinition, tc: Translate) {
  const overview = documentOverview(service);
  const choices = tariffChoices(service);
  return {
    ...serviceSummaryJson(service, tc),
    purpose: tc(service.messages.purpose),
    whoFor: tc(service.messages.whoFor),
    personalPresence: service.personalPresence,
    steps: [tc("process.upload"), tc("process.approval"), tc("process.appointment")],
    embassyStep: service.embassyStep && {
      title: tc(service.embassyStep.titleKey),
      documents: service.embassyStep.documents.map((d) => ({
        code: d.code,
        name: tc(`documents.${d.code}`),
        requirements: requirementsJson(
          d.requirements.map((code) => ({ code, messageKey: `requirements.${code}` })),
          tc,
        ),
      })),
      info: service.embassyStep.infoKeys.map((key) => tc(key)),
    },
    quoteParameters: {
      option: choices.feeOptions,
      ...(choices.variantField === "validityBand" ? { validity: choices.variants } : {}),
      ...(choices.variantField === "trpRole" ? { variant: choices.variants } : {}),
    },
    // A document both uploaded and handed in (6.P4) is listed once, with handInOriginal: true.
    documents: [...overview.upload, ...overview.bring.filter((e) => e.kind === "BRING")].map((entry) => ({
      code: entry.code,
      name: tc(entry.nameKey),
      kind: entry.kind,
      required: entry.required,
      conditions: entry.reasonKeys.map((key) => tc(key)),
      conditionTags: entry.tags,
      requirements: requirementsJson(entry.requirements, tc),
      companyDocument: entry.companyDocument,
      handInOriginal: entry.handInOriginal,
      notes: entry.noteIds,
    })),
    scanOriginalsForReview: service.scanOriginalsForReview,
    tariff: tariffJson(service, tc),
    mayExtendBy30CalendarDays: service.mayExtendBy30CalendarDays,
    qualificationCheckTakesTime: service.qualificationCheckTakesTime,
    rules: service.ruleKeys.map((key) => tc(key)),
    notes: service.notes.map((n) => ({ id: n.id, text: tc(n.messageKey) })),
  };
}
