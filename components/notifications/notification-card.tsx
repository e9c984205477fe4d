import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { NotificationItem } from "@/lib/notify/data/notifications";
import { describeNotification } from "@/lib/notify/content";

/** One notification, in the viewer's language, drawn from the same content as its e-mail. */
type NotificationCardProps = {
  item: NotificationItem;
  locale: Locale;
  /** The page's server action; it receives the notification id as the form field "id". */
  markReadAction: (formData: FormData) => Promise<void>;
};

export async function NotificationCard({ item, locale, markReadAction }: NotificationCardProps) {
  const t = await getTranslations("notifications.list");
  const content = item.notification ? describeNotification(item.notification, locale) : null;
  const headingId = `notification-${item.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded border bg-white p-4 ${item.isRead ? "border-slate-200" : "border-l-4 border-brand-700"}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {!item.isRead && (
            <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-bold uppercase text-white">{t("unreadBadge")}</span>
          )}
          {content?.subject ?? t("unavailable")}
        </h2>
        <p className="text-sm text-slate-600">{t("receivedAt", { date: formatCentreDateTime(item.createdAt, locale) })}</p>
      </header>
      {content && (
        <div className="mt-2 space-y-2">
          <p>{content.summary}</p>
          <p className="text-slate-700">{content.body}</p>
          {content.items.length > 0 && (
            <ul aria-label={t("itemsLabel")} className="list-disc space-y-1 pl-6">
              {content.items.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {content.facts.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {content.facts.map((fact) => (
                <div key={fact.label} className="contents">
                  <dt className="text-slate-600">{fact.label}</dt>
                  <dd className="font-medium">{fact.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {content?.action && (
          <Link href={content.action.path} className="font-semibold text-brand-700 underline">
            {content.action.label}
          </Link>
        )}
        {!item.isRead && (
          <form action={markReadAction}>
            <input type="hidden" name="id" value={item.id} />
            <button type="submit" className="text-sm font-semibold text-slate-700 underline hover:text-slate-900">
              {t("markRead")}
              <span className="sr-only">: {content?.subject ?? t("unavailable")}</span>
            </button>
          </form>
        )}
      </div>
    </article>
  );
}
