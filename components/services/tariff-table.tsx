import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition, IsoDate } from "@/lib/catalog";
import { formatKzt, formatMrp } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { MrpRate } from "@/lib/rules/quote";
import { tariffChoices } from "@/lib/rules/quote";
import { rowStateDuty } from "@/lib/services/row-duty";
import { processingTimeMessage, tariffTableRows, variantLabelKey } from "@/lib/services/tariff-rows";

type Props = { service: AnyServiceDefinition; locale: Locale; today: IsoDate; mrpRates: readonly MrpRate[] };

/**
 * The guide's tariff table: one row per validity band or TRP role, one column per fee option,
 * the state duty as its MRP count with the tenge at this year's MRP, and the processing time.
 */
export async function TariffTable({ service, locale, today, mrpRates }: Props) {
  const [t, tc] = await Promise.all([getTranslations("services.page.tariff"), getTranslations("catalog")]);
  const options = tariffChoices(service).feeOptions;
  const rows = tariffTableRows(service);
  const mrp = mrpRates.find((rate) => rate.year === Number(today.slice(0, 4))) ?? null;
  return (
    <div
      role="region"
      aria-labelledby="tariff-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded border border-slate-300 bg-white focus-visible:outline-3"
    >
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption id="tariff-caption" className="p-3 text-left font-semibold">
          {mrp ? t("caption", { year: String(mrp.year), mrp: formatKzt(mrp.valueTiyn, locale) }) : t("captionNoMrp")}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              {service.tariff.by ? t(`variantHeading.${service.tariff.by}`) : t("variantHeading.none")}
            </th>
            {options.map((option) => (
              <th key={option} scope="col" className="p-3">
                {tc(`feeOptions.${option}.label`)}
              </th>
            ))}
            <th scope="col" className="p-3">
              {tc("tariff.stateDuty")}
            </th>
            <th scope="col" className="p-3">
              {tc("tariff.processingTime")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((tableRow) => {
            const { variant, row } = tableRow;
            const time = processingTimeMessage(row.processingTime);
            const duty = rowStateDuty(service, tableRow, today, mrpRates);
            const mrpCount = row.stateDuty ? formatMrp(row.stateDuty.mrpTenths, locale) : "";
            return (
              <tr key={variant ?? "single"} className="border-t border-slate-200">
                <th scope="row" className="p-3 font-semibold">
                  {variant ? tc(variantLabelKey(service, variant)) : tc(service.messages.title)}
                  {row.assumption && (
                    <a href={`#note-${row.assumption}`} className="block text-xs font-normal text-brand-700 underline">
                      {t("seeNote")}
                    </a>
                  )}
                </th>
                {options.map((option) => {
                  const fee = row.fees[option];
                  return (
                    <td key={option} className="p-3 tabular-nums">
                      {fee === undefined ? t("notOffered") : formatKzt(fee, locale)}
                    </td>
                  );
                })}
                <td className="p-3 tabular-nums">
                  {duty === null
                    ? tc("tariff.noStateDuty")
                    : duty === "NO_MRP"
                      ? t("mrpOnly", { mrp: mrpCount })
                      : tc("tariff.stateDutyMrp", { mrp: mrpCount, amount: formatKzt(duty.amountTiyn, locale) })}
                </td>
                <td className="p-3">{tc(time.key, time.values)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
