import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnreadNotifications } from "@/lib/notify/data/notifications";

/**
 * The header's bell: a link to /notifications whose accessible name carries the unread count
 * ("Notifications: 2 unread"); the badge repeats it for sighted users. Renders nothing for visitors.
 */
export async function NotificationBell() {
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, unread] = await Promise.all([getTranslations("notifications.bell"), countUnreadNotifications(user)]);
  return (
    <Link
      href="/notifications"
      aria-label={t("linkLabel", { count: unread })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded text-white hover:bg-white/10"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-6 w-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-1 -top-1 min-w-5 rounded-full border-2 border-brand-800 bg-amber-300 px-1 text-center text-xs font-bold leading-4 text-slate-900"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
