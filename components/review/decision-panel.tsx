import { useTranslations } from "next-intl";
import { approveDocumentsAction, receiveOriginalsAction, requestChangesAction, startReviewAction } from "@/lib/review/actions";
import type { ReviewApplication } from "@/lib/review/data/review-application";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { ActionButton } from "./action-button";
import { ChangesDeadlinePanel } from "./changes-deadline-panel";
import { ProcessingPanel } from "./processing-panel";

type Props = { application: ReviewApplication; locale: Locale; rejectionReason: string | null; maxUploadBytes: number };

/** The next step for staff, in words, with the buttons the current status allows. */
export function DecisionPanel({ application, locale, rejectionReason, maxUploadBytes }: Props) {
  const t = useTranslations("review.decide");
  const step = { applicationId: application.id, expectedVersion: application.version };
  const docs = application.documents;
  const count = (status: string) => docs.filter((d) => d.status === status).length;
  const number = application.number ?? "";
  const ask = (key: "approveDocuments" | "requestChanges" | "receiveOriginals") => ({
    title: t(`confirm.${key}.title`, { number }),
    body: t(`confirm.${key}.body`, { number, rejected: count("REJECTED") }),
    confirmLabel: t(`confirm.${key}.yes`),
  });
  const originals = (
    <ActionButton
      action={receiveOriginalsAction.bind(null, step)}
      label={t("receiveOriginals")}
      hint={t("receiveOriginalsHint")}
      confirm={ask("receiveOriginals")}
    />
  );
  switch (application.status) {
    case "SUBMITTED":
      return (
        <div className="space-y-3">
          <p>{t("submitted")}</p>
          <ActionButton action={startReviewAction.bind(null, step)} label={t("startReview")} hint={t("startReviewHint")} />
        </div>
      );
    case "IN_REVIEW":
      return (
        <div className="space-y-4">
          <p>
            {t("progress", { approved: count("APPROVED"), rejected: count("REJECTED"), waiting: count("UPLOADED"), total: docs.length })}
          </p>
          <ActionButton
            action={approveDocumentsAction.bind(null, step)}
            label={t("approveDocuments")}
            hint={t("approveDocumentsHint")}
            confirm={ask("approveDocuments")}
          />
          <ActionButton
            action={requestChangesAction.bind(null, step)}
            label={t("requestChanges")}
            hint={t("requestChangesHint")}
            variant="secondary"
            confirm={ask("requestChanges")}
          />
        </div>
      );
    case "CHANGES_REQUESTED":
      return (
        <div className="space-y-3">
          <p>{t("changesRequested")}</p>
          <ChangesDeadlinePanel application={application} locale={locale} />
        </div>
      );
    case "LAPSED":
      return <ChangesDeadlinePanel application={application} locale={locale} />;
    case "DOCUMENTS_APPROVED":
      return (
        <div className="space-y-3">
          <p>{t("documentsApproved")}</p>
          {originals}
        </div>
      );
    case "APPOINTMENT_BOOKED":
      return (
        <div className="space-y-3">
          <p>
            {application.appointments[0]
              ? t("appointmentOn", { when: formatCentreDateTime(application.appointments[0].startsAt, locale) })
              : t("appointmentBooked")}
          </p>
          {originals}
        </div>
      );
    case "IN_PROCESSING":
      return <ProcessingPanel application={application} locale={locale} maxUploadBytes={maxUploadBytes} />;
    case "COMPLETED":
      return (
        <div className="space-y-2">
          <p>{t("completed", { when: formatCentreDateTime(application.statusChangedAt, locale) })}</p>
          {application.result ? (
            <a href={`/api/files/${encodeURIComponent(application.result.id)}`} className="font-semibold text-brand-700 underline">
              {t("resultFile", { name: application.result.originalName })}
            </a>
          ) : (
            <p className="text-sm text-slate-700">{t("noResultFile")}</p>
          )}
        </div>
      );
    case "REJECTED":
      return <p>{rejectionReason ? t("rejectedWithReason", { reason: rejectionReason }) : t("rejected")}</p>;
    default:
      return <p>{t("withdrawn")}</p>;
  }
}
