"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatKzt, formatMrp } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";

export type QuoteLike = {
  serviceFeeTiyn: number;
  stateDuty: { mrpTenths: number; mrpValueTiyn: number; amountTiyn: number; mrpYear?: number } | null;
};

type Props = {
  quote: QuoteLike;
  caption?: string;
  /** Where the state-duty receipt goes: uploaded in its document slot, and whether the original is handed in too. */
  receipt?: { handIn: boolean; href?: string };
};

/**
 * The price as two payments to two payees, never added up (decision 007, 6.P1): the Expat
 * Centre's service fee, which its invoice covers; and the state duty, which the applicant pays
 * to the state budget and proves with a receipt (guide L70, L129, L321, L367, L417, L451, L519).
 */
export function QuoteSummary({ quote, caption, receipt }: Props) {
  const t = useTranslations("catalog.tariff");
  const tc = useTranslations("catalog");
  const locale = useLocale() as Locale;
  const duty = quote.stateDuty;
  const mrp = duty ? formatMrp(duty.mrpTenths, locale) : null;
  const receiptName = tc("documents.STATE_DUTY_PAYMENT_PROOF");
  return (
    <div className="w-full max-w-md space-y-4 text-sm" data-testid="price-split">
      {caption && <p className="font-semibold">{caption}</p>}
      <section className="rounded border border-slate-300 bg-white p-3" data-testid="payable-to-centre">
        <h3 className="font-semibold">{t("payableToCentre")}</h3>
        <div className="flex justify-between gap-4 py-1">
          <span>{t("serviceFee")}</span>
          <span className="font-semibold tabular-nums" data-testid="quote-service-fee">
            {formatKzt(quote.serviceFeeTiyn, locale)}
          </span>
        </div>
        <p className="text-slate-600">{t("centreInvoiceNote")}</p>
      </section>
      <section className="rounded border border-slate-300 bg-white p-3" data-testid="payable-to-state">
        <h3 className="font-semibold">{t("payableToState")}</h3>
        {duty ? (
          <>
            <div className="flex justify-between gap-4 py-1">
              <span>{t("stateDuty")}</span>
              <span className="font-semibold tabular-nums" data-testid="quote-state-duty">
                {t("stateDutyMrp", { mrp: mrp!, amount: formatKzt(duty.amountTiyn, locale) })}
              </span>
            </div>
            <p className="text-slate-700">{t("stateDutyHowToPay", { document: receiptName })}</p>
            {receipt && (
              <p className="text-slate-700" data-testid="state-duty-receipt">
                {receipt.href ? (
                  <a href={receipt.href} className="font-semibold text-brand-700 underline">
                    {t("stateDutyReceiptUpload", { document: receiptName })}
                  </a>
                ) : (
                  t("stateDutyReceiptUpload", { document: receiptName })
                )}
                {receipt.handIn && <> {t("stateDutyReceiptHandIn")}</>}
              </p>
            )}
          </>
        ) : (
          <p data-testid="quote-state-duty">{t("nothingToState")}</p>
        )}
      </section>
    </div>
  );
}
