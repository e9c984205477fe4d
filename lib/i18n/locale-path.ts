import { defaultLocale, isLocale, type Locale } from "@/lib/kernel/locales";

// The language prefix of an address, as routing.ts sets it up (localePrefix "as-needed"): English
// at the bare path (/services), the others under their code (/ru/services). Plain functions for
// browser code that runs without next-intl's provider (the header's links and language switcher,
// the error pages: issue 19, next-intl's client runtime stays off pages without a translated island).

/** The language an address is in: its first segment when that is a language, else the default. */
export function localeOfPath(pathname: string | null): Locale {
  const first = pathname?.split(/[/?#]/)[1];
  return isLocale(first) ? first : defaultLocale;
}

/** The address without its language prefix: "/ru/services" → "/services", "/kk" → "/". */
export function pathWithoutLocale(pathname: string): string {
  const first = pathname.split(/[/?#]/)[1];
  if (!isLocale(first)) return pathname;
  const rest = pathname.slice(first.length + 1);
  return rest.startsWith("/") ? rest : `/${rest}`;
}

/**
 * An address inside the site in a language: "/services" → "/ru/services", "/" → "/ru", unchanged
 * for English. Anything that is not a path of this site (another host, "#top", "mailto:") is
 * returned as it is.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (!path.startsWith("/") || path.startsWith("//") || locale === defaultLocale) return path;
  return path === "/" || path.startsWith("/?") || path.startsWith("/#") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}
