import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listMrpRates } from "@/lib/admin/data/reference-data";
import { formatKzt } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { isoDateInTimeZone, yearOf } from "@/lib/rules/iso-date";
import { MrpForm } from "@/components/admin/mrp-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, RowHeader, Table } from "@/components/ui/table";

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
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {rates.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table
          caption={t("title")}
          columns={[{ label: t("year") }, { label: t("valueColumn"), align: "end" }]}
          className="w-full max-w-md bg-white"
        >
          {rates.map((rate) => (
            <tr key={rate.year}>
              <RowHeader>
                {rate.year}
                {rate.year === year && <span className="ml-2 text-sm font-normal">({t("current")})</span>}
              </RowHeader>
              <Cell align="end">{formatKzt(rate.valueTiyn, locale)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <MrpForm defaultYear={rates.some((r) => r.year === year) ? year + 1 : year} />
    </div>
  );
}
