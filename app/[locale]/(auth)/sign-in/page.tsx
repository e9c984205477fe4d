import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { RefreshOnce } from "@/components/layout/refresh-once";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/kernel/roles";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = safeReturnPath(query.callbackUrl) ?? undefined;
  const justVerified = query.verified === "1";
  const sessionEnded = query.reason === "session-ended";
  const user = await getCurrentUser();
  if (user) redirect({ href: callbackUrl ?? homePathFor(user.role), locale });
  const t = await getTranslations("auth.signIn");
  return (
    <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-[1fr_18rem]">
      <section className="space-y-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {justVerified && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
            {t("emailVerified")}
          </p>
        )}
        {sessionEnded && (
          <div role="status" className="rounded border-l-8 border-brand-700 bg-white p-4" data-testid="session-ended">
            <p className="font-bold">{t("sessionEnded.title")}</p>
            <p>{t("sessionEnded.body")}</p>
            {/* The header above was drawn while signed in; redraw it from the server. */}
            <RefreshOnce />
          </div>
        )}
        <p className="text-slate-700">{t("lead")}</p>
        <SignInForm callbackUrl={callbackUrl} />
        <p>
          {t("noAccount")}{" "}
          <Link href="/register" className="font-semibold text-brand-700 underline">
            {t("registerLink")}
          </Link>
        </p>
      </section>
      <DemoAccounts title={t("demoTitle")} />
    </div>
  );
}
