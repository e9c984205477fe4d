import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getService, isServiceCode } from "@/lib/catalog";
import { requireArea } from "@/lib/auth/current-user";
import { getCompanyApplication, listApplicationTimeline, listLastCompanyActors } from "@/lib/applications/data/application-queries";
import { daysUntil } from "@/lib/rules/changes-deadline";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { bringEntries } from "@/lib/applications/document-slots";
import { availableActions } from "@/lib/workflow/transitions";
import { applicantNextActions } from "@/lib/applications/next-actions";
import { bookingRequiresPayment } from "@/lib/booking/data/booking-settings";
import { formatCalendarDate, formatCentreDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { StatusPanel } from "@/components/applications/status-panel";
import { Timeline } from "@/components/applications/timeline";
import { QuoteSummary } from "@/components/applications/quote-summary";
import { parseTariffSnapshot } from "@/lib/rules/snapshots";
import { DocumentReviewList } from "@/components/applications/document-review-list";
import { SubmitButton } from "@/components/applications/submit-button";
import { WithdrawButton } from "@/components/applications/withdraw-button";
import { PrintButton } from "@/components/applications/print-button";
import { BringList } from "@/components/applications/document-checklist";
import { ExtensionWindowNotice } from "@/components/applications/extension-window-notice";
import { checklist } from "@/lib/rules/checklist";
import { loadApplicantReferenceData } from "@/lib/admin/data/applicant-reference-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: "applications" }), requireArea("portal")]);
  const application = await getCompanyApplication(user, id);
  return { title: t("detail.title", { number: application?.number ?? "" }) };
}

