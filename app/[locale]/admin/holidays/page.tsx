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
import { Cell, RowHeader, Table } from "@/components/ui/table";

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
        <Table
          caption={t("title", { year })}
          columns={[{ label: t("date") }, { label: t("name") }, { label: t("kind") }, { label: t("actions"), labelHidden: true }]}
        >
          {holidays.map((h) => {
            const iso = h.date.toISOString().slice(0, 10);
            return (
              <tr key={iso}>
                <RowHeader>{formatCalendarDate(h.date, locale)}</RowHeader>
                <Cell>{h.name}</Cell>
                <Cell>{tKinds(h.kind)}</Cell>
                <Cell>
                  <RemoveHolidayButton date={iso} dateText={formatCalendarDate(h.date, locale)} name={h.name} kind={h.kind} year={year} />
                </Cell>
              </tr>
            );
          })}
        </Table>
      )}
      <HolidayForm year={year} />
    </div>
  );
}
