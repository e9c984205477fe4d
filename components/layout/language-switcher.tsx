"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALE_TABLE, locales } from "@/lib/kernel/locales";

// Names and short names come from the locale table (each language named in itself).

export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm">
      {locales.map((locale) => (
        <Link
          key={locale}
          href={href}
          locale={locale}
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
        </Link>
      ))}
    </nav>
  );
}
