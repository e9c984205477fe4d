import type { CatalogKey } from "./message-keys";

// Shared conditions. Each names the question it reads, so a service whose questions lack that
// field cannot use it (see AnswerCondition in types.ts). `as const` keeps the literal field
// names; `satisfies` checks the reason keys exist.

type Reasoned = { reasonKey: CatalogKey; [field: string]: unknown };

export const ALWAYS = { kind: "ALWAYS" } as const;

export const SOME_CASES = {
  kind: "SOME_CASES",
  reasonKey: "conditions.someCases",
} as const satisfies Reasoned;

export const IF_ANY = { kind: "IF_ANY", reasonKey: "conditions.ifAny" } as const satisfies Reasoned;

/** "For a family member's visa": the request includes family members. */
export const FAMILY = {
  kind: "ANSWER",
  tag: "FAMILY",
  field: "familyMembersIncluded",
  equals: true,
  reasonKey: "conditions.family",
} as const satisfies Reasoned;

/**
 * "The principal's valid visa, for a family member's visa" (L64, L119, L174, L223, L527): only
 * when family members join a principal who already holds the visa, i.e. the principal is not
 * part of this request. A relocating family (principal and family in one request, nobody with
 * a visa yet) has no such visa to show (decision 007, 6.P2).
 */
export const JOINING_PRINCIPAL = {
  kind: "ALL_OF",
  of: [FAMILY, { kind: "ANSWER", tag: "FAMILY", field: "principalIncluded", equals: false, reasonKey: "conditions.joiningPrincipal" }],
} as const;

/** "If any / if needed / if applicable": a representative or authorised person acts. */
export const REPRESENTATIVE = {
  kind: "ANSWER",
  tag: "REPRESENTATIVE",
  field: "viaRepresentative",
  equals: true,
  reasonKey: "conditions.representative",
} as const satisfies Reasoned;

/** The company is a representative office or branch (its general POA). */
export const BRANCH = {
  kind: "ANSWER",
  tag: "BRANCH",
  field: "companyIsBranch",
  equals: true,
  reasonKey: "conditions.branch",
} as const satisfies Reasoned;

/**
 * "Required for employees" in the C3 services: the foreign employee (the principal) is part of
 * the request. A request only for family members of an employee who already holds a visa skips
 * it (6.C25).
 */
export const PRINCIPAL_EMPLOYEE = {
  kind: "ANSWER",
  tag: "EMPLOYEE",
  field: "principalIncluded",
  equals: true,
  reasonKey: "conditions.employee",
} as const satisfies Reasoned;

/** "Required for employees" in TRP: the TRP is priced and filed for an employee. */
export const TRP_EMPLOYEE = {
  kind: "ANSWER",
  tag: "EMPLOYEE",
  field: "trpRole",
  equals: "EMPLOYEE",
  reasonKey: "conditions.employee",
} as const satisfies Reasoned;

/** TRP consent (L282): also for foreign citizens working under a civil-law contract. */
export const CIVIL_LAW = {
  kind: "ANSWER",
  tag: "CIVIL_LAW",
  field: "workBasis",
  equals: "CIVIL_LAW_CONTRACT",
  reasonKey: "conditions.civilLaw",
} as const satisfies Reasoned;
