import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { requireArea } from "@/lib/auth/current-user";
import { listCompaniesToVerify } from "@/lib/company/data/company-verification";
import { Link } from "@/lib/i18n/navigation";
import { VERIFICATION_ERROR_MESSAGES } from "@/lib/company/errors";
import { decideCompanyAction } from "../../../../lib/company/verification-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/companies">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "staff.companies" });
  return { title: t("title") };
}

const DONE = new Set(["verified", "refused"]);
// The codes a refused decision comes back with (?error=<CODE>): the company slice's own list.
const ERRORS = new Set(Object.keys(VERIFICATION_ERROR_MESSAGES));

/** The queue of registered companies awaiting verification against the AIFC register. */
export default async function CompaniesToVerifyPage({ params, searchParams }: PageProps<"/[locale]/staff/companies">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const [t, companies, query] = await Promise.all([getTranslations("staff.companies"), listCompaniesToVerify(user), searchParams]);
  const done = typeof query.done === "string" && DONE.has(query.done) ? query.done : null;
  const error = typeof query.error === "string" && ERRORS.has(query.error) ? query.error : null;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      {done && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
          {t(`done.${done}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">
          {t(`errors.${error}`)}
        </p>
      )}
      {companies.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {companies.map((company) => (
            <li key={company.id} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="text-xl font-semibold">{company.name}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
                <dt className="text-slate-600">{t("bin")}</dt>
                <dd className="font-mono">{company.bin}</dd>
                <dt className="text-slate-600">{t("registeredAt")}</dt>
                <dd>{formatCentreDateTime(company.createdAt, locale as Locale)}</dd>
                {company.representatives.map((rep) => (
                  <div key={rep.email} className="contents">
                    <dt className="text-slate-600">{t("representative")}</dt>
                    <dd>
                      {rep.name}, {rep.email} ({rep.emailVerified ? t("emailConfirmed") : t("emailNotConfirmed")})
                    </dd>
                  </div>
                ))}
              </dl>
              <div className="mt-4 flex flex-wrap items-end gap-6">
                <form action={decideCompanyAction}>
                  <input type="hidden" name="companyId" value={company.id} />
                  <input type="hidden" name="decision" value="VERIFY" />
                  <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
                    {t("verify")}
                  </button>
                </form>
                <form action={decideCompanyAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="companyId" value={company.id} />
                  <input type="hidden" name="decision" value="REFUSE" />
                  <label className="block">
                    <span className="block text-sm font-semibold">{t("reason")}</span>
                    <input name="reason" required maxLength={1000} className="mt-1 w-80 rounded border border-slate-400 px-2 py-1" />
                  </label>
                  <button type="submit" className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800">
                    {t("refuse")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