export default async function ApplicationPage({ params, searchParams }: PageProps<"/[locale]/portal/applications/[id]">) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const application = await getCompanyApplication(user, id);
  if (!application || !isServiceCode(application.serviceCode)) notFound();
  if (application.status === "DRAFT") redirect({ href: `/portal/applications/${id}/${application.wizardStep ?? "people"}`, locale });
  const [t, tc, tv, timeline, lastActors] = await Promise.all([
    getTranslations("applications"),
    getTranslations("catalog"),
    getTranslations("vault.invoice"),
    listApplicationTimeline(user, id),
    listLastCompanyActors(user, [id]),
  ]);
  const lastActor = lastActors.get(id);
  const service = getService(application.serviceCode);
  const justSubmitted = (await searchParams).submitted === "1";
  const rejected = application.documents.filter((d) => d.status === "REJECTED").length;
  const people = application.peopleSnapshot;
  const tariff = parseTariffSnapshot(application.tariffSnapshot);
  const actions = availableActions(application.status, "APPLICANT");
  const next = applicantNextActions({
    status: application.status,
    invoiceStatus: application.invoice?.status ?? null,
    bookingRequiresPayment: await bookingRequiresPayment(user),
    hasResult: Boolean(application.resultFileId),
  });
  const section = "space-y-3 rounded border border-slate-300 bg-white p-4";
  const answers = application.answers as Record<string, unknown>;
  // The state-duty receipt's slot, for the price panel's "paid to the state" part (6.P1).
  const dutyReceipt = checklist(service, answers).upload.find((e) => e.code === "STATE_DUTY_PAYMENT_PROOF");
  // Until the documents are handed in (IN_PROCESSING on), the extension's L495 deadline matters.
  const extensionOpen =
    service.code.startsWith("VISA_EXTENSION") &&
    ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED"].includes(application.status);
  const calendar = extensionOpen ? (await loadApplicantReferenceData()).calendar : [];
  return (
    <div className="space-y-6">
      {justSubmitted && (
        <div role="status" className="rounded bg-green-800 p-6 text-center text-white">
          <h2 className="text-2xl font-bold">{t("detail.submittedTitle")}</h2>
          <p className="mt-2">{t("detail.yourNumber")}</p>
          <p className="text-3xl font-bold" data-testid="confirmation-number">
            {application.number}
          </p>
        </div>
      )}
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-slate-600">{tc(service.messages.title)}</p>
          <h1 className="text-3xl font-bold">{t("detail.title", { number: application.number ?? "" })}</h1>
          {application.submittedAt && (
            <p className="text-slate-700">{t("detail.submittedOn", { date: formatCentreDate(application.submittedAt, locale) })}</p>
          )}
          <p className="text-slate-700" data-testid="filed-by">
            {t("detail.filedBy", { name: application.createdBy.name })}
            {lastActor && lastActor.name !== application.createdBy.name && <> · {t("list.lastActedBy", { name: lastActor.name })}</>}
          </p>
          {application.dueDate && (
            <p className="font-semibold">{t("detail.dueOn", { date: formatCalendarDate(application.dueDate, locale) })}</p>
          )}
        </div>
        <PrintButton label={t("detail.print")} />
      </header>
      <StatusPanel
        status={application.status}
        rejectedCount={rejected}
        message={next.message}
        deadline={
          application.status === "CHANGES_REQUESTED" && application.changesDueOn
            ? t("deadline.answerByLong", {
                date: formatCalendarDate(application.changesDueOn, locale),
                days: daysUntil(isoDateInTimeZone(new Date()), application.changesDueOn.toISOString().slice(0, 10)),
              })
            : null
        }
      />
      {extensionOpen && <ExtensionWindowNotice serviceCode={service.code} answers={answers} calendar={calendar} locale={locale} />}
      {next.actions.length > 0 && (
        <div className="no-print flex flex-wrap gap-3">
          {next.actions.map(({ kind, primary }) => {
            const look = buttonClass(primary ? "primary" : "secondary");
            if (kind === "DOWNLOAD_RESULT")
              return (
                <a key={kind} href={`/api/files/${application.resultFileId}`} className={look}>
                  {t("detail.downloadResult")}
                </a>
              );
            if (kind === "BOOK" || kind === "MANAGE_APPOINTMENT") {
              return (
                <Link key={kind} href={`/portal/applications/${id}/appointment`} className={look}>
                  {kind === "BOOK" ? t("detail.bookAppointment") : t("detail.manageAppointment")}
                </Link>
              );
            }
            return (
              <Link key={kind} href={`/portal/applications/${id}/invoice`} className={look}>
                {kind === "PAY" ? tv("view") : tv("viewOnly")} · {application.invoice?.number}
              </Link>
            );
          })}
        </div>
      )}
      <section aria-labelledby="documents-title" id="documents" className={section}>
        <h2 id="documents-title" className="text-xl font-semibold">
          {t("detail.documents")}
        </h2>
        <DocumentReviewList applicationId={id} documents={application.documents} canReplace={application.status === "CHANGES_REQUESTED"} />
        {application.status === "CHANGES_REQUESTED" && <SubmitButton applicationId={id} label={t("detail.resubmit")} />}
      </section>
      <BringList entries={bringEntries(service, answers)} />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="fee" className={section}>
          <h2 id="fee" className="text-xl font-semibold">
            {t("detail.fee")}
          </h2>
          {tariff ? (
            <QuoteSummary
              quote={{ ...tariff, stateDuty: tariff.stateDuty ?? null }}
              receipt={dutyReceipt ? { handIn: dutyReceipt.handInOriginal, href: "#document-STATE_DUTY_PAYMENT_PROOF" } : undefined}
            />
          ) : null}
        </section>
        <section aria-labelledby="people" className={section}>
          <h2 id="people" className="text-xl font-semibold">
            {t("detail.people")}
          </h2>
          <ul>
            {people.map((p) => (
              <li key={p.personId ?? p.fullName}>
                {p.fullName} · {p.passportNumber}{" "}
                {p.isPrincipal ? `(${t("check.principal")})` : p.relationship ? `(${t(`people.relationships.${p.relationship}`)})` : ""}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="timeline" className={section}>
        <h2 id="timeline" className="text-xl font-semibold">
          {t("detail.timeline")}
        </h2>
        <Timeline events={timeline} />
      </section>
      {actions.includes("WITHDRAW") && <WithdrawButton applicationId={id} />}
    </div>
  );
}
