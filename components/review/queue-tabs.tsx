import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { QueueCounts } from "@/lib/review/data/staff-queue-counts";
import { getPathname } from "@/lib/i18n/navigation";
import { OPEN_QUEUE_STATUSES, QUEUE_STATUSES } from "@/lib/review/queue-order";
import { queueSearchParams, type QueueFilters, type StatusFilter } from "@/lib/review/queue-params";

/**
 * Counts per status that double as the status filter; the current one is marked for screen readers.
 * Plain links, like the filter form's GET: no client component and no prefetch per tab.
 */
export function QueueTabs({ filters, counts }: { filters: QueueFilters; counts: QueueCounts }) {
  const t = useTranslations("review.queue");
  const tStatus = useTranslations("status");
  const locale = useLocale() as Locale;
  const openTotal = OPEN_QUEUE_STATUSES.reduce((sum, s) => sum + (counts.byStatus[s] ?? 0), 0);
  const allTotal = QUEUE_STATUSES.reduce((sum, s) => sum + (counts.byStatus[s] ?? 0), 0);
  const tabs: { key: string; label: string; count: number; filter: Partial<QueueFilters>; current: boolean }[] = [
    {
      key: "open",
      label: t("tabs.open"),
      count: openTotal,
      filter: { status: "open", overdue: false },
      current: filters.status === "open" && !filters.overdue,
    },
    {
      key: "overdue",
      label: t("tabs.overdue"),
      count: counts.overdue,
      filter: { status: "open", overdue: true },
      current: filters.overdue,
    },
    ...QUEUE_STATUSES.map((status) => ({
      key: status,
      label: tStatus(status),
      count: counts.byStatus[status] ?? 0,
      filter: { status: status as StatusFilter, overdue: false },
      current: filters.status === status && !filters.overdue,
    })),
    {
      key: "all",
      label: t("tabs.all"),
      count: allTotal,
      filter: { status: "all", overdue: false },
      current: filters.status === "all" && !filters.overdue,
    },
  ];
  return (
    <nav aria-label={t("tabs.label")}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <a
              href={getPathname({ href: `/staff?${queueSearchParams({ ...filters, ...tab.filter }).toString()}`, locale })}
              aria-current={tab.current ? "page" : undefined}
              className={`inline-flex items-center gap-2 rounded border-2 px-3 py-1.5 text-sm font-semibold ${tab.current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:border-brand-700"} ${tab.key === "overdue" && tab.count > 0 && !tab.current ? "border-red-700 text-red-800" : ""}`}
            >
              {tab.key === "overdue" && tab.count > 0 && <span aria-hidden="true">⚠</span>}
              {tab.label}
              <span className={`rounded px-1.5 tabular-nums ${tab.current ? "bg-white text-brand-900" : "bg-slate-100"}`}>
                {formatNumber(tab.count, locale)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
