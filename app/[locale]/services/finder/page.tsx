import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { findServices, hasFinderInput, parseFinderParams } from "@/lib/services/finder";
import { FinderForm } from "@/components/services/finder-form";
import { FinderResults } from "@/components/services/finder-results";
import { ErrorSummaryBox } from "@/components/ui/error-summary-box";

export async function generateMetadata({ params }: PageProps<"/[locale]/services/finder">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "services.finder" });
  return { title: t("title") };
}

/** "Which service do I need?": questions in, service(s) out, all through GET parameters. */
export default async function FinderPage({ params, searchParams }: PageProps<"/[locale]/services/finder">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const answers = parseFinderParams(query);
  const submitted = hasFinderInput(query);
  const result = findServices(answers);
  const missing = submitted && result.status === "INCOMPLETE" ? result.missing : [];
  const [t, tv] = await Promise.all([getTranslations("services.finder"), getTranslations("validation")]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("lead")}</p>
      </header>
      {missing.length > 0 && (
        <ErrorSummaryBox
          title={tv("errorSummaryTitle")}
          titlePrefix={tv("errorTitlePrefix")}
          errors={missing.map((field) => ({ field, message: t(`errors.${field}`) }))}
        />
      )}
      {result.status === "DONE" && (
        <>
          <FinderResults result={result} locale={locale} />
          <h2 className="text-2xl font-semibold">{t("changeAnswers")}</h2>
        </>
      )}
      <FinderForm answers={answers} missing={missing} locale={locale} />
      <p>
        <Link href="/services" className="font-semibold text-brand-700 underline">
          {t("allServices")}
        </Link>
      </p>
    </div>
  );
}
