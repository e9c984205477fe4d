import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listHolidayYears } from "@/lib/admin/data/admin-reference";
import { listHolidays } from "@/lib/admin/data/reference-data";
import { formatCalendarDate, formatIsoDate } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { isIsoDate, isoDateInTimeZone, yearOf } from "@/lib/rules/iso-date";
import { HolidayForm } from "@/components/admin/holiday-form";
import { RemoveHolidayButton } from "@/components/admin/remove-holiday-button";
import { UndoHolidayRemoval } from "@/components/admin/undo-holiday-removal";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/holidays">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.nav" });
  return { title: t("holidays") };
}

/** The holiday calendar of one year (?year=2027): what the working-day rules count with. */
export default async function HolidaysPage({ params, searchParams }: PageProps<"/[locale]/admin/holidays">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const current = yearOf(isoDateInTimeZone(new Date()));
  const query = await searchParams;
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : current;
  const [t, tKinds, holidays, years] = await Promise.all([
    getTranslations("admin.holidays"),
    getTranslations("admin.kinds"),
    listHolidays(user, year),
    listHolidayYears(user, current),
  ]);
  const cell = "border-b border-slate-200 px-3 py-2 text-left align-top";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { year })} lead={t("lead")} />
      <nav aria-label={t("years")}>
        <ul className="flex flex-wrap gap-2">
          {years.map((y) => (
            <li key={y}>
              <Link
                href={`/admin/holidays?year=${y}`}
                aria-current={y === year ? "page" : undefined}
                className={`inline-block rounded border-2 px-3 py-1 font-semibold ${y === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
              >
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {typeof query.removed === "string" &&
        isIsoDate(query.removed) &&
        typeof query.name === "string" &&
        typeof query.kind === "string" &&
        !holidays.some((h) => h.date.toISOString().startsWith(query.removed as string)) && (
          <UndoHolidayRemoval
            date={query.removed}
            dateText={formatIsoDate(query.removed, locale)}
            name={query.name}
            kind={query.kind}
            year={year}
          />
        )}
      {holidays.length === 0 ? (
        <EmptyState>{t("empty", { year })}</EmptyState>
      ) : (
        <div className="relative overflow-x-auto">
          {/* relative: the screen-reader-only texts (absolutely positioned) stay inside this scrolling
              box instead of widening the page on a phone. */}
          <table className="w-full bg-white">
            <caption className="sr-only">{t("title", { year })}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t("date")}
                </th>
                <th scope="col" className={cell}>
                  {t("name")}
                </th>
                <th scope="col" className={cell}>
                  {t("kind")}
                </th>
                <th scope="col" className={cell}>
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {holidays.map((h) => {
                const iso = h.date.toISOString().slice(0, 10);
                return (
                  <tr key={iso}>
                    <th scope="row" className={`${cell} font-medium`}>
                      {formatCalendarDate(h.date, locale)}
                    </th>
                    <td className={cell}>{h.name}</td>
                    <td className={cell}>{tKinds(h.kind)}</td>
                    <td className={cell}>
                      <RemoveHolidayButton
                        date={iso}
                        dateText={formatCalendarDate(h.date, locale)}
                        name={h.name}
                        kind={h.kind}
                        year={year}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <HolidayForm year={year} />
    </div>
  );
}
