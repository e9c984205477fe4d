import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { countStaffQueue } from "@/lib/review/data/staff-queue-counts";
import { findQueueCompanyName } from "@/lib/review/data/staff-queue-company";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { parseQueueParams, queueSearchParams } from "@/lib/review/queue-params";
import { QueueFilterForm } from "@/components/review/queue-filters";
import { QueueResults } from "@/components/review/queue-results";
import { QueueSkeleton } from "@/components/review/queue-skeleton";
import { QueueTabs } from "@/components/review/queue-tabs";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review.queue" });
  return { title: t("title") };
}

/** The staff queue: every company's submitted applications, most urgent first; filters in the URL. */
export default async function StaffQueuePage({ params, searchParams }: PageProps<"/[locale]/staff">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const query = parseQueueParams(await searchParams);
  const { cursor, ...filters } = query;
  const [t, tBooking, tPayments, tCompanies, tReports, counts, companyName] = await Promise.all([
    getTranslations("review.queue"),
    getTranslations("booking.staff"),
    getTranslations("vault.payments"),
    getTranslations("staff.companies"),
    getTranslations("reports"),
    countStaffQueue(user),
    filters.companyId ? findQueueCompanyName(user, filters.companyId) : Promise.resolve(null),
  ]);
  // A new key per query: the skeleton shows while the next page or filter loads.
  const key = queueSearchParams(filters, cursor ? JSON.stringify(cursor) : undefined).toString();
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("lead")}</p>
        </div>
        <nav aria-label={t("title")} className="flex flex-wrap gap-4">
          <Link href="/staff/schedule" className="font-semibold text-brand-700 underline">
            {tBooking("title")}
          </Link>
          <Link href="/staff/payments" className="font-semibold text-brand-700 underline">
            {tPayments("title")}
          </Link>
          <Link href="/staff/companies" className="font-semibold text-brand-700 underline">
            {tCompanies("nav", { count: counts.companiesToVerify })}
          </Link>
          <Link href="/staff/reports" className="font-semibold text-brand-700 underline">
            {tReports("nav")}
          </Link>
        </nav>
      </header>
      <QueueTabs filters={filters} counts={counts} />
      <QueueFilterForm filters={filters} action={getPathname({ href: "/staff", locale })} companyName={companyName} />
      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="sr-only">
          {t("results")}
        </h2>
        <Suspense key={key} fallback={<QueueSkeleton />}>
          <QueueResults user={user} query={query} locale={locale} />
        </Suspense>
      </section>
    </div>
  );
}
