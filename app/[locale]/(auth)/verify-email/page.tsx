import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { verifyEmailAction } from "../../../../lib/auth/verify-email-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/verify-email">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.verifyEmail" });
  return { title: t("title") };
}

/** The page the confirmation e-mail links to: one button, so that opening the link alone changes nothing. */
export default async function VerifyEmailPage({ params, searchParams }: PageProps<"/[locale]/verify-email">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.verifyEmail");
  const query = await searchParams;
  const token = typeof query.token === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(query.token) ? query.token : null;
  const invalid = query.invalid === "1" || !token;
  return (
    <section className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {invalid ? (
        <>
          <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3">
            {t("invalid")}
          </p>
          <p>
            <Link href="/register" className="font-semibold text-brand-700 underline">
              {t("registerAgain")}
            </Link>
          </p>
        </>
      ) : (
        <form action={verifyEmailAction} className="space-y-4">
          <p className="text-slate-700">{t("lead")}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("submit")}
          </button>
        </form>
      )}
    </section>
  );
}
