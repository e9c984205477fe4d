import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listStaffAccounts } from "@/lib/admin/data/admin-staff";
import { listHolidays, listMrpRates } from "@/lib/admin/data/reference-data";
import { getChangesDeadlineDays } from "@/lib/review/data/changes-deadline";
import { WorkflowSettingsForm } from "@/components/admin/workflow-settings-form";
import { allServices } from "@/lib/catalog";
import { formatKzt } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { isoDateInTimeZone, yearOf } from "@/lib/rules/iso-date";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("title") };
}

/** The administration overview: where each setting stands, with a link to change it. */
export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const year = yearOf(isoDateInTimeZone(new Date()));
  const [t, rates, holidays, staff, deadlineDays] = await Promise.all([
    getTranslations("admin"),
    listMrpRates(user),
    listHolidays(user, year),
    listStaffAccounts(user),
    getChangesDeadlineDays(),
  ]);
  const mrp = rates.find((r) => r.year === year);
  const cards = [
    {
      href: "/admin/mrp",
      title: t("nav.mrp"),
      value: mrp ? formatKzt(mrp.valueTiyn, locale) : t("overview.noMrp", { year }),
      note: t("overview.mrpNote", { year }),
      warn: !mrp,
    },
    {
      href: "/admin/holidays",
      title: t("nav.holidays"),
      value: String(holidays.length),
      note: t("overview.holidaysNote", { year }),
      warn: holidays.length === 0,
    },
    {
      href: "/admin/staff",
      title: t("nav.staff"),
      value: String(staff.filter((s) => s.isActive).length),
      note: t("overview.staffNote"),
      warn: false,
    },
    { href: "/admin/catalog", title: t("nav.catalog"), value: String(allServices().length), note: t("overview.catalogNote"), warn: false },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.href} className={`rounded border bg-white p-4 ${card.warn ? "border-l-8 border-amber-600" : "border-slate-300"}`}>
            <h2 className="text-lg font-semibold">
              <Link href={card.href} className="text-brand-700 underline">
                {card.title}
              </Link>
            </h2>
            <p className="mt-1 text-2xl font-bold">
              {card.warn && <span aria-hidden="true">⚠ </span>}
              {card.value}
            </p>
            <p className="text-sm text-slate-700">{card.note}</p>
          </li>
        ))}
      </ul>
      <WorkflowSettingsForm days={deadlineDays} />
    </div>
  );
}
