import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button-class";
import type { FormResult } from "@/lib/kernel/forms";
import { canChangeOnline, changeDeadline } from "@/lib/booking/change-cutoff";
import { formatSlotDate, formatSlotTime } from "@/lib/booking/format-slot";
import type { OriginalToBring } from "@/lib/booking/originals-to-bring";
import { formatCentreDateTime } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { CancelAppointment } from "./cancel-appointment";
import { OriginalsList } from "./originals-list";

type AppointmentConfirmationProps = {
  locale: Locale;
  application: { id: string; number: string | null };
  serviceTitle: string;
  appointment: { id: string; startsAt: Date };
  originals: OriginalToBring[];
  personalPresence: boolean;
  changeCutoffHours: number;
  now: Date;
  cancelAction: (input: { applicationId: string }) => Promise<FormResult>;
};

/** What the applicant needs on the day, and how to change it: the page after booking. */
export async function AppointmentConfirmation(props: AppointmentConfirmationProps) {
  const { locale, application, appointment, changeCutoffHours } = props;
  const t = await getTranslations("booking.confirmation");
  const when = formatCentreDateTime(appointment.startsAt, locale);
  const rows: [string, string][] = [
    [t("number"), application.number ?? "—"],
    [t("service"), props.serviceTitle],
    [t("date"), formatSlotDate(appointment.startsAt, locale)],
    [t("time"), t("timeValue", { time: formatSlotTime(appointment.startsAt) })],
    [t("address"), t("addressValue")],
  ];
  return (
    <div className="space-y-8">
      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-2xl font-semibold">
          {t("detailsTitle")}
        </h2>
        <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {rows.map(([term, value]) => (
            <div key={term} className="grid gap-1 px-4 py-3 sm:grid-cols-3">
              <dt className="font-semibold">{term}</dt>
              <dd className="sm:col-span-2">{value}</dd>
            </div>
          ))}
        </dl>
        <a href={`/api/appointments/${appointment.id}/ics`} download className="inline-block font-semibold text-brand-700 underline">
          {t("calendar")}
        </a>
      </section>
      {props.personalPresence && (
        <section aria-labelledby="presence-title" className="border-l-4 border-slate-700 bg-white p-4">
          <h2 id="presence-title" className="text-lg font-semibold">
            {t("presenceTitle")}
          </h2>
          <p>{t("presence")}</p>
        </section>
      )}
      <section aria-labelledby="bring-title" className="space-y-3">
        <h2 id="bring-title" className="text-2xl font-semibold">
          {t("bringTitle")}
        </h2>
        {props.originals.length > 0 && <p>{t("bringLead")}</p>}
        <OriginalsList originals={props.originals} emptyText={t("bringEmpty")} />
      </section>
      <section aria-labelledby="change-title" className="space-y-3">
        <h2 id="change-title" className="text-2xl font-semibold">
          {t("changeTitle")}
        </h2>
        {canChangeOnline(appointment.startsAt, changeCutoffHours, props.now) ? (
          <>
            <p>
              {t("changeUntil", {
                deadline: formatCentreDateTime(changeDeadline(appointment.startsAt, changeCutoffHours), locale),
                hours: changeCutoffHours,
              })}
            </p>
            <div className="flex flex-wrap items-start gap-3">
              <Link
                href={{ pathname: `/portal/applications/${application.id}/appointment`, query: { change: "1" } }}
                className={buttonClass("primary")}
              >
                {t("reschedule")}
              </Link>
              <CancelAppointment applicationId={application.id} when={when} action={props.cancelAction} />
            </div>
          </>
        ) : (
          <p>{t("changeClosed", { hours: changeCutoffHours })}</p>
        )}
      </section>
    </div>
  );
}
