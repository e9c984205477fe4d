import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoBanner } from "@/components/layout/demo-banner";
import { ErrorTextsProvider } from "@/components/layout/error-texts";
import "@/lib/zod-jitless";
import "../globals.css";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    // Static files in public/ (favicon.ico is found by browsers on their own).
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/site.webmanifest",
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, te] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getTranslations({ locale, namespace: "error" })]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        {/* No next-intl client provider here: pages and areas whose islands translate add one with
            what they use (lib/i18n/client-messages.ts), so the others load none of next-intl's
            client runtime (issue 19). The error boundary gets its texts from this context. */}
        <ErrorTextsProvider texts={{ title: te("title"), body: te("body"), retry: te("retry") }}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <DemoBanner />
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
