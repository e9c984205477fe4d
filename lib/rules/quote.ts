import { AppError } from "@/lib/kernel/errors";
import type { CatalogKey } from "../catalog/message-keys";
import type { NoteId } from "../catalog/notes";
import {
  FEE_OPTIONS,
  TRP_ROLES,
  VALIDITY_BANDS,
  type AnyServiceDefinition,
  type AnyTariffRow,
  type FeeOption,
  type IsoDate,
  type ProcessingTime,
  type ServiceCode,
  type SourceLines,
  type Tiyn,
  type TrpRole,
  type ValidityBand,
} from "../catalog/types";
import { withDefaults, type RawAnswers } from "./answers";
import { yearOf } from "./iso-date";

// The price of a request, as two payments to two payees (decision 007, "state duty apart"):
// the Expat Centre's service fee for the chosen option and row, which is what the centre
// invoices; and the state duty in MRP, converted with the MRP of the year of `date` (the MRP
// changes every 1 January), which the applicant pays to the state budget and proves with a
// receipt (guide L70, L129, L321, L367, L417, L451, L519). There is deliberately no "total":
// adding the two invited invoicing the duty too. All money is integer tiyn. The result is
// meant to be frozen as the application's tariff snapshot.

export interface MrpRate {
  year: number;
  valueTiyn: Tiyn;
}

export const QUOTE_ERROR_CODES = ["OPTION_NOT_OFFERED", "VALIDITY_NOT_OFFERED", "VARIANT_REQUIRED", "NO_MRP_FOR_YEAR"] as const;
export type QuoteErrorCode = (typeof QUOTE_ERROR_CODES)[number];
export type QuoteParam = "feeOption" | "validityBand" | "trpRole" | "date";

export class QuoteError extends AppError<QuoteErrorCode> {
  /** The answer (or argument) at fault, to map the error onto a form field. */
  readonly param: QuoteParam;
  readonly messageKey: CatalogKey;
  constructor(code: QuoteErrorCode, param: QuoteParam, detail: string) {
    super("INVALID_INPUT", code, `${code} (${param}): ${detail}`);
    this.name = "QuoteError";
    this.param = param;
    this.messageKey = `quoteErrors.${code}`;
  }
}

export interface StateDutyQuote {
  /** The duty as tenths of an MRP: 5 = 0.5 MRP, 300 = 30 MRP. */
  mrpTenths: number;
  mrpYear: number;
  mrpValueTiyn: Tiyn;
  amountTiyn: Tiyn;
}

export interface Quote {
  serviceCode: ServiceCode;
  feeOption: FeeOption;
  validityBand: ValidityBand | null;
  trpRole: TrpRole | null;
  serviceFeeTiyn: Tiyn;
  stateDuty: StateDutyQuote | null;
  /** What the Expat Centre invoices: the service fee only. */
  payableToCentreTiyn: Tiyn;
  /** What the applicant pays to the state budget (the duty), 0 when there is none. */
  payableToStateTiyn: Tiyn;
  processingTime: ProcessingTime;
  mayExtendBy30CalendarDays: boolean;
  /** The guide line the row comes from. */
  source: SourceLines;
  /** Readings of the guide this price relies on (the row's assumption, the tariff notes). */
  noteIds: NoteId[];
}

/**
 * What a price is computed from: a service definition without its question schemas. The
 * calculator island gets only this, as plain data (issue 19), and passes answers with the
 * defaults already filled in (fillDefaults in answers.ts).
 */
export type PricedService = Pick<AnyServiceDefinition, "code" | "tariff" | "notes" | "mayExtendBy30CalendarDays">;

