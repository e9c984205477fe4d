import { useTranslations } from "next-intl";
import type { ReviewApplication } from "@/lib/review/data/review-application";
import { formatKzt } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";

type Props = { invoice: NonNullable<ReviewApplication["invoice"]>; locale: Locale };

/** The invoice issued when the documents were approved; payments are confirmed on /staff/payments. */
export function InvoiceSummary({ invoice, locale }: Props) {
  const t = useTranslations("review.invoice");
  const row = "flex justify-between gap-4 border-b border-slate-200 py-1";
  const paymentsHref = `/staff/payments?${new URLSearchParams({ status: invoice.status, q: invoice.number }).toString()}`;
  return (
    <div className="max-w-md space-y-2" data-testid="review-invoice">
      <h3 className="font-semibold">{t("title")}</h3>
      <dl>
        <div className={row}>
          <dt>{t("number")}</dt>
          <dd className="font-mono">{invoice.number}</dd>
        </div>
        <div className={row}>
          <dt>{t("status")}</dt>
          <dd className={invoice.status === "RECEIPT_UPLOADED" ? "font-semibold" : undefined}>{t(`statuses.${invoice.status}`)}</dd>
        </div>
        <div className={`${row} font-bold`}>
          <dt>{t("total")}</dt>
          <dd className="tabular-nums">{formatKzt(invoice.totalTiyn, locale)}</dd>
        </div>
      </dl>
      <Link href={paymentsHref} className="inline-block font-semibold text-brand-700 underline">
        {t("openPayments")}
      </Link>
    </div>
  );
}
