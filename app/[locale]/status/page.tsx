import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/kernel/locales";
import { StatusCheckForm } from "@/components/status/status-check-form";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/status">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "workspace.status" });
  return { title: t("title") };
}

/** Issue 17: public, no sign-in: for a person abroad or a colleague without an account. */
export default async function StatusPage({ params }: PageProps<"/[locale]/status">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("workspace.status");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      <ClientMessagesProvider paths={PUBLIC_CLIENT_MESSAGES}>
        <StatusCheckForm locale={locale} />
      </ClientMessagesProvider>
    </div>
  );
}
