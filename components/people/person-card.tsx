import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardPerson } from "@/lib/people/data/people-dashboard";
import { formatCalendarDate } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { countryName } from "@/lib/people/countries";
import { DeadlineLine, UrgencyTag } from "./deadline-line";
import { PersonActions } from "./person-actions";

/**
 * One person on a phone (issue 16: the dashboard table is wider than 390 px): the same facts as
 * the table row (PersonRow), stacked, with the next deadline first after the name.
 */
export async function PersonCard({ person }: { person: DashboardPerson }) {
  const [t, tp, ts, locale] = await Promise.all([
    getTranslations("workspace.people"),
    getTranslations("applications.people"),
    getTranslations("status"),
    getLocale(),
  ]);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale as Locale);
  return (
    <li
      className={`space-y-2 rounded border border-slate-300 bg-white p-3 text-sm ${person.principalId ? "ml-4" : ""}`}
      data-testid="person-card"
    >
      <p>
        <Link href={`/portal/people/${person.id}`} className="text-base font-semibold text-brand-700 underline">
          {person.fullName}
        </Link>
        {person.relationship && <span className="text-slate-600"> · {tp(`relationships.${person.relationship}`)}</span>}
        <span className="text-slate-600"> · {countryName(person.citizenship, locale as Locale)}</span>
      </p>
      {person.next ? (
        <div className="space-y-1">
          <UrgencyTag urgency={person.next.urgency} />
          <p>
            <DeadlineLine deadline={person.next} />
          </p>
        </div>
      ) : (
        <p className="text-slate-600">{t("nothingDue")}</p>
      )}
      <p>
        <span className="font-mono">{person.passportNumber}</span> · {t("validUntil", { date: date(person.passportExpiresOn) })}
      </p>
      {person.visa.category && (
        <p>
          {person.visa.category}
          {person.visa.expiresOn && <> · {t("validUntil", { date: date(person.visa.expiresOn) })}</>}
        </p>
      )}
      {person.openApplications.length > 0 && (
        <ul>
          {person.openApplications.map((a) => (
            <li key={a.id}>
              <Link href={`/portal/applications/${a.id}`} className="text-brand-700 underline">
                {a.number}
              </Link>{" "}
              <span className="text-xs">{ts(a.status as "SUBMITTED")}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-start gap-4">
        <PersonActions person={person} />
      </div>
    </li>
  );
}
