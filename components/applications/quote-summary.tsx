"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatKzt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

export type QuoteLike = {
  serviceFeeTiyn: number;
  stateDuty: { mrpTenths: number; mrpValueTiyn: number; amountTiyn: number; mrpYear?: number } | null;
  totalTiyn: number;
};

/** Service fee + state duty (its MRP count beside the tenge, as the guide prints it) = total. */
export function QuoteSummary({ quote, caption }: { quote: QuoteLike; caption?: string }) {
  const t = useTranslations("catalog.tariff");
  const locale = useLocale() as Locale;
  const mrp = quote.stateDuty ? new Intl.NumberFormat(locale).format(quote.stateDuty.mrpTenths / 10) : null;
  return (
    <table className="w-full max-w-md bg-white text-sm">
      {caption && <caption className="mb-1 text-left font-semibold">{caption}</caption>}
      <tbody>
        <tr className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 text-left font-normal">{t("serviceFee")}</th>
          <td className="py-2 text-right tabular-nums" data-testid="quote-service-fee">{formatKzt(quote.serviceFeeTiyn, locale)}</td>
        </tr>
        <tr className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 text-left font-normal">{t("stateDuty")}</th>
          <td className="py-2 text-right tabular-nums" data-testid="quote-state-duty">
            {quote.stateDuty ? t("stateDutyMrp", { mrp: mrp!, amount: formatKzt(quote.stateDuty.amountTiyn, locale) }) : t("noStateDuty")}
          </td>
        </tr>
        <tr>
          <th scope="row" className="py-2 pr-4 text-left font-semibold">{t("total")}</th>
          <td className="py-2 text-right font-semibold tabular-nums" data-testid="quote-total">{formatKzt(quote.totalTiyn, locale)}</td>
        </tr>
      </tbody>
    </table>
  );
}
