import { getService } from "@/lib/catalog";
import { parseLocaleParam } from "@/lib/services/api-params";
import { serviceDetailJson } from "@/lib/services/api-service-json";
import { apiError, apiJson, serviceNotFound } from "@/lib/services/api-responses";
import { paramErrorBody } from "@/lib/services/quote-request";
import { parseServiceCode } from "@/lib/services/service-code";
import { apiTranslator } from "@/lib/services/translators";

/** GET /api/services/{code}[?locale=]: the full definition, checklist and tariff (docs/api.md). */
export async function GET(request: Request, { params }: RouteContext<"/api/services/[code]">) {
  const locale = parseLocaleParam(new URL(request.url).searchParams);
  if (!locale.ok) return apiError(400, paramErrorBody(locale.error, apiTranslator("en", "services")));
  const { code: segment } = await params;
  const code = parseServiceCode(segment);
  if (!code) return serviceNotFound(segment, apiTranslator(locale.value, "services"));
  return apiJson({ locale: locale.value, ...serviceDetailJson(getService(code), apiTranslator(locale.value, "catalog")) });
}
