import { getTranslations } from "next-intl/server";
import { formatSlotDay } from "@/lib/booking/format-slot";
import type { DayUtilisation } from "@/lib/booking/utilisation";
import type { Locale } from "@/lib/kernel/locales";
import { Cell, RowHeader, Table } from "@/components/ui/table";

/** Booked against capacity per day: numbers and a percentage in words, the bar only repeats them. */
export async function UtilisationTable({ days, locale }: { days: DayUtilisation[]; locale: Locale }) {
  const t = await getTranslations("booking.admin");
  return (
    <Table
      // Not the section's heading: the table's scroll box is a region named by its caption, and two
      // regions with one name (the section's and the table's) are indistinguishable (axe landmark-unique).
      caption={t("utilisationCaption")}
      columns={[
        { label: t("day") },
        { label: t("bookedPlaces"), align: "end" },
        { label: t("capacity"), align: "end" },
        { label: t("utilisation") },
      ]}
      className="w-full bg-white text-sm"
    >
      {days.map((day) => {
        const percent = day.capacity ? Math.round((day.booked / day.capacity) * 100) : 0;
        return (
          <tr key={day.date}>
            <RowHeader className="font-normal">{formatSlotDay(day.date, locale)}</RowHeader>
            <Cell align="end">{day.booked}</Cell>
            <Cell align="end">{day.capacity}</Cell>
            <Cell>
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="h-2 w-24 overflow-hidden rounded bg-slate-200">
                  <span className="block h-full bg-brand-700" style={{ width: `${Math.min(percent, 100)}%` }} />
                </span>
                <span className="tabular-nums">{t("percent", { percent })}</span>
              </span>
            </Cell>
          </tr>
        );
      })}
    </Table>
  );
}
