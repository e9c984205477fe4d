import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { WIZARD_STEPS, type WizardStep } from "@/lib/applications/draft-schemas";

/**
 * Where the user is in the four steps; earlier steps are links back ("change"). A "Back" link
 * sits at the top (GOV.UK): to the previous step, or to "Check your answers" when the user came
 * from there to change one answer.
 */
export async function WizardSteps({
  applicationId,
  current,
  serviceTitle,
  returnToCheck = false,
}: {
  applicationId: string;
  current: WizardStep;
  serviceTitle: string;
  returnToCheck?: boolean;
}) {
  const t = await getTranslations("applications.wizard");
  const currentIndex = WIZARD_STEPS.indexOf(current);
  const back = returnToCheck
    ? `/portal/applications/${applicationId}/check`
    : currentIndex === 0
      ? "/portal"
      : `/portal/applications/${applicationId}/${WIZARD_STEPS[currentIndex - 1]}`;
  return (
    <div className="space-y-2">
      <Link href={back} className="no-print inline-block font-semibold text-brand-700 underline" data-testid="back-link">
        <span aria-hidden="true">‹ </span>
        {t("back")}
      </Link>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{serviceTitle}</p>
      <nav aria-label={t("stepsLabel")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          {WIZARD_STEPS.map((step, index) => {
            const label = t("stepOf", { n: index + 1, total: WIZARD_STEPS.length, name: t(`steps.${step}`) });
            return (
              <li key={step}>
                {index < currentIndex ? (
                  <Link
                    href={`/portal/applications/${applicationId}/${step}`}
                    className="rounded border border-brand-600 px-2 py-1 text-brand-700 underline"
                  >
                    {label}
                  </Link>
                ) : (
                  <span
                    aria-current={index === currentIndex ? "step" : undefined}
                    className={`rounded px-2 py-1 ${index === currentIndex ? "bg-brand-700 font-semibold text-white" : "border border-slate-300 text-slate-600"}`}
                  >
                    {label}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
