import { z } from "zod";
import { ALWAYS, IF_ANY, REPRESENTATIVE } from "./conditions";
import { note } from "./notes";
import { viaRepresentative } from "./questions";
import { kzt, minutes, workingDays } from "./tariff-values";
import { defineService } from "./types";

// Other migration and tax services (L546-630). None asks for the company block (4.18).

const TAX_LEGAL_ENTITY = {
  kind: "ANSWER",
  tag: "VARIANT",
  field: "taxApplicantType",
  equals: "FOREIGN_LEGAL_ENTITY",
  reasonKey: "conditions.taxForeignLegalEntity",
} as const;
const TAX_INDIVIDUAL = {
  kind: "ANSWER",
  tag: "VARIANT",
  field: "taxApplicantType",
  equals: "FOREIGN_INDIVIDUAL_OR_STATELESS",
  reasonKey: "conditions.taxForeignIndividual",
} as const;
const EDS_INDIVIDUAL = {
  kind: "ANSWER",
  tag: "VARIANT",
  field: "edsApplicant",
  equals: "INDIVIDUAL",
  reasonKey: "conditions.edsIndividual",
} as const;
const EDS_LEGAL_ENTITY = {
  kind: "ANSWER",
  tag: "VARIANT",
  field: "edsApplicant",
  equals: "LEGAL_ENTITY",
  reasonKey: "conditions.edsLegalEntity",
} as const;

const threeFeeOptions = z.enum(["STANDARD", "WALK_IN", "PERSONAL_MANAGER"]).default("STANDARD");

/** 1. Notification of arrival or change of address (L561-568); requirements are prose. */
export const arrivalNotification = defineService({
  code: "ARRIVAL_NOTIFICATION",
  family: "OTHER",
  messages: {
    title: "services.ARRIVAL_NOTIFICATION.title",
    summary: "services.ARRIVAL_NOTIFICATION.summary",
    purpose: "services.ARRIVAL_NOTIFICATION.purpose",
    whoFor: "services.ARRIVAL_NOTIFICATION.whoFor",
  },
  visaCategory: null,
  location: "IN_KZ",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    feeOption: z.enum(["STANDARD"]).default("STANDARD"),
    notificationKind: z.enum(["ARRIVAL", "ADDRESS_CHANGE"]),
    /** The address of the place of residence in Kazakhstan is data, not a document (L563). */
    residenceAddress: z.string().trim().min(5).max(300),
  }),
  // The company's EDS (L563) signs the notification; it is not a document to upload (6.C21).
  documents: [
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L563" },
    { code: "BORDER_CROSSING_PASSPORT_COPY", kind: "UPLOAD", condition: ALWAYS, requirements: ["CLEAR_COPY"], source: "L563" },
  ],
  tariff: {
    by: null,
    row: { fees: { STANDARD: kzt(10_000) }, stateDuty: null, processingTime: minutes(30), source: "L568" },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: ["rules.arrivalCompanyEds"],
  notes: [note("6.C21"), note("6.P3")],
  source: "L561-568",
});

