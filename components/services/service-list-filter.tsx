import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { WHERE_FILTERS, type ServiceListFilter } from "@/lib/services/list-filter";
import { Button } from "@/components/ui/button";

/**
 * A plain GET form (no action: it submits to this page), so filtering works without JavaScript
 * and the result has a shareable URL.
 */
export async function ServiceListFilterForm({ filter }: { filter: ServiceListFilter }) {
  const t = await getTranslations("services.list.filter");
  const isFiltered = filter.where !== "ALL" || filter.q !== "";
  return (
    <form method="get" role="search" aria-label={t("label")} className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("whereLegend")}</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {WHERE_FILTERS.map((where) => (
            <label key={where} className="flex items-center gap-3 rounded border border-slate-300 px-3 py-2">
              <input type="radio" name="where" value={where} defaultChecked={filter.where === where} className="h-5 w-5" />
              <span>{t(`where.${where}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="service-search" className="block font-semibold">
          {t("searchLabel")}
        </label>
        <p id="service-search-hint" className="text-sm text-slate-600">
          {t("searchHint")}
        </p>
        <input
          id="service-search"
          type="search"
          name="q"
          defaultValue={filter.q}
          maxLength={100}
          aria-describedby="service-search-hint"
          className="block w-full max-w-md rounded border-2 border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        {isFiltered && (
          <Link href="/services" className="font-semibold text-brand-700 underline">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
