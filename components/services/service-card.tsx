import { getTranslations } from "next-intl/server";
import { fromPrice, type AnyServiceDefinition } from "@/lib/catalog";
import { formatKzt } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { processingTimeMessage, serviceProcessingTime } from "@/lib/services/tariff-rows";

/** One service in a list: what it is, for whom, from what price, how long it takes. */
export async function ServiceCard({
  service,
  locale,
  headingLevel = 3,
}: {
  service: AnyServiceDefinition;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
}) {
  const [t, tc] = await Promise.all([getTranslations("services.card"), getTranslations("catalog")]);
  const time = processingTimeMessage(serviceProcessingTime(service));
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col gap-3 rounded border border-slate-300 bg-white p-4">
      <Heading className="text-lg font-semibold">
        <Link href={`/services/${service.code}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {tc(service.messages.title)}
        </Link>
      </Heading>
      <p className="text-slate-700">{tc(service.messages.summary)}</p>
      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("visaCategory")}</dt>
        <dd>
          {service.visaCategory
            ? tc(`visaCategories.${service.visaCategory}`)
            : t(service.family === "CANCELLATION" ? "cancelsVisa" : "noVisa")}
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>{tc(`locations.${service.location}`)}</dd>
        <dt className="font-semibold">{t("fee")}</dt>
        <dd className="tabular-nums">{t("fromPrice", { price: formatKzt(fromPrice(service), locale) })}</dd>
        <dt className="font-semibold">{t("processingTime")}</dt>
        <dd>{tc(time.key, time.values)}</dd>
      </dl>
    </article>
  );
}
