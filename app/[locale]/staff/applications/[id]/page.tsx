import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listApplicationTimeline } from "@/lib/applications/data/audit-timeline";
import { getApplicationForReview, type ReviewDocument } from "@/lib/review/data/review-application";
import { listAssignableStaff } from "@/lib/review/data/review-assignment";
import { findNextInMyQueue } from "@/lib/review/data/review-next";
import { formatCentreDateTime } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { rejectReasonKey } from "@/lib/review/reject-reasons";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { AnswerFacts, CompanyFacts, PeopleFacts } from "@/components/review/application-facts";
import { AssignForm } from "@/components/review/assign-form";
import { DecisionPanel } from "@/components/review/decision-panel";
import { FeeBreakdown } from "@/components/review/fee-breakdown";
import { IdentityPanel, isIdentityDocument } from "@/components/review/identity-panel";
import { InvoiceSummary } from "@/components/review/invoice-summary";
import { NotesPanel } from "@/components/review/notes-panel";
import { PassportCheck } from "@/components/review/passport-check";
import { ApplicationStatusTag } from "@/components/review/status-tag";
import { Timeline } from "@/components/review/timeline";
import { ReviewSection } from "@/components/review/review-section";
import { ReviewWorkspace, type WorkspaceDocument } from "@/components/review/workspace/review-workspace";

type Props = PageProps<"/[locale]/staff/applications/[id]">;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "review.page" });
  return { title: t("title") };
}

