import { z } from "zod";
import { singleListCompanyBlock } from "./company-documents";
import { ALWAYS, SOME_CASES } from "./conditions";
import { note } from "./notes";
import { companyIsBranch, familyMembersIncluded, principalIncluded, viaRepresentative } from "./questions";
import { kzt, mrp, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Visa cancellation, guide section "ВИЗАНЫҢ КҮШІН ЖОЮ" (L433-489). Single lists: uploaded,
// except the original passport, which is brought (6.C23).

/** Cancellation with an exit visa; the guide does not say "in Kazakhstan" (6.R3, inferred). */
export const visaCancellation = defineService({
  code: "VISA_CANCELLATION",
  family: "CANCELLATION",
  messages: {
    title: "services.VISA_CANCELLATION.title",
    summary: "services.VISA_CANCELLATION.summary",
    purpose: "services.VISA_CANCELLATION.purpose",
    whoFor: "services.VISA_CANCELLATION.whoFor",
  },
  visaCategory: null,
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    feeOption: z.enum(["STANDARD"]).default("STANDARD"),
    /** The visa being cancelled: business, work or investor (L435). */
    visaType: z.enum(["BUSINESS", "WORK", "INVESTOR"]),
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    ...singleListCompanyBlock(445, { handInOriginals: true }),
    { code: "CANCELLATION_EXIT_VISA_LETTER", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L450" },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L451",
      notes: ["6.P1"],
    },
    { code: "PASSPORT_ORIGINAL", kind: "BRING", condition: ALWAYS, requirements: ["PASSPORT_2_BLANK_PAGES"], source: "L452" },
    { code: "VISA_APPLICATION_FORM", kind: "UPLOAD", handInOriginal: true, condition: ALWAYS, requirements: [], source: "L453" },
    {
      code: "FINGERPRINTING_CERTIFICATE",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: SOME_CASES,
      requirements: [],
      source: "L454",
      notes: ["6.C28"],
    },
  ],
  tariff: {
    by: null,
    row: { fees: { STANDARD: kzt(20_000) }, stateDuty: mrp(0.5), processingTime: workingDays(5), source: "L461" },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: ["rules.exitVisa"],
  notes: [note("6.R3"), note("6.C8"), note("6.C9"), note("6.C23"), note("6.C28"), note("6.P1"), note("6.P3"), note("6.P4")],
  source: "L433-461",
});

/** 2. Cancellation after the foreigner has left Kazakhstan, filed by the host party (L463-489). */
export const visaCancellationAbroad = defineService({
  code: "VISA_CANCELLATION_ABROAD",
  family: "CANCELLATION",
  messages: {
    title: "services.VISA_CANCELLATION_ABROAD.title",
    summary: "services.VISA_CANCELLATION_ABROAD.summary",
    purpose: "services.VISA_CANCELLATION_ABROAD.purpose",
    whoFor: "services.VISA_CANCELLATION_ABROAD.whoFor",
  },
  visaCategory: null,
  location: "OUTSIDE_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    feeOption: z.enum(["STANDARD"]).default("STANDARD"),
    /** Business or work visa only: the investor visa is not mentioned here (6.C8). */
    visaType: z.enum(["BUSINESS", "WORK"]),
    // "The business/work visa, the family member's visa included, is cancelled" (L465, L484):
    // one request may cover the holder and family members, or family members alone (6.P3).
    principalIncluded,
    familyMembersIncluded,
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    ...singleListCompanyBlock(475, { handInOriginals: true }),
    { code: "PASSPORT_AND_VISA_COPY", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L480" },
    { code: "CANCELLATION_LETTER", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L481" },
    { code: "EMPLOYMENT_TERMINATION_ORDER", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L482", notes: ["6.C8"] },
  ],
  tariff: {
    by: null,
    row: { fees: { STANDARD: kzt(20_000) }, stateDuty: null, processingTime: workingDays(1), source: "L489" },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: ["rules.cancelledVisaVoid"],
  notes: [note("6.C8"), note("6.C23"), note("6.P3"), note("6.P4")],
  source: "L463-489",
});
