import { getTranslations } from "next-intl/server";
import { signOutDeviceAction } from "@/lib/auth/actions";
import type { SessionListItem } from "@/lib/auth/data/user-sessions";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { describeUserAgent } from "@/lib/rules/user-agent";

/** The profile's "where you are signed in": one row per device, each with its own sign-out. */
export async function SessionList({ sessions, locale }: { sessions: SessionListItem[]; locale: Locale }) {
  const t = await getTranslations("account.sessions");
  return (
    <ul className="divide-y divide-slate-200" data-testid="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="session-row">
          <div>
            <p className="font-semibold">
              {describeUserAgent(session.userAgent) || t("unknownDevice")}
              {session.isCurrent && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{t("current")}</span>}
            </p>
            <p className="text-sm text-slate-700">
              {t("details", {
                address: session.ipAddress,
                created: formatCentreDateTime(session.createdAt, locale),
                lastSeen: formatCentreDateTime(session.lastSeenAt, locale),
              })}
            </p>
          </div>
          <form action={signOutDeviceAction}>
            <input type="hidden" name="sessionId" value={session.id} />
            <button type="submit" className="font-semibold text-brand-700 underline">
              {session.isCurrent ? t("signOutThis") : t("signOut")}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
