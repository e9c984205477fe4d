import { redirect as nextRedirect } from "next/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/kernel/locales";
import { localizedPath } from "./locale-path";

// The site's navigation in the page's language: links, redirects, the router and the current path,
// with the language prefix of routing.ts (English bare, /ru/…, /kk/…). Written on Next's own
// navigation instead of next-intl's createNavigation (issue 19): next-intl's links read the language
// from its client provider, and importing its navigation anywhere on a page put its client runtime
// (~12 kB gzip, the message formatter included) into that page's script. next-intl does messages.
// The client hooks (usePathname, useRouter) are in ./navigation-hooks.ts.

export { Link } from "./localized-link";

type QueryValue = string | number | boolean;
/** An address inside the site without its language: "/staff" or { pathname: "/sign-in", query: { … } }. */
export type Href = string | { pathname: string; query?: Record<string, QueryValue | readonly QueryValue[] | undefined> };

function pathOf(href: Href): string {
  if (typeof href === "string") return href;
  if (!href.query) return href.pathname;
  // As next-intl serialised a query: every value as a string, arrays as repeated keys (an
  // undefined value is left out rather than written as "undefined").
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(href.query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const each of value) search.append(key, String(each));
    else search.set(key, String(value));
  }
  return `${href.pathname}?${search.toString()}`;
}

/** The language a [locale] segment names, English for anything else. */
export function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** The address of `href` in `locale`: getPathname({ href: "/staff", locale: "ru" }) is "/ru/staff". */
export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  return localizedPath(pathOf(href), asLocale(locale));
}

/** Next's redirect to `href` in `locale` (server components and actions). */
export function redirect({ href, locale }: { href: Href; locale: string }): never {
  return nextRedirect(getPathname({ href, locale }));
}
