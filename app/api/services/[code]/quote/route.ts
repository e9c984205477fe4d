import { getService } from "@/lib/catalog";
import { loadPublicMrpRates } from "@/lib/admin/data/applicant-reference-data";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { parseLocaleParam, parseQuoteParams } from "@/lib/services/api-params";
import { quoteJson } from "@/lib/services/api-json";
import { apiError, apiJson, apiTooManyRequests, serviceNotFound } from "@/lib/services/api-responses";
import { consumeThrottle } from "@/lib/auth/data/throttles";
import { clientAddress } from "@/lib/http/client-address";
import { paramErrorBody, priceQuoteRequest } from "@/lib/services/quote-request";
import { parseServiceCode } from "@/lib/services/service-code";
import { apiTranslator } from "@/lib/services/translators";

// The MRP comes from the database (admins edit it), so this answer is computed per request.
export const dynamic = "force-dynamic";

/** GET /api/services/{code}/quote?option=&validity=&variant=&date=YYYY-MM-DD (docs/api.md). */
export async function GET(request: Request, { params }: RouteContext<"/api/services/[code]/quote">) {
  // Each quote reads the database: a per-address budget keeps one client from monopolising it.
  const throttle = await consumeThrottle("quoteApi", clientAddress(request.headers));
  if (!throttle.allowed) return apiTooManyRequests(throttle.retryAfterSeconds);
  const searchParams = new URL(request.url).searchParams;
  const locale = parseLocaleParam(searchParams);
  const ts = apiTranslator(locale.ok ? locale.value : "en", "services");
  if (!locale.ok) return apiError(400, paramErrorBody(locale.error, ts));
  const { code: segment } = await params;
  const code = parseServiceCode(segment);
  if (!code) return serviceNotFound(segment, ts);
  const service = getService(code);
  // "Today" is the centre's date (Astana), whatever the server's time zone.
  const parsed = parseQuoteParams(searchParams, isoDateInTimeZone(new Date()));
  if (!parsed.ok) return apiError(400, paramErrorBody(parsed.error, ts, service));
  const mrpRates = await loadPublicMrpRates();
  const priced = priceQuoteRequest(service, parsed.value, mrpRates);
  if (!priced.ok) return apiError(400, paramErrorBody(priced.error, ts, service));
  return apiJson(quoteJson(priced.quote, parsed.value.date));
}
