import { getLocale, getTranslations } from "next-intl/server";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";

type Event = { id: bigint | string; action: string; fromStatus: string | null; toStatus: string | null; createdAt: Date; details: unknown };

export async function Timeline({ events }: { events: Event[] }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("applications.timeline"), getTranslations("status"), getLocale()]);
  if (!events.length) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
      {events.map((event) => {
        const reason = (event.details as { reason?: string } | null)?.reason;
        return (
          <li key={String(event.id)}>
            <p className="font-medium">{event.toStatus && tStatus.has(event.toStatus) ? tStatus(event.toStatus as "SUBMITTED") : null}</p>
            <p className="text-sm text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{formatCentreDateTime(event.createdAt, locale as Locale)}</time>
            </p>
            {reason && <p className="text-sm">{t("reason", { reason })}</p>}
          </li>
        );
      })}
    </ol>
  );
}
