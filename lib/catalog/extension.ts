import { z } from "zod";
import { singleListCompanyBlock } from "./company-documents";
import { ALWAYS, FAMILY, JOINING_PRINCIPAL, PRINCIPAL_EMPLOYEE } from "./conditions";
import type { CatalogKey } from "./message-keys";
import { note } from "./notes";
import { companyIsBranch, familyMembersIncluded, principalIncluded, sameHostParty, viaRepresentative, visaExpiryDate } from "./questions";
import { kzt, mrp, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Visa extension, guide section "ВИЗА МЕРЗІМІН ҰЗАРТУ" (L491-544): one document list
// (L507-527) and two tariffs (C3 at L531-534, B2 at L536-538), hence two codes (6.C5).
// Filing window: 30 to 5 working days before expiry (L495), see lib/rules/extension-window.ts.

/** Filing window of L495, in working days before the visa expires. */
export const EXTENSION_WINDOW = { earliestWorkingDaysBefore: 30, latestWorkingDaysBefore: 5 } as const;

const extensionRules: CatalogKey[] = ["rules.extensionBeforeExpiry", "rules.extensionWindow", "rules.extensionSameHostParty"];

/** The part of L507-524 both codes share, in the guide's order. */
function sharedExtensionDocuments() {
  return [
    ...singleListCompanyBlock(509, { handInOriginals: true }),
    { code: "HOST_PARTY_VISA_LETTER", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L514", notes: ["6.C5"] },
    {
      code: "VISA_APPLICATION_FORM",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: ["FORM_VISA_APPLICATION"],
      source: "L516",
    },
    { code: "PHOTO", kind: "BRING", condition: ALWAYS, requirements: ["PHOTO_35X45"], source: "L517", notes: ["6.C16"] },
  ] as const;
}

export const visaExtensionC3 = defineService({
  code: "VISA_EXTENSION_C3",
  family: "EXTENSION",
  messages: {
    title: "services.VISA_EXTENSION_C3.title",
    summary: "services.VISA_EXTENSION_C3.summary",
    purpose: "services.VISA_EXTENSION_C3.purpose",
    whoFor: "services.VISA_EXTENSION_C3.whoFor",
  },
  visaCategory: "C3",
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    validityBand: z.enum(["YEARS_1_TO_2", "YEARS_3_TO_5"]),
    feeOption: z.enum(["STANDARD", "WALK_IN"]).default("STANDARD"),
    visaExpiryDate,
    sameHostParty,
    principalIncluded,
    familyMembersIncluded,
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    ...sharedExtensionDocuments(),
    { code: "FOREIGN_EMPLOYEE_QUESTIONNAIRE", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L518" },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L519",
      notes: ["6.P1"],
    },
    // Also listed "for a family member's visa" at L525: one entry, always required (6.C5).
    {
      code: "PERSONAL_DATA_CONSENT",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["FORM_PERSONAL_DATA_CONSENT"],
      source: "L520",
      notes: ["6.C5"],
    },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "UPLOAD", handInOriginal: true, condition: ALWAYS, requirements: [], source: "L521" },
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L522",
      notes: ["6.C15", "6.C17"],
    },
    {
      code: "QUALIFICATION_PROOF_AND_CV",
      kind: "UPLOAD",
      condition: PRINCIPAL_EMPLOYEE,
      requirements: ["LEGALISED_OR_APOSTILLED", "QUALIFICATION_REQUIREMENTS_LINK"],
      source: "L523",
      notes: ["6.S11", "6.C25"],
    },
    {
      code: "EXTENSION_CONTRACT",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["SIGNED_BY_BOTH_PARTIES", "CONFIDENTIAL_TERMS_MAY_BE_HIDDEN"],
      source: "L524",
    },
    {
      code: "FAMILY_RELATIONSHIP_CERTIFICATES",
      kind: "UPLOAD",
      condition: FAMILY,
      requirements: ["APOSTILLED_OR_LEGALISED_COPY"],
      source: "L526",
    },
    { code: "PRINCIPAL_WORK_VISA", kind: "UPLOAD", condition: JOINING_PRINCIPAL, requirements: [], source: "L527", notes: ["6.P2"] },
  ],
  tariff: {
    by: "validityBand",
    rows: {
      YEARS_1_TO_2: {
        fees: { STANDARD: kzt(360_000), WALK_IN: kzt(470_000) },
        stateDuty: mrp(30),
        processingTime: workingDays(5),
        source: "L533",
      },
      YEARS_3_TO_5: {
        fees: { STANDARD: kzt(720_000), WALK_IN: kzt(940_000) },
        stateDuty: mrp(30),
        processingTime: workingDays(5),
        source: "L534",
        assumption: "6.T2",
      },
    },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: extensionRules,
  notes: [
    note("6.T2"),
    note("6.T3"),
    note("6.T4"),
    note("6.T12"),
    note("6.T13"),
    note("6.S11"),
    note("6.C5"),
    note("6.C6"),
    note("6.C15"),
    note("6.C16"),
    note("6.C17"),
    note("6.C23"),
    note("6.C25"),
    note("6.P1"),
    note("6.P2"),
    note("6.P4"),
    note("6.P5"),
  ],
  source: "L491-544",
});

