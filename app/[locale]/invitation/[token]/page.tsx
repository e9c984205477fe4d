import { getTranslations, setRequestLocale } from "next-intl/server";
import { viewInvitation } from "@/lib/company/data/company-invitations";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { AcceptInvitationForm } from "@/components/company/accept-invitation-form";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "workspace.invitation" });
  return { title: t("title") };
}

/** Issue 17: public page behind the invitation link; the token is the credential. */
export default async function InvitationPage({ params }: PageProps<"/[locale]/invitation/[token]">) {
  const { locale, token } = (await params) as { locale: Locale; token: string };
  setRequestLocale(locale);
  const [t, tr, view] = await Promise.all([
    getTranslations("workspace.invitation"),
    getTranslations("workspace.team.roles"),
    viewInvitation(token),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {view.state === "INVALID" && (
        <p className="rounded border-l-8 border-slate-500 bg-white p-4" role="status">
          {t("invalid")}
        </p>
      )}
      {view.state === "EMAIL_TAKEN" && (
        <p className="rounded border-l-8 border-amber-600 bg-white p-4" role="status">
          {t("emailTakenFor", { email: view.email, company: view.companyName })}
        </p>
      )}
      {view.state === "VALID" && (
        <>
          <p className="text-lg">{t("lead", { company: view.companyName, role: tr(view.role) })}</p>
          <p className="text-sm text-slate-700">{t("validUntil", { until: formatCentreDateTime(view.expiresAt, locale) })}</p>
          <ClientMessagesProvider paths={PUBLIC_CLIENT_MESSAGES}>
            <AcceptInvitationForm token={token} email={view.email} />
          </ClientMessagesProvider>
        </>
      )}
    </div>
  );
}
