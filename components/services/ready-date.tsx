"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CalendarEntry, IsoDate, ProcessingTime } from "@/lib/catalog";
import { isIsoDate } from "@/lib/rules/iso-date";
import { addWorkingDays, dueDate } from "@/lib/rules/working-days";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import { TextField } from "@/components/ui/text-field";

type Props = { processingTime: ProcessingTime; mayExtend: boolean; today: IsoDate; calendar: CalendarEntry[] };

const dateOf = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/**
 * When the result is expected, counted in Kazakhstan working days (holidays and moved days
 * from the admins' calendar) from the day the Expat Centre receives the originals.
 */
export function ReadyDate({ processingTime, mayExtend, today, calendar }: Props) {
  const t = useTranslations("services.calculator.ready");
  const tc = useTranslations("catalog");
  const locale = useLocale() as Locale;
  const [start, setStart] = useState<string>(today);
  const valid = isIsoDate(start);
  const format = (iso: IsoDate) => formatCalendarDate(dateOf(iso), locale);

  let result: string;
  if (!valid) result = "";
  else if (processingTime.kind === "MINUTES") result = t("sameDay", { start: format(start), minutes: processingTime.value });
  else if (processingTime.min === processingTime.max)
    result = t("byDate", { start: format(start), date: format(dueDate(start, processingTime, calendar)), days: processingTime.max });
  else
    result = t("between", {
      start: format(start),
      from: format(addWorkingDays(start, processingTime.min, calendar)),
      to: format(dueDate(start, processingTime, calendar)),
    });

  return (
    <div className="space-y-3">
      <h3 className="text-lg font-semibold">{t("title")}</h3>
      <TextField
        id="calculator-start-date"
        type="date"
        label={t("startLabel")}
        hint={t("startHint")}
        value={start}
        onChange={(event) => setStart(event.target.value)}
        error={valid ? undefined : t("invalidDate")}
      />
      <p aria-live="polite" className="font-semibold" data-testid="ready-date">
        {result}
      </p>
      {mayExtend && <p className="text-sm text-slate-600">{tc("processing.mayExtend")}</p>}
    </div>
  );
}
