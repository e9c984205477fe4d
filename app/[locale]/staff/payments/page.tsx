import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { getService, isServiceCode } from "@/lib/catalog";
import { confirmedPaymentsReport, listInvoicesForStaff } from "@/lib/payments/data/payments-staff";
import { InvoiceStatus } from "@/lib/db/generated/enums";
import { formatCentreDate, formatCentreDateTime, formatKzt } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { addCalendarDays, isIsoDate, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { notFound } from "next/navigation";
import { centreInstant } from "@/lib/booking/centre-time";
import { buttonClass } from "@/components/ui/button-class";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { PAYMENT_ERROR_MESSAGES, type PaymentErrorCode } from "@/lib/payments/errors";
import { decidePaymentAction } from "../../../../lib/payments/actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/payments">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "vault.payments" });
  return { title: t("title") };
}

const STATUSES = ["RECEIPT_UPLOADED", "AWAITING_PAYMENT", "PAYMENT_REJECTED", "PAID"] as const;
// The codes a refused decision comes back with (?error=<CODE>): the payments slice's own list.
const ERRORS = Object.keys(PAYMENT_ERROR_MESSAGES) as PaymentErrorCode[];
/** A real calendar date from the query, null when absent; a malformed one (2026-13-45) is a 404, never a 500. */
function isoDate(value: unknown): string | null {
  if (value === undefined || value === "") return null;
  if (!isIsoDate(value) || value < "2000-01-01" || value > "2100-12-31") notFound();
  return value;
}

