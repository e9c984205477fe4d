import { useTranslations } from "next-intl";
import type { TimelineEvent } from "@/lib/applications/data/audit-timeline";
import { formatCalendarDate, formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { rejectReasonKey } from "@/lib/review/reject-reasons";

type Props = { events: TimelineEvent[]; locale: Locale; userNames: Map<string, string> };

const str = (details: unknown, key: string): string | null => {
  const value = details && typeof details === "object" ? (details as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : null;
};

/** The audit trail of the application, oldest first: who did what, when, from which state to which, and why. */
export function Timeline({ events, locale, userNames }: Props) {
  const t = useTranslations("review.timeline");
  const tAll = useTranslations();
  const tCatalog = useTranslations("catalog");
  if (events.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const statusLabel = (entityType: string, status: string) =>
    entityType === "Application"
      ? tAll(`status.${status}`)
      : tAll.has(`review.documentStatus.${status}`)
        ? tAll(`review.documentStatus.${status}`)
        : status;
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale);
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
      {events.map((event) => {
        const code = str(event.details, "code");
        const reason = str(event.details, "reason");
        const reasonKey = event.entityType === "ApplicationDocument" ? rejectReasonKey(reason) : null;
        const comment = str(event.details, "comment");
        const fileName = str(event.details, "fileName");
        const assignee = event.action === "ASSIGN" ? str(event.details, "toAssigneeId") : undefined;
        const due = str(event.details, "toDueDate") ?? str(event.details, "dueDate");
        return (
          <li key={event.id} className="relative">
            <span aria-hidden="true" className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full border-2 border-brand-700 bg-white" />
            <p className="text-sm text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{formatCentreDateTime(event.createdAt, locale)}</time>
              {" · "}
              {event.actor ? t("by", { name: event.actor.name, role: tAll(`review.roles.${event.actor.role}`) }) : t("bySystem")}
            </p>
            <p className="font-semibold">
              {t.has(`actions.${event.action}`) ? t(`actions.${event.action}`) : t("actions.OTHER")}
              {code && <> · {tCatalog.has(`documents.${code}`) ? tCatalog(`documents.${code}`) : code}</>}
            </p>
            {event.fromStatus && event.toStatus && (
              <p className="text-sm">
                {t("fromTo", { from: statusLabel(event.entityType, event.fromStatus), to: statusLabel(event.entityType, event.toStatus) })}
              </p>
            )}
            {assignee !== undefined && (
              <p className="text-sm">{t("assignedTo", { name: assignee ? (userNames.get(assignee) ?? "—") : t("nobody") })}</p>
            )}
            {due && <p className="text-sm">{t("dueDate", { date: date(due) })}</p>}
            {(reasonKey || reason) && <p className="text-sm">{t("reason", { reason: reasonKey ? tAll(reasonKey) : reason! })}</p>}
            {comment && <p className="text-sm italic">“{comment}”</p>}
            {fileName && <p className="text-sm">{t("file", { name: fileName })}</p>}
          </li>
        );
      })}
    </ol>
  );
}
