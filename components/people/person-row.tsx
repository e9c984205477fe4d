import { getLocale, getTranslations } from "next-intl/server";
import { getService, isServiceCode } from "@/lib/catalog";
import type { DashboardPerson } from "@/lib/people/data/people-dashboard";
import { formatCalendarDate } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { countryName } from "@/lib/people/countries";
import { DeadlineLine, UrgencyTag } from "./deadline-line";
import { PersonActions } from "./person-actions";
import { Cell, RowHeader } from "@/components/ui/table";

/** One person on the dashboard: expiries, open applications, the next deadline and what to do. */
export async function PersonRow({ person }: { person: DashboardPerson }) {
  const [t, tp, ts, tc, locale] = await Promise.all([
    getTranslations("workspace.people"),
    getTranslations("applications.people"),
    getTranslations("status"),
    getTranslations("catalog"),
    getLocale(),
  ]);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale as Locale);
  return (
    <tr data-testid="person-row">
      <RowHeader className={`font-medium ${person.principalId ? "pl-8" : ""}`}>
        <Link href={`/portal/people/${person.id}`} className="text-brand-700 underline">
          {person.fullName}
        </Link>
        {person.relationship && (
          <span className="block text-xs font-normal text-slate-600">{tp(`relationships.${person.relationship}`)}</span>
        )}
        <span className="block text-xs font-normal text-slate-600">{countryName(person.citizenship, locale as Locale)}</span>
      </RowHeader>
      <Cell>
        <span className="font-mono">{person.passportNumber}</span>
        <span className="block">{t("validUntil", { date: date(person.passportExpiresOn) })}</span>
      </Cell>
      <Cell>
        {person.visa.category ? (
          <>
            {person.visa.category}
            {person.visa.expiresOn && <span className="block">{t("validUntil", { date: date(person.visa.expiresOn) })}</span>}
            {person.visa.fromApplication && (
              <span className="block text-xs text-slate-600">
                {t("fromApplication", {
                  number: person.visa.fromApplication.number ?? "",
                  date: date(person.visa.fromApplication.completedOn),
                })}
              </span>
            )}
          </>
        ) : (
          "—"
        )}
      </Cell>
      <Cell>
        {person.openApplications.length === 0 ? (
          "—"
        ) : (
          <ul>
            {person.openApplications.map((a) => (
              <li key={a.id}>
                <Link href={`/portal/applications/${a.id}`} className="text-brand-700 underline">
                  {a.number}
                </Link>{" "}
                <span className="text-xs">
                  {isServiceCode(a.serviceCode) ? tc(getService(a.serviceCode).messages.title) : a.serviceCode} ·{" "}
                  {ts(a.status as "SUBMITTED")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Cell>
      <Cell data-testid="next-deadline">
        {person.next ? (
          <div className="space-y-1">
            <UrgencyTag urgency={person.next.urgency} />
            <p>
              <DeadlineLine deadline={person.next} />
            </p>
            {person.deadlines.slice(1).map((d) => (
              <p key={`${d.kind}-${d.applicationId ?? ""}`} className="text-xs text-slate-700">
                <DeadlineLine deadline={d} />
              </p>
            ))}
          </div>
        ) : (
          <span className="text-slate-600">{t("nothingDue")}</span>
        )}
      </Cell>
      <Cell className="space-y-2">
        <PersonActions person={person} />
      </Cell>
    </tr>
  );
}
