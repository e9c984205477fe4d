import { z } from "zod";
import { singleListCompanyBlock } from "./company-documents";
import { ALWAYS } from "./conditions";
import { EMBASSY_STEP } from "./embassy-step";
import { note } from "./notes";
import { companyIsBranch, viaRepresentative } from "./questions";
import { kzt, mrp, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Business visas: short-term B1/B3 (L296-340) and long-term B2 (L342-431). These are
// single lists ("documents to be submitted"): per 6.C23 they are uploaded, except the paper
// that only exists physically (printed invitation copies, photo), which is brought.
// The B2 tariffs print three fees under two headings (6.T1): read as standard / walk-in /
// personal manager = 20 000 / 60 000 / 160 000 KZT, like IIN and EDS.

const b2FeeOption = z.enum(["STANDARD", "WALK_IN", "PERSONAL_MANAGER"]).default("STANDARD");
const b2Fees = { STANDARD: kzt(20_000), WALK_IN: kzt(60_000), PERSONAL_MANAGER: kzt(160_000) };

/** Invitation letter for a single-entry B1/B3 business visa, foreigner outside Kazakhstan. */
export const businessVisaInvitationB1B3 = defineService({
  code: "BUSINESS_VISA_INVITATION_B1_B3",
  family: "BUSINESS_VISA",
  messages: {
    title: "services.BUSINESS_VISA_INVITATION_B1_B3.title",
    summary: "services.BUSINESS_VISA_INVITATION_B1_B3.summary",
    purpose: "services.BUSINESS_VISA_INVITATION_B1_B3.purpose",
    whoFor: "services.BUSINESS_VISA_INVITATION_B1_B3.whoFor",
  },
  visaCategory: "B1_B3",
  location: "OUTSIDE_KZ",
  personalPresence: false,
  embassyStep: EMBASSY_STEP,
  questions: z.object({
    feeOption: z.enum(["STANDARD"]).default("STANDARD"),
    /** The guide lists the purposes together (L300) and does not map them to B1 or B3 (6.C29). */
    visitPurpose: z.enum(["NEGOTIATIONS", "CONFERENCE", "FORUM", "EXHIBITION", "SCIENTIFIC_EVENT", "CONTRACT_SIGNING"]),
    viaRepresentative,
    companyIsBranch,
  }),
  documents: [
    // No "come to hand in the documents" sentence here (L309, 6.R6): nothing extra to hand in.
    ...singleListCompanyBlock(313, { handInOriginals: false }),
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L318",
      notes: ["6.C17"],
    },
    {
      code: "INVITATION_LETTER_PRINTED",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["TWO_PRINTED_COPIES"],
      source: "L319",
      notes: ["6.C18"],
    },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L320" },
    { code: "STATE_DUTY_PAYMENT_PROOF", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L321", notes: ["6.P1"] },
  ],
  tariff: {
    by: null,
    row: { fees: { STANDARD: kzt(20_000) }, stateDuty: mrp(0.5), processingTime: workingDays(5), source: "L326" },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [
    note("6.T13"),
    note("6.R1"),
    note("6.R2"),
    note("6.R6"),
    note("6.C17"),
    note("6.C18"),
    note("6.C23"),
    note("6.C24"),
    note("6.C26"),
    note("6.C29"),
    note("6.P1"),
    note("6.P3"),
  ],
  source: "L296-340",
});

/** 1. Invitation letter for a multiple-entry B2 business visa, foreigner outside Kazakhstan. */
export const businessVisaInvitationB2 = defineService({
  code: "BUSINESS_VISA_INVITATION_B2",
  family: "BUSINESS_VISA",
  messages: {
    title: "services.BUSINESS_VISA_INVITATION_B2.title",
    summary: "services.BUSINESS_VISA_INVITATION_B2.summary",
    purpose: "services.BUSINESS_VISA_INVITATION_B2.purpose",
    whoFor: "services.BUSINESS_VISA_INVITATION_B2.whoFor",
  },
  visaCategory: "B2",
  location: "OUTSIDE_KZ",
  personalPresence: false,
  embassyStep: EMBASSY_STEP,
  questions: z.object({ feeOption: b2FeeOption, viaRepresentative, companyIsBranch }),
  documents: [
    ...singleListCompanyBlock(358, { handInOriginals: true }),
    { code: "EXPERT_OR_SERVICE_AGREEMENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L363" },
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L364",
      notes: ["6.C17"],
    },
    {
      code: "INVITATION_LETTER_PRINTED",
      kind: "BRING",
      condition: ALWAYS,
      requirements: ["TWO_PRINTED_COPIES"],
      source: "L365",
      notes: ["6.C18"],
    },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L366" },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L367",
      notes: ["6.P1"],
    },
  ],
  tariff: {
    by: null,
    row: { fees: b2Fees, stateDuty: mrp(0.5), processingTime: workingDays(5), source: "L373", assumption: "6.T1" },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [
    note("6.T1"),
    note("6.T13"),
    note("6.C17"),
    note("6.C18"),
    note("6.C23"),
    note("6.C24"),
    note("6.C26"),
    note("6.P1"),
    note("6.P3"),
    note("6.P4"),
  ],
  source: "L342-391",
});

/** 2. Multiple-entry B2 business visa, foreigner in Kazakhstan (L393-431). */
export const businessVisaB2 = defineService({
  code: "BUSINESS_VISA_B2",
  family: "BUSINESS_VISA",
  messages: {
    title: "services.BUSINESS_VISA_B2.title",
    summary: "services.BUSINESS_VISA_B2.summary",
    purpose: "services.BUSINESS_VISA_B2.purpose",
    whoFor: "services.BUSINESS_VISA_B2.whoFor",
  },
  visaCategory: "B2",
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({ feeOption: b2FeeOption, viaRepresentative, companyIsBranch }),
  documents: [
    ...singleListCompanyBlock(407, { handInOriginals: true }),
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      condition: ALWAYS,
      requirements: ["PASSPORT_VALID_3M_2_BLANK_PAGES"],
      source: "L412",
      notes: ["6.C15", "6.C17"],
    },
    { code: "INVITING_PARTY_LETTER", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L413" },
    { code: "VISA_APPLICATION_FORM", kind: "UPLOAD", handInOriginal: true, condition: ALWAYS, requirements: [], source: "L414" },
    { code: "FINGERPRINTING_CERTIFICATE", kind: "UPLOAD", handInOriginal: true, condition: ALWAYS, requirements: [], source: "L415" },
    { code: "PHOTO", kind: "BRING", condition: ALWAYS, requirements: ["PHOTO_COLOUR_WHITE_35X45"], source: "L416" },
    {
      code: "STATE_DUTY_PAYMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: [],
      source: "L417",
      notes: ["6.P1"],
    },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L418" },
    { code: "EXPERT_OR_SERVICE_AGREEMENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L419" },
  ],
  tariff: {
    by: null,
    row: { fees: b2Fees, stateDuty: mrp(30), processingTime: workingDays(5), source: "L425", assumption: "6.T1" },
  },
  mayExtendBy30CalendarDays: true,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [note("6.T1"), note("6.T13"), note("6.C15"), note("6.C17"), note("6.C23"), note("6.P1"), note("6.P3"), note("6.P4")],
  source: "L393-431",
});
