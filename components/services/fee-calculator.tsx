"use client";

import { useMemo, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CalendarEntry, IsoDate } from "@/lib/catalog/types";
import { fillDefaults } from "@/lib/rules/answers";
import { checklistWithDefaults } from "@/lib/rules/checklist";
import { quoteWithDefaults, QuoteError, type MrpRate } from "@/lib/rules/quote";
import type { CalculatorModel } from "@/lib/services/calculator-model";
import { formatCalendarDate, formatKzt } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { QuestionInput } from "@/components/applications/question-input";
import { QuoteSummary } from "@/components/applications/quote-summary";
import { CalculatorChecklist } from "./calculator-checklist";
import { ReadyDate } from "./ready-date";

type Props = {
  /** The service as plain data (lib/services/calculator-model.ts): no zod, no catalog registry here. */
  model: CalculatorModel;
  today: IsoDate;
  mrpRates: MrpRate[];
  calendar: CalendarEntry[];
  /** Server-rendered document descriptions, keyed by checklistEntryKey. */
  descriptions: Record<string, ReactNode>;
};

const dateOf = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/** Options in, price (fee + duty at today's MRP = total), ready date and checklist out, live. */
export function FeeCalculator({ model, today, mrpRates, calendar, descriptions }: Props) {
  const t = useTranslations("services.calculator");
  const tc = useTranslations("catalog");
  const locale = useLocale() as Locale;
  const { service, fields, defaults } = model;
  const [answers, setAnswers] = useState(model.initialAnswers);

  // The same rules as quote() and checklist() on the server, given the defaults those would fill.
  const effective = useMemo(() => fillDefaults(answers, defaults), [answers, defaults]);
  const price = useMemo(() => {
    try {
      return { quote: quoteWithDefaults(service, effective, today, mrpRates), error: null };
    } catch (error) {
      if (error instanceof QuoteError) return { quote: null, error };
      throw error;
    }
  }, [service, effective, today, mrpRates]);
  const documents = useMemo(() => checklistWithDefaults(service, effective), [service, effective]);
  const mrp = price.quote?.stateDuty;

  return (
    <section id="calculator" aria-labelledby="calculator-title" className="space-y-6 rounded border-2 border-brand-700 bg-white p-4 sm:p-6">
      <div className="space-y-2">
        <h2 id="calculator-title" className="text-2xl font-semibold">
          {t("title")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        {fields.length > 0 ? (
          <form onSubmit={(event) => event.preventDefault()} aria-label={t("formLabel")} className="space-y-6">
            {fields.map((field) => (
              <QuestionInput
                key={field.name}
                field={field}
                value={answers[field.name]}
                onChange={(value) => setAnswers({ ...answers, [field.name]: value })}
              />
            ))}
          </form>
        ) : (
          <p>{t("noOptions")}</p>
        )}
        {/* Kept in view on wide screens while the options are changed. */}
        <div className="h-fit space-y-6 lg:sticky lg:top-4">
          {/* Plain groups, not landmarks: the calculator is already a region. */}
          <div className="space-y-2">
            <h3 className="text-lg font-semibold">{t("priceTitle")}</h3>
            <div aria-live="polite" className="space-y-2">
              {price.quote ? (
                <QuoteSummary quote={price.quote} />
              ) : (
                <p role="alert" className="rounded border-l-4 border-red-700 p-3">
                  {tc(price.error?.messageKey ?? "quoteErrors.VARIANT_REQUIRED", { year: today.slice(0, 4) })}
                </p>
              )}
              <p className="text-sm text-slate-600">
                {mrp
                  ? t("mrpNote", {
                      date: formatCalendarDate(dateOf(today), locale),
                      year: String(mrp.mrpYear),
                      mrp: formatKzt(mrp.mrpValueTiyn, locale),
                    })
                  : t("priceNote", { date: formatCalendarDate(dateOf(today), locale) })}
              </p>
            </div>
          </div>
          {price.quote && (
            <ReadyDate
              processingTime={price.quote.processingTime}
              mayExtend={price.quote.mayExtendBy30CalendarDays}
              today={today}
              calendar={calendar}
            />
          )}
        </div>
      </div>
      <CalculatorChecklist checklist={documents} descriptions={descriptions} />
    </section>
  );
}
