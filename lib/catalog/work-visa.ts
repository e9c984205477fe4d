import { z } from "zod";
import {
  branchPowerOfAttorney,
  companyRegistration,
  firstHeadOrder,
  representativePowerOfAttorney,
  shareholdersDecision,
} from "./company-documents";
import { ALWAYS, FAMILY, JOINING_PRINCIPAL, PRINCIPAL_EMPLOYEE } from "./conditions";
import { EMBASSY_STEP } from "./embassy-step";
import { note } from "./notes";
import { companyIsBranch, familyMembersIncluded, principalIncluded, viaRepresentative, visaValidityBand } from "./questions";
import { kzt, mrp, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Work visa (C3), guide section "ЖҰМЫС ВИЗАСЫ" (L42-150).

const workVisaQuestions = z.object({
  validityBand: visaValidityBand,
  feeOption: z.enum(["STANDARD", "WALK_IN"]).default("STANDARD"),
  principalIncluded,
  familyMembersIncluded,
  viaRepresentative,
  companyIsBranch,
});

/** 1. Invitation letter for a work visa, foreigner outside Kazakhstan (L44-101). */
export const workVisaInvitation = defineService({
  code: "WORK_VISA_INVITATION",
  family: "WORK_VISA",
  messages: {
    title: "services.WORK_VISA_INVITATION.title",
    summary: "services.WORK_VISA_INVITATION.summary",
    purpose: "services.WORK_VISA_INVITATION.purpose",
    whoFor: "services.WORK_VISA_INVITATION.whoFor",
  },
  visaCategory: "C3",
  location: "OUTSIDE_KZ",
  personalPresence: false,
  embassyStep: EMBASSY_STEP,
  questions: workVisaQuestions,
  documents: [
    // Copies (L56-64)
    companyRegistration("UPLOAD", "L58"),
    firstHeadOrder("UPLOAD", "L59"),
    shareholdersDecision("UPLOAD", "L60"),
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L61",
      notes: ["6.C17"],
    },
    { code: "FOREIGN_EMPLOYEE_QUESTIONNAIRE", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L62" },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: FAMILY, requirements: [], source: "L63", notes: ["6.C4"] },
    { code: "PRINCIPAL_WORK_VISA", kind: "UPLOAD", condition: JOINING_PRINCIPAL, requirements: [], source: "L64", notes: ["6.P2"] },
    // Originals (L66-78)
    representativePowerOfAttorney("BRING", "L68"),
    {
      code: "INVITATION_LETTER_PRINTED",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["TWO_PRINTED_COPIES"],
      source: "L69",
      notes: ["6.C18"],
    },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L70",
      notes: ["6.P1"],
    },
    {
      code: "EMPLOYMENT_CONTRACT",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["SIGNED_BY_BOTH_PARTIES", "CONFIDENTIAL_TERMS_MAY_BE_HIDDEN"],
      source: "L71-73",
    },
    {
      code: "QUALIFICATION_PROOF_AND_CV",
      kind: "BRING",
      condition: PRINCIPAL_EMPLOYEE,
      requirements: ["LEGALISED_OR_APOSTILLED", "QUALIFICATION_REQUIREMENTS_LINK"],
      source: "L75",
      notes: ["6.C25"],
    },
    {
      code: "FAMILY_RELATIONSHIP_CERTIFICATES",
      kind: "BRING",
      condition: FAMILY,
      requirements: ["APOSTILLED_OR_LEGALISED_COPY"],
      source: "L76",
      notes: ["6.C3"],
    },
    { code: "ARRIVAL_NOTIFICATION", kind: "BRING", condition: ALWAYS, requirements: [], source: "L77", notes: ["6.C1"] },
    branchPowerOfAttorney("BRING", "L78"),
  ],
  tariff: {
    by: "validityBand",
    rows: {
      UP_TO_2_YEARS: {
        fees: { STANDARD: kzt(360_000), WALK_IN: kzt(470_000) },
        stateDuty: mrp(0.5),
        processingTime: workingDays(5),
        source: "L84",
      },
      YEARS_3_TO_5: {
        fees: { STANDARD: kzt(720_000), WALK_IN: kzt(940_000) },
        stateDuty: mrp(0.5),
        processingTime: workingDays(5),
        source: "L85",
        assumption: "6.T2",
      },
    },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [
    note("6.T2"),
    note("6.T3"),
    note("6.T4"),
    note("6.T12"),
    note("6.T13"),
    note("6.C1"),
    note("6.C3"),
    note("6.C4"),
    note("6.C17"),
    note("6.C18"),
    note("6.C23"),
    note("6.C24"),
    note("6.C25"),
    note("6.P1"),
    note("6.P2"),
  ],
  source: "L44-101",
});

/** 2. Work visa, foreigner in Kazakhstan (L103-150). */
export const workVisa = defineService({
  code: "WORK_VISA",
  family: "WORK_VISA",
  messages: {
    title: "services.WORK_VISA.title",
    summary: "services.WORK_VISA.summary",
    purpose: "services.WORK_VISA.purpose",
    whoFor: "services.WORK_VISA.whoFor",
  },
  visaCategory: "C3",
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: workVisaQuestions,
  documents: [
    // Copies (L113-120)
    companyRegistration("UPLOAD", "L115"),
    firstHeadOrder("UPLOAD", "L116"),
    shareholdersDecision("UPLOAD", "L117"),
    {
      code: "FAMILY_RELATIONSHIP_CERTIFICATES",
      kind: "UPLOAD",
      condition: FAMILY,
      requirements: ["APOSTILLED_OR_LEGALISED_COPY"],
      source: "L118",
      notes: ["6.C3"],
    },
    { code: "PRINCIPAL_WORK_VISA", kind: "UPLOAD", condition: JOINING_PRINCIPAL, requirements: [], source: "L119", notes: ["6.P2"] },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: FAMILY, requirements: [], source: "L120", notes: ["6.C4"] },
    // Originals (L122-137)
    representativePowerOfAttorney("BRING", "L124"),
    { code: "HOST_PARTY_VISA_LETTER", kind: "BRING", condition: ALWAYS, requirements: [], source: "L125" },
    { code: "VISA_APPLICATION_FORM", kind: "BRING", condition: ALWAYS, requirements: [], source: "L126" },
    { code: "PHOTO", kind: "BRING", condition: ALWAYS, requirements: ["PHOTO_35X45"], source: "L127", notes: ["6.C16"] },
    { code: "FOREIGN_EMPLOYEE_QUESTIONNAIRE", kind: "BRING", condition: ALWAYS, requirements: [], source: "L128" },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L129",
      notes: ["6.P1"],
    },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "BRING", condition: ALWAYS, requirements: [], source: "L130" },
    {
      code: "PASSPORT_ORIGINAL",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L131",
      notes: ["6.C17"],
    },
    {
      code: "EMPLOYMENT_CONTRACT",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["SIGNED_BY_BOTH_PARTIES", "CONFIDENTIAL_TERMS_MAY_BE_HIDDEN"],
      source: "L132-134",
    },
    {
      code: "QUALIFICATION_PROOF_AND_CV",
      kind: "BRING",
      condition: PRINCIPAL_EMPLOYEE,
      requirements: ["LEGALISED_OR_APOSTILLED", "QUALIFICATION_REQUIREMENTS_LINK"],
      source: "L136",
      notes: ["6.C25"],
    },
    branchPowerOfAttorney("BRING", "L137"),
  ],
  tariff: {
    by: "validityBand",
    rows: {
      UP_TO_2_YEARS: {
        fees: { STANDARD: kzt(360_000), WALK_IN: kzt(470_000) },
        stateDuty: mrp(30),
        processingTime: workingDays(5),
        source: "L143",
      },
      YEARS_3_TO_5: {
        fees: { STANDARD: kzt(720_000), WALK_IN: kzt(940_000) },
        stateDuty: mrp(30),
        processingTime: workingDays(5),
        source: "L144",
        assumption: "6.T2",
      },
    },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: true,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [
    note("6.T2"),
    note("6.T3"),
    note("6.T4"),
    note("6.T12"),
    note("6.T13"),
    note("6.T14"),
    note("6.C3"),
    note("6.C4"),
    note("6.C16"),
    note("6.C17"),
    note("6.C23"),
    note("6.C25"),
    note("6.P1"),
    note("6.P2"),
  ],
  source: "L103-150",
});
