import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button";
import { requireArea } from "@/lib/auth/current-user";
import { countCompanyApplicationsByStatus } from "@/lib/data/application-counts";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "portal" });
  return { title: t("title") };
}

export default async function PortalDashboard({ params }: PageProps<"/[locale]/portal">) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Pages may render in parallel with the layout, so each one checks access itself too.
  const user = await requireArea("portal");
  const [t, tStatus, counts] = await Promise.all([getTranslations("portal"), getTranslations("status"), countCompanyApplicationsByStatus(user)]);
  const entries = Object.entries(counts);
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("welcome", { name: user.name })} · {t("company", { company: user.companyName ?? "" })}</p>
        </div>
        <Link href="/services" className={buttonClass("primary")}>{t("startApplication")}</Link>
      </header>
      {entries.length === 0 ? (
        <section className="rounded border border-dashed border-slate-400 bg-white p-8 text-center">
          <h2 className="text-xl font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-2 text-slate-700">{t("emptyBody")}</p>
        </section>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-3">
          {entries.map(([status, count]) => (
            <li key={status} className="rounded border border-slate-200 bg-white p-4">
              <span className="block text-2xl font-bold">{count}</span>
              {tStatus(status as "DRAFT")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
