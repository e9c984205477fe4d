"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

// Each language is named in itself, so a reader finds their own whatever the page's language.
const LANGUAGE_NAMES = { en: "English", ru: "Русский", kk: "Қазақша" } as const;
// On a phone the header has room for short names; each is the start of the full one (WCAG 2.5.3).
const SHORT_NAMES = { en: "EN", ru: "РУС", kk: "ҚАЗ" } as const;

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
          <span className="sm:hidden" aria-hidden="true">{SHORT_NAMES[locale]}</span>
          <span className="max-sm:sr-only">{LANGUAGE_NAMES[locale]}</span>
        </Link>
      ))}
    </nav>
  );
}
