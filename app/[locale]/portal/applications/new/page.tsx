import { getTranslations, setRequestLocale } from "next-intl/server";
import { fromPrice, getService, isServiceCode, servicesByFamily } from "@/lib/catalog";
import { requireArea } from "@/lib/auth/current-user";
import { startApplicationAction } from "@/lib/applications/actions";
import { formatKzt } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/applications/new">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.new" });
  return { title: t("title") };
}

/** "Submit new application": pick the service; a draft is saved as soon as one is chosen. */
export default async function NewApplicationPage({ params, searchParams }: PageProps<"/[locale]/portal/applications/new">) {
  const { locale } = (await params) as { locale: Locale };
  // Coming from a service page: that service is offered first (nothing is created until chosen).
  const requested = (await searchParams).service;
  const chosen = isServiceCode(requested) ? getService(requested) : null;
  setRequestLocale(locale);
  await requireArea("portal");
  const [t, tc] = await Promise.all([getTranslations("applications.new"), getTranslations("catalog")]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p>
          <Link href="/services/finder" className="font-semibold text-brand-700 underline">
            {t("finder")}
          </Link>
        </p>
      </header>
      {chosen && (
        <section aria-labelledby="chosen" className="space-y-3 rounded border-2 border-brand-700 bg-brand-50 p-4">
          <h2 id="chosen" className="text-xl font-semibold">
            {t("chosen", { service: tc(chosen.messages.title) })}
          </h2>
          <form action={startApplicationAction}>
            <input type="hidden" name="serviceCode" value={chosen.code} />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              {t("startChosen")}
            </button>
          </form>
        </section>
      )}
      {servicesByFamily().map(({ family, services }) => (
        <section key={family} aria-labelledby={`family-${family}`} className="space-y-3">
          <h2 id={`family-${family}`} className="text-xl font-semibold">
            {tc(`families.${family}`)}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {services.map((service) => (
              <li key={service.code}>
                <form action={startApplicationAction} className="h-full">
                  <input type="hidden" name="serviceCode" value={service.code} />
                  <button
                    type="submit"
                    className="flex h-full w-full flex-col items-start gap-1 rounded border-2 border-slate-300 bg-white p-4 text-left hover:border-brand-700"
                  >
                    <span className="font-semibold text-brand-800">{tc(service.messages.title)}</span>
                    <span className="text-sm text-slate-700">{tc(service.messages.summary)}</span>
                    <span className="text-sm text-slate-600">
                      {tc(`locations.${service.location}`)} · {t("fromPrice", { price: formatKzt(fromPrice(service), locale) })}
                    </span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
