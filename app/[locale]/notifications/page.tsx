import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notify/data/notifications";
import type { Locale } from "@/lib/kernel/locales";
import { NotificationCard } from "@/components/notifications/notification-card";
import { buttonClass } from "@/components/ui/button-class";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../../../lib/notify/actions";
import { EmptyState } from "@/components/ui/empty-state";

// Shared by every role (staff are told about new applications here too), so it lives outside
// /portal and /staff; each user sees only their own rows (lib/notify/data/notifications.ts).

export async function generateMetadata({ params }: PageProps<"/[locale]/notifications">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications.list" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params }: PageProps<"/[locale]/notifications">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser();
  const [t, items] = await Promise.all([getTranslations("notifications.list"), listNotifications(user)]);
  const hasUnread = items.some((item) => !item.isRead);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-2xl text-slate-700">{t("lead")}</p>
          <p className="mt-2">
            <Link href="/profile" className="font-semibold text-brand-700 underline">
              {t("preferencesLink")}
            </Link>
          </p>
        </div>
        {hasUnread && (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className={buttonClass("secondary")}>
              {t("markAllRead")}
            </button>
          </form>
        )}
      </header>
      {items.length === 0 ? (
        <EmptyState size="lg">{t("empty")}</EmptyState>
      ) : (
        <ol className="space-y-4">
          {items.map((item) => (
            <li key={item.id}>
              <NotificationCard item={item} locale={locale} markReadAction={markNotificationReadAction} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
