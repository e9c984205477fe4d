import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/register">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.register" });
  return { title: t("title") };
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/register">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.register");
  return (
    <section className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <RegisterForm />
      <p>
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </section>
  );
}
