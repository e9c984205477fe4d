import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listHolidays, listMrpRates } from "@/lib/data/reference-data";
import { formatCalendarDate, formatKzt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("title") };
}

export default async function AdminHome({ params }: PageProps<"/[locale]/admin">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("admin");
  const year = new Date().getFullYear();
  const [t, rates, holidays] = await Promise.all([getTranslations("admin"), listMrpRates(user), listHolidays(user, year)]);
  const cell = "border-b border-slate-200 px-3 py-2 text-left";
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="mrp" className="space-y-3">
        <h2 id="mrp" className="text-xl font-semibold">{t("mrpTitle")}</h2>
        <p className="text-slate-700">{t("mrpLead")}</p>
        <table className="w-full max-w-md bg-white">
          <thead><tr><th className={cell}>{t("year")}</th><th className={cell}>{t("value")}</th></tr></thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.year}><td className={cell}>{rate.year}</td><td className={cell}>{formatKzt(rate.valueTiyn, locale)}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="holidays" className="space-y-3">
        <h2 id="holidays" className="text-xl font-semibold">{t("holidaysTitle", { year })}</h2>
        <table className="w-full bg-white">
          <thead><tr><th className={cell}>{t("date")}</th><th className={cell}>{t("name")}</th><th className={cell}>{t("kind")}</th></tr></thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.date.toISOString()}>
                <td className={cell}>{formatCalendarDate(h.date, locale)}</td>
                <td className={cell}>{h.name}</td>
                <td className={cell}>{t(`kinds.${h.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
