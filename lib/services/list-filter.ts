import type { AnyServiceDefinition } from "@/lib/catalog";

// The /services filter: where the person is, and free text. Read from GET parameters so the
// page works without JavaScript and a filtered list can be bookmarked or shared.

export const WHERE_FILTERS = ["ALL", "IN_KZ", "OUTSIDE_KZ"] as const;
export type WhereFilter = (typeof WHERE_FILTERS)[number];

export interface ServiceListFilter {
  where: WhereFilter;
  q: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

// Long enough for any real query; stops a pasted essay from being matched word by word.
const MAX_QUERY_LENGTH = 100;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseListFilter(params: SearchParams): ServiceListFilter {
  const where = first(params.where);
  return {
    where: (WHERE_FILTERS as readonly string[]).includes(where) ? (where as WhereFilter) : "ALL",
    q: first(params.q).trim().slice(0, MAX_QUERY_LENGTH),
  };
}

/** A service "wherever the applicant is" (ANY) suits both sides of the border. */
export function matchesWhere(service: AnyServiceDefinition, where: WhereFilter): boolean {
  return where === "ALL" || service.location === "ANY" || service.location === where;
}

/**
 * Case- and accent-insensitive: "ё" finds "е", "Visa" finds "visa". Kazakh letters (ә, ғ, қ...)
 * have no decomposition and stay as they are.
 */
export function normalizeForSearch(text: string, locale: string): string {
  return text.toLocaleLowerCase(locale).normalize("NFKD").replace(/\p{M}/gu, "").replace(/\s+/g, " ");
}

/** Every word of the query must occur somewhere in the service's texts. */
export function matchesQuery(texts: readonly string[], q: string, locale: string): boolean {
  const words = normalizeForSearch(q, locale).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(texts.join(" "), locale);
  return words.every((word) => haystack.includes(word));
}

export function filterServices(
  services: readonly AnyServiceDefinition[],
  filter: ServiceListFilter,
  textsOf: (service: AnyServiceDefinition) => string[],
  locale: string,
): AnyServiceDefinition[] {
  return services.filter((s) => matchesWhere(s, filter.where) && matchesQuery(textsOf(s), filter.q, locale));
}
