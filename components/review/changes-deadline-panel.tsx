import { useTranslations } from "next-intl";
import { reopenApplicationAction } from "@/lib/review/actions";
import type { ReviewApplication } from "@/lib/review/data/review-application";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { daysUntil } from "@/lib/rules/changes-deadline";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { ExtendChangesDeadlineForm } from "./extend-changes-deadline-form";
import { ReasonedStepForm } from "./reasoned-step-form";

type Props = { application: ReviewApplication; locale: Locale };

/** Issue 17: the applicant's deadline while changes are requested; reopening once it lapsed. */
export function ChangesDeadlinePanel({ application, locale }: Props) {
  const t = useTranslations("review.changesDeadline");
  const today = isoDateInTimeZone(new Date());
  const dueOn = application.changesDueOn ? application.changesDueOn.toISOString().slice(0, 10) : null;
  if (application.status === "LAPSED") {
    return (
      <div className="space-y-3">
        <p>{dueOn ? t("lapsedOn", { date: formatCalendarDate(application.changesDueOn!, locale) }) : t("lapsed")}</p>
        <ReasonedStepForm
          applicationId={application.id}
          version={application.version}
          action={reopenApplicationAction}
          idPrefix="reopen"
          labelKey="changesDeadline.reopenReason"
          hintKey="changesDeadline.reopenHint"
          submitKey="changesDeadline.reopen"
        />
      </div>
    );
  }
  if (!dueOn) return <p>{t("noDeadline")}</p>;
  const left = daysUntil(today, dueOn);
  const minDate = addCalendarDays(dueOn > today ? dueOn : today, 1);
  return (
    <div className="space-y-3">
      <p className="font-semibold">{t("dueOn", { date: formatCalendarDate(application.changesDueOn!, locale), days: left })}</p>
      <details className="rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold">{t("extendTitle")}</summary>
        <div className="mt-3">
          <ExtendChangesDeadlineForm
            applicationId={application.id}
            version={application.version}
            minDate={minDate}
            suggested={addCalendarDays(dueOn, 14)}
          />
        </div>
      </details>
    </div>
  );
}
