"use client";

import { usePathname } from "next/navigation";
import { use } from "react";
import { globalErrorTexts } from "@/lib/i18n/global-error-texts";
import { localeOfPath } from "@/lib/i18n/locale-path";
import { defaultLocale } from "@/lib/kernel/locales";
import "./globals.css";

// Shown when even the root layout fails (issue 20: signed-in users got Next's built-in English
// page when the database was down, because the header reads the user there). It has no layout,
// no next-intl provider and no server: the language comes from the address (/ru/…, /kk/…), the
// texts straight from the message file of that language, loaded only when this page is shown
// (lib/i18n/global-error-texts.ts). retry() renders the page again from the server.

type Props = { error: unknown; retry?: () => void; reset?: () => void };

export default function GlobalError({ retry, reset }: Props) {
  const locale = localeOfPath(usePathname());
  const t = use(globalErrorTexts(locale));
  const home = locale === defaultLocale ? "/" : `/${locale}`;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <title>{t.title}</title>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto max-w-6xl px-4 py-3 text-lg font-semibold sm:px-6">{t.brand}</div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <section className="max-w-2xl space-y-4" role="alert">
            <h1 className="text-3xl font-bold">{t.title}</h1>
            <p>{t.body}</p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() => (retry ?? reset)?.()}
                className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
              >
                {t.retry}
              </button>
              {/* A plain link: a full page load, which works even when client navigation does not. */}
              <a href={home} className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800">
                {t.home}
              </a>
            </div>
          </section>
        </main>
      </body>
    </html>
  );
}