/**
 * The review workspace (docs/decisions/016): documents and decisions, the selected file in a
 * viewer, the facts beside it, and the next application in the reviewer's queue.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const application = await getApplicationForReview(user, id);
  if (!application) notFound();
  const requestedDoc = (await searchParams).doc;
  const [t, tAll, tCatalog, timeline, colleagues, next] = await Promise.all([
    getTranslations("review.page"),
    getTranslations(),
    getTranslations("catalog"),
    listApplicationTimeline(user, application.id),
    listAssignableStaff(user),
    findNextInMyQueue(user, id),
  ]);
  const service = tCatalog.has(`services.${application.serviceCode}.title`)
    ? tCatalog(`services.${application.serviceCode}.title`)
    : application.serviceCode;
  const userNames = new Map([
    ...colleagues.map((c) => [c.id, c.name] as const),
    ...(application.assignee ? [[application.assignee.id, application.assignee.name] as const] : []),
  ]);
  const lastReject = timeline.findLast((e) => e.action === "REJECT");
  const rejectionReason = (lastReject?.details as { reason?: string } | null)?.reason ?? null;
  const canDecide = application.status === "SUBMITTED" || application.status === "IN_REVIEW";
  const uploaded = (file: ReviewDocument["files"][number]) =>
    tAll("review.document.uploadedAt", { when: formatCentreDateTime(file.createdAt, locale), name: file.uploadedBy.name });
  const documents: WorkspaceDocument[] = application.documents.map((d) => {
    const reasonKey = d.status === "REJECTED" ? rejectReasonKey(d.rejectReason) : null;
    return {
      id: d.id,
      code: d.code,
      name: tCatalog.has(`documents.${d.code}`) ? tCatalog(`documents.${d.code}`) : d.code,
      status: d.status,
      statusLabel: tAll(`review.documentStatus.${d.status}`),
      version: d.version,
      // The last decision is shown only while it stands: a replaced document awaits a new one.
      decidedText:
        d.reviewedAt && (d.status === "APPROVED" || d.status === "REJECTED")
          ? `${tAll("review.document.reviewedBy", { name: d.reviewedBy?.name ?? "—", when: formatCentreDateTime(d.reviewedAt, locale) })}${reasonKey ? ` · ${tAll(reasonKey)}` : ""}`
          : null,
      comment: d.status === "APPROVED" || d.status === "REJECTED" ? d.reviewerComment : null,
      rejectReason: d.rejectReason,
      files: d.files
        .filter((f) => !f.supersededAt)
        .map((f) => ({
          id: f.id,
          originalName: f.originalName,
          mimeType: f.mimeType,
          meta: uploaded(f),
          fromVault: Boolean(f.vaultVersionId),
        })),
      history: d.files
        .filter((f) => f.supersededAt)
        .map((f) => ({
          id: f.id,
          originalName: f.originalName,
          meta: `${uploaded(f)} · ${tAll("review.document.replacedAt", { when: formatCentreDateTime(f.supersededAt!, locale) })}`,
        })),
      isIdentity: isIdentityDocument(d.code),
    };
  });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/staff" className="font-semibold text-brand-700 underline">
          ← {t("backToQueue")}
        </Link>
        {next ? (
          <Link
            href={`/staff/applications/${next.id}`}
            className="rounded border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50"
            data-testid="next-in-queue"
          >
            {t("nextInQueue", { number: next.number ?? next.id })} →
          </Link>
        ) : (
          <p className="text-sm text-slate-700" data-testid="next-in-queue">
            {t("queueEmpty")}
          </p>
        )}
      </div>
      <header className="space-y-1">
        <p className="text-slate-700">
          {service} · {application.company.name}
        </p>
        <h1 className="text-3xl font-bold">{application.number ?? application.id}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <ApplicationStatusTag status={application.status} />
          {application.submittedAt && <span>{t("submittedAt", { when: formatCentreDateTime(application.submittedAt, locale) })}</span>}
          <span>{t("filedBy", { name: application.createdBy.name })}</span>
          <span>{application.assignee ? t("assignedTo", { name: application.assignee.name }) : t("unassigned")}</span>
        </div>
      </header>
      <ReviewWorkspace
        applicationId={application.id}
        documents={documents}
        initialCode={typeof requestedDoc === "string" ? requestedDoc : null}
        canDecide={canDecide}
        decisionPanel={
          <ReviewSection id="next-step" title={t("nextStep")}>
            <DecisionPanel application={application} locale={locale} rejectionReason={rejectionReason} maxUploadBytes={maxUploadBytes()} />
          </ReviewSection>
        }
        identityPanel={
          <IdentityPanel
            people={application.people}
            snapshot={application.peopleSnapshot}
            locale={locale}
            // Issue 18: the MRZ read from the passport scans, beside the register data above.
            scanReading={
              <section aria-labelledby="passport-check-title" id="passport-check" className="space-y-2 border-t border-slate-300 pt-3">
                <h3 id="passport-check-title" className="font-semibold">
                  {t("passportCheck")}
                </h3>
                <PassportCheck user={user} applicationId={application.id} locale={locale} />
              </section>
            }
          />
        }
        facts={
          <>
            <ReviewSection id="people" title={t("people")} boxed>
              <PeopleFacts snapshot={application.peopleSnapshot} locale={locale} narrow />
            </ReviewSection>
            <ReviewSection id="answers" title={t("answers")} boxed>
              <AnswerFacts answers={application.answers} locale={locale} />
            </ReviewSection>
            <ReviewSection id="company" title={t("company")} boxed>
              <CompanyFacts company={application.company} />
            </ReviewSection>
            <ReviewSection id="fees" title={t("fees")} boxed>
              <div className="space-y-4">
                <FeeBreakdown snapshot={application.tariffSnapshot} locale={locale} />
                {application.invoice && <InvoiceSummary invoice={application.invoice} locale={locale} />}
              </div>
            </ReviewSection>
            <ReviewSection id="assignment" title={t("assignment")} boxed>
              <AssignForm
                applicationId={application.id}
                version={application.version}
                assigneeId={application.assignee?.id ?? null}
                me={user.id}
                colleagues={colleagues}
              />
            </ReviewSection>
            <ReviewSection id="notes" title={t("notes")} boxed>
              <NotesPanel application={application} locale={locale} />
            </ReviewSection>
            <ReviewSection id="timeline" title={t("timeline")} boxed>
              <Timeline events={timeline} locale={locale} userNames={userNames} />
            </ReviewSection>
          </>
        }
      />
    </div>
  );
}
