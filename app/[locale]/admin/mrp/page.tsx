import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listMrpRates } from "@/lib/admin/data/reference-data";
import { formatKzt } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { isoDateInTimeZone, yearOf } from "@/lib/rules/iso-date";
import { MrpForm } from "@/components/admin/mrp-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/mrp">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.mrp" });
  return { title: t("title") };
}

export default async function MrpPage({ params }: PageProps<"/[locale]/admin/mrp">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const [t, rates] = await Promise.all([getTranslations("admin.mrp"), listMrpRates(user)]);
  const year = yearOf(isoDateInTimeZone(new Date()));
  const cell = "border-b border-slate-200 px-3 py-2 text-left";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {rates.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <table className="w-full max-w-md bg-white">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {t("year")}
              </th>
              <th scope="col" className={cell}>
                {t("valueColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.year}>
                <th scope="row" className={`${cell} font-medium`}>
                  {rate.year}
                  {rate.year === year && <span className="ml-2 text-sm font-normal">({t("current")})</span>}
                </th>
                <td className={`${cell} tabular-nums`}>{formatKzt(rate.valueTiyn, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MrpForm defaultYear={rates.some((r) => r.year === year) ? year + 1 : year} />
    </div>
  );
}