export const visaExtensionB2 = defineService({
  code: "VISA_EXTENSION_B2",
  family: "EXTENSION",
  messages: {
    title: "services.VISA_EXTENSION_B2.title",
    summary: "services.VISA_EXTENSION_B2.summary",
    purpose: "services.VISA_EXTENSION_B2.purpose",
    whoFor: "services.VISA_EXTENSION_B2.whoFor",
  },
  visaCategory: "B2",
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  // The B2 row does not include family members (6.C7): one request per person, but that person
  // may be any of the register, a family member included (6.P3).
  questions: z.object({
    feeOption: z.enum(["STANDARD", "WALK_IN", "PERSONAL_MANAGER"]).default("STANDARD"),
    visaExpiryDate,
    sameHostParty,
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    ...sharedExtensionDocuments(),
    // Employee items of the shared list (L518, L523): a B2 holder is an expert, so they are
    // offered rather than demanded and the EC asks for them if needed (6.C5).
    {
      code: "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
      kind: "UPLOAD",
      condition: { kind: "SOME_CASES", reasonKey: "conditions.employeeItemForExpert" },
      requirements: [],
      source: "L518",
      notes: ["6.C5"],
    },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L519",
      notes: ["6.P1"],
    },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: ["FORM_PERSONAL_DATA_CONSENT"], source: "L520" },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "UPLOAD", handInOriginal: true, condition: ALWAYS, requirements: [], source: "L521" },
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L522",
      notes: ["6.C15", "6.C17"],
    },
    {
      code: "QUALIFICATION_PROOF_AND_CV",
      kind: "UPLOAD",
      condition: { kind: "SOME_CASES", reasonKey: "conditions.employeeItemForExpert" },
      requirements: ["LEGALISED_OR_APOSTILLED", "QUALIFICATION_REQUIREMENTS_LINK"],
      source: "L523",
      notes: ["6.C5", "6.S11"],
    },
    {
      code: "EXTENSION_CONTRACT",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["SIGNED_BY_BOTH_PARTIES", "CONFIDENTIAL_TERMS_MAY_BE_HIDDEN"],
      source: "L524",
    },
  ],
  tariff: {
    by: null,
    row: {
      fees: { STANDARD: kzt(20_000), WALK_IN: kzt(60_000), PERSONAL_MANAGER: kzt(160_000) },
      stateDuty: mrp(30),
      processingTime: workingDays(5),
      source: "L538",
      assumption: "6.T1",
    },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: extensionRules,
  notes: [
    note("6.T1"),
    note("6.T13"),
    note("6.S11"),
    note("6.C5"),
    note("6.C6"),
    note("6.C7"),
    note("6.C15"),
    note("6.C16"),
    note("6.C17"),
    note("6.C23"),
    note("6.P1"),
    note("6.P3"),
    note("6.P4"),
    note("6.P5"),
  ],
  source: "L491-544",
});
