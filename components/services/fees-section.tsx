import { getTranslations } from "next-intl/server";
import type { AnyServiceDefinition, IsoDate } from "@/lib/catalog";
import type { Locale } from "@/lib/kernel/locales";
import type { MrpRate } from "@/lib/rules/quote";
import { processingTimeMessage, serviceProcessingTime } from "@/lib/services/tariff-rows";
import { TariffTable } from "./tariff-table";

type Props = { service: AnyServiceDefinition; locale: Locale; today: IsoDate; mrpRates: readonly MrpRate[] };

/** Fees (the tariff table) and processing time, with the guide's caveats about time. */
export async function FeesSection({ service, locale, today, mrpRates }: Props) {
  const [t, tc] = await Promise.all([getTranslations("services.page"), getTranslations("catalog")]);
  const time = processingTimeMessage(serviceProcessingTime(service));
  return (
    <>
      <section id="fees" aria-labelledby="fees-title" className="space-y-3">
        <h2 id="fees-title" className="text-2xl font-semibold">
          {t("tariff.title")}
        </h2>
        <p className="max-w-3xl text-slate-700">{t("tariff.lead")}</p>
        <TariffTable service={service} locale={locale} today={today} mrpRates={mrpRates} />
        {service.embassyStep && <p className="max-w-3xl text-slate-700">{tc("tariff.consularFeesNotIncluded")}</p>}
      </section>
      <section id="time" aria-labelledby="time-title" className="max-w-3xl space-y-3">
        <h2 id="time-title" className="text-2xl font-semibold">
          {tc("tariff.processingTime")}
        </h2>
        <p>{t("processing.value", { time: tc(time.key, time.values) })}</p>
        <p className="text-slate-700">{t("processing.counted")}</p>
        {service.mayExtendBy30CalendarDays && (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{tc("processing.mayExtend")}</p>
        )}
        {service.qualificationCheckTakesTime && (
          <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">{tc("processing.qualificationCheck")}</p>
        )}
      </section>
    </>
  );
}
