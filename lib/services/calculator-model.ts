import type { AnyServiceDefinition } from "@/lib/catalog";
import type { QuestionField } from "@/lib/applications/question-fields";
import { questionDefaults } from "@/lib/rules/answers";
import type { ChecklistService } from "@/lib/rules/checklist";
import type { PricedService } from "@/lib/rules/quote";
import { calculatorFields, initialCalculatorAnswers } from "./calculator-fields";

// The fee calculator runs in the browser, but the catalog's question schemas are zod objects and
// the registry holds every service: both used to travel to the browser with the island (~32 kB
// gzip, issue 19). The server reads them once and hands the island this plain, serialisable
// description of one service: the fields to ask, the answers to start from and the defaults of
// every question, and the tariff and checklist data quoteWithDefaults / checklistWithDefaults read.

export type CalculatorService = PricedService & ChecklistService;

export interface CalculatorModel {
  service: CalculatorService;
  fields: QuestionField[];
  /** Each question's default (fillDefaults), so the rules see what quote() and checklist() would. */
  defaults: Record<string, unknown>;
  /** The calculator's first answers: a price shows at once. */
  initialAnswers: Record<string, unknown>;
}

export function calculatorModel(service: AnyServiceDefinition): CalculatorModel {
  const fields = calculatorFields(service);
  const { code, tariff, notes, mayExtendBy30CalendarDays, documents, scanOriginalsForReview } = service;
  return {
    service: { code, tariff, notes, mayExtendBy30CalendarDays, documents, scanOriginalsForReview },
    fields,
    defaults: questionDefaults(service),
    initialAnswers: initialCalculatorAnswers(fields),
  };
}
