import { getTranslations } from "next-intl/server";
import type { IsoDate } from "@/lib/catalog";
import { Link } from "@/lib/i18n/navigation";
import { addCalendarDays } from "@/lib/rules/iso-date";
import { buttonClass } from "@/components/ui/button-class";

/** Previous/next day, today, and a date field: a plain GET form, so it works without JavaScript. */
export async function ScheduleDayNav({ date, today }: { date: IsoDate; today: IsoDate }) {
  const t = await getTranslations("booking.staff");
  const href = (day: IsoDate) => ({ pathname: "/staff/schedule", query: { date: day } });
  return (
    <nav aria-label={t("dateLabel")} className="flex flex-wrap items-end gap-3">
      <Link href={href(addCalendarDays(date, -1))} className={`${buttonClass("secondary")} gap-2`}>
        <span aria-hidden="true">←</span>
        {t("previousDay")}
      </Link>
      <Link href={href(today)} className={buttonClass("secondary")} aria-current={date === today ? "date" : undefined}>
        {t("today")}
      </Link>
      <Link href={href(addCalendarDays(date, 1))} className={`${buttonClass("secondary")} gap-2`}>
        {t("nextDay")}
        <span aria-hidden="true">→</span>
      </Link>
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="schedule-date" className="block font-semibold">
            {t("dateLabel")}
          </label>
          <input
            id="schedule-date"
            name="date"
            type="date"
            defaultValue={date}
            required
            className="rounded border-2 border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("show")}
        </button>
      </form>
    </nav>
  );
}
