import { getTranslations } from "next-intl/server";
import { formatSlotDay } from "@/lib/booking/format-slot";
import type { DayUtilisation } from "@/lib/booking/utilisation";
import type { Locale } from "@/lib/kernel/locales";

/** Booked against capacity per day: numbers and a percentage in words, the bar only repeats them. */
export async function UtilisationTable({ days, locale }: { days: DayUtilisation[]; locale: Locale }) {
  const t = await getTranslations("booking.admin");
  const cell = "border-b border-slate-200 px-3 py-2 text-left";
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">{t("utilisationTitle")}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t("day")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("bookedPlaces")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("capacity")}
            </th>
            <th scope="col" className={cell}>
              {t("utilisation")}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const percent = day.capacity ? Math.round((day.booked / day.capacity) * 100) : 0;
            return (
              <tr key={day.date}>
                <th scope="row" className={`${cell} font-normal`}>
                  {formatSlotDay(day.date, locale)}
                </th>
                <td className={`${cell} text-right tabular-nums`}>{day.booked}</td>
                <td className={`${cell} text-right tabular-nums`}>{day.capacity}</td>
                <td className={cell}>
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="h-2 w-24 overflow-hidden rounded bg-slate-200">
                      <span className="block h-full bg-brand-700" style={{ width: `${Math.min(percent, 100)}%` }} />
                    </span>
                    <span className="tabular-nums">{t("percent", { percent })}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
