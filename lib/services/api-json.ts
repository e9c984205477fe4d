import { fromPrice, type AnyServiceDefinition, type FeeOption, type ProcessingTime } from "@/lib/catalog";
import type { Quote } from "@/lib/rules/quote";
import { mrpFromTenths, tiynToKztDecimal } from "./money";
import { processingTimeMessage, serviceProcessingTime } from "./tariff-rows";
import type { Translate } from "./translators";

// Shapes shared by the JSON API's answers (docs/api.md). Money goes out twice: as a KZT
// decimal string for people and spreadsheets, and as integer tiyn for programs.

export function money(tiyn: number) {
  return { kzt: tiynToKztDecimal(tiyn), tiyn };
}

export function processingTimeJson(time: ProcessingTime, tc: Translate) {
  const message = processingTimeMessage(time);
  return { ...time, text: tc(message.key, message.values) };
}

/** What the list and the full definition share. */
export function serviceSummaryJson(service: AnyServiceDefinition, tc: Translate) {
  return {
    code: service.code,
    family: service.family,
    visaCategory: service.visaCategory,
    location: service.location,
    title: tc(service.messages.title),
    summary: tc(service.messages.summary),
    fromPrice: money(fromPrice(service)),
    processingTime: processingTimeJson(serviceProcessingTime(service), tc),
  };
}

export function quoteJson(quote: Quote, date: string) {
  const duty = quote.stateDuty;
  return {
    service: quote.serviceCode,
    option: quote.feeOption satisfies FeeOption,
    validity: quote.validityBand,
    variant: quote.trpRole,
    date,
    serviceFee: tiynToKztDecimal(quote.serviceFeeTiyn),
    serviceFeeTiyn: quote.serviceFeeTiyn,
    stateDuty: duty
      ? {
          mrp: mrpFromTenths(duty.mrpTenths),
          mrpYear: duty.mrpYear,
          mrpValue: tiynToKztDecimal(duty.mrpValueTiyn),
          mrpValueTiyn: duty.mrpValueTiyn,
          amount: tiynToKztDecimal(duty.amountTiyn),
          amountTiyn: duty.amountTiyn,
        }
      : null,
    // Two payees, never summed (decision 007, 6.P1): the centre invoices the service fee; the
    // duty goes to the state budget and is proven by the receipt uploaded as the document below.
    payableToCentre: { ...money(quote.payableToCentreTiyn), payee: "EXPAT_CENTRE" as const, paidBy: "INVOICE" as const },
    payableToState: duty
      ? { ...money(quote.payableToStateTiyn), payee: "STATE_BUDGET" as const, proofDocument: "STATE_DUTY_PAYMENT_PROOF" as const }
      : null,
    currency: "KZT" as const,
    processingTime: quote.processingTime,
    mayExtendBy30CalendarDays: quote.mayExtendBy30CalendarDays,
    notes: quote.noteIds,
  };
}
