import { getTranslations } from "next-intl/server";
import { getService, locationCounterpart, type AnyServiceDefinition } from "@/lib/catalog";
import { Link } from "@/lib/i18n/navigation";
import { StartApplicationLink } from "./start-application-link";

/** Title, summary, visa category and place, the start button, and the other side's service. */
export async function ServiceHeader({ service }: { service: AnyServiceDefinition }) {
  const [t, tc] = await Promise.all([getTranslations("services.page"), getTranslations("catalog")]);
  const counterpartCode = locationCounterpart(service.code);
  const counterpart = counterpartCode ? getService(counterpartCode) : null;
  return (
    <header className="space-y-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{tc(`families.${service.family}`)}</p>
      <h1 className="text-3xl font-bold">{tc(service.messages.title)}</h1>
      <p className="max-w-3xl text-lg text-slate-700">{tc(service.messages.summary)}</p>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("visaCategory")}</dt>
        <dd>
          {service.visaCategory
            ? tc(`visaCategories.${service.visaCategory}`)
            : t(service.family === "CANCELLATION" ? "cancelsVisa" : "noVisa")}
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>{tc(`locations.${service.location}`)}</dd>
      </dl>
      <StartApplicationLink code={service.code} />
      {counterpart && (
        <p className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          {t(`counterpart.${counterpart.location}`)}{" "}
          <Link href={`/services/${counterpart.code}`} className="font-semibold text-brand-700 underline">
            {tc(counterpart.messages.title)}
          </Link>
        </p>
      )}
    </header>
  );
}
