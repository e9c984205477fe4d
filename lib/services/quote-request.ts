import type { AnyServiceDefinition } from "@/lib/catalog";
import { quote, QuoteError, type MrpRate, type Quote } from "@/lib/rules/quote";
import { API_PARAMETER_FOR, type ApiParamError, type QuoteRequest } from "./api-params";
import { allowedValues, type ApiErrorBody } from "./api-responses";
import type { Translate } from "./translators";

// The quote endpoint's decision, without I/O: the route handler loads the MRP table and turns
// the result into a response.

export type PricedRequest = { ok: true; quote: Quote } | { ok: false; error: ApiParamError & { year?: number } };

/** A validity for a service without bands, or a TRP role for a non-TRP service. */
function inapplicable(service: AnyServiceDefinition, answers: QuoteRequest["answers"]): ApiParamError | null {
  if (answers.validityBand !== undefined && service.tariff.by !== "validityBand")
    return { code: "PARAMETER_NOT_APPLICABLE", parameter: "validity" };
  if (answers.trpRole !== undefined && service.tariff.by !== "trpRole") return { code: "PARAMETER_NOT_APPLICABLE", parameter: "variant" };
  return null;
}

export function priceQuoteRequest(service: AnyServiceDefinition, request: QuoteRequest, mrpRates: readonly MrpRate[]): PricedRequest {
  const refused = inapplicable(service, request.answers);
  if (refused) return { ok: false, error: refused };
  try {
    return { ok: true, quote: quote(service, request.answers, request.date, mrpRates) };
  } catch (error) {
    if (!(error instanceof QuoteError)) throw error;
    return { ok: false, error: { code: error.code, parameter: API_PARAMETER_FOR[error.param], year: Number(request.date.slice(0, 4)) } };
  }
}

/** The 400 body: a machine code, the parameter at fault, a sentence, and the allowed values. */
export function paramErrorBody(error: ApiParamError & { year?: number }, ts: Translate, service?: AnyServiceDefinition): ApiErrorBody {
  const allowed = service ? allowedValues(service, error.parameter) : undefined;
  const message = ts(`api.errors.${error.code}`, {
    parameter: error.parameter,
    allowed: allowed?.join(", ") ?? "",
    // A string, so ICU does not group the year as a number ("2,027").
    year: String(error.year ?? ""),
  });
  return { error: error.code, parameter: error.parameter, message, ...(allowed?.length ? { allowed } : {}) };
}
