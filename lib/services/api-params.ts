import type { IsoDate } from "@/lib/catalog";
import { isLocale, type Locale } from "@/lib/kernel/locales";
import { isIsoDate } from "@/lib/rules/iso-date";
import type { QuoteErrorCode, QuoteParam } from "@/lib/rules/quote";

// Query parameters of the public JSON API (docs/api.md). Parsing is separate from the route
// handlers so that every refusal is unit-tested and names the parameter at fault.

export type ApiParameter = "option" | "validity" | "variant" | "date" | "locale";
export type ApiErrorCode = QuoteErrorCode | "INVALID_DATE" | "UNSUPPORTED_LOCALE" | "REPEATED_PARAMETER" | "PARAMETER_NOT_APPLICABLE";

export interface ApiParamError {
  code: ApiErrorCode;
  parameter: ApiParameter;
}

/** The API's parameter for each answer the quote rule can reject. */
export const API_PARAMETER_FOR: Record<QuoteParam, ApiParameter> = {
  feeOption: "option",
  validityBand: "validity",
  trpRole: "variant",
  date: "date",
};

type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiParamError };

/** One value per parameter; an empty value (as an HTML form sends it) counts as absent. */
function single(params: URLSearchParams, name: ApiParameter): Parsed<string | undefined> {
  const values = params.getAll(name);
  if (values.length > 1) return { ok: false, error: { code: "REPEATED_PARAMETER", parameter: name } };
  const value = values[0]?.trim();
  return { ok: true, value: value ? value : undefined };
}

export function parseLocaleParam(params: URLSearchParams): Parsed<Locale> {
  const raw = single(params, "locale");
  if (!raw.ok) return raw;
  if (raw.value === undefined) return { ok: true, value: "en" };
  return isLocale(raw.value) ? { ok: true, value: raw.value } : { ok: false, error: { code: "UNSUPPORTED_LOCALE", parameter: "locale" } };
}

export interface QuoteRequest {
  /** Raw answers for quote(): only present parameters become answers (defaults fill the rest). */
  answers: Record<string, string>;
  date: IsoDate;
  locale: Locale;
}

/**
 * option → feeOption, validity → validityBand, variant → trpRole; whether the service offers the
 * value is the quote rule's decision, not this parser's. `date` defaults to `today`.
 */
export function parseQuoteParams(params: URLSearchParams, today: IsoDate): Parsed<QuoteRequest> {
  const locale = parseLocaleParam(params);
  if (!locale.ok) return locale;
  const answers: Record<string, string> = {};
  for (const [parameter, field] of [
    ["option", "feeOption"],
    ["validity", "validityBand"],
    ["variant", "trpRole"],
  ] as const) {
    const value = single(params, parameter);
    if (!value.ok) return value;
    if (value.value !== undefined) answers[field] = value.value;
  }
  const date = single(params, "date");
  if (!date.ok) return date;
  if (date.value !== undefined && !isIsoDate(date.value)) return { ok: false, error: { code: "INVALID_DATE", parameter: "date" } };
  return { ok: true, value: { answers, date: date.value ?? today, locale: locale.value } };
}