export default async function StaffPaymentsPage({ params, searchParams }: PageProps<"/[locale]/staff/payments">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const query = await searchParams;
  const t = await getTranslations("vault.payments");
  const tc = await getTranslations("catalog");
  const kzt = (tiyn: number) => formatKzt(tiyn, locale);

  if (query.report !== undefined) {
    const today = isoDateInTimeZone(new Date());
    const from = isoDate(query.from) ?? `${today.slice(0, 7)}-01`;
    const to = isoDate(query.to) ?? today;
    const period = query.period === "day" ? "day" : "month";
    const rows = await confirmedPaymentsReport(user, {
      from: centreInstant(from, 0),
      to: centreInstant(addCalendarDays(to, 1), 0),
      period,
    });
    const sum = rows.reduce((acc, r) => ({ count: acc.count + r.count, totalTiyn: acc.totalTiyn + r.totalTiyn }), {
      count: 0,
      totalTiyn: 0,
    });
    return (
      <div className="space-y-6">
        <Link href="/staff/payments" className="font-semibold text-brand-700 underline">
          {t("report.back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("report.title")}</h1>
        <form className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="report" value="1" />
          <label className="text-sm">
            <span className="block font-medium">{t("report.from")}</span>
            <input type="date" name="from" defaultValue={from} className="rounded border border-slate-500 px-2 py-1" />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("report.to")}</span>
            <input type="date" name="to" defaultValue={to} className="rounded border border-slate-500 px-2 py-1" />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("report.period")}</span>
            <select name="period" defaultValue={period} className="rounded border border-slate-500 px-2 py-1">
              <option value="day">{t("report.day")}</option>
              <option value="month">{t("report.month")}</option>
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("report.show")}
          </button>
        </form>
        {rows.length === 0 ? (
          <EmptyState>{t("report.empty")}</EmptyState>
        ) : (
          <Table
            caption={t("report.title")}
            columns={[
              { label: t("report.periodColumn") },
              { label: t("report.count"), align: "end" },
              { label: t("report.serviceFee"), align: "end" },
              { label: t("report.stateDuty"), align: "end" },
              { label: t("report.total"), align: "end" },
            ]}
            className="w-full border-collapse bg-white text-sm"
            footer={
              <tr>
                <RowHeader>{t("report.sum")}</RowHeader>
                <Cell align="end">{sum.count}</Cell>
                <Cell />
                <Cell />
                <Cell align="end" className="font-bold">
                  {kzt(sum.totalTiyn)}
                </Cell>
              </tr>
            }
          >
            {rows.map((r) => (
              <tr key={r.period}>
                <RowHeader className="font-normal">{r.period}</RowHeader>
                <Cell align="end">{r.count}</Cell>
                <Cell align="end">{kzt(r.serviceFeeTiyn)}</Cell>
                <Cell align="end">{kzt(r.stateDutyTiyn)}</Cell>
                <Cell align="end">{kzt(r.totalTiyn)}</Cell>
              </tr>
            ))}
          </Table>
        )}
        {/* 6.P1: the centre receives the service fee; the duty column is what applicants paid to the state. */}
        {rows.some((r) => r.totalTiyn > r.serviceFeeTiyn) && <p className="text-sm text-slate-700">{t("report.legacyNote")}</p>}
      </div>
    );
  }

  const status = STATUSES.find((s) => s === query.status) ?? InvoiceStatus.RECEIPT_UPLOADED;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const invoices = await listInvoicesForStaff(user, { status, q });
  const error = ERRORS.find((e) => e === query.error);
  const done = query.done === "confirmed" || query.done === "rejected" ? query.done : null;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      {done && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
          {t(done)}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold">
          {t(`errors.${error}`)}
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <form className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="block font-medium">{t("filter")}</span>
            <select name="status" defaultValue={status} className="rounded border border-slate-500 px-2 py-1">
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("search")}</span>
            <input name="q" defaultValue={q} className="rounded border border-slate-500 px-2 py-1" />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("apply")}
          </button>
        </form>
        <Link href="/staff/payments?report=1" className="font-semibold text-brand-700 underline">
          {t("reportLink")}
        </Link>
      </div>
      {invoices.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table
          caption={t("caption")}
          columns={[
            { label: t("invoice") },
            { label: t("application") },
            { label: t("company") },
            { label: t("total"), align: "end" },
            { label: t("receipts") },
            { label: t("decision") },
          ]}
          className="w-full border-collapse bg-white text-sm"
        >
          {invoices.map((inv) => (
            <tr key={inv.id} data-testid={`invoice-${inv.number}`}>
              <RowHeader className="font-normal">
                {inv.number}
                <br />
                <span className="text-slate-600">{formatCentreDate(inv.issuedAt, locale)}</span>
              </RowHeader>
              <Cell>
                <Link href={`/staff/applications/${inv.application.id}`} className="underline">
                  {inv.application.number}
                </Link>
                <br />
                <span className="text-slate-600">
                  {isServiceCode(inv.application.serviceCode)
                    ? tc(getService(inv.application.serviceCode).messages.title)
                    : inv.application.serviceCode}
                </span>
              </Cell>
              <Cell>{inv.application.company.name}</Cell>
              <Cell align="end">{kzt(inv.totalTiyn)}</Cell>
              <Cell>
                <ul>
                  {inv.receipts.map((r) => (
                    <li key={r.id}>
                      <a href={`/api/receipts/${r.id}?inline=1`} target="_blank" rel="noopener" className="underline">
                        {r.originalName}
                      </a>
                    </li>
                  ))}
                </ul>
                {inv.receiptUploadedAt && (
                  <span className="text-slate-600">
                    {t("since")}: {formatCentreDateTime(inv.receiptUploadedAt, locale)}
                  </span>
                )}
              </Cell>
              <Cell>
                {inv.status === "RECEIPT_UPLOADED" ? (
                  <div className="space-y-2">
                    {/* Confirming is irreversible: a first link asks, without JavaScript (GOV.UK's confirmation step). */}
                    {query.confirm === inv.id ? (
                      <form
                        action={decidePaymentAction}
                        className="space-y-2 rounded border-l-8 border-amber-500 bg-amber-50 p-3"
                        data-testid="confirm-step"
                      >
                        <p className="font-bold">{t("confirmStep.title", { number: inv.number, amount: kzt(inv.totalTiyn) })}</p>
                        <p>{t("confirmStep.body")}</p>
                        <input type="hidden" name="invoiceId" value={inv.id} />
                        <input type="hidden" name="expectedVersion" value={inv.version} />
                        <div className="flex flex-wrap gap-3">
                          <button type="submit" name="decision" value="CONFIRM" className={buttonClass("primary")}>
                            {t("confirmStep.yes")}
                          </button>
                          <Link href={{ pathname: "/staff/payments", query: { status, q } }} className={buttonClass("secondary")}>
                            {t("confirmStep.cancel")}
                          </Link>
                        </div>
                      </form>
                    ) : (
                      <Link
                        href={{ pathname: "/staff/payments", query: { status, q, confirm: inv.id } }}
                        className={buttonClass("primary")}
                      >
                        {t("confirm")}
                        <span className="sr-only"> {inv.number}</span>
                      </Link>
                    )}
                    <form action={decidePaymentAction} className="space-y-1">
                      <input type="hidden" name="invoiceId" value={inv.id} />
                      <input type="hidden" name="expectedVersion" value={inv.version} />
                      <label className="block text-sm">
                        <span className="block font-medium">{t("reason")}</span>
                        <span className="block text-slate-600">{t("reasonHint")}</span>
                        <input name="reason" required maxLength={500} className="w-full rounded border border-slate-500 px-2 py-1" />
                      </label>
                      <button type="submit" name="decision" value="REJECT" className={buttonClass("secondary")}>
                        {t("reject")}
                        <span className="sr-only"> {inv.number}</span>
                      </button>
                    </form>
                  </div>
                ) : inv.status === "PAYMENT_REJECTED" ? (
                  inv.rejectReason
                ) : (
                  t(`statuses.${inv.status}`)
                )}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
