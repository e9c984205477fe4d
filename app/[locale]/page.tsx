import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { getCurrentUserIfAvailable } from "@/lib/auth/user-if-available";
import { homePathFor } from "@/lib/kernel/roles";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, lookup] = await Promise.all([getTranslations("home"), getCurrentUserIfAvailable()]);
  // The home page needs no database: while it is down, it shows the visitor's version.
  const user = lookup === "unknown" ? null : lookup;
  const steps = [1, 2, 3] as const;
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        {/* 30 px on a phone: at 36 px the Kazakh title's "қатысушыларының" alone is wider than a 390 px screen. */}
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/services" className={buttonClass("primary")}>
            {t("ctaServices")}
          </Link>
          {user ? (
            <Link href={homePathFor(user.role)} className={buttonClass("secondary")}>
              {t("ctaPortal")}
            </Link>
          ) : (
            <Link href="/register" className={buttonClass("secondary")}>
              {t("ctaRegister")}
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="steps" className="space-y-4">
        <h2 id="steps" className="text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {steps.map((n) => (
            <li key={n} className="rounded border border-slate-200 bg-white p-5">
              <span
                className="mb-2 inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-bold text-white"
                aria-hidden
              >
                {n}
              </span>
              <h3 className="font-semibold">{t(`step${n}Title`)}</h3>
              <p className="mt-1 text-slate-700">{t(`step${n}`)}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="contact" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="contact" className="mb-3 text-2xl font-semibold">
          {t("contactTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="font-semibold">{t("addressLabel")}</dt>
            <dd>{t("address")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("hoursLabel")}</dt>
            <dd>{t("hours")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("emailLabel")}</dt>
            <dd>
              <a className="text-brand-700 underline" href="mailto:expat@aifc.kz">
                expat@aifc.kz
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("phonesLabel")}</dt>
            <dd>+7 7172 64 73 40 · +7 7172 64 72 61 · +7 7172 64 72 99</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
