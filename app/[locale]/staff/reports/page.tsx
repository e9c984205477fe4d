import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { formatCalendarDate, formatKzt, formatNumber } from "@/lib/kernel/format";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { REPORT_SERVICE_CODES } from "@/lib/reports/service-options";
import { buttonClass } from "@/components/ui/button-class";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { PrintButton } from "@/components/applications/print-button";
import { ReportTableView } from "@/components/reports/report-table";
import { StageChart } from "@/components/reports/stage-chart";
import { WeeklyTrendChart } from "@/components/reports/weekly-trend-chart";
import { loadReport } from "./load-report";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/reports">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "reports" });
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ReportsPage({ params, searchParams }: PageProps<"/[locale]/staff/reports">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const query = await searchParams;
  const loaded = await loadReport(user, query, locale, "page");
  const { t, serviceName } = loaded;
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale);
  const from = loaded.ok ? loaded.report.from : first(query.from);
  const to = loaded.ok ? loaded.report.to : first(query.to);
  const service = loaded.ok ? (loaded.report.service ?? "") : first(query.service);
  const exportPath = getPathname({ href: "/staff/reports/export", locale });
  const exportQuery = (format: string) =>
    `${exportPath}?${new URLSearchParams({ format, from, to, ...(service ? { service } : {}) }).toString()}`;
  const input = "block rounded border-2 border-slate-500 px-3 py-2";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      </header>
      <form method="get" className="no-print flex flex-wrap items-end gap-4" aria-label={t("filters.legend")}>
        <label className="space-y-1">
          <span className="block font-semibold">{t("filters.from")}</span>
          <input type="date" name="from" defaultValue={from} className={input} />
        </label>
        <label className="space-y-1">
          <span className="block font-semibold">{t("filters.to")}</span>
          <input type="date" name="to" defaultValue={to} className={input} />
        </label>
        {/* A service's name is long: on a phone the list takes the row's width and cuts the name, not the page. */}
        <label className="min-w-0 max-w-full space-y-1">
          <span className="block font-semibold">{t("filters.service")}</span>
          <select name="service" defaultValue={service} className={`${input} max-w-full bg-white`}>
            <option value="">{t("allServices")}</option>
            {REPORT_SERVICE_CODES.map((code) => (
              <option key={code} value={code}>
                {serviceName(code)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.show")}
        </button>
      </form>
      {!loaded.ok ? (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          {t(`errors.${loaded.error}`)}
        </p>
      ) : (
        <ReportBody loaded={loaded} locale={locale} date={date} exportQuery={exportQuery} />
      )}
    </div>
  );
}

type Loaded = Extract<Awaited<ReturnType<typeof loadReport>>, { ok: true }>;

function ReportBody({
  loaded,
  locale,
  date,
  exportQuery,
}: {
  loaded: Loaded;
  locale: Locale;
  date: (iso: string) => string;
  exportQuery: (format: string) => string;
}) {
  const { report, tables, t, serviceName } = loaded;
  const table = (id: string) => tables.find((x) => x.id === id)!;
  const share = report.timeliness.share === null ? null : Math.round(report.timeliness.share * 1000) / 10;
  const kzt = (tiyn: number) => formatKzt(tiyn, locale);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-semibold" data-testid="report-period">
          {t("periodLine", {
            from: date(report.from),
            to: date(report.to),
            service: report.service ? serviceName(report.service) : t("allServices"),
          })}
        </p>
        <span className="no-print flex flex-wrap gap-3">
          <a href={exportQuery("csv")} className={buttonClass("secondary")} download>
            {t("filters.exportCsv")}
          </a>
          <a href={exportQuery("xlsx")} className={buttonClass("secondary")} download>
            {t("filters.exportXlsx")}
          </a>
          <PrintButton label={t("filters.print")} />
        </span>
      </div>

      <section aria-labelledby="timeliness" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="timeliness" className="text-xl font-bold">
          {t("timeliness.title")}
        </h2>
        {share === null ? (
          <p>{t("timeliness.noData")}</p>
        ) : (
          <>
            <p className="text-3xl font-bold" data-testid="on-time-share">
              {t("timeliness.share", { share: formatNumber(share, locale, { max: 1 }) })}
            </p>
            <p>
              {t("timeliness.detail", {
                onTime: report.timeliness.onTime,
                withDeadline: report.timeliness.withDeadline,
                late: report.timeliness.late,
              })}
            </p>
          </>
        )}
        <p className="text-sm text-slate-700">{t("timeliness.deadlineNote")}</p>
      </section>

      <section aria-labelledby="volumes" className="space-y-2">
        <h2 id="volumes" className="text-xl font-bold">
          {t("sections.volumes")}
        </h2>
        <ReportTableView table={table("volumes")} locale={locale} totalRow />
        {!report.lapsedSupported && <p className="text-sm text-slate-700">{t("lapsedNote")}</p>}
      </section>

      <section aria-labelledby="trend" className="space-y-2 break-inside-avoid">
        <h2 id="trend" className="text-xl font-bold">
          {t("sections.trend")}
        </h2>
        <WeeklyTrendChart
          id="trend-chart"
          weeks={report.weeks}
          labels={{
            title: t("chart.trendTitle"),
            desc: t("chart.trendDesc"),
            received: t("chart.received"),
            completed: t("chart.completed"),
          }}
        />
        <details className="print:open">
          <summary className="no-print cursor-pointer font-semibold text-brand-700 underline">{t("chart.showTable")}</summary>
          <ReportTableView table={table("weeks")} locale={locale} />
        </details>
      </section>

      <section aria-labelledby="stages" className="space-y-2 break-inside-avoid">
        <h2 id="stages" className="text-xl font-bold">
          {t("sections.stages")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <StageChart
            id="stage-chart"
            stages={report.stages}
            labels={{
              title: t("chart.stagesTitle"),
              desc: t("chart.stagesDesc"),
              median: t("chart.median"),
              p90: t("chart.p90"),
              stage: (s) => t(`stages.${s}`),
              days: (v) => t("duration", { days: v }),
            }}
          />
          <ReportTableView table={table("stages")} locale={locale} />
        </div>
        <p className="text-sm text-slate-700">{t("stagesNote")}</p>
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="appointments" className="min-w-0 space-y-2">
          <h2 id="appointments" className="text-xl font-bold">
            {t("sections.appointments")}
          </h2>
          <ReportTableView table={table("appointments")} locale={locale} />
          {report.service && <p className="text-sm text-slate-700">{t("appointments.serviceNote")}</p>}
        </section>
        <section aria-labelledby="fees" className="min-w-0 space-y-2">
          <h2 id="fees" className="text-xl font-bold">
            {t("sections.fees")}
          </h2>
          <ScrollRegion labelledBy="fees">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-slate-400 text-left">
                  <th scope="col" className="py-1 pr-3">
                    {t("columns.item")}
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    {t("columns.count")}
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    {t("columns.serviceFeeKzt")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("columns.totalKzt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {t("fees.invoiced")}
                  </th>
                  <td className="py-1 pr-3 text-right">{report.fees.invoicedCount}</td>
                  <td className="py-1 pr-3 text-right" data-testid="fees-invoiced">
                    {kzt(report.fees.invoicedServiceFeeTiyn)}
                  </td>
                  <td className="py-1 text-right">{kzt(report.fees.invoicedTotalTiyn)}</td>
                </tr>
                <tr className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {t("fees.confirmed")}
                  </th>
                  <td className="py-1 pr-3 text-right">{report.fees.confirmedCount}</td>
                  <td className="py-1 pr-3 text-right">{kzt(report.fees.confirmedServiceFeeTiyn)}</td>
                  <td className="py-1 text-right">{kzt(report.fees.confirmedTotalTiyn)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      </div>

      <section aria-labelledby="late" className="space-y-2">
        <h2 id="late" className="text-xl font-bold">
          {t("sections.late")}
        </h2>
        {report.lateApplications.length === 0 ? (
          <p>{t("late.none")}</p>
        ) : (
          <>
            <ScrollRegion labelledBy="late">
              <table className="w-full border-collapse text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-400 text-left">
                    {table("late").columns.map((c) => (
                      <th key={c} scope="col" className="py-1 pr-3">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.lateApplications.map((row) => (
                    <tr key={row.id} className="border-b border-slate-200">
                      <th scope="row" className="py-1 pr-3 text-left">
                        <Link href={`/staff/applications/${row.id}`} className="text-brand-700 underline">
                          {row.number}
                        </Link>
                      </th>
                      <td className="py-1 pr-3">{serviceName(row.serviceCode)}</td>
                      <td className="py-1 pr-3">{row.companyName}</td>
                      <td className="py-1 pr-3">{date(row.dueDate)}</td>
                      <td className="py-1 pr-3">{date(row.completedOn)}</td>
                      <td className="py-1 pr-3">{row.workingDaysLate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {report.timeliness.late > report.lateApplications.length && (
              <p className="text-sm text-slate-700">
                {t("late.shown", { shown: report.lateApplications.length, total: report.timeliness.late })}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
