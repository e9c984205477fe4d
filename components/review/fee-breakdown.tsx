import { useTranslations } from "next-intl";
import { formatKzt, formatMrp } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { parseTariffSnapshot } from "@/lib/rules/snapshots";

/**
 * The fee frozen at submission: the service fee the centre invoices, and apart from it the state
 * duty the applicant pays to the state budget (MRP count beside its KZT value). Never summed: an
 * older snapshot's totalTiyn (fee + duty) is ignored (decision 007, 6.P1).
 */
export function FeeBreakdown({ snapshot, locale }: { snapshot: unknown; locale: Locale }) {
  const t = useTranslations("catalog");
  const tReview = useTranslations("review.facts");
  const tariff = parseTariffSnapshot(snapshot);
  if (!tariff) return <p className="text-slate-700">{tReview("noTariff")}</p>;
  const option = tariff.feeOption && t.has(`feeOptions.${tariff.feeOption}.label`) ? t(`feeOptions.${tariff.feeOption}.label`) : null;
  const band = tariff.validityBand && t.has(`validityBands.${tariff.validityBand}`) ? t(`validityBands.${tariff.validityBand}`) : null;
  const row = "flex justify-between gap-4 border-b border-slate-200 py-1";
  return (
    <div className="max-w-md space-y-1">
      {(option || band) && <p className="text-sm text-slate-700">{[option, band].filter(Boolean).join(" · ")}</p>}
      <dl>
        <div className={row}>
          <dt>
            {t("tariff.serviceFee")} · {t("tariff.payableToCentre")}
          </dt>
          <dd className="tabular-nums">{formatKzt(tariff.serviceFeeTiyn, locale)}</dd>
        </div>
        <div className={row}>
          <dt>
            {t("tariff.stateDuty")} · {t("tariff.payableToState")}
          </dt>
          <dd className="tabular-nums">
            {tariff.stateDuty
              ? t("tariff.stateDutyMrp", {
                  mrp: formatMrp(tariff.stateDuty.mrpTenths, locale),
                  amount: formatKzt(tariff.stateDuty.amountTiyn, locale),
                })
              : t("tariff.noStateDuty")}
          </dd>
        </div>
      </dl>
      {tariff.stateDuty && tariff.mrpYear && (
        <p className="text-sm text-slate-600">
          {tReview("mrpUsed", { year: tariff.mrpYear, value: formatKzt(tariff.stateDuty.mrpValueTiyn, locale) })}
        </p>
      )}
    </div>
  );
}
