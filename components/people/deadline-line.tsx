import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { PersonDeadline } from "@/lib/rules/person-deadlines";

const ICON: Record<PersonDeadline["urgency"], string> = { OVERDUE: "⚠", ACT_NOW: "●", SOON: "◐", LATER: "○" };
const TONE: Record<PersonDeadline["urgency"], string> = {
  OVERDUE: "bg-red-100 text-red-900 border-red-700",
  ACT_NOW: "bg-amber-100 text-amber-950 border-amber-700",
  SOON: "bg-sky-50 text-sky-950 border-sky-700",
  LATER: "bg-slate-50 text-slate-800 border-slate-400",
};

/** The urgency in words and with a symbol, never colour alone (WCAG 1.4.1). */
export async function UrgencyTag({ urgency }: { urgency: PersonDeadline["urgency"] }) {
  const t = await getTranslations("workspace.people.urgency");
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-semibold ${TONE[urgency]}`}>
      <span aria-hidden="true">{ICON[urgency]}</span>
      {t(urgency)}
    </span>
  );
}

/** One deadline in a sentence with its dates, e.g. "Extension window opens 3 February, closes 24 February…". */
export async function DeadlineLine({ deadline }: { deadline: PersonDeadline }) {
  const [t, locale] = await Promise.all([getTranslations("workspace.people.deadline"), getLocale()]);
  const date = (iso?: string) => (iso ? formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale as Locale) : "");
  return (
    <span>
      {t(deadline.kind, {
        due: date(deadline.dueOn),
        opens: date(deadline.opensOn),
        closes: date(deadline.closesOn),
        expiry: date(deadline.expiresOn),
        days: Math.abs(deadline.daysLeft),
        number: deadline.applicationNumber ?? "",
      })}
    </span>
  );
}
