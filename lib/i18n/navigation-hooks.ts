import { useParams, usePathname as useNextPathname, useRouter as useNextRouter } from "next/navigation";
import { useMemo } from "react";
import { pathWithoutLocale } from "./locale-path";
import { asLocale, getPathname, type Href } from "./navigation";

// The client half of ./navigation.ts: Next forbids its hooks in modules that server components import.

/** The current address without its language prefix ("/ru/portal" → "/portal"), in client components. */
export function usePathname(): string {
  return pathWithoutLocale(useNextPathname());
}

/** Next's router whose push, replace and prefetch take addresses without the language, in client components. */
export function useRouter() {
  const router = useNextRouter();
  const locale = asLocale(useParams<{ locale?: string }>()?.locale);
  return useMemo(
    () => ({
      ...router,
      push: (href: Href, options?: Parameters<typeof router.push>[1]) => router.push(getPathname({ href, locale }), options),
      replace: (href: Href, options?: Parameters<typeof router.replace>[1]) => router.replace(getPathname({ href, locale }), options),
      prefetch: (href: Href, options?: Parameters<typeof router.prefetch>[1]) => router.prefetch(getPathname({ href, locale }), options),
    }),
    [router, locale],
  );
}
