import { z } from "zod";
import {
  branchPowerOfAttorney,
  companyRegistration,
  firstHeadOrder,
  representativePowerOfAttorney,
  shareholdersDecision,
} from "./company-documents";
import { ALWAYS, FAMILY, JOINING_PRINCIPAL } from "./conditions";
import { EMBASSY_STEP } from "./embassy-step";
import { note } from "./notes";
import { companyIsBranch, familyMembersIncluded, principalIncluded, viaRepresentative, visaValidityBand } from "./questions";
import { kzt, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Investor visa (A5), guide section "ИНВЕСТОРЛЫҚ ВИЗА" (L152-246). The state duty is printed
// as "-" (6.T7) and neither list asks for proof of payment, so no duty is charged.

const investorVisaQuestions = z.object({
  validityBand: visaValidityBand,
  feeOption: z.enum(["STANDARD", "WALK_IN"]).default("STANDARD"),
  // The investor may be left out: family members joining an investor who holds the A5 visa
  // (L156, L174, L223 speak of the investor's family members in their own right).
  principalIncluded,
  familyMembersIncluded,
  viaRepresentative,
  companyIsBranch,
});

/** 1. Invitation letter for an investor visa, foreigner outside Kazakhstan (L154-206). */
export const investorVisaInvitation = defineService({
  code: "INVESTOR_VISA_INVITATION",
  family: "INVESTOR_VISA",
  messages: {
    title: "services.INVESTOR_VISA_INVITATION.title",
    summary: "services.INVESTOR_VISA_INVITATION.summary",
    purpose: "services.INVESTOR_VISA_INVITATION.purpose",
    whoFor: "services.INVESTOR_VISA_INVITATION.whoFor",
  },
  visaCategory: "A5",
  location: "OUTSIDE_KZ",
  personalPresence: false,
  embassyStep: EMBASSY_STEP,
  questions: investorVisaQuestions,
  documents: [
    // Copies (L166-174)
    companyRegistration("UPLOAD", "L168"),
    firstHeadOrder("UPLOAD", "L169"),
    shareholdersDecision("UPLOAD", "L170"),
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L171",
      notes: ["6.C17"],
    },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L172", notes: ["6.C3"] },
    {
      code: "FAMILY_RELATIONSHIP_CERTIFICATES",
      kind: "UPLOAD",
      condition: FAMILY,
      requirements: ["APOSTILLED_OR_LEGALISED_COPY"],
      source: "L173",
      notes: ["6.C3"],
    },
    {
      code: "PRINCIPAL_INVESTOR_VISA",
      kind: "UPLOAD",
      condition: JOINING_PRINCIPAL,
      requirements: [],
      source: "L174",
      notes: ["6.C2", "6.P2"],
    },
    // Originals (L176-181)
    representativePowerOfAttorney("BRING", "L178"),
    { code: "INVESTMENT_BODY_PETITION", kind: "BRING", condition: ALWAYS, requirements: [], source: "L179" },
    {
      code: "INVITATION_LETTER_PRINTED",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["TWO_PRINTED_COPIES"],
      source: "L180",
      notes: ["6.C18"],
    },
    branchPowerOfAttorney("BRING", "L181"),
  ],
  tariff: {
    by: "validityBand",
    rows: {
      UP_TO_2_YEARS: {
        fees: { STANDARD: kzt(360_000), WALK_IN: kzt(470_000) },
        stateDuty: null,
        processingTime: workingDays(5),
        source: "L187",
      },
      YEARS_3_TO_5: {
        fees: { STANDARD: kzt(720_000), WALK_IN: kzt(940_000) },
        stateDuty: null,
        processingTime: workingDays(5),
        source: "L189",
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
    note("6.T7"),
    note("6.T12"),
    note("6.T13"),
    note("6.C2"),
    note("6.C3"),
    note("6.C17"),
    note("6.C18"),
    note("6.C23"),
    note("6.C24"),
    note("6.C30"),
    note("6.P2"),
  ],
  source: "L152-206",
});

/** 2. Investor visa, foreigner in Kazakhstan (L208-246). */
export const investorVisa = defineService({
  code: "INVESTOR_VISA",
  family: "INVESTOR_VISA",
  messages: {
    title: "services.INVESTOR_VISA.title",
    summary: "services.INVESTOR_VISA.summary",
    purpose: "services.INVESTOR_VISA.purpose",
    whoFor: "services.INVESTOR_VISA.whoFor",
  },
  visaCategory: "A5",
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: investorVisaQuestions,
  documents: [
    // Copies (L218-223)
    companyRegistration("UPLOAD", "L220"),
    firstHeadOrder("UPLOAD", "L221"),
    shareholdersDecision("UPLOAD", "L222"),
    {
      code: "PRINCIPAL_INVESTOR_VISA",
      kind: "UPLOAD",
      condition: JOINING_PRINCIPAL,
      requirements: [],
      source: "L223",
      notes: ["6.C2", "6.P2"],
    },
    // Originals (L225-235)
    { code: "INVESTMENT_BODY_PETITION", kind: "BRING", condition: ALWAYS, requirements: [], source: "L227" },
    representativePowerOfAttorney("BRING", "L228"),
    { code: "VISA_APPLICATION_FORM", kind: "BRING", condition: ALWAYS, requirements: [], source: "L229" },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "BRING", condition: ALWAYS, requirements: [], source: "L230" },
    { code: "PHOTO", kind: "BRING", condition: ALWAYS, requirements: ["PHOTO_35X45"], source: "L231", notes: ["6.C16"] },
    { code: "PERSONAL_DATA_CONSENT", kind: "BRING", condition: ALWAYS, requirements: [], source: "L232", notes: ["6.C3"] },
    {
      code: "PASSPORT_ORIGINAL",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L233",
      notes: ["6.C17"],
    },
    {
      code: "FAMILY_RELATIONSHIP_CERTIFICATES",
      kind: "BRING",
      condition: FAMILY,
      requirements: ["APOSTILLED_OR_LEGALISED_COPY"],
      source: "L234",
      notes: ["6.C3"],
    },
    branchPowerOfAttorney("BRING", "L235"),
  ],
  tariff: {
    by: "validityBand",
    rows: {
      UP_TO_2_YEARS: {
        fees: { STANDARD: kzt(360_000), WALK_IN: kzt(470_000) },
        stateDuty: null,
        processingTime: workingDays(5),
        source: "L241",
      },
      YEARS_3_TO_5: {
        fees: { STANDARD: kzt(720_000), WALK_IN: kzt(940_000) },
        stateDuty: null,
        processingTime: workingDays(5),
        source: "L242",
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
    note("6.T7"),
    note("6.T12"),
    note("6.T13"),
    note("6.C2"),
    note("6.C3"),
    note("6.C16"),
    note("6.C17"),
    note("6.C23"),
    note("6.C30"),
    note("6.P2"),
  ],
  source: "L208-246",
});
