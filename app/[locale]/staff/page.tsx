import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { countApplicationsByStatusForStaff } from "@/lib/data/application-counts";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "staff" });
  return { title: t("title") };
}

export default async function StaffHome({ params }: PageProps<"/[locale]/staff">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const [t, tStatus, counts] = await Promise.all([getTranslations("staff"), getTranslations("status"), countApplicationsByStatusForStaff(user)]);
  const entries = Object.entries(counts);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </header>
      <section aria-labelledby="counts">
        <h2 id="counts" className="mb-3 text-xl font-semibold">{t("countsTitle")}</h2>
        {entries.length === 0 ? (
          <p className="rounded border border-dashed border-slate-400 bg-white p-6 text-center">{t("empty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-4">
            {entries.map(([status, count]) => (
              <li key={status} className="rounded border border-slate-200 bg-white p-4">
                <span className="block text-2xl font-bold">{count}</span>
                {tStatus(status as "SUBMITTED")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
