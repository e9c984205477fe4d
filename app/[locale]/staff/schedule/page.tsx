import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScheduleDayNav } from "@/components/booking/schedule-day-nav";
import { ScheduleSlot } from "@/components/booking/schedule-slot";
import { requireArea } from "@/lib/auth/current-user";
import { formatSlotDate } from "@/lib/booking/format-slot";
import { centreInstant } from "@/lib/booking/centre-time";
import { getDaySchedule } from "@/lib/booking/data/appointments-schedule";
import type { Locale } from "@/lib/kernel/locales";
import { isIsoDate, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { checkInAction, noShowAction } from "../../../../lib/booking/schedule-actions";
import { EmptyState } from "@/components/ui/empty-state";

type Props = PageProps<"/[locale]/staff/schedule">;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking.staff" });
  return { title: t("title") };
}

export default async function SchedulePage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("staff");
  const today = isoDateInTimeZone(new Date());
  const requested = (await searchParams).date;
  const isValid = requested === undefined || isIsoDate(requested);
  const date = typeof requested === "string" && isIsoDate(requested) ? requested : today;
  const [t, schedule] = await Promise.all([getTranslations("booking.staff"), getDaySchedule(user, date)]);
  const count = schedule.slots.reduce((sum, slot) => sum + slot.appointments.length, 0);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      <ScheduleDayNav date={date} today={today} />
      {!isValid && (
        <p role="alert" className="font-semibold text-red-700">
          {t("invalidDate")}
        </p>
      )}
      <h2 className="text-2xl font-semibold">
        {formatSlotDate(centreInstant(date, 12 * 60), locale)} <span className="font-normal text-slate-700">· {t("count", { count })}</span>
      </h2>
      {count === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        schedule.slots.map((slot) => (
          <ScheduleSlot key={slot.startsAt.toISOString()} slot={slot} checkIn={checkInAction} noShow={noShowAction} />
        ))
      )}
    </div>
  );
}
