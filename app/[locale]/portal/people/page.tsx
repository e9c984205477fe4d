import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { requireArea } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/data/people";
import { countryName } from "@/lib/people/countries";
import { formatCalendarDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/people">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "applications.people" });
  return { title: t("title") };
}

export default async function PeoplePage({ params }: PageProps<"/[locale]/portal/people">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const [t, people] = await Promise.all([getTranslations("applications.people"), listPeople(user)]);
  const cell = "border-b border-slate-200 px-3 py-2 text-left align-top";
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-slate-700">{t("lead")}</p>
        </div>
        <Link href="/portal/people/new" className={buttonClass("primary")}>{t("add")}</Link>
      </header>
      {people.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 bg-white p-8 text-center">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>{t("fullName")}</th>
                <th scope="col" className={cell}>{t("citizenship")}</th>
                <th scope="col" className={cell}>{t("passportNumber")}</th>
                <th scope="col" className={cell}>{t("passportExpiresOn")}</th>
                <th scope="col" className={cell}>{t("currentVisa")}</th>
                <th scope="col" className={cell}><span className="sr-only">{t("actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className={`${cell} font-medium ${p.principalId ? "pl-8" : ""}`}>
                    {p.fullName}
                    {p.relationship && <span className="block text-xs font-normal text-slate-600">{t(`relationships.${p.relationship}`)}</span>}
                  </th>
                  <td className={cell}>{countryName(p.citizenship, locale)}</td>
                  <td className={`${cell} font-mono`}>{p.passportNumber}</td>
                  <td className={cell}>{formatCalendarDate(p.passportExpiresOn, locale)}</td>
                  <td className={cell}>{p.visaCategory ? `${p.visaCategory}${p.visaExpiresOn ? ` · ${formatCalendarDate(p.visaExpiresOn, locale)}` : ""}` : "—"}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <Link href={`/portal/people/${p.id}`} className="font-semibold text-brand-700 underline">
                      {t("edit")}<span className="sr-only"> {p.fullName}</span>
                    </Link>
                    {!p.principalId && (
                      <Link href={`/portal/people/new?principal=${p.id}`} className="ml-3 font-semibold text-brand-700 underline">
                        {t("addFamily")}<span className="sr-only"> {p.fullName}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
