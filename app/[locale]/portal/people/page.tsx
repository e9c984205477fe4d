import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { requireArea } from "@/lib/auth/current-user";
import { listPeopleDashboard, type PeopleFilter } from "@/lib/people/data/people-dashboard";
import type { Locale } from "@/lib/kernel/locales";
import { URGENCY_ORDER, type Urgency } from "@/lib/rules/person-deadlines";
import { PeopleFilters } from "@/components/people/people-filters";
import { PersonCard } from "@/components/people/person-card";
import { PersonRow } from "@/components/people/person-row";
import { Table } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/people">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "workspace.people" });
  return { title: t("title") };
}

const REMOVAL_NOTICES = ["DELETED", "ARCHIVED", "NOT_FOUND", "HAS_OPEN_APPLICATION", "HAS_FAMILY", "NOT_EXTENDABLE"] as const;

/** Issue 17: every foreign national of the company, the most urgent deadline first. */
export default async function PeoplePage({ params, searchParams }: PageProps<"/[locale]/portal/people">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const query = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const urgency = URGENCY_ORDER.find((u) => u === one(query.urgency)) as Urgency | undefined;
  const filter: PeopleFilter = { urgency: urgency ?? "ALL", q: one(query.q)?.slice(0, 100), archived: one(query.archived) === "1" };
  const notice = REMOVAL_NOTICES.find((n) => n === one(query.removed));
  const [t, people] = await Promise.all([getTranslations("workspace.people"), listPeopleDashboard(user, filter)]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("lead")}</p>
        </div>
        <Link href="/portal/people/new" className={buttonClass("primary")}>
          {t("add")}
        </Link>
      </header>
      {notice && (
        <p role="status" className="rounded border-l-8 border-brand-700 bg-white p-3">
          {t(`notices.${notice}`)}
        </p>
      )}
      <PeopleFilters filter={filter} />
      {people.length === 0 ? (
        <EmptyState size="lg">{filter.archived ? t("emptyArchived") : t("empty")}</EmptyState>
      ) : (
        <>
          {/* Phones: one card per person instead of a table wider than the screen. */}
          <ul className="space-y-3 md:hidden" aria-label={t("title")} data-testid="people-cards">
            {people.map((p) => (
              <PersonCard key={p.id} person={p} />
            ))}
          </ul>
          <Table
            caption={t("caption")}
            columns={(["person", "passport", "visa", "applications", "next", "actions"] as const).map((h) => ({
              label: t(`columns.${h}`),
            }))}
            className="w-full bg-white text-sm"
            scrollClassName="relative hidden overflow-x-auto md:block"
          >
            {people.map((p) => (
              <PersonRow key={p.id} person={p} />
            ))}
          </Table>
        </>
      )}
    </div>
  );
}
