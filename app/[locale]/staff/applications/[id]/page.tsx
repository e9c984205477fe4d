import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listApplicationTimeline } from "@/lib/data/audit-timeline";
import { getApplicationForReview } from "@/lib/data/review-application";
import { listAssignableStaff } from "@/lib/data/review-assignment";
import { formatCentreDateTime } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { AnswerFacts, CompanyFacts, PeopleFacts } from "@/components/review/application-facts";
import { AssignForm } from "@/components/review/assign-form";
import { DecisionPanel } from "@/components/review/decision-panel";
import { DocumentCard } from "@/components/review/document-card";
import { FeeBreakdown } from "@/components/review/fee-breakdown";
import { InvoiceSummary } from "@/components/review/invoice-summary";
import { NotesPanel } from "@/components/review/notes-panel";
import { PassportCheck } from "@/components/review/passport-check";
import { ApplicationStatusTag } from "@/components/review/status-tag";
import { Timeline } from "@/components/review/timeline";
import { ReviewSection } from "@/components/review/review-section";

type Props = PageProps<"/[locale]/staff/applications/[id]">;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "review.page" });
  return { title: t("title") };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const application = await getApplicationForReview(user, id);
  if (!application) notFound();
  const [t, tCatalog, timeline, colleagues] = await Promise.all([
    getTranslations("review.page"),
    getTranslations("catalog"),
    listApplicationTimeline(user, application.id),
    listAssignableStaff(user),
  ]);
  const service = tCatalog.has(`services.${application.serviceCode}.title`) ? tCatalog(`services.${application.serviceCode}.title`) : application.serviceCode;
  const userNames = new Map([...colleagues.map((c) => [c.id, c.name] as const), ...(application.assignee ? [[application.assignee.id, application.assignee.name] as const] : [])]);
  const lastReject = timeline.findLast((e) => e.action === "REJECT");
  const rejectionReason = (lastReject?.details as { reason?: string } | null)?.reason ?? null;
  const canDecide = application.status === "SUBMITTED" || application.status === "IN_REVIEW";
  return (
    <div className="space-y-6">
      <Link href="/staff" className="font-semibold text-brand-700 underline">← {t("backToQueue")}</Link>
      <header className="space-y-2">
        <p className="text-slate-700">{service}</p>
        <h1 className="text-3xl font-bold">{application.number ?? application.id}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <ApplicationStatusTag status={application.status} />
          {application.submittedAt && <span>{t("submittedAt", { when: formatCentreDateTime(application.submittedAt, locale) })}</span>}
          <span>{t("filedBy", { name: application.createdBy.name })}</span>
          <span>{application.assignee ? t("assignedTo", { name: application.assignee.name }) : t("unassigned")}</span>
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <aside className="space-y-6 lg:order-2" aria-label={t("sidebar")}>
          <ReviewSection id="next-step" title={t("nextStep")} boxed>
            <DecisionPanel application={application} locale={locale} rejectionReason={rejectionReason} maxUploadBytes={maxUploadBytes()} />
          </ReviewSection>
          <ReviewSection id="assignment" title={t("assignment")} boxed>
            <AssignForm applicationId={application.id} version={application.version} assigneeId={application.assignee?.id ?? null} me={user.id} colleagues={colleagues} />
          </ReviewSection>
          <ReviewSection id="notes" title={t("notes")} boxed>
            <NotesPanel application={application} locale={locale} />
          </ReviewSection>
        </aside>
        <div className="space-y-8 lg:order-1">
          <ReviewSection id="documents" title={t("documents")}>
            {application.documents.length === 0 ? (
              <p className="text-slate-700">{t("noDocuments")}</p>
            ) : (
              <div className="space-y-6">
                {application.documents.map((document) => (
                  <DocumentCard key={document.id} applicationId={application.id} document={document} canDecide={canDecide} locale={locale} />
                ))}
              </div>
            )}
          </ReviewSection>
          <ReviewSection id="passport-check" title={t("passportCheck")}>
            <PassportCheck user={user} applicationId={application.id} locale={locale} />
          </ReviewSection>
          <ReviewSection id="company" title={t("company")}>
            <CompanyFacts company={application.company} />
          </ReviewSection>
          <ReviewSection id="people" title={t("people")}>
            <PeopleFacts snapshot={application.peopleSnapshot} locale={locale} />
          </ReviewSection>
          <ReviewSection id="answers" title={t("answers")}>
            <AnswerFacts answers={application.answers} />
          </ReviewSection>
          <ReviewSection id="fees" title={t("fees")}>
            <div className="space-y-6">
              <FeeBreakdown snapshot={application.tariffSnapshot} locale={locale} />
              {application.invoice && <InvoiceSummary invoice={application.invoice} locale={locale} />}
            </div>
          </ReviewSection>
          <ReviewSection id="timeline" title={t("timeline")}>
            <Timeline events={timeline} locale={locale} userNames={userNames} />
          </ReviewSection>
        </div>
      </div>
    </div>
  );
}
