import { useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/review/data/staff-queue";
import { formatCalendarDate, formatCentreDateTime } from "@/lib/kernel/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { FINISHED_STATUSES } from "@/lib/review/queue-order";
import { queueSearchParams, type QueueFilters } from "@/lib/review/queue-params";
import { DeadlineText } from "./deadline-text";
import { ApplicationStatusTag } from "./status-tag";

const HOUR = 3_600_000;

/**
 * One application in the queue; an overdue one is marked in words and with an icon as well as colour.
 * Its links are plain anchors, not next-intl's Link: that is two client components per row for the
 * server to render and serialise, and every Link in view made the browser prefetch its target — a
 * full server render of an application page or of the queue per row (issue 19; decision 024).
 */
export function QueueRowItem({ row, filters, now, locale }: { row: QueueRow; filters: QueueFilters; now: Date; locale: Locale }) {
  const t = useTranslations("review.queue");
  const tCatalog = useTranslations("catalog");
  const service = tCatalog.has(`services.${row.serviceCode}.title`) ? tCatalog(`services.${row.serviceCode}.title`) : row.serviceCode;
  const hours = Math.max(0, Math.floor((now.getTime() - row.statusChangedAt.getTime()) / HOUR));
  const isFinished = FINISHED_STATUSES.includes(row.status);
  return (
    <li
      className={`grid gap-3 rounded border bg-white p-4 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] ${row.isOverdue ? "border-l-8 border-red-700" : "border-slate-300"}`}
    >
      <div>
        <a href={getPathname({ href: `/staff/applications/${row.id}`, locale })} className="text-lg font-semibold text-brand-700 underline">
          {row.number ?? row.id}
        </a>
        <p className="text-sm text-slate-700">{service}</p>
      </div>
      <div className="text-sm">
        <p className="font-medium">{row.principalName ?? "—"}</p>
        <p>
          <a
            href={getPathname({ href: `/staff?${queueSearchParams({ ...filters, companyId: row.companyId }).toString()}`, locale })}
            className="text-brand-700 underline"
          >
            {row.companyName}
          </a>{" "}
          <span className="font-mono text-slate-600">{t("bin", { bin: row.companyBin })}</span>
        </p>
      </div>
      <div className="space-y-1 text-sm">
        <ApplicationStatusTag status={row.status} />
        <p>
          {isFinished
            ? t("finishedAt", { when: formatCentreDateTime(row.statusChangedAt, locale) })
            : hours < 24
              ? t("waitingHours", { count: hours })
              : t("waitingDays", { count: Math.floor(hours / 24) })}
        </p>
      </div>
      <div className="space-y-1 text-sm">
        {row.status === "IN_PROCESSING" && row.dueDate && (
          <p>
            {t("due", { date: formatCalendarDate(row.dueDate, locale) })}
            {row.workingDaysLeft !== null && (
              <span className="block">
                <DeadlineText workingDaysLeft={row.workingDaysLeft} isOverdue={row.isOverdue} />
              </span>
            )}
          </p>
        )}
        {(row.status === "CHANGES_REQUESTED" || row.status === "LAPSED") && row.changesDueOn && (
          <p data-testid="queue-changes-deadline">
            {t(row.status === "LAPSED" ? "changesLapsed" : "changesDue", { date: formatCalendarDate(row.changesDueOn, locale) })}
          </p>
        )}
        {row.handInBy && (
          <p data-testid="queue-hand-in" className={row.handInClosed ? "font-semibold text-red-800" : "font-semibold"}>
            {t(row.handInClosed ? "handInClosed" : "handInBy", { date: formatCalendarDate(new Date(`${row.handInBy}T00:00:00Z`), locale) })}
          </p>
        )}
        <p className="text-slate-700">{row.assigneeName ? t("assignee", { name: row.assigneeName }) : t("unassigned")}</p>
        {row.invoiceStatus && (
          <p data-testid="queue-payment" className={row.invoiceStatus === "RECEIPT_UPLOADED" ? "font-semibold" : "text-slate-700"}>
            {t(`payment.${row.invoiceStatus}`)}
          </p>
        )}
      </div>
    </li>
  );
}
