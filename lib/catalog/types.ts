import type { z } from "zod";
import type { CatalogKey } from "./message-keys";
import type { CompanyDocumentCode, DocumentCode, RequirementCode } from "./documents";
import type { NoteId, NoteRef } from "./notes";

// The 16 codes of services.md section 2. Visa extension has two tariffs and becomes two codes;
// EDS has two document lists and one tariff and stays one code with a variant.
export const SERVICE_CODES = [
  "WORK_VISA_INVITATION",
  "WORK_VISA",
  "INVESTOR_VISA_INVITATION",
  "INVESTOR_VISA",
  "TRP",
  "BUSINESS_VISA_INVITATION_B1_B3",
  "BUSINESS_VISA_INVITATION_B2",
  "BUSINESS_VISA_B2",
  "VISA_CANCELLATION",
  "VISA_CANCELLATION_ABROAD",
  "VISA_EXTENSION_C3",
  "VISA_EXTENSION_B2",
  "ARRIVAL_NOTIFICATION",
  "IIN",
  "TAX_RESIDENCY_CERTIFICATE",
  "EDS",
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export const SERVICE_FAMILIES = ["WORK_VISA", "INVESTOR_VISA", "TRP", "BUSINESS_VISA", "CANCELLATION", "EXTENSION", "OTHER"] as const;
export type ServiceFamily = (typeof SERVICE_FAMILIES)[number];

export type VisaCategory = "C3" | "A5" | "B1_B3" | "B2";
/** Where the foreign national must be when the request is filed. */
export type ServiceLocation = "IN_KZ" | "OUTSIDE_KZ" | "ANY";

export const FEE_OPTIONS = ["STANDARD", "WALK_IN", "PERSONAL_MANAGER"] as const;
export type FeeOption = (typeof FEE_OPTIONS)[number];
export const VALIDITY_BANDS = ["UP_TO_2_YEARS", "YEARS_1_TO_2", "YEARS_3_TO_5"] as const;
export type ValidityBand = (typeof VALIDITY_BANDS)[number];
export const TRP_ROLES = ["EMPLOYEE", "EXPERT"] as const;
export type TrpRole = (typeof TRP_ROLES)[number];

/** A calendar date 'YYYY-MM-DD' (no time, no zone): see lib/rules/iso-date.ts. */
export type IsoDate = string;
/** A day that breaks the Monday-Friday rule: the Holiday table's kinds. */
export type CalendarDayKind = "HOLIDAY" | "DAY_OFF" | "WORKING_DAY";
/** HOLIDAY and DAY_OFF are days off; WORKING_DAY is a weekend day worked by decree. */
export interface CalendarEntry {
  date: IsoDate;
  kind: CalendarDayKind;
}
/** Money is integer tiyn: 1 KZT = 100 tiyn. */
export type Tiyn = number;
/** Where in the Kazakh guide a fact comes from, e.g. "L84" or "L56-64". */
export type SourceLines = `L${number}` | `L${number}-${number}`;

export type ProcessingTime = { kind: "WORKING_DAYS"; min: number; max: number } | { kind: "MINUTES"; value: number };

/** State duty as a multiple of the MRP, counted in tenths so that 0.5 MRP is the integer 5. */
export interface StateDuty {
  mrpTenths: number;
}

export interface TariffRow<O extends FeeOption = FeeOption> {
  /** Service fee per offered option; an option that is not a key here is not offered. */
  fees: { readonly [K in O]: Tiyn };
  /** null: no state duty is charged through the EC ("-" or no column in the guide). */
  stateDuty: StateDuty | null;
  processingTime: ProcessingTime;
  source: SourceLines;
  /** Set when a cell is blank in the guide and was filled by a reading; the note says which. */
  assumption?: NoteId;
}

type FeeOptionOf<A> = A extends { feeOption: infer O extends FeeOption } ? O : never;

/**
 * The tariff is keyed by whichever variant the answers carry: a validity band, the TRP role,
 * or nothing. Derived from the answers' type so that a fee option or band the questions offer
 * but the tariff lacks (or the reverse) does not compile.
 */
export type Tariff<A> = A extends { validityBand: infer B extends ValidityBand }
  ? { by: "validityBand"; rows: { readonly [K in B]: TariffRow<FeeOptionOf<A>> } }
  : A extends { trpRole: infer R extends TrpRole }
    ? { by: "trpRole"; rows: { readonly [K in R]: TariffRow<FeeOptionOf<A>> } }
    : { by: null; row: TariffRow<FeeOptionOf<A>> };

/** A tariff row of any service: only the options it offers are keys of `fees`. */
export type AnyTariffRow = Omit<TariffRow, "fees"> & { fees: { readonly [K in FeeOption]?: Tiyn } };

export type AnyTariff =
  | { by: "validityBand"; rows: { readonly [K in ValidityBand]?: AnyTariffRow } }
  | { by: "trpRole"; rows: { readonly [K in TrpRole]?: AnyTariffRow } }
  | { by: null; row: AnyTariffRow };

/** Why a conditional document applies; each tag has a message under catalog.conditions. */
export type ConditionTag = "FAMILY" | "REPRESENTATIVE" | "BRANCH" | "EMPLOYEE" | "EXPERT" | "CIVIL_LAW" | "VARIANT";

/** "Required when answer `field` equals `equals`"; `field` must be one of the service's questions. */
export type AnswerCondition<A> = {
  [K in keyof A & string]-?: {
    kind: "ANSWER";
    tag: ConditionTag;
    field: K;
    equals: NonNullable<A[K]>;
    reasonKey: CatalogKey;
  };
}[keyof A & string];

export type Condition<A> =
  | { kind: "ALWAYS" }
  /** "May be required in some cases" (never known in advance: offered, not demanded). */
  | { kind: "SOME_CASES"; reasonKey: CatalogKey }
  /** "If any": only when such a document exists. */
  | { kind: "IF_ANY"; reasonKey: CatalogKey }
  | AnswerCondition<A>
  | { kind: "ANY_OF"; of: readonly Condition<A>[] }
  | { kind: "ALL_OF"; of: readonly Condition<A>[] };

export type AnyCondition =
  | { kind: "ALWAYS" }
  | { kind: "SOME_CASES"; reasonKey: CatalogKey }
  | { kind: "IF_ANY"; reasonKey: CatalogKey }
  | { kind: "ANSWER"; tag: ConditionTag; field: string; equals: unknown; reasonKey: CatalogKey }
  | { kind: "ANY_OF"; of: readonly AnyCondition[] }
  | { kind: "ALL_OF"; of: readonly AnyCondition[] };

/** UPLOAD: a copy uploaded on the portal. BRING: the original handed in at the appointment. */
export type DocumentKind = "UPLOAD" | "BRING";

interface ChecklistItemBase<A> {
  kind: DocumentKind;
  /**
   * An UPLOAD document of a single-list service whose original is also handed in at the visit
   * ("come to the centre to hand in the documents", L354, L403, L441, L471, L503, L559):
   * notarised copies and translations, powers of attorney, signed forms, certificates, the
   * state-duty receipt. Uploaded for the review and brought as the original (decision 007, 6.P4).
   */
  handInOriginal?: true;
  condition: Condition<A>;
  requirements: readonly RequirementCode[];
  source: SourceLines;
  /** Inconsistencies of the guide that concern this very document. */
  notes?: readonly NoteId[];
}

// The company block (registration certificate, order, shareholders' decision, branch POA) is the
// same for every application of a company: flagged so the portal can reuse approved files.
export type ChecklistItem<A> = ChecklistItemBase<A> &
  ({ code: CompanyDocumentCode; companyDocument: true } | { code: Exclude<DocumentCode, CompanyDocumentCode>; companyDocument?: never });

export interface AnyChecklistItem {
  code: DocumentCode;
  kind: DocumentKind;
  condition: AnyCondition;
  requirements: readonly RequirementCode[];
  source: SourceLines;
  notes?: readonly NoteId[];
  companyDocument?: true;
  handInOriginal?: true;
}

export interface EmbassyStep {
  titleKey: CatalogKey;
  documents: readonly { code: DocumentCode; requirements: readonly RequirementCode[] }[];
  /** Instructions that are not documents (consular fees) and the "any embassy" note. */
  infoKeys: readonly CatalogKey[];
  source: SourceLines;
}

export interface ServiceMessages {
  title: CatalogKey;
  summary: CatalogKey;
  purpose: CatalogKey;
  whoFor: CatalogKey;
}

interface ServiceDefinitionBase {
  family: ServiceFamily;
  messages: ServiceMessages;
  visaCategory: VisaCategory | null;
  location: ServiceLocation;
  /** The foreign national must come in person (IIN). */
  personalPresence: boolean;
  /** Step 2 at a Kazakhstan embassy or at Astana/Almaty airport (the four invitations). */
  embassyStep: EmbassyStep | null;
  /** The guide's "may be extended up to 30 calendar days" note (read as "by", see 6.T13). */
  mayExtendBy30CalendarDays: boolean;
  /** The guide's note that checking qualification takes some time (L150, L294). */
  qualificationCheckTakesTime: boolean;
  /**
   * The guide gives only an "originals" list (TRP, 6.C10): scans of the BRING documents are
   * uploaded for the EC's review and the originals are handed in at the appointment.
   */
  scanOriginalsForReview: boolean;
  /** Service rules shown on the service page (extension window, personal presence, outcome). */
  ruleKeys: readonly CatalogKey[];
  notes: readonly NoteRef[];
  source: SourceLines;
}

export interface ServiceDefinition<C extends ServiceCode, Q extends z.ZodObject> extends ServiceDefinitionBase {
  code: C;
  /** The answers this service asks for; parse answers with it before calling the rules. */
  questions: Q;
  documents: readonly ChecklistItem<z.output<Q>>[];
  tariff: Tariff<z.output<Q>>;
}

/** Any service, with its types widened: what the rule functions accept. */
export interface AnyServiceDefinition extends ServiceDefinitionBase {
  code: ServiceCode;
  questions: z.ZodObject;
  documents: readonly AnyChecklistItem[];
  tariff: AnyTariff;
}

/** Identity function that checks a definition against its own questions (see Tariff, Condition). */
export function defineService<const C extends ServiceCode, Q extends z.ZodObject>(
  definition: ServiceDefinition<C, Q>,
): ServiceDefinition<C, Q> {
  return definition;
}

/** The parsed answers of a service. */
export type AnswersOf<S extends { questions: z.ZodObject }> = z.output<S["questions"]>;
