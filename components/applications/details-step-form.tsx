"use client";

import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { getService, type CalendarEntry, type ServiceCode } from "@/lib/catalog";
import { checkLocation } from "@/lib/rules/eligibility";
import { extensionWindow } from "@/lib/rules/extension-window";
import { quote, QuoteError, type MrpRate } from "@/lib/rules/quote";
import { questionFields } from "@/lib/applications/question-fields";
import { saveAnswersAction } from "@/lib/applications/actions";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { QuestionInput } from "./question-input";
import { QuoteSummary } from "./quote-summary";
import { useKeptAnswers } from "./use-kept-answers";

type Props = {
  applicationId: string;
  serviceCode: ServiceCode;
  initialAnswers: Record<string, unknown>;
  mrpRates: MrpRate[];
  calendar: CalendarEntry[];
  today: string;
  principalName: string;
  /** The page's h1: rendered under the error summary, which GOV.UK puts first. */
  title: string;
  /** Came from "Check your answers" to change something: saving returns there. */
  returnToCheck?: boolean;
  /** The principal's current visa expiry held in the people register: not asked again. */
  registerVisaExpiry?: string | null;
};

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function DetailsStepForm({
  applicationId,
  serviceCode,
  initialAnswers,
  mrpRates,
  calendar,
  today,
  principalName,
  title,
  returnToCheck = false,
  registerVisaExpiry = null,
}: Props) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const service = getService(serviceCode);
  const fields = useMemo(() => questionFields(service), [service]);
  const [answers, setAnswers] = useState<Record<string, unknown>>(() => {
    const start: Record<string, unknown> = { ...initialAnswers };
    for (const field of fields)
      if (start[field.name] === undefined && "defaultValue" in field && field.defaultValue !== undefined)
        start[field.name] = field.defaultValue;
    if (start.visaExpiryDate === undefined && registerVisaExpiry && fields.some((f) => f.name === "visaExpiryDate"))
      start.visaExpiryDate = registerVisaExpiry;
    return start;
  });
  // The register's date is shown as a fact with "Change", not as an empty question.
  const [isEditingVisaExpiry, setEditingVisaExpiry] = useState(
    !registerVisaExpiry || (initialAnswers.visaExpiryDate !== undefined && initialAnswers.visaExpiryDate !== registerVisaExpiry),
  );
  const kept = useKeptAnswers(`details:${applicationId}`, answers, setAnswers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const live = useMemo(() => {
    try {
      return { quote: quote(service, answers, today, mrpRates), error: null };
    } catch (error) {
      return { quote: null, error: error instanceof QuoteError ? error : null };
    }
  }, [service, answers, today, mrpRates]);
  const location =
    answers.personLocation === "IN_KZ" || answers.personLocation === "OUTSIDE_KZ" ? checkLocation(service, answers.personLocation) : null;
  const extension =
    typeof answers.visaExpiryDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(answers.visaExpiryDate)
      ? extensionWindow(answers.visaExpiryDate, today, calendar)
      : null;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFormError(null);
    kept.keep(answers);
    try {
      const result = await saveAnswersAction(applicationId, answers, returnToCheck);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.formError ?? null);
      }
    } catch (e) {
      if ((e as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw e;
      setFormError("error.body");
    } finally {
      setSaving(false);
    }
  }

  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...Object.entries(errors).map(([field, key]) => ({
      field,
      message: `${field === "personLocation" ? t("applications.wizard.locationLegend", { name: principalName }) : t.has(`catalog.questions.${field}.label`) ? t(`catalog.questions.${field}.label`) : t(`applications.wizard.${field}`)}: ${t(key)}`,
    })),
  ];

  return (
    <form onSubmit={submit} noValidate className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4 lg:col-span-2">
        <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
        <h1 className="text-3xl font-bold">{title}</h1>
        {kept.wasRestored && (
          <p role="status" className="rounded border-l-4 border-brand-700 bg-white p-3" data-testid="answers-restored">
            {t("applications.wizard.answersRestored")}
          </p>
        )}
      </div>
      <div className="space-y-6">
        <fieldset className={`space-y-2 ${errors.personLocation ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <legend className="font-semibold">{t("applications.wizard.locationLegend", { name: principalName })}</legend>
          {errors.personLocation && <p className="text-sm font-semibold text-red-700">{t(errors.personLocation)}</p>}
          {(["IN_KZ", "OUTSIDE_KZ"] as const).map((value, index) => (
            <label key={value} className="flex items-center gap-3 rounded border border-slate-300 bg-white p-3">
              <input
                id={index === 0 ? "personLocation" : undefined}
                type="radio"
                name="personLocation"
                checked={answers.personLocation === value}
                onChange={() => setAnswers({ ...answers, personLocation: value })}
                className="h-5 w-5"
              />
              <span>{t(`applications.wizard.locations.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        {location && !location.ok ? (
          // The deciding answer rules this service out: stop here and point to the right one (GOV.UK "stop" pattern).
          <div role="status" className="space-y-3 rounded border-l-8 border-amber-600 bg-amber-50 p-4" data-testid="eligibility-stop">
            <h2 className="text-lg font-bold">{t("applications.wizard.notEligibleTitle")}</h2>
            <p>{t(`catalog.${location.messageKey}`)}</p>
            {location.alternative && (
              <Link
                href={`/portal/applications/new?service=${location.alternative}`}
                className="inline-block font-semibold text-brand-700 underline"
              >
                {t("applications.wizard.startInstead", { service: t(`catalog.${getService(location.alternative).messages.title}`) })}
              </Link>
            )}
          </div>
        ) : location ? (
          fields.map((field) =>
            field.name === "visaExpiryDate" &&
            registerVisaExpiry &&
            !isEditingVisaExpiry &&
            answers.visaExpiryDate === registerVisaExpiry ? (
              <div key={field.name} className="space-y-1 rounded border border-slate-300 bg-white p-3" data-testid="register-visa-expiry">
                <p className="font-semibold">{t(`catalog.questions.${field.name}.label`)}</p>
                <p>
                  {formatCalendarDate(dateOf(registerVisaExpiry), locale)}{" "}
                  <span className="text-sm text-slate-600">· {t("applications.wizard.fromRegister")}</span>
                </p>
                <button type="button" onClick={() => setEditingVisaExpiry(true)} className="font-semibold text-brand-700 underline">
                  {t("applications.wizard.change")}
                  <span className="sr-only"> {t(`catalog.questions.${field.name}.label`)}</span>
                </button>
              </div>
            ) : (
              <QuestionInput
                key={field.name}
                field={field}
                value={answers[field.name]}
                error={errors[field.name] ? t(errors[field.name]) : undefined}
                onChange={(value) => setAnswers({ ...answers, [field.name]: value })}
              />
            ),
          )
        ) : null}
        {extension && (
          <p
            role="status"
            className={`rounded border-l-4 p-3 text-sm ${extension.status === "OPEN" ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50"}`}
          >
            {t(`catalog.${extension.messageKey}`, {
              opensOn: formatCalendarDate(dateOf(extension.opensOn), locale),
              closesOn: formatCalendarDate(dateOf(extension.closesOn), locale),
            })}
          </p>
        )}
        {!(location && !location.ok) && (
          <Button type="submit" needsJs disabled={isSaving} aria-busy={isSaving}>
            {t("applications.wizard.saveContinue")}
          </Button>
        )}
      </div>
      <aside aria-labelledby="live-quote" className="h-fit space-y-3 rounded border border-slate-300 bg-white p-4 lg:sticky lg:top-4">
        <h2 id="live-quote" className="font-semibold">
          {t("applications.wizard.quoteTitle")}
        </h2>
        <div aria-live="polite">
          {live.quote ? (
            <QuoteSummary quote={live.quote} />
          ) : (
            <p className="text-sm text-slate-700">
              {live.error ? t(`catalog.${live.error.messageKey}`, { year: today.slice(0, 4) }) : t("applications.wizard.quotePending")}
            </p>
          )}
        </div>
        <p className="text-xs text-slate-600">{t("applications.wizard.quoteNote", { date: formatCalendarDate(dateOf(today), locale) })}</p>
      </aside>
    </form>
  );
}
