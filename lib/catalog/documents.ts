import type { CatalogKey } from "./message-keys";

// Stable document codes: they are stored in ApplicationDocument.code, so never rename one.
// A code names one kind of paper; how a service asks for it (upload or bring, condition,
// requirements) is in that service's checklist. Names live under catalog.documents.<CODE>.
export const COMPANY_DOCUMENT_CODES = [
  "COMPANY_REGISTRATION_CERTIFICATE",
  "FIRST_HEAD_APPOINTMENT_ORDER",
  "SHAREHOLDERS_DECISION_FIRST_HEAD",
  "BRANCH_GENERAL_POWER_OF_ATTORNEY",
] as const;
export type CompanyDocumentCode = (typeof COMPANY_DOCUMENT_CODES)[number];

export const DOCUMENT_CODES = [
  ...COMPANY_DOCUMENT_CODES,
  "REPRESENTATIVE_POA_WITH_ID",
  "REPRESENTATIVE_POA",
  "PASSPORT_COPY",
  "PASSPORT_ORIGINAL",
  "PASSPORT_ORIGINAL_OR_NOTARISED_COPY",
  "PASSPORT_AND_VISA_COPY",
  "BORDER_CROSSING_PASSPORT_COPY",
  "FOREIGN_EMPLOYEE_QUESTIONNAIRE",
  "PERSONAL_DATA_CONSENT",
  "PRINCIPAL_WORK_VISA",
  "PRINCIPAL_INVESTOR_VISA",
  "INVITATION_LETTER_PRINTED",
  "STATE_DUTY_PAYMENT_PROOF",
  "EMPLOYMENT_CONTRACT",
  "QUALIFICATION_PROOF_AND_CV",
  "FAMILY_RELATIONSHIP_CERTIFICATES",
  "BIRTH_OR_MARRIAGE_CERTIFICATE",
  "ARRIVAL_NOTIFICATION",
  "HOST_PARTY_VISA_LETTER",
  "VISA_APPLICATION_FORM",
  "PHOTO",
  "FINGERPRINTING_CERTIFICATE",
  "INVESTMENT_BODY_PETITION",
  "TRP_APPLICATION",
  "FOREIGNER_IIN",
  "MEDICAL_INSURANCE",
  "HOUSING_OWNER_CONSENT",
  "REAL_ESTATE_RIGHTS_CERTIFICATE",
  "TRP_WORK_CONTRACT",
  "EXPERT_OR_SERVICE_AGREEMENT",
  "EXTENSION_CONTRACT",
  "INVITING_PARTY_LETTER",
  "CANCELLATION_EXIT_VISA_LETTER",
  "CANCELLATION_LETTER",
  "EMPLOYMENT_TERMINATION_ORDER",
  "TAX_RESIDENCY_APPLICATION",
  "EFFECTIVE_MANAGEMENT_PROOF",
  "PASSPORT_OR_STATELESS_CERTIFICATE_COPY",
  "STAY_PERIOD_PROOF",
  "RESIDENCE_PERMIT_COPY",
  "IIN",
  "BIN",
  "EXECUTIVE_DIRECTOR_IIN",
  "PKI_APPLICATION",
  "APPROVED_INVITATION",
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

// What a document must satisfy (services.md 3.0 requirement notes, plus the guide's wording
// where a list adds its own). Texts live under catalog.requirements.<CODE>.
export const REQUIREMENT_CODES = [
  "PASSPORT_VALID_3M_2_BLANK_PAGES",
  "PASSPORT_2_BLANK_PAGES",
  "PHOTO_35X45",
  "PHOTO_COLOUR_WHITE_35X45",
  "LEGALISED_OR_APOSTILLED",
  "APOSTILLED_OR_LEGALISED_COPY",
  "CERTIFIED_TRANSLATION",
  "NOTARISED",
  "NOTARISED_COPY",
  "KAZAKH_AND_RUSSIAN",
  "SIGNED_BY_BOTH_PARTIES",
  "CONFIDENTIAL_TERMS_MAY_BE_HIDDEN",
  "QUALIFICATION_REQUIREMENTS_LINK",
  "ESUTD_REGISTERED",
  "ORIGINAL_FOR_COMPARISON",
  "CLEAR_COPY",
  "NOTARISED_TRANSLATION_KK_OR_RU",
  "TWO_PRINTED_COPIES",
  "FORM_VISA_APPLICATION",
  "FORM_PERSONAL_DATA_CONSENT",
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

export function documentNameKey(code: DocumentCode): CatalogKey {
  return `documents.${code}`;
}

export function requirementKey(code: RequirementCode): CatalogKey {
  return `requirements.${code}`;
}

export function isCompanyDocument(code: DocumentCode): code is CompanyDocumentCode {
  return (COMPANY_DOCUMENT_CODES as readonly string[]).includes(code);
}
