import type { AnyServiceDefinition, FeeOption, IsoDate } from "@/lib/catalog";
import { quote, QuoteError, type MrpRate, type StateDutyQuote } from "@/lib/rules/quote";
import type { TariffTableRow } from "./tariff-rows";

/**
 * A tariff row's state duty in tenge on `date`, through quote() so that the rounding is the
 * one applications are charged with. "NO_MRP" when the year's MRP is not in the table yet.
 */
export function rowStateDuty(
  service: AnyServiceDefinition,
  { variant, row }: TariffTableRow,
  date: IsoDate,
  mrpRates: readonly MrpRate[],
): StateDutyQuote | null | "NO_MRP" {
  if (!row.stateDuty) return null;
  const feeOption = Object.keys(row.fees)[0] as FeeOption;
  const answers = service.tariff.by && variant ? { feeOption, [service.tariff.by]: variant } : { feeOption };
  try {
    return quote(service, answers, date, mrpRates).stateDuty;
  } catch (error) {
    if (error instanceof QuoteError && error.code === "NO_MRP_FOR_YEAR") return "NO_MRP";
    throw error;
  }
}
