import { describe, expect, it } from "vitest";
import { allServices, getService } from "../catalog/registry";
import type { DocumentKind, ServiceCode } from "../catalog/types";
import { checklist, evaluateCondition } from "./checklist";

// Expected lists written from services.md section 3 (guide order), not from the catalog.
const COMPANY = ["COMPANY_REGISTRATION_CERTIFICATE", "FIRST_HEAD_APPOINTMENT_ORDER", "SHAREHOLDERS_DECISION_FIRST_HEAD"];
const FAMILY = { familyMembersIncluded: true };
const REP = { viaRepresentative: true };
const BRANCH = { companyIsBranch: true };
const NO_PRINCIPAL = { principalIncluded: false };
const JOINING = { familyMembersIncluded: true, principalIncluded: false };
// Issue 15 changed these expected lists where the guide requires it (decision 007):
// - 6.P1: the state-duty receipt (L70, L129) is uploaded for the review and its original handed in;
// - 6.P4: single lists whose section says "come to the centre to hand in the documents" (L354,
//   L403, L441, L471, L503, L559) hand in, besides uploading, the originals of signed forms,
//   fingerprinting certificates, notarised copies and translations, POAs and the duty receipt.

type Base = { answers: Record<string, unknown>; upload: string[]; bring: string[]; optional?: string[] };
const BASE: Record<ServiceCode, Base> = {
  WORK_VISA_INVITATION: {
    answers: { validityBand: "UP_TO_2_YEARS" },
    upload: [...COMPANY, "PASSPORT_COPY", "FOREIGN_EMPLOYEE_QUESTIONNAIRE", "STATE_DUTY_PAYMENT_PROOF"],
    bring: [
      "INVITATION_LETTER_PRINTED",
      "EMPLOYMENT_CONTRACT",
      "QUALIFICATION_PROOF_AND_CV",
      "ARRIVAL_NOTIFICATION",
      "STATE_DUTY_PAYMENT_PROOF",
    ],
  },
  WORK_VISA: {
    answers: { validityBand: "YEARS_3_TO_5" },
    upload: [...COMPANY, "STATE_DUTY_PAYMENT_PROOF"],
    bring: [
      "HOST_PARTY_VISA_LETTER",
      "VISA_APPLICATION_FORM",
      "PHOTO",
      "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
      "FINGERPRINTING_CERTIFICATE",
      "PASSPORT_ORIGINAL",
      "EMPLOYMENT_CONTRACT",
      "QUALIFICATION_PROOF_AND_CV",
      "STATE_DUTY_PAYMENT_PROOF",
    ],
  },
  INVESTOR_VISA_INVITATION: {
    answers: { validityBand: "UP_TO_2_YEARS" },
    upload: [...COMPANY, "PASSPORT_COPY", "PERSONAL_DATA_CONSENT"],
    bring: ["INVESTMENT_BODY_PETITION", "INVITATION_LETTER_PRINTED"],
  },
  INVESTOR_VISA: {
    answers: { validityBand: "UP_TO_2_YEARS" },
    upload: [...COMPANY],
    bring: [
      "INVESTMENT_BODY_PETITION",
      "VISA_APPLICATION_FORM",
      "FINGERPRINTING_CERTIFICATE",
      "PHOTO",
      "PERSONAL_DATA_CONSENT",
      "PASSPORT_ORIGINAL",
    ],
  },
  TRP: {
    answers: { trpRole: "EXPERT", trpAction: "OBTAIN", workBasis: "EXPERT_AGREEMENT", plannedStayDays: 120 },
    upload: [],
    bring: [
      ...COMPANY,
      "TRP_APPLICATION",
      "ARRIVAL_NOTIFICATION",
      "PASSPORT_ORIGINAL_OR_NOTARISED_COPY",
      "FINGERPRINTING_CERTIFICATE",
      "FOREIGNER_IIN",
      "MEDICAL_INSURANCE",
      "HOUSING_OWNER_CONSENT",
      "REAL_ESTATE_RIGHTS_CERTIFICATE",
      "TRP_WORK_CONTRACT",
      "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
    ],
    optional: ["REAL_ESTATE_RIGHTS_CERTIFICATE"],
  },
  BUSINESS_VISA_INVITATION_B1_B3: {
    answers: { visitPurpose: "FORUM" },
    upload: [...COMPANY, "PASSPORT_COPY", "PERSONAL_DATA_CONSENT", "STATE_DUTY_PAYMENT_PROOF"],
    bring: ["INVITATION_LETTER_PRINTED"],
  },
  BUSINESS_VISA_INVITATION_B2: {
    answers: {},
    upload: [...COMPANY, "EXPERT_OR_SERVICE_AGREEMENT", "PASSPORT_COPY", "PERSONAL_DATA_CONSENT", "STATE_DUTY_PAYMENT_PROOF"],
    bring: ["INVITATION_LETTER_PRINTED", "STATE_DUTY_PAYMENT_PROOF"],
  },
  BUSINESS_VISA_B2: {
    answers: { feeOption: "WALK_IN" },
    upload: [
      ...COMPANY,
      "PASSPORT_COPY",
      "INVITING_PARTY_LETTER",
      "VISA_APPLICATION_FORM",
      "FINGERPRINTING_CERTIFICATE",
      "STATE_DUTY_PAYMENT_PROOF",
      "PERSONAL_DATA_CONSENT",
      "EXPERT_OR_SERVICE_AGREEMENT",
    ],
    bring: ["PHOTO", "VISA_APPLICATION_FORM", "FINGERPRINTING_CERTIFICATE", "STATE_DUTY_PAYMENT_PROOF"],
  },
  VISA_CANCELLATION: {
    answers: { visaType: "INVESTOR" },
    upload: [
      ...COMPANY,
      "CANCELLATION_EXIT_VISA_LETTER",
      "STATE_DUTY_PAYMENT_PROOF",
      "VISA_APPLICATION_FORM",
      "FINGERPRINTING_CERTIFICATE",
    ],
    bring: ["PASSPORT_ORIGINAL", "STATE_DUTY_PAYMENT_PROOF", "VISA_APPLICATION_FORM", "FINGERPRINTING_CERTIFICATE"],
    optional: ["FINGERPRINTING_CERTIFICATE"],
  },
  VISA_CANCELLATION_ABROAD: {
    answers: { visaType: "WORK" },
    upload: [...COMPANY, "PASSPORT_AND_VISA_COPY", "CANCELLATION_LETTER", "EMPLOYMENT_TERMINATION_ORDER"],
    bring: [],
  },
  VISA_EXTENSION_C3: {
    answers: { validityBand: "YEARS_1_TO_2", visaExpiryDate: "2026-09-30", sameHostParty: true },
    upload: [
      ...COMPANY,
      "HOST_PARTY_VISA_LETTER",
      "VISA_APPLICATION_FORM",
      "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
      "STATE_DUTY_PAYMENT_PROOF",
      "PERSONAL_DATA_CONSENT",
      "FINGERPRINTING_CERTIFICATE",
      "PASSPORT_COPY",
      "QUALIFICATION_PROOF_AND_CV",
      "EXTENSION_CONTRACT",
    ],
    bring: ["PHOTO", "VISA_APPLICATION_FORM", "STATE_DUTY_PAYMENT_PROOF", "FINGERPRINTING_CERTIFICATE"],
  },
  VISA_EXTENSION_B2: {
    answers: { visaExpiryDate: "2026-09-30", sameHostParty: true },
    upload: [
      ...COMPANY,
      "HOST_PARTY_VISA_LETTER",
      "VISA_APPLICATION_FORM",
      "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
      "STATE_DUTY_PAYMENT_PROOF",
      "PERSONAL_DATA_CONSENT",
      "FINGERPRINTING_CERTIFICATE",
      "PASSPORT_COPY",
      "QUALIFICATION_PROOF_AND_CV",
      "EXTENSION_CONTRACT",
    ],
    bring: ["PHOTO", "VISA_APPLICATION_FORM", "STATE_DUTY_PAYMENT_PROOF", "FINGERPRINTING_CERTIFICATE"],
    optional: ["FOREIGN_EMPLOYEE_QUESTIONNAIRE", "QUALIFICATION_PROOF_AND_CV"],
  },
  ARRIVAL_NOTIFICATION: {
    answers: { notificationKind: "ADDRESS_CHANGE", residenceAddress: "Mangilik El 55/18, Astana" },
    upload: ["PERSONAL_DATA_CONSENT", "BORDER_CROSSING_PASSPORT_COPY"],
    bring: [],
  },
  // L576: the passport copy with its notarised translation is handed in too (6.P4).
  IIN: { answers: {}, upload: ["PASSPORT_COPY", "PERSONAL_DATA_CONSENT"], bring: ["PASSPORT_ORIGINAL", "PASSPORT_COPY"] },
  TAX_RESIDENCY_CERTIFICATE: {
    answers: { taxApplicantType: "FOREIGN_LEGAL_ENTITY" },
    upload: ["TAX_RESIDENCY_APPLICATION", "EFFECTIVE_MANAGEMENT_PROOF"],
    bring: ["EFFECTIVE_MANAGEMENT_PROOF"],
  },
  EDS: { answers: { edsApplicant: "INDIVIDUAL" }, upload: ["IIN", "PKI_APPLICATION", "PERSONAL_DATA_CONSENT"], bring: [] },
};

