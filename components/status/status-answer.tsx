"use client";

import { useTranslations } from "next-intl";
import { defaultLocale, isLocale, LOCALE_TABLE } from "@/lib/kernel/locales";

/** The answer in words. Dates are formatted here from 'YYYY-MM-DD' without any time-zone shift. */
export function StatusAnswerView({
  answer,
  locale,
}: {
  answer: { found: boolean; status: string | null; nextStep: string | null; dueOn: string | null };
  locale: string;
}) {
  const t = useTranslations("workspace.status");
  const tStatus = useTranslations("status");
  if (!answer.found || !answer.status) {
    return (
      <section className="rounded border-l-8 border-slate-500 bg-white p-4" data-testid="status-answer">
        <h2 className="text-xl font-semibold">{t("notFoundTitle")}</h2>
        <p className="mt-1">{t("notFoundBody")}</p>
      </section>
    );
  }
  const due = answer.dueOn
    ? new Intl.DateTimeFormat(LOCALE_TABLE[isLocale(locale) ? locale : defaultLocale].intl, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${answer.dueOn}T00:00:00Z`))
    : null;
  return (
    <section className="rounded border-l-8 border-brand-700 bg-white p-4" data-testid="status-answer">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("statusLabel")}</h2>
      <p className="text-xl font-bold">{tStatus(answer.status as "SUBMITTED")}</p>
      {answer.nextStep && (
        <p className="mt-2">
          <span className="font-semibold">{t("nextLabel")}</span> {t(`next.${answer.nextStep}`)}
        </p>
      )}
      {due && (
        <p className="mt-1">
          <span className="font-semibold">{t(answer.status === "CHANGES_REQUESTED" ? "answerBy" : "dueLabel")}</span> {due}
        </p>
      )}
    </section>
  );
}
