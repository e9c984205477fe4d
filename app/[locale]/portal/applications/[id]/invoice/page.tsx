import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/applications/print-button";
import { UploadSlot } from "@/components/applications/upload-slot";
import { requireArea } from "@/lib/auth/current-user";
import { getService, isServiceCode } from "@/lib/catalog";
import { isOwnApplication } from "@/lib/booking/data/appointments";
import { getApplicantInvoice } from "@/lib/payments/data/invoices";
import { formatCalendarDate, formatCentreDate, formatKzt, formatMrp } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { paymentProvider } from "@/lib/payments/provider";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { CENTRE_ADDRESS, centreAddress } from "@/lib/booking/centre";

type Props = PageProps<"/[locale]/portal/applications/[id]/invoice">;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "vault.invoice" });
  return { title: t("title", { number: "" }) };
}

/** The invoice in the applicant's language, printable (the print stylesheet hides the portal's chrome), and the receipt upload. */
export default async function InvoicePage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  if (!(await isOwnApplication(user, id))) notFound();
  const [t, tc, invoice] = await Promise.all([getTranslations("vault.invoice"), getTranslations("catalog"), getApplicantInvoice(user, id)]);
  const back = (
    <Link href={`/portal/applications/${id}`} className="no-print font-semibold text-brand-700 underline">
      {t("back")}
    </Link>
  );
  if (!invoice)
    return (
      <div className="space-y-4">
        {back}
        <p>{t("missing")}</p>
      </div>
    );
  const provider = paymentProvider(invoice.provider);
  const start = provider.start(invoice);
  const kzt = (tiyn: number) => formatKzt(tiyn, locale);
  const date = (instant: Date) => formatCentreDate(instant, locale);
  const service = isServiceCode(invoice.application.serviceCode)
    ? tc(getService(invoice.application.serviceCode).messages.title)
    : invoice.application.serviceCode;
  const cell = "border border-slate-400 px-3 py-2 text-left align-top";
  // Invoices issued before issue 15 and already paid included the state duty; they stay as they
  // were paid. Every other invoice is the service fee alone, the duty shown apart (6.P1).
  const dutyOnInvoice = invoice.stateDutyTiyn > 0 && invoice.totalTiyn > invoice.serviceFeeTiyn;
  const dutyApart = invoice.stateDutyTiyn > 0 && !dutyOnInvoice;
  const payeeAddress = (address: string) => (address === CENTRE_ADDRESS ? centreAddress(locale) : address);
  const statusText =
    invoice.status === "PAID"
      ? t("status.PAID", { date: date(invoice.paidAt ?? invoice.issuedAt) })
      : invoice.status === "PAYMENT_REJECTED"
        ? t("status.PAYMENT_REJECTED", { reason: invoice.rejectReason ?? "" })
        : t(`status.${invoice.status}`);
  return (
    <div className="space-y-8">
      {back}
      <article className="space-y-6 rounded border border-slate-300 bg-white p-6 print:border-0 print:p-0" aria-labelledby="invoice-title">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 id="invoice-title" className="text-3xl font-bold">
              {t("title", { number: invoice.number })}
            </h1>
            <p>{t("issuedOn", { date: date(invoice.issuedAt) })}</p>
            <p>{t("application", { number: invoice.application.number ?? "—" })}</p>
          </div>
          <p className="rounded border-2 border-slate-700 px-3 py-1 font-semibold" data-testid="invoice-status">
            {statusText}
          </p>
        </header>
        <div className="grid gap-6 sm:grid-cols-2">
          {start.kind === "BANK_TRANSFER" && (
            <section>
              <h2 className="text-lg font-semibold">{t("payee")}</h2>
              <dl className="text-sm">
                <div>
                  <dt className="inline font-medium">{start.payee.name}</dt>
                </div>
                <div>
                  <dt className="inline">{t("bin")}: </dt>
                  <dd className="inline">{start.payee.bin}</dd>
                </div>
                <div>
                  <dt className="inline">{t("iban")}: </dt>
                  <dd className="inline">{start.payee.iban}</dd>
                </div>
                <div>
                  <dt className="inline">{t("bank")}: </dt>
                  <dd className="inline">{start.payee.bank}</dd>
                </div>
                <div>
                  <dt className="inline">{t("bic")}: </dt>
                  <dd className="inline">{start.payee.bic}</dd>
                </div>
                <div>
                  <dt className="inline">{t("kbe")}: </dt>
                  <dd className="inline">{start.payee.kbe}</dd>
                </div>
                <div>
                  <dt className="inline">{t("address")}: </dt>
                  <dd className="inline">{payeeAddress(start.payee.address)}</dd>
                </div>
              </dl>
            </section>
          )}
          <section>
            <h2 className="text-lg font-semibold">{t("payer")}</h2>
            <p className="text-sm">
              {invoice.application.company.name}
              <br />
              {t("bin")}: {invoice.application.company.bin}
            </p>
          </section>
        </div>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th className={cell}>{t("item")}</th>
              <th className={`${cell} text-right`}>{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className={cell}>{t("serviceFee", { service })}</td>
              <td className={`${cell} text-right`}>{kzt(invoice.serviceFeeTiyn)}</td>
            </tr>
            {dutyOnInvoice && (
              <tr>
                <td className={cell}>
                  {t("stateDuty", {
                    mrp: formatMrp(invoice.stateDutyMrpTenths ?? 0, locale),
                    mrpValue: kzt(invoice.mrpValueTiyn ?? 0),
                    year: invoice.mrpYear ?? "",
                  })}
                </td>
                <td className={`${cell} text-right`}>{kzt(invoice.stateDutyTiyn)}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th className={cell}>{t("total")}</th>
              <td className={`${cell} text-right font-bold`} data-testid="invoice-total">
                {kzt(invoice.totalTiyn)}
              </td>
            </tr>
          </tfoot>
        </table>
        {dutyApart && (
          <section className="space-y-1 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-testid="invoice-state-duty-apart">
            <h2 className="font-semibold">{t("stateDutyApartTitle")}</h2>
            <p>
              {t("stateDutyApart", {
                mrp: formatMrp(invoice.stateDutyMrpTenths ?? 0, locale),
                amount: kzt(invoice.stateDutyTiyn),
                year: invoice.mrpYear ?? "",
              })}
            </p>
            <p>{tc("tariff.stateDutyHowToPay", { document: tc("documents.STATE_DUTY_PAYMENT_PROOF") })}</p>
          </section>
        )}
        {dutyOnInvoice && <p className="text-sm">{t("stateDutyLegacy")}</p>}
        <p className="text-sm">{t("filedOn", { date: formatCalendarDate(invoice.filedOn, locale) })}</p>
        {start.kind === "BANK_TRANSFER" && <p className="font-semibold">{t("purpose", { number: start.reference })}</p>}
        <div className="no-print">
          <PrintButton label={t("print")} />
        </div>
      </article>
      {provider.acceptsReceipts && (
        <section className="no-print space-y-3" aria-labelledby="receipts-title">
          <h2 id="receipts-title" className="text-2xl font-semibold">
            {t("receiptsTitle")}
          </h2>
          <p className="max-w-3xl text-slate-700">{t("receiptsLead")}</p>
          <UploadSlot
            applicationId={id}
            code="receipt"
            label={t("receiptsTitle")}
            uploadUrl={`/api/applications/${id}/receipts`}
            fileUrlBase="/api/receipts/"
            canDelete={false}
            files={invoice.receipts.map((r) => ({ id: r.id, originalName: r.originalName, sizeBytes: r.sizeBytes, mimeType: r.mimeType }))}
            canEdit={invoice.status !== "PAID"}
            maxBytes={maxUploadBytes()}
          />
        </section>
      )}
    </div>
  );
}
