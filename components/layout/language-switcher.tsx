"use client";

import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { localizedPath, pathWithoutLocale } from "@/lib/i18n/locale-path";
import { LOCALE_TABLE, locales, type Locale } from "@/lib/kernel/locales";

// Names and short names come from the locale table (each language named in itself). The addresses
// are built from the browser's path with the plain functions of lib/i18n/locale-path.ts rather
// than next-intl's navigation, which needs its client provider on every page (issue 19).

export function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  const pathname = pathWithoutLocale(usePathname());
  const search = useSearchParams().toString();
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm">
      {locales.map((locale) => (
        <NextLink
          key={locale}
          href={`${localizedPath(pathname, locale)}${search ? `?${search}` : ""}`}
          // Another language is another page tree (<html lang>, every text): fetched when chosen.
          prefetch={locale === current ? undefined : false}
          lang={locale}
          hrefLang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={
            locale === current
              ? "rounded bg-white/20 px-2 py-1 font-semibold text-white"
              : "rounded px-2 py-1 text-white/80 underline-offset-2 hover:text-white hover:underline"
          }
        >
          <span className="sm:hidden" aria-hidden="true">
            {LOCALE_TABLE[locale].shortName}
          </span>
          <span className="max-sm:sr-only">{LOCALE_TABLE[locale].nativeName}</span>
        </NextLink>
      ))}
    </nav>
  );
}
