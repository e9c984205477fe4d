import { getLocale, getTranslations } from "next-intl/server";
import { getService, isServiceCode } from "@/lib/catalog";
import type { DashboardPerson } from "@/lib/data/people-dashboard";
import { formatCalendarDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { removePersonAction, restorePersonAction, startExtensionAction } from "@/lib/people/actions";
import { countryName } from "@/lib/people/countries";
import { DeadlineLine, UrgencyTag } from "./deadline-line";

const cell = "border-b border-slate-200 px-3 py-2 text-left align-top";
const EXTENSION_KINDS = new Set(["EXTENSION_WINDOW_OPEN", "EXTENSION_WINDOW_UPCOMING"]);

/** One person on the dashboard: expiries, open applications, the next deadline and what to do. */
export async function PersonRow({ person }: { person: DashboardPerson }) {
  const [t, tp, ts, tc, locale] = await Promise.all([
    getTranslations("workspace.people"), getTranslations("applications.people"), getTranslations("status"), getTranslations("catalog"), getLocale(),
  ]);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale as Locale);
  const canExtend = person.deadlines.some((d) => EXTENSION_KINDS.has(d.kind)) && !person.archivedAt;
  return (
    <tr data-testid="person-row">
      <th scope="row" className={`${cell} font-medium ${person.principalId ? "pl-8" : ""}`}>
        <Link href={`/portal/people/${person.id}`} className="text-brand-700 underline">{person.fullName}</Link>
        {person.relationship && <span className="block text-xs font-normal text-slate-600">{tp(`relationships.${person.relationship}`)}</span>}
        <span className="block text-xs font-normal text-slate-600">{countryName(person.citizenship, locale as Locale)}</span>
      </th>
      <td className={cell}>
        <span className="font-mono">{person.passportNumber}</span>
        <span className="block">{t("validUntil", { date: date(person.passportExpiresOn) })}</span>
      </td>
      <td className={cell}>
        {person.visa.category ? (
          <>
            {person.visa.category}
            {person.visa.expiresOn && <span className="block">{t("validUntil", { date: date(person.visa.expiresOn) })}</span>}
            {person.visa.fromApplication && (
              <span className="block text-xs text-slate-600">
                {t("fromApplication", { number: person.visa.fromApplication.number ?? "", date: date(person.visa.fromApplication.completedOn) })}
              </span>
            )}
          </>
        ) : "—"}
      </td>
      <td className={cell}>
        {person.openApplications.length === 0 ? "—" : (
          <ul>
            {person.openApplications.map((a) => (
              <li key={a.id}>
                <Link href={`/portal/applications/${a.id}`} className="text-brand-700 underline">{a.number}</Link>{" "}
                <span className="text-xs">{isServiceCode(a.serviceCode) ? tc(getService(a.serviceCode).messages.title) : a.serviceCode} · {ts(a.status as "SUBMITTED")}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className={cell} data-testid="next-deadline">
        {person.next ? (
          <div className="space-y-1">
            <UrgencyTag urgency={person.next.urgency} />
            <p><DeadlineLine deadline={person.next} /></p>
            {person.deadlines.slice(1).map((d) => (
              <p key={`${d.kind}-${d.applicationId ?? ""}`} className="text-xs text-slate-700"><DeadlineLine deadline={d} /></p>
            ))}
          </div>
        ) : <span className="text-slate-600">{t("nothingDue")}</span>}
      </td>
      <td className={`${cell} space-y-2`}>
        {canExtend && (
          <form action={startExtensionAction.bind(null, person.id)}>
            <button type="submit" className="font-semibold text-brand-700 underline">
              {t("startExtension")}<span className="sr-only"> {person.fullName}</span>
            </button>
          </form>
        )}
        {!person.principalId && !person.archivedAt && (
          <Link href={`/portal/people/new?principal=${person.id}`} className="block font-semibold text-brand-700 underline">
            {tp("addFamily")}<span className="sr-only"> {person.fullName}</span>
          </Link>
        )}
        {person.archivedAt ? (
          <form action={restorePersonAction.bind(null, person.id)}>
            <button type="submit" className="font-semibold text-brand-700 underline">{t("restore")}<span className="sr-only"> {person.fullName}</span></button>
          </form>
        ) : person.openApplications.length === 0 && (
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-red-800">{t("remove")}<span className="sr-only"> {person.fullName}</span></summary>
            <p className="mt-1 max-w-xs text-sm">{t("removeExplain")}</p>
            <form action={removePersonAction.bind(null, person.id)}>
              <button type="submit" className="mt-1 rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white">{t("removeConfirm", { name: person.fullName })}</button>
            </form>
          </details>
        )}
      </td>
    </tr>
  );
}
