import { getTranslations, setRequestLocale } from "next-intl/server";
import { allServices, servicesByFamily, type AnyServiceDefinition } from "@/lib/catalog";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { filterServices, parseListFilter } from "@/lib/services/list-filter";
import { ServiceCard } from "@/components/services/service-card";
import { ServiceListFilterForm } from "@/components/services/service-list-filter";

export async function generateMetadata({ params }: PageProps<"/[locale]/services">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "services.list" });
  return { title: t("title"), description: t("lead") };
}

/** All services by family, filtered by where the person is and by text (GET parameters). */
export default async function ServicesPage({ params, searchParams }: PageProps<"/[locale]/services">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const filter = parseListFilter(await searchParams);
  const [t, tc] = await Promise.all([getTranslations("services.list"), getTranslations("catalog")]);
  const textsOf = (s: AnyServiceDefinition) => [
    tc(s.messages.title),
    tc(s.messages.summary),
    tc(s.messages.whoFor),
    tc(`families.${s.family}`),
    s.visaCategory ? tc(`visaCategories.${s.visaCategory}`) : "",
    s.code,
  ];
  const matching = new Set(filterServices(allServices(), filter, textsOf, locale));
  const groups = servicesByFamily()
    .map(({ family, services }) => ({ family, services: services.filter((s) => matching.has(s)) }))
    .filter((group) => group.services.length > 0);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <p>
          <Link href="/services/finder" className="font-semibold text-brand-700 underline">
            {t("finderLink")}
          </Link>
        </p>
      </header>
      <ServiceListFilterForm filter={filter} />
      <section aria-labelledby="results-title" className="space-y-6">
        <h2 id="results-title" className="text-2xl font-semibold">
          {t("results", { count: matching.size })}
        </h2>
        {groups.length === 0 ? (
          <div className="space-y-2 rounded border border-slate-300 bg-white p-4">
            <p className="font-semibold">{t("empty.title")}</p>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("empty.checkSpelling")}</li>
              <li>
                <Link href="/services" className="text-brand-700 underline">
                  {t("empty.showAll")}
                </Link>
              </li>
              <li>
                <Link href="/services/finder" className="text-brand-700 underline">
                  {t("finderLink")}
                </Link>
              </li>
            </ul>
          </div>
        ) : (
          groups.map(({ family, services }) => (
            <section key={family} aria-labelledby={`family-${family}`} className="space-y-3">
              <h3 id={`family-${family}`} className="text-xl font-semibold">
                {tc(`families.${family}`)}
              </h3>
              <ul className="grid gap-4 md:grid-cols-2">
                {services.map((service) => (
                  <li key={service.code}>
                    <ServiceCard service={service} locale={locale} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </div>
  );
}