function pickRow(service: PricedService, answers: Record<string, unknown>) {
  const tariff = service.tariff;
  const { validityBand, trpRole } = answers;
  if (tariff.by === "validityBand") {
    if (trpRole !== undefined) throw new QuoteError("VARIANT_REQUIRED", "trpRole", "not a TRP tariff");
    if (validityBand === undefined) throw new QuoteError("VARIANT_REQUIRED", "validityBand", "missing");
    const band = VALIDITY_BANDS.find((b) => b === validityBand);
    const row = band && tariff.rows[band];
    if (!band || !row) throw new QuoteError("VALIDITY_NOT_OFFERED", "validityBand", String(validityBand));
    return { row, validityBand: band, trpRole: null };
  }
  if (validityBand !== undefined) throw new QuoteError("VALIDITY_NOT_OFFERED", "validityBand", "no bands");
  if (tariff.by === "trpRole") {
    const role = TRP_ROLES.find((r) => r === trpRole);
    const row = role && tariff.rows[role];
    if (!role || !row) throw new QuoteError("VARIANT_REQUIRED", "trpRole", String(trpRole));
    return { row, validityBand: null, trpRole: role };
  }
  if (trpRole !== undefined) throw new QuoteError("VARIANT_REQUIRED", "trpRole", "not a TRP tariff");
  return { row: tariff.row, validityBand: null, trpRole: null };
}

function stateDutyFor(row: AnyTariffRow, date: IsoDate, mrpRates: readonly MrpRate[]): StateDutyQuote | null {
  if (!row.stateDuty) return null;
  const year = yearOf(date);
  const rate = mrpRates.find((r) => r.year === year);
  if (!rate) throw new QuoteError("NO_MRP_FOR_YEAR", "date", `no MRP for ${year}`);
  // MRP values are whole tenge, so tenths of them are whole tiyn; round half up otherwise.
  const amountTiyn = Math.round((row.stateDuty.mrpTenths * rate.valueTiyn) / 10);
  return { mrpTenths: row.stateDuty.mrpTenths, mrpYear: year, mrpValueTiyn: rate.valueTiyn, amountTiyn };
}

/**
 * Price a request. `answers` may be raw (defaults are applied: feeOption STANDARD); only
 * feeOption, validityBand and trpRole are read. `date` is the day the price applies
 * (submission), as 'YYYY-MM-DD'. Throws QuoteError for anything the tariff does not offer.
 */
export function quote(service: AnyServiceDefinition, answers: RawAnswers, date: IsoDate, mrpRates: readonly MrpRate[]): Quote {
  return quoteWithDefaults(service, withDefaults(service, answers), date, mrpRates);
}

/** quote() for answers whose defaults are already filled in: needs no question schemas. */
export function quoteWithDefaults(service: PricedService, effective: RawAnswers, date: IsoDate, mrpRates: readonly MrpRate[]): Quote {
  const { row, validityBand, trpRole } = pickRow(service, effective);
  const feeOption = FEE_OPTIONS.find((option) => option === effective.feeOption);
  const serviceFeeTiyn = feeOption ? row.fees[feeOption] : undefined;
  if (!feeOption || serviceFeeTiyn === undefined) {
    throw new QuoteError("OPTION_NOT_OFFERED", "feeOption", String(effective.feeOption));
  }
  const stateDuty = stateDutyFor(row, date, mrpRates);
  // 6.T1 and 6.T2 concern single rows and come in through row.assumption; the other tariff
  // notes (currency, per-person fees, the 30-day caveat...) concern every row of the service.
  const tariffNotes = service.notes.map((n) => n.id).filter((id) => id.startsWith("6.T") && id !== "6.T1" && id !== "6.T2");
  const noteIds = [...new Set([...(row.assumption ? [row.assumption] : []), ...tariffNotes])];
  return {
    serviceCode: service.code,
    feeOption,
    validityBand,
    trpRole,
    serviceFeeTiyn,
    stateDuty,
    payableToCentreTiyn: serviceFeeTiyn,
    payableToStateTiyn: stateDuty?.amountTiyn ?? 0,
    processingTime: row.processingTime,
    mayExtendBy30CalendarDays: service.mayExtendBy30CalendarDays,
    source: row.source,
    noteIds,
  };
}

/** What a price form has to ask: the variant field and its values, and the fee options. */
export function tariffChoices(service: AnyServiceDefinition): {
  variantField: "validityBand" | "trpRole" | null;
  variants: string[];
  feeOptions: FeeOption[];
} {
  const tariff = service.tariff;
  const rows = tariff.by === null ? [tariff.row] : Object.values(tariff.rows).filter((r) => r !== undefined);
  const feeOptions = FEE_OPTIONS.filter((option) => rows.some((row) => row.fees[option] !== undefined));
  return {
    variantField: tariff.by,
    variants: tariff.by === null ? [] : Object.keys(tariff.rows),
    feeOptions,
  };
}
