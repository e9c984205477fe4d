import { allServices } from "@/lib/catalog";
import { parseLocaleParam } from "@/lib/services/api-params";
import { serviceSummaryJson } from "@/lib/services/api-json";
import { apiError, apiJson } from "@/lib/services/api-responses";
import { paramErrorBody } from "@/lib/services/quote-request";
import { apiTranslator } from "@/lib/services/translators";

/** GET /api/services[?locale=en|ru|kk]: every service in the guide's order (docs/api.md). */
export async function GET(request: Request) {
  const locale = parseLocaleParam(new URL(request.url).searchParams);
  if (!locale.ok) return apiError(400, paramErrorBody(locale.error, apiTranslator("en", "services")));
  const tc = apiTranslator(locale.value, "catalog");
  return apiJson({
    locale: locale.value,
    services: allServices().map((service) => ({ ...serviceSummaryJson(service, tc), href: `/api/services/${service.code}` })),
  });
}
