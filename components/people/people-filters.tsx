import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-class";
import { URGENCY_ORDER } from "@/lib/rules/person-deadlines";
import type { PeopleFilter } from "@/lib/people/data/people-dashboard";

/** A plain GET form: the filter lives in the address, so it can be bookmarked and works without JavaScript. */
export async function PeopleFilters({ filter }: { filter: PeopleFilter }) {
  const t = await getTranslations("workspace.people.filters");
  const tu = await getTranslations("workspace.people.urgency");
  const field = "rounded border-2 border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t("label")}>
      <div>
        <label htmlFor="urgency" className="block font-semibold">
          {t("urgency")}
        </label>
        <select id="urgency" name="urgency" defaultValue={filter.urgency ?? "ALL"} className={field}>
          <option value="ALL">{t("all")}</option>
          {URGENCY_ORDER.map((u) => (
            <option key={u} value={u}>
              {tu(u)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="q" className="block font-semibold">
          {t("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={field} />
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="archived" name="archived" type="checkbox" value="1" defaultChecked={filter.archived} className="h-5 w-5" />
        <label htmlFor="archived">{t("archived")}</label>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
