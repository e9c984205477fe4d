import { getTranslations } from "next-intl/server";
import type { FormResult } from "@/lib/kernel/forms";
import { formatSlotTime } from "@/lib/booking/format-slot";
import { getService, isServiceCode } from "@/lib/catalog";
import type { getDaySchedule } from "@/lib/booking/data/appointments-schedule";
import { OriginalsList } from "./originals-list";
import { StaffAppointmentActions } from "./staff-appointment-actions";

type Slot = Awaited<ReturnType<typeof getDaySchedule>>["slots"][number];
type Action = (input: { appointmentId: string }) => Promise<FormResult>;

/** One start time of the day schedule: seats taken, then each applicant expected at that time. */
export async function ScheduleSlot({ slot, checkIn, noShow }: { slot: Slot; checkIn: Action; noShow: Action }) {
  const [t, tCatalog] = await Promise.all([getTranslations("booking.staff"), getTranslations("catalog")]);
  const time = formatSlotTime(slot.startsAt);
  return (
    <section aria-labelledby={`slot-${time}`} className="space-y-3">
      <h3 id={`slot-${time}`} className="flex flex-wrap items-baseline gap-3 text-xl font-semibold">
        <span className="tabular-nums">{time}</span>
        <span className="text-base font-normal text-slate-700">{t("seats", { booked: slot.booked, capacity: slot.capacity })}</span>
      </h3>
      <ul className="grid gap-3 lg:grid-cols-2">
        {slot.appointments.map((a) => {
          const number = a.applicationNumber ?? "—";
          const service = isServiceCode(a.serviceCode) ? tCatalog(getService(a.serviceCode).messages.title) : a.serviceCode;
          return (
            <li key={a.id} className="space-y-3 rounded border border-slate-300 bg-white p-4">
              <h4 id={`appointment-${a.id}`} className="text-lg font-semibold">
                {number} · {a.companyName}
              </h4>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("person")}</dt>
                <dd>{a.personName ?? t("noPerson")}</dd>
                <dt className="font-semibold">{t("service")}</dt>
                <dd>{service}</dd>
                <dt className="font-semibold">{t("state")}</dt>
                <dd>{t(`statuses.${a.status}`)}</dd>
              </dl>
              <details>
                <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("originals")}</summary>
                <div className="pt-2">
                  <OriginalsList originals={a.originals} emptyText={t("noPerson")} />
                </div>
              </details>
              <StaffAppointmentActions
                appointmentId={a.id}
                number={number}
                isOpen={a.status === "BOOKED"}
                describedBy={`appointment-${a.id}`}
                checkIn={checkIn}
                noShow={noShow}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
