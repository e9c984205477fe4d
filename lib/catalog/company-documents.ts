import { ALWAYS, BRANCH, REPRESENTATIVE } from "./conditions";
import type { ChecklistItem, DocumentKind } from "./types";

type CompanyAnswers = { viaRepresentative: boolean; companyIsBranch: boolean };

/**
 * The company block as the single-list services print it (B1/B3, B2, both cancellations, the
 * extension): registration certificate, branch POA, order and shareholders' decision in Kazakh
 * and Russian, representative's POA, on five consecutive lines starting at `firstLine`.
 * `handInOriginals`: the section says to come to the centre to hand in the documents (every
 * single list but B1/B3, 6.R6), so the legalised branch POA is also handed in as the original.
 */
export function singleListCompanyBlock(
  firstLine: number,
  { handInOriginals }: { handInOriginals: boolean },
): ChecklistItem<CompanyAnswers>[] {
  const line = (offset: number) => `L${firstLine + offset}` as const;
  const branch = branchPowerOfAttorney("UPLOAD", line(1));
  return [
    companyRegistration("UPLOAD", line(0)),
    handInOriginals ? { ...branch, handInOriginal: true } : branch,
    { ...firstHeadOrder("UPLOAD", line(2)), requirements: ["KAZAKH_AND_RUSSIAN"] },
    { ...shareholdersDecision("UPLOAD", line(3)), requirements: ["KAZAKH_AND_RUSSIAN"] },
    representativePowerOfAttorney("UPLOAD", line(4)),
  ];
}

/** A company document every request of the block needs, with no requirement of its own. */
function alwaysCompanyDocument<
  C extends "COMPANY_REGISTRATION_CERTIFICATE" | "FIRST_HEAD_APPOINTMENT_ORDER" | "SHAREHOLDERS_DECISION_FIRST_HEAD",
>(code: C, kind: DocumentKind, source: `L${number}`) {
  return {
    code,
    companyDocument: true,
    kind,
    condition: ALWAYS,
    requirements: [],
    source,
  } as const satisfies ChecklistItem<CompanyAnswers>;
}

export const companyRegistration = (kind: DocumentKind, source: `L${number}`) =>
  alwaysCompanyDocument("COMPANY_REGISTRATION_CERTIFICATE", kind, source);
export const firstHeadOrder = (kind: DocumentKind, source: `L${number}`) =>
  alwaysCompanyDocument("FIRST_HEAD_APPOINTMENT_ORDER", kind, source);
export const shareholdersDecision = (kind: DocumentKind, source: `L${number}`) =>
  alwaysCompanyDocument("SHAREHOLDERS_DECISION_FIRST_HEAD", kind, source);

export function branchPowerOfAttorney(kind: DocumentKind, source: `L${number}`) {
  return {
    code: "BRANCH_GENERAL_POWER_OF_ATTORNEY",
    companyDocument: true,
    kind,
    condition: BRANCH,
    requirements: ["LEGALISED_OR_APOSTILLED", "CERTIFIED_TRANSLATION"],
    source,
  } as const satisfies ChecklistItem<CompanyAnswers>;
}

export function representativePowerOfAttorney(kind: DocumentKind, source: `L${number}`) {
  return {
    code: "REPRESENTATIVE_POA_WITH_ID",
    kind,
    condition: REPRESENTATIVE,
    requirements: [],
    source,
  } as const satisfies ChecklistItem<CompanyAnswers>;
}
