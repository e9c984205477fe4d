import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraftForStep } from "@/lib/applications/load-draft";
import { questionFields } from "@/lib/applications/question-fields";
import { uploadSlots } from "@/lib/applications/document-slots";
import { findSubmissionReview } from "@/lib/applications/data/application-submit";
import { loadApplicantReferenceData } from "@/lib/admin/data/applicant-reference-data";
import { quote, QuoteError } from "@/lib/rules/quote";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { Link } from "@/lib/i18n/navigation";
import { WizardSteps } from "@/components/applications/wizard-steps";
import { QuoteSummary } from "@/components/applications/quote-summary";
import { SubmitButton } from "@/components/applications/submit-button";
import { SubmissionProblems } from "@/components/applications/submission-problems";
import { AnswerValue } from "@/components/applications/answer-value";
import { SubmissionWarnings } from "@/components/applications/submission-warnings";

/** "Check your answers": everything on one page with a change link per section, then submit. */
// Each page has its own title (GOV.UK: the h1, then the service), so tabs and history say where you are.
export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/[id]/check">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications" });
  return { title: t("check.title") };
}

export default async function CheckPage({ params }: PageProps<"/[locale]/portal/applications/[id]/check">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, application, service } = await loadDraftForStep(id, locale);
  const [t, tc, reference, review] = await Promise.all([
    getTranslations("applications"),
    getTranslations("catalog"),
    loadApplicantReferenceData(),
    findSubmissionReview(user, id),
  ]);
  const problems = review?.problems ?? [];
  const warnings = review?.warnings ?? [];
  const answers = application.answers as Record<string, unknown>;
  let price = null;
  try {
    price = quote(service, answers, isoDateInTimeZone(new Date()), reference.mrpRates);
  } catch (error) {
    if (!(error instanceof QuoteError)) throw error;
  }
  const files = (code: string) => application.documents.find((d) => d.code === code)?.files.filter((f) => !f.supersededAt) ?? [];
  const section = "space-y-3 rounded border border-slate-300 bg-white p-4";
  const change = (step: string, what: string) => (
    <Link href={`/portal/applications/${id}/${step}?return=check`} className="font-semibold text-brand-700 underline">
      {t("check.change")}
      <span className="sr-only"> {what}</span>
    </Link>
  );
  return (
    <div className="space-y-6">
      <WizardSteps applicationId={id} current="check" serviceTitle={tc(service.messages.title)} />
      <h1 className="text-3xl font-bold">{t("check.title")}</h1>
      <SubmissionProblems problems={problems} applicationId={id} />
      <SubmissionWarnings warnings={warnings} />
      <section aria-labelledby="check-people" className={section}>
        <div className="flex justify-between gap-4">
          <h2 id="check-people" className="text-xl font-semibold">
            {t("check.people")}
          </h2>
          {change("people", t("check.people"))}
        </div>
        <ul>
          {application.people.map(({ person, isPrincipal }) => (
            <li key={person.id}>
              {person.fullName} · {person.passportNumber}{" "}
              {isPrincipal
                ? `(${t("check.principal")})`
                : person.relationship
                  ? `(${t(`people.relationships.${person.relationship}`)})`
                  : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="check-details" className={section}>
        <div className="flex justify-between gap-4">
          <h2 id="check-details" className="text-xl font-semibold">
            {t("check.details")}
          </h2>
          {change("details", t("check.details"))}
        </div>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <dt className="font-medium">{t("check.location")}</dt>
          <dd>{answers.personLocation ? t(`wizard.locations.${answers.personLocation as "IN_KZ"}`) : "—"}</dd>
          {questionFields(service).map((field) => (
            <AnswerValue key={field.name} field={field} value={answers[field.name]} />
          ))}
        </dl>
      </section>
      <section aria-labelledby="check-fee" className={section}>
        <div className="flex justify-between gap-4">
          <h2 id="check-fee" className="text-xl font-semibold">
            {t("check.fee")}
          </h2>
          {change("details", t("check.fee"))}
        </div>
        {price ? <QuoteSummary quote={price} /> : <p>{t("wizard.quotePending")}</p>}
      </section>
      <section aria-labelledby="check-documents" className={section}>
        <div className="flex justify-between gap-4">
          <h2 id="check-documents" className="text-xl font-semibold">
            {t("check.documents")}
          </h2>
          {change("documents", t("check.documents"))}
        </div>
        <ul className="space-y-1">
          {uploadSlots(service, answers).map((entry) => (
            <li key={entry.code}>
              <span className="font-medium">{tc(entry.nameKey)}</span>:{" "}
              {files(entry.code).length ? (
                files(entry.code)
                  .map((f) => f.originalName)
                  .join(", ")
              ) : (
                <span className="text-red-700">{entry.required ? t("check.notUploaded") : t("check.optionalNotUploaded")}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-3">
        <p className="max-w-3xl text-slate-700">{t("check.declaration")}</p>
        <SubmitButton
          applicationId={id}
          label={t("check.submit")}
          confirmPassportBand={warnings.some((w) => w.kind === "PASSPORT_BEFORE_BAND_END")}
        />
      </section>
    </div>
  );
}
