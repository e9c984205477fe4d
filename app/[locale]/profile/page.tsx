import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { getEmailPreferences } from "@/lib/notify/data/notification-preferences";
import type { Locale } from "@/lib/kernel/locales";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { updateEmailPreferencesAction } from "@/lib/notify/preferences-actions";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { listMySessions } from "@/lib/auth/data/user-sessions";
import { SessionList } from "@/components/auth/session-list";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { PUBLIC_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

export async function generateMetadata({ params }: PageProps<"/[locale]/profile">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications.preferences" });
  return { title: t("title") };
}

export default async function ProfilePage({ params, searchParams }: PageProps<"/[locale]/profile">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser();
  const [t, ta, preferences, sessions, query] = await Promise.all([
    getTranslations("notifications.preferences"),
    getTranslations("account"),
    getEmailPreferences(user),
    listMySessions(user),
    searchParams,
  ]);
  const passwordChanged = query.passwordChanged === "1";
  const deviceSignedOut = query.deviceSignedOut === "1";
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="account-title" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="account-title" className="mb-3 text-xl font-semibold">
          {t("account")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="text-slate-600">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-600">{t("email")}</dt>
          <dd>{user.email}</dd>
          {user.companyName && (
            <>
              <dt className="text-slate-600">{t("company")}</dt>
              <dd>{user.companyName}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="password-title" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="password-title" className="text-xl font-semibold">
          {ta("passwordTitle")}
        </h2>
        {passwordChanged && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
            {ta("passwordChanged")}
          </p>
        )}
        <p className="text-slate-700">{ta("passwordLead")}</p>
        <ClientMessagesProvider paths={PUBLIC_CLIENT_MESSAGES}>
          <ChangePasswordForm />
        </ClientMessagesProvider>
        <form action={signOutEverywhereAction} className="border-t border-slate-200 pt-3">
          <button type="submit" className="font-semibold text-brand-700 underline">
            {ta("signOutEverywhere")}
          </button>
          <p className="text-sm text-slate-600">{ta("signOutEverywhereHint")}</p>
        </form>
      </section>
      <section id="sessions" aria-labelledby="sessions-title" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="sessions-title" className="text-xl font-semibold">
          {ta("sessions.title")}
        </h2>
        {deviceSignedOut && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3">
            {ta("sessions.signedOut")}
          </p>
        )}
        <p className="text-slate-700">{ta("sessions.lead")}</p>
        <SessionList sessions={sessions} locale={locale} />
      </section>
      <section className="rounded border border-slate-200 bg-white p-4">
        {preferences.length === 0 ? (
          <>
            <h2 className="text-xl font-semibold">{t("emailTitle")}</h2>
            <p className="mt-2 text-slate-700">{t("none")}</p>
          </>
        ) : (
          <EmailPreferencesForm
            action={updateEmailPreferencesAction}
            options={preferences.map((p) => ({ ...p, label: t(`kinds.${p.kind}`) }))}
            texts={{
              legend: t("emailTitle"),
              lead: t("emailLead", { email: user.email }),
              mandatory: t("mandatory"),
              mandatoryReason: t("mandatoryReason"),
              save: t("save"),
              saved: t("saved"),
              failed: t("failed"),
            }}
          />
        )}
      </section>
    </div>
  );
}
