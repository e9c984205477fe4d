import { getTranslations, setRequestLocale } from "next-intl/server";
import { isServiceCode, getService } from "@/lib/catalog";
import { ApplicationStatus } from "@/lib/db/generated/enums";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { buttonClass } from "@/components/ui/button-class";
import { requireArea } from "@/lib/auth/current-user";
import { applicantNextActions } from "@/lib/applications/next-actions";
import { listCompanyApplications } from "@/lib/applications/data/application-queries";
import { bookingRequiresPayment } from "@/lib/booking/data/booking-settings";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { formatCalendarDate, formatCentreDate } from "@/lib/kernel/format";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "portal" });
  return { title: t("title") };
}

const STATUSES = Object.values(ApplicationStatus);

export default async function PortalDashboard({ params, searchParams }: PageProps<"/[locale]/portal">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  // Pages may render in parallel with the layout, so each one checks access itself too.
  const user = await requireArea("portal");
  const requested = (await searchParams).status;
  const status = STATUSES.find((s) => s === requested);
  const [t, ta, tStatus, tc, applications] = await Promise.all([
    getTranslations("portal"),
    getTranslations("applications"),
    getTranslations("status"),
    getTranslations("catalog"),
    listCompanyApplications(user, { status }),
  ]);
  // Each row carries the company member who acted last (same statement as the list).
  const lastActors = new Map(applications.flatMap((a) => (a.lastActor ? [[a.id, a.lastActor] as const] : [])));
  // The same payment-aware next step as the application's own page (never "book" before paying).
  const payFirst = await bookingRequiresPayment(user);
  const nextStep = (a: (typeof applications)[number]) => {
    const { message } = applicantNextActions({
      status: a.status,
      invoiceStatus: a.invoice?.status ?? null,
      bookingRequiresPayment: payFirst,
      hasResult: false,
    });
    return message === "DEFAULT" ? ta(`statusPanel.next.${a.status}`, { count: a.documents.length }) : ta(`statusPanel.payment.${message}`);
  };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">
            {t("welcome", { name: user.name })} · {t("company", { company: user.companyName ?? "" })}
          </p>
        </div>
        <Link href="/portal/applications/new" className={buttonClass("primary")}>
          {t("startApplication")}
        </Link>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="block font-semibold">
            {ta("list.filterStatus")}
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className="rounded border-2 border-slate-500 bg-white px-3 py-2">
            <option value="">{ta("list.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {ta("list.apply")}
        </button>
      </form>
      {applications.length === 0 ? (
        <section className="rounded border border-dashed border-slate-400 bg-white p-8 text-center">
          <h2 className="text-xl font-semibold">{status ? ta("list.noneWithStatus") : t("emptyTitle")}</h2>
          {!status && <p className="mt-2 text-slate-700">{t("emptyBody")}</p>}
        </section>
      ) : (
        <>
          {/* Phones: one card per application, every column readable without scrolling sideways. */}
          <ul className="space-y-3 md:hidden" aria-label={t("title")} data-testid="application-cards">
            {applications.map((a) => (
              <li key={a.id} className="space-y-1 rounded border border-slate-300 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/portal/applications/${a.id}`} className="text-base font-semibold text-brand-700 underline">
                    {a.number ?? ta("list.draft")}
                  </Link>
                  <span className="font-semibold">{tStatus(a.status)}</span>
                </p>
                <p>
                  {isServiceCode(a.serviceCode) ? tc(getService(a.serviceCode).messages.title) : a.serviceCode} ·{" "}
                  {a.people[0]?.person.fullName ?? "—"}
                </p>
                <p>
                  <span className="font-semibold">{ta("list.nextAction")}:</span> {nextStep(a)}
                </p>
                {a.status === "CHANGES_REQUESTED" && a.changesDueOn && (
                  <p className="font-semibold">{ta("deadline.answerBy", { date: formatCalendarDate(a.changesDueOn, locale) })}</p>
                )}
                <p className="text-slate-700">
                  {ta("list.filedBy")}: {a.createdBy.name}
                  {lastActors.get(a.id) && lastActors.get(a.id)!.name !== a.createdBy.name && (
                    <> · {ta("list.lastActedBy", { name: lastActors.get(a.id)!.name })}</>
                  )}
                </p>
                <p className="text-slate-700">
                  {ta("list.submitted")}: {a.submittedAt ? formatCentreDate(a.submittedAt, locale) : "—"}
                  {a.dueDate && (
                    <>
                      {" "}
                      · {ta("list.due")}: {formatCalendarDate(a.dueDate, locale)}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <Table
            caption={t("title")}
            columns={(["number", "service", "person", "status", "nextAction", "filedBy", "submitted", "due"] as const).map((h) => ({
              label: ta(`list.${h}`),
            }))}
            className="w-full bg-white text-sm"
            scrollClassName="relative hidden overflow-x-auto md:block"
          >
            {applications.map((a) => (
              <tr key={a.id} data-testid="application-row">
                <RowHeader className="whitespace-nowrap">
                  <Link href={`/portal/applications/${a.id}`} className="font-semibold text-brand-700 underline">
                    {a.number ?? ta("list.draft")}
                  </Link>
                </RowHeader>
                <Cell>{isServiceCode(a.serviceCode) ? tc(getService(a.serviceCode).messages.title) : a.serviceCode}</Cell>
                <Cell>{a.people[0]?.person.fullName ?? "—"}</Cell>
                <Cell>{tStatus(a.status)}</Cell>
                <Cell>
                  {nextStep(a)}
                  {a.status === "CHANGES_REQUESTED" && a.changesDueOn && (
                    <strong className="block">{ta("deadline.answerBy", { date: formatCalendarDate(a.changesDueOn, locale) })}</strong>
                  )}
                </Cell>
                <Cell>
                  {a.createdBy.name}
                  {lastActors.get(a.id) && lastActors.get(a.id)!.name !== a.createdBy.name && (
                    <span className="block text-xs text-slate-600">{ta("list.lastActedBy", { name: lastActors.get(a.id)!.name })}</span>
                  )}
                </Cell>
                <Cell>{a.submittedAt ? formatCentreDate(a.submittedAt, locale) : "—"}</Cell>
                <Cell>{a.dueDate ? formatCalendarDate(a.dueDate, locale) : "—"}</Cell>
              </tr>
            ))}
          </Table>
        </>
      )}
    </div>
  );
}
