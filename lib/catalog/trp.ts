import { z } from "zod";
import {
  branchPowerOfAttorney,
  companyRegistration,
  firstHeadOrder,
  representativePowerOfAttorney,
  shareholdersDecision,
} from "./company-documents";
import { ALWAYS, CIVIL_LAW, FAMILY, IF_ANY, TRP_EMPLOYEE } from "./conditions";
import { note } from "./notes";
import { companyIsBranch, familyMembersIncluded, viaRepresentative } from "./questions";
import { kzt, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Temporary residence permit, guide section "УАҚЫТША ТҰРУҒА РҰҚСАТ" (L248-294). The guide
// gives only an "originals" list (6.C10): every item is BRING, and scans of them are uploaded
// for the EC's review (scanOriginalsForReview). Eligibility (CIS > 30 days, EAEU > 90 days)
// is checked by lib/rules/eligibility.ts from the citizenship and plannedStayDays.

export const trp = defineService({
  code: "TRP",
  family: "TRP",
  messages: {
    title: "services.TRP.title",
    summary: "services.TRP.summary",
    purpose: "services.TRP.purpose",
    whoFor: "services.TRP.whoFor",
  },
  visaCategory: null,
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    trpRole: z.enum(["EMPLOYEE", "EXPERT"]),
    trpAction: z.enum(["OBTAIN", "EXTEND"]),
    feeOption: z.enum(["STANDARD", "WALK_IN"]).default("STANDARD"),
    /** Which of the three accepted contracts (L276) the foreigner works under. */
    workBasis: z.enum(["EMPLOYMENT_CONTRACT", "EXPERT_AGREEMENT", "CIVIL_LAW_CONTRACT"]),
    /** Planned stay in calendar days: the eligibility thresholds are > 30 (CIS), > 90 (EAEU). */
    plannedStayDays: z.int().positive(),
    familyMembersIncluded,
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    // Originals, the only list (L261-283)
    companyRegistration("BRING", "L263"),
    branchPowerOfAttorney("BRING", "L264"),
    firstHeadOrder("BRING", "L265"),
    shareholdersDecision("BRING", "L266"),
    representativePowerOfAttorney("BRING", "L267"),
    { code: "TRP_APPLICATION", kind: "BRING", condition: ALWAYS, requirements: [], source: "L268" },
    { code: "ARRIVAL_NOTIFICATION", kind: "BRING", condition: ALWAYS, requirements: [], source: "L269" },
    { code: "PASSPORT_ORIGINAL_OR_NOTARISED_COPY", kind: "BRING", condition: ALWAYS, requirements: [], source: "L270" },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "BRING", condition: ALWAYS, requirements: [], source: "L271" },
    { code: "FOREIGNER_IIN", kind: "BRING", condition: ALWAYS, requirements: [], source: "L272" },
    { code: "MEDICAL_INSURANCE", kind: "BRING", condition: ALWAYS, requirements: ["ORIGINAL_FOR_COMPARISON"], source: "L273" },
    { code: "HOUSING_OWNER_CONSENT", kind: "BRING", condition: ALWAYS, requirements: ["NOTARISED"], source: "L274" },
    { code: "REAL_ESTATE_RIGHTS_CERTIFICATE", kind: "BRING", condition: IF_ANY, requirements: [], source: "L275" },
    { code: "TRP_WORK_CONTRACT", kind: "BRING", condition: ALWAYS, requirements: ["ESUTD_REGISTERED"], source: "L276" },
    {
      code: "QUALIFICATION_PROOF_AND_CV",
      kind: "BRING",
      condition: TRP_EMPLOYEE,
      requirements: ["LEGALISED_OR_APOSTILLED", "QUALIFICATION_REQUIREMENTS_LINK"],
      source: "L277-279",
      notes: ["6.C14"],
    },
    { code: "FOREIGN_EMPLOYEE_QUESTIONNAIRE", kind: "BRING", condition: ALWAYS, requirements: [], source: "L281" },
    {
      code: "PERSONAL_DATA_CONSENT",
      kind: "BRING",
      condition: { kind: "ANY_OF", of: [FAMILY, CIVIL_LAW] },
      requirements: [],
      source: "L282",
      notes: ["6.C11"],
    },
    {
      code: "BIRTH_OR_MARRIAGE_CERTIFICATE",
      kind: "BRING",
      condition: FAMILY,
      requirements: ["NOTARISED"],
      source: "L283",
      notes: ["6.C11"],
    },
  ],
  tariff: {
    by: "trpRole",
    rows: {
      EMPLOYEE: {
        fees: { STANDARD: kzt(110_000), WALK_IN: kzt(170_000) },
        stateDuty: null,
        processingTime: workingDays(1),
        source: "L289",
      },
      EXPERT: { fees: { STANDARD: kzt(90_000), WALK_IN: kzt(170_000) }, stateDuty: null, processingTime: workingDays(1), source: "L290" },
    },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: true,
  scanOriginalsForReview: true,
  ruleKeys: ["rules.trpEligibility", "rules.trpNoVisa"],
  notes: [
    note("6.T4"),
    note("6.T5"),
    note("6.T6"),
    note("6.T12"),
    note("6.T14"),
    note("6.C10"),
    note("6.C11"),
    note("6.C12"),
    note("6.C13"),
    note("6.C14"),
  ],
  source: "L248-294",
});
