import { useTranslations } from "next-intl";
import { extendDeadlineAction, rejectApplicationAction } from "@/lib/review/actions";
import type { ReviewApplication } from "@/lib/review/data/review-application";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { mayExtendBy30Days } from "@/lib/rules/processing-time";
import { issuedCategoryOf } from "@/lib/rules/issued-document";
import { CompleteForm } from "./complete-form";
import { DeadlineText } from "./deadline-text";
import { ReasonedStepForm } from "./reasoned-step-form";

type Props = { application: ReviewApplication; locale: Locale; maxUploadBytes: number };

/** In processing: the deadline, the 30-day extension, and the outcome (completed or rejected). */
export function ProcessingPanel({ application, locale, maxUploadBytes }: Props) {
  const t = useTranslations("review.processing");
  const tAll = useTranslations();
  const issued = issuedCategoryOf(application.serviceCode);
  const issuedName =
    issued === null ? null : issued === "TRP" ? tAll("applications.people.trpPermit") : tAll(`catalog.visaCategories.${issued}`);
  const canExtend = mayExtendBy30Days(application.serviceCode) && !application.extensionReason && application.dueDate;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        {application.processingStartedOn && <p>{t("startedOn", { date: formatCalendarDate(application.processingStartedOn, locale) })}</p>}
        {application.dueDate ? (
          <p className="font-semibold">
            {t("dueOn", { date: formatCalendarDate(application.dueDate, locale) })}
            {application.deadline && (
              <>
                {" "}
                · <DeadlineText workingDaysLeft={application.deadline.workingDaysLeft} isOverdue={application.deadline.isOverdue} />
              </>
            )}
          </p>
        ) : (
          <p>{t("noDueDate")}</p>
        )}
        {application.extensionReason && <p className="text-sm">{t("extended", { reason: application.extensionReason })}</p>}
      </div>
      <section aria-labelledby="complete-heading" className="space-y-2">
        <h3 id="complete-heading" className="font-semibold">
          {t("completeTitle")}
        </h3>
        <CompleteForm applicationId={application.id} version={application.version} maxBytes={maxUploadBytes} issuedName={issuedName} />
      </section>
      {canExtend && (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{t("extendTitle")}</summary>
          <div className="mt-3">
            <ReasonedStepForm
              applicationId={application.id}
              version={application.version}
              action={extendDeadlineAction}
              idPrefix="extend"
              labelKey="processing.extendReason"
              hintKey="processing.extendHint"
              submitKey="processing.extend"
            />
          </div>
        </details>
      )}
      <details className="rounded border border-red-300 p-3">
        <summary className="cursor-pointer font-semibold text-red-800">{t("rejectTitle")}</summary>
        <div className="mt-3">
          <ReasonedStepForm
            applicationId={application.id}
            version={application.version}
            action={rejectApplicationAction}
            idPrefix="reject"
            variant="danger"
            labelKey="processing.rejectReason"
            hintKey="processing.rejectHint"
            submitKey="processing.reject"
          />
        </div>
      </details>
    </div>
  );
}