/** 2. Individual identification number (L570-587): the foreigner comes in person. */
export const iin = defineService({
  code: "IIN",
  family: "OTHER",
  messages: {
    title: "services.IIN.title",
    summary: "services.IIN.summary",
    purpose: "services.IIN.purpose",
    whoFor: "services.IIN.whoFor",
  },
  visaCategory: null,
  location: "IN_KZ",
  personalPresence: true,
  embassyStep: null,
  questions: z.object({ feeOption: threeFeeOptions }),
  documents: [
    {
      code: "PASSPORT_COPY",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: ALWAYS,
      requirements: ["CLEAR_COPY", "NOTARISED_TRANSLATION_KK_OR_RU"],
      source: "L576",
      notes: ["6.C19"],
    },
    { code: "PASSPORT_ORIGINAL", kind: "BRING", condition: ALWAYS, requirements: [], source: "L577" },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L578" },
  ],
  tariff: {
    by: null,
    row: {
      fees: { STANDARD: kzt(10_000), WALK_IN: kzt(20_000), PERSONAL_MANAGER: kzt(60_000) },
      stateDuty: null,
      processingTime: workingDays(1),
      source: "L583",
    },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: ["rules.iinPersonalPresence"],
  notes: [note("6.C19"), note("6.C23"), note("6.P3"), note("6.P4")],
  source: "L570-587",
});

/** 3. Tax residency certificate (L589-602). */
export const taxResidencyCertificate = defineService({
  code: "TAX_RESIDENCY_CERTIFICATE",
  family: "OTHER",
  messages: {
    title: "services.TAX_RESIDENCY_CERTIFICATE.title",
    summary: "services.TAX_RESIDENCY_CERTIFICATE.summary",
    purpose: "services.TAX_RESIDENCY_CERTIFICATE.purpose",
    whoFor: "services.TAX_RESIDENCY_CERTIFICATE.whoFor",
  },
  visaCategory: null,
  location: "ANY",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    feeOption: z.enum(["STANDARD", "PERSONAL_MANAGER"]).default("STANDARD"),
    // KAZAKHSTAN_LEGAL_ENTITY: a company registered in Kazakhstan is a resident by its
    // registration; the guide only gives it the tax application of L593 (6.P8).
    taxApplicantType: z.enum(["KAZAKHSTAN_LEGAL_ENTITY", "FOREIGN_LEGAL_ENTITY", "FOREIGN_INDIVIDUAL_OR_STATELESS"]),
  }),
  documents: [
    { code: "TAX_RESIDENCY_APPLICATION", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L593" },
    {
      code: "EFFECTIVE_MANAGEMENT_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: TAX_LEGAL_ENTITY,
      requirements: ["NOTARISED_COPY"],
      source: "L594",
    },
    {
      code: "PASSPORT_OR_STATELESS_CERTIFICATE_COPY",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: TAX_INDIVIDUAL,
      requirements: ["NOTARISED_COPY"],
      source: "L595",
    },
    {
      code: "STAY_PERIOD_PROOF",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: TAX_INDIVIDUAL,
      requirements: ["NOTARISED_COPY"],
      source: "L595",
    },
    {
      code: "RESIDENCE_PERMIT_COPY",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: { kind: "ALL_OF", of: [TAX_INDIVIDUAL, IF_ANY] },
      requirements: ["NOTARISED_COPY"],
      source: "L595",
    },
  ],
  tariff: {
    by: null,
    row: {
      fees: { STANDARD: kzt(40_000), PERSONAL_MANAGER: kzt(140_000) },
      stateDuty: null,
      processingTime: workingDays(3, 5),
      source: "L600",
    },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [note("6.C22"), note("6.C23"), note("6.P4"), note("6.P8")],
  source: "L589-602",
});

/** 4. Electronic digital signature (L604-630): one tariff, two document lists. */
export const eds = defineService({
  code: "EDS",
  family: "OTHER",
  messages: {
    title: "services.EDS.title",
    summary: "services.EDS.summary",
    purpose: "services.EDS.purpose",
    whoFor: "services.EDS.whoFor",
  },
  visaCategory: null,
  location: "ANY",
  personalPresence: false,
  embassyStep: null,
  questions: z.object({
    feeOption: threeFeeOptions,
    edsApplicant: z.enum(["INDIVIDUAL", "LEGAL_ENTITY"]),
    viaRepresentative,
  }),
  documents: [
    // For an individual (L608-613)
    { code: "IIN", kind: "UPLOAD", condition: EDS_INDIVIDUAL, requirements: [], source: "L610" },
    {
      code: "REPRESENTATIVE_POA",
      kind: "UPLOAD",
      handInOriginal: true,
      condition: { kind: "ALL_OF", of: [EDS_INDIVIDUAL, REPRESENTATIVE] },
      requirements: ["NOTARISED"],
      source: "L611",
    },
    // For a legal entity (L615-621)
    { code: "BIN", kind: "UPLOAD", condition: EDS_LEGAL_ENTITY, requirements: [], source: "L617" },
    { code: "EXECUTIVE_DIRECTOR_IIN", kind: "UPLOAD", condition: EDS_LEGAL_ENTITY, requirements: [], source: "L618", notes: ["6.C20"] },
    {
      code: "REPRESENTATIVE_POA",
      kind: "UPLOAD",
      condition: { kind: "ALL_OF", of: [EDS_LEGAL_ENTITY, REPRESENTATIVE] },
      requirements: [],
      source: "L619",
      notes: ["6.C20"],
    },
    // In both lists (L612-613, L620-621)
    { code: "PKI_APPLICATION", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L612", notes: ["6.S12"] },
    { code: "PERSONAL_DATA_CONSENT", kind: "UPLOAD", condition: ALWAYS, requirements: [], source: "L613" },
  ],
  tariff: {
    by: null,
    row: {
      fees: { STANDARD: kzt(10_000), WALK_IN: kzt(20_000), PERSONAL_MANAGER: kzt(60_000) },
      stateDuty: null,
      processingTime: workingDays(1),
      source: "L626",
    },
  },
  mayExtendBy30CalendarDays: false,
  qualificationCheckTakesTime: false,
  scanOriginalsForReview: false,
  ruleKeys: [],
  notes: [note("6.S12"), note("6.C20"), note("6.C23"), note("6.P4")],
  source: "L604-630",
});
