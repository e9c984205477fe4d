import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/kernel/access";
import { listStaffQueue } from "@/lib/review/data/staff-queue";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { queueSearchParams, type QueueQuery } from "@/lib/review/queue-params";
import { QueueRowItem } from "./queue-row";

/** One page of the queue (loaded inside a Suspense boundary), with the link to the next page. */
export async function QueueResults({ user, query, locale }: { user: CurrentUser; query: QueueQuery; locale: Locale }) {
  const [t, page] = await Promise.all([getTranslations("review.queue"), listStaffQueue(user, query)]);
  const { cursor, ...filters } = query;
  if (page.rows.length === 0) {
    return (
      <div className="rounded border border-dashed border-slate-400 bg-white p-8 text-center">
        <p className="font-semibold">{cursor ? t("noMore") : t("empty")}</p>
        <Link href="/staff" className="mt-2 inline-block font-semibold text-brand-700 underline">
          {t("filters.clear")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" role="status">
        {t("showing", { count: page.rows.length })}
      </p>
      <ol className="space-y-3">
        {page.rows.map((row) => (
          <QueueRowItem key={row.id} row={row} filters={filters} now={page.now} locale={locale} />
        ))}
      </ol>
      <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
        {/* Plain links like the rows' (a Link would prefetch the next page: a full render of the queue). */}
        {cursor && (
          <a
            href={getPathname({ href: `/staff?${queueSearchParams(filters).toString()}`, locale })}
            className="font-semibold text-brand-700 underline"
          >
            {t("firstPage")}
          </a>
        )}
        {page.nextCursor && (
          <a
            href={getPathname({ href: `/staff?${queueSearchParams(filters, page.nextCursor).toString()}`, locale })}
            className="font-semibold text-brand-700 underline"
          >
            {t("nextPage")} →
          </a>
        )}
      </nav>
    </div>
  );
}
