import { tariffChoices } from "@/lib/rules/quote";
import type { AnyServiceDefinition } from "@/lib/catalog";
import type { ApiParameter } from "./api-params";
import type { Translate } from "./translators";

// Responses of the public JSON API. Successful answers are public catalog data and may be
// cached briefly by browsers and proxies (the MRP changes once a year, the catalog on release);
// errors are not cached so a corrected request is never answered from a stale refusal.

export const API_CACHE_CONTROL = "public, max-age=300";

const BASE_HEADERS = {
  // Read-only public data without cookies: other AIFC systems may call it from a browser.
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
};

export function apiJson(body: unknown): Response {
  return Response.json(body, { status: 200, headers: { ...BASE_HEADERS, "Cache-Control": API_CACHE_CONTROL } });
}

export interface ApiErrorBody {
  error: string;
  parameter: ApiParameter | null;
  message: string;
  /** The values the service accepts for the parameter, when there is a closed list. */
  allowed?: string[];
}

export function apiError(status: 400 | 404, body: ApiErrorBody): Response {
  return Response.json(body, { status, headers: { ...BASE_HEADERS, "Cache-Control": "no-store" } });
}

export function serviceNotFound(code: string, ts: Translate): Response {
  return apiError(404, {
    error: "SERVICE_NOT_FOUND",
    parameter: null,
    message: ts("api.errors.SERVICE_NOT_FOUND", { code: code.slice(0, 60) }),
  });
}

/** The closed list of values a quote parameter takes for this service (none for date/locale). */
export function allowedValues(service: AnyServiceDefinition, parameter: ApiParameter): string[] | undefined {
  const choices = tariffChoices(service);
  if (parameter === "option") return choices.feeOptions;
  if (parameter === "validity") return choices.variantField === "validityBand" ? choices.variants : [];
  if (parameter === "variant") return choices.variantField === "trpRole" ? choices.variants : [];
  return undefined;
}

/** 429 with Retry-After, when a client exceeds its request budget (lib/auth/data/throttles.ts). */
export function apiTooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { error: "TOO_MANY_REQUESTS", parameter: null, message: "Too many requests. Try again later." },
    { status: 429, headers: { ...BASE_HEADERS, "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds) } },
  );
}