const codes = (entries: { code: string }[]) => entries.map((e) => e.code);

describe("checklist: the base list of every service", () => {
  it.each(Object.entries(BASE))("%s", (code, base) => {
    const service = getService(code as ServiceCode);
    expect(service.questions.safeParse(base.answers).success).toBe(true);
    const result = checklist(service, base.answers);
    expect(codes(result.upload)).toEqual(base.upload);
    expect(codes(result.bring)).toEqual(base.bring);
    const optional = [...new Set([...result.upload, ...result.bring].filter((e) => !e.required).map((e) => e.code))];
    expect(optional).toEqual(base.optional ?? []);
  });
});

// [service, document, answers that switch it on (or off, for a default-on one), kind, reason]
type Toggle = [ServiceCode, string, Record<string, unknown>, DocumentKind, string, "on" | "off"];
const TOGGLES: Toggle[] = [
  ["WORK_VISA_INVITATION", "PERSONAL_DATA_CONSENT", FAMILY, "UPLOAD", "conditions.family", "on"],
  // L64, L119, L174, L223, L527: only for family members joining a principal who holds the visa (6.P2).
  ["WORK_VISA_INVITATION", "PRINCIPAL_WORK_VISA", JOINING, "UPLOAD", "conditions.joiningPrincipal", "on"],
  ["WORK_VISA", "PRINCIPAL_WORK_VISA", JOINING, "UPLOAD", "conditions.joiningPrincipal", "on"],
  ["INVESTOR_VISA_INVITATION", "PRINCIPAL_INVESTOR_VISA", JOINING, "UPLOAD", "conditions.joiningPrincipal", "on"],
  ["INVESTOR_VISA", "PRINCIPAL_INVESTOR_VISA", JOINING, "UPLOAD", "conditions.joiningPrincipal", "on"],
  ["WORK_VISA_INVITATION", "REPRESENTATIVE_POA_WITH_ID", REP, "BRING", "conditions.representative", "on"],
  ["WORK_VISA_INVITATION", "QUALIFICATION_PROOF_AND_CV", NO_PRINCIPAL, "BRING", "conditions.employee", "off"],
  ["WORK_VISA_INVITATION", "FAMILY_RELATIONSHIP_CERTIFICATES", FAMILY, "BRING", "conditions.family", "on"],
  ["WORK_VISA_INVITATION", "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "BRING", "conditions.branch", "on"],
  ["WORK_VISA", "FAMILY_RELATIONSHIP_CERTIFICATES", FAMILY, "UPLOAD", "conditions.family", "on"],
  ["WORK_VISA", "PERSONAL_DATA_CONSENT", FAMILY, "UPLOAD", "conditions.family", "on"],
  ["WORK_VISA", "REPRESENTATIVE_POA_WITH_ID", REP, "BRING", "conditions.representative", "on"],
  ["WORK_VISA", "QUALIFICATION_PROOF_AND_CV", NO_PRINCIPAL, "BRING", "conditions.employee", "off"],
  ["WORK_VISA", "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "BRING", "conditions.branch", "on"],
  ["INVESTOR_VISA_INVITATION", "FAMILY_RELATIONSHIP_CERTIFICATES", FAMILY, "UPLOAD", "conditions.family", "on"],
  ["INVESTOR_VISA_INVITATION", "REPRESENTATIVE_POA_WITH_ID", REP, "BRING", "conditions.representative", "on"],
  ["INVESTOR_VISA_INVITATION", "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "BRING", "conditions.branch", "on"],
  ["INVESTOR_VISA", "REPRESENTATIVE_POA_WITH_ID", REP, "BRING", "conditions.representative", "on"],
  ["INVESTOR_VISA", "FAMILY_RELATIONSHIP_CERTIFICATES", FAMILY, "BRING", "conditions.family", "on"],
  ["INVESTOR_VISA", "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "BRING", "conditions.branch", "on"],
  ["TRP", "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "BRING", "conditions.branch", "on"],
  ["TRP", "REPRESENTATIVE_POA_WITH_ID", REP, "BRING", "conditions.representative", "on"],
  ["TRP", "QUALIFICATION_PROOF_AND_CV", { trpRole: "EMPLOYEE" }, "BRING", "conditions.employee", "on"],
  ["TRP", "PERSONAL_DATA_CONSENT", FAMILY, "BRING", "conditions.family", "on"],
  ["TRP", "PERSONAL_DATA_CONSENT", { workBasis: "CIVIL_LAW_CONTRACT" }, "BRING", "conditions.civilLaw", "on"],
  ["TRP", "BIRTH_OR_MARRIAGE_CERTIFICATE", FAMILY, "BRING", "conditions.family", "on"],
  ...(
    [
      "BUSINESS_VISA_INVITATION_B1_B3",
      "BUSINESS_VISA_INVITATION_B2",
      "BUSINESS_VISA_B2",
      "VISA_CANCELLATION",
      "VISA_CANCELLATION_ABROAD",
      "VISA_EXTENSION_C3",
      "VISA_EXTENSION_B2",
    ] as const
  ).flatMap((code): Toggle[] => [
    [code, "BRANCH_GENERAL_POWER_OF_ATTORNEY", BRANCH, "UPLOAD", "conditions.branch", "on"],
    [code, "REPRESENTATIVE_POA_WITH_ID", REP, "UPLOAD", "conditions.representative", "on"],
  ]),
  ["VISA_EXTENSION_C3", "QUALIFICATION_PROOF_AND_CV", NO_PRINCIPAL, "UPLOAD", "conditions.employee", "off"],
  ["VISA_EXTENSION_C3", "FAMILY_RELATIONSHIP_CERTIFICATES", FAMILY, "UPLOAD", "conditions.family", "on"],
  ["VISA_EXTENSION_C3", "PRINCIPAL_WORK_VISA", JOINING, "UPLOAD", "conditions.joiningPrincipal", "on"],
  [
    "TAX_RESIDENCY_CERTIFICATE",
    "PASSPORT_OR_STATELESS_CERTIFICATE_COPY",
    { taxApplicantType: "FOREIGN_INDIVIDUAL_OR_STATELESS" },
    "UPLOAD",
    "conditions.taxForeignIndividual",
    "on",
  ],
  [
    "TAX_RESIDENCY_CERTIFICATE",
    "STAY_PERIOD_PROOF",
    { taxApplicantType: "FOREIGN_INDIVIDUAL_OR_STATELESS" },
    "UPLOAD",
    "conditions.taxForeignIndividual",
    "on",
  ],
  [
    "TAX_RESIDENCY_CERTIFICATE",
    "RESIDENCE_PERMIT_COPY",
    { taxApplicantType: "FOREIGN_INDIVIDUAL_OR_STATELESS" },
    "UPLOAD",
    "conditions.ifAny",
    "on",
  ],
  [
    "TAX_RESIDENCY_CERTIFICATE",
    "EFFECTIVE_MANAGEMENT_PROOF",
    { taxApplicantType: "FOREIGN_INDIVIDUAL_OR_STATELESS" },
    "UPLOAD",
    "conditions.taxForeignLegalEntity",
    "off",
  ],
  ["EDS", "REPRESENTATIVE_POA", REP, "UPLOAD", "conditions.representative", "on"],
  ["EDS", "BIN", { edsApplicant: "LEGAL_ENTITY" }, "UPLOAD", "conditions.edsLegalEntity", "on"],
  ["EDS", "EXECUTIVE_DIRECTOR_IIN", { edsApplicant: "LEGAL_ENTITY" }, "UPLOAD", "conditions.edsLegalEntity", "on"],
  ["EDS", "IIN", { edsApplicant: "LEGAL_ENTITY" }, "UPLOAD", "conditions.edsIndividual", "off"],
];

describe("checklist: every conditional document", () => {
  it.each(TOGGLES)("%s %s with %j", (code, document, toggle, kind, reasonKey, direction) => {
    const service = getService(code);
    const base = BASE[code].answers;
    const find = (answers: Record<string, unknown>) => {
      const list = checklist(service, answers);
      return [...list.upload, ...list.bring].find((e) => e.code === document);
    };
    const [withIt, withoutIt] = direction === "on" ? [{ ...base, ...toggle }, base] : [base, { ...base, ...toggle }];
    expect(find(withoutIt)).toBeUndefined();
    const entry = find(withIt);
    expect(entry).toBeDefined();
    expect(entry?.kind).toBe(kind);
    expect(entry?.reasonKeys).toContain(reasonKey);
  });

  it("covers every conditional item of the catalog", () => {
    const covered = new Set(TOGGLES.map(([code, document]) => `${code}/${document}`));
    for (const [code, base] of Object.entries(BASE)) for (const d of base.optional ?? []) covered.add(`${code}/${d}`);
    const conditional = allServices().flatMap((s) =>
      s.documents.filter((d) => d.condition.kind !== "ALWAYS").map((d) => `${s.code}/${d.code}`),
    );
    expect(conditional.filter((key) => !covered.has(key))).toEqual([]);
  });
});

describe("checklist: issue 15 readings", () => {
  // Guide L64 ("the principal's valid work visa, for a family member's visa"), L46 (the employee
  // and the family are abroad together): a relocating family is not asked for a visa nobody has.
  it.each(["WORK_VISA_INVITATION", "WORK_VISA", "INVESTOR_VISA_INVITATION", "INVESTOR_VISA", "VISA_EXTENSION_C3"] as const)(
    "%s: principal and family together need no principal's visa (L64, L119, L174, L223, L527)",
    (code) => {
      const list = checklist(getService(code), { ...BASE[code].answers, familyMembersIncluded: true, principalIncluded: true });
      expect(codes(list.upload)).not.toContain("PRINCIPAL_WORK_VISA");
      expect(codes(list.upload)).not.toContain("PRINCIPAL_INVESTOR_VISA");
    },
  );

  it("marks hand-in originals only where the section says to come and hand in the documents (L309 has no such sentence, 6.R6)", () => {
    const b1b3 = checklist(getService("BUSINESS_VISA_INVITATION_B1_B3"), {
      ...BASE.BUSINESS_VISA_INVITATION_B1_B3.answers,
      companyIsBranch: true,
    });
    expect(b1b3.upload.filter((e) => e.handInOriginal)).toEqual([]);
    const b2 = checklist(getService("BUSINESS_VISA_B2"), { companyIsBranch: true });
    expect(b2.upload.filter((e) => e.handInOriginal).map((e) => e.code)).toEqual([
      "BRANCH_GENERAL_POWER_OF_ATTORNEY",
      "VISA_APPLICATION_FORM",
      "FINGERPRINTING_CERTIFICATE",
      "STATE_DUTY_PAYMENT_PROOF",
    ]);
  });

  it("EDS: the individual's notarised POA (L611) is handed in, the legal entity's (L619) is not", () => {
    const individual = checklist(getService("EDS"), { edsApplicant: "INDIVIDUAL", viaRepresentative: true });
    const legal = checklist(getService("EDS"), { edsApplicant: "LEGAL_ENTITY", viaRepresentative: true });
    expect(codes(individual.bring)).toEqual(["REPRESENTATIVE_POA"]);
    expect(codes(legal.bring)).toEqual([]);
  });

  it("tax residency for a Kazakhstan-registered company asks only the L593 application (6.P8)", () => {
    const service = getService("TAX_RESIDENCY_CERTIFICATE");
    const answers = { taxApplicantType: "KAZAKHSTAN_LEGAL_ENTITY" };
    expect(service.questions.safeParse(answers).success).toBe(true);
    const list = checklist(service, answers);
    expect(codes(list.upload)).toEqual(["TAX_RESIDENCY_APPLICATION"]);
    expect(service.notes.map((n) => n.id)).toContain("6.P8");
  });
});

describe("checklist: details", () => {
  it("gives an EDS representative's POA the notarisation rule only for an individual (6.C20)", () => {
    const eds = getService("EDS");
    const individual = checklist(eds, { edsApplicant: "INDIVIDUAL", viaRepresentative: true });
    const legal = checklist(eds, { edsApplicant: "LEGAL_ENTITY", viaRepresentative: true });
    const poa = (list: typeof individual) => list.upload.find((e) => e.code === "REPRESENTATIVE_POA");
    expect(poa(individual)?.requirements.map((r) => r.code)).toEqual(["NOTARISED"]);
    expect(poa(individual)?.reasonKeys).toEqual(["conditions.edsIndividual", "conditions.representative"]);
    expect(poa(legal)?.requirements).toEqual([]);
  });

  it("combines both reasons when TRP consent is needed for family and a civil-law contract", () => {
    const list = checklist(getService("TRP"), { ...BASE.TRP.answers, ...FAMILY, workBasis: "CIVIL_LAW_CONTRACT" });
    const consent = list.bring.find((e) => e.code === "PERSONAL_DATA_CONSENT");
    expect(consent?.reasonKeys).toEqual(["conditions.family", "conditions.civilLaw"]);
    expect(consent?.tags).toEqual(["FAMILY", "CIVIL_LAW"]);
  });

  it("flags company documents, carries requirements with message keys, and TRP scans", () => {
    const list = checklist(getService("BUSINESS_VISA_B2"), { companyIsBranch: true });
    const byCode = Object.fromEntries(list.upload.map((e) => [e.code, e]));
    expect(list.upload.filter((e) => e.companyDocument).map((e) => e.code)).toEqual([
      "COMPANY_REGISTRATION_CERTIFICATE",
      "BRANCH_GENERAL_POWER_OF_ATTORNEY",
      "FIRST_HEAD_APPOINTMENT_ORDER",
      "SHAREHOLDERS_DECISION_FIRST_HEAD",
    ]);
    expect(byCode.FIRST_HEAD_APPOINTMENT_ORDER.requirements).toEqual([
      { code: "KAZAKH_AND_RUSSIAN", messageKey: "requirements.KAZAKH_AND_RUSSIAN" },
    ]);
    expect(byCode.PASSPORT_COPY.noteIds).toEqual(["6.C15", "6.C17"]);
    expect(byCode.PASSPORT_COPY.nameKey).toBe("documents.PASSPORT_COPY");
    expect(list.scanOriginalsForReview).toBe(false);
    expect(checklist(getService("TRP"), BASE.TRP.answers).scanOriginalsForReview).toBe(true);
  });

  it("applies the service's defaults to missing answers (principalIncluded defaults to true)", () => {
    const list = checklist(getService("WORK_VISA"), {});
    expect(codes(list.bring)).toContain("QUALIFICATION_PROOF_AND_CV");
  });

  it("evaluates nested conditions", () => {
    const any = { kind: "ANY_OF", of: [{ kind: "IF_ANY", reasonKey: "conditions.ifAny" }, { kind: "ALWAYS" }] } as const;
    expect(evaluateCondition(any, {}).status).toBe("REQUIRED");
    const all = { kind: "ALL_OF", of: [{ kind: "ALWAYS" }, { kind: "SOME_CASES", reasonKey: "conditions.someCases" }] } as const;
    expect(evaluateCondition(all, {})).toEqual({ status: "OPTIONAL", reasonKeys: ["conditions.someCases"], tags: [] });
    expect(evaluateCondition({ kind: "ANY_OF", of: [] }, {}).status).toBe("NOT_APPLICABLE");
  });
});
