"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { PickerDay } from "./slot-picker";
import { EmptyState } from "@/components/ui/empty-state";

// The radio itself shows the choice; the border and background only repeat it (not colour alone).
const option = (disabled: boolean) =>
  `flex min-h-11 items-start gap-3 rounded border-2 border-slate-300 bg-white p-3 has-checked:border-brand-700 has-checked:bg-brand-50 ${disabled ? "cursor-not-allowed text-slate-500" : "cursor-pointer hover:border-brand-600"}`;

type DayChoiceProps = {
  days: PickerDay[];
  selected: string | undefined;
  freeCount: (day: PickerDay) => number;
  onSelect: (date: string) => void;
};

export function DayChoice({ days, selected, freeCount, onSelect }: DayChoiceProps) {
  const t = useTranslations("booking.picker");
  return (
    <fieldset aria-describedby="day-hint" className="space-y-3">
      <legend className="text-xl font-semibold">{t("dayLegend")}</legend>
      <p id="day-hint" className="text-slate-700">
        {t("dayHint", { count: days.length })}
      </p>
      <div className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {days.map((day) => {
          const free = freeCount(day);
          return (
            <label key={day.date} className={option(free === 0)}>
              <input
                type="radio"
                name="day"
                value={day.date}
                checked={day.date === selected}
                disabled={free === 0}
                onChange={() => onSelect(day.date)}
                className="mt-1 size-5 shrink-0"
              />
              <span>
                <span className="block font-semibold">{day.label}</span>
                <span className="block text-sm">{free > 0 ? t("dayFree", { count: free }) : t("dayFull")}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

type TimeChoiceProps = { day: PickerDay; slotMinutes: number; error?: string; register: UseFormRegisterReturn<"startsAt"> };

export function TimeChoice({ day, slotMinutes, error, register }: TimeChoiceProps) {
  const t = useTranslations("booking.picker");
  const hasFree = day.slots.some((s) => s.free > 0);
  return (
    <fieldset
      id="startsAt"
      aria-describedby={`time-hint${error ? " startsAt-error" : ""}`}
      className={`space-y-3 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}
    >
      <legend className="text-xl font-semibold">{t("timeLegend", { day: day.label })}</legend>
      <p id="time-hint" className="text-slate-700">
        {t("timeHint", { minutes: slotMinutes })}
      </p>
      {error && (
        <p id="startsAt-error" className="font-semibold text-red-700">
          {error}
        </p>
      )}
      {!hasFree ? (
        <EmptyState size="sm" centred={false}>
          {t("noTimes")}
        </EmptyState>
      ) : (
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
          {day.slots.map((slot) => (
            <label key={slot.startsAt} className={option(slot.free === 0)}>
              <input type="radio" value={slot.startsAt} disabled={slot.free === 0} {...register} className="mt-1 size-5 shrink-0" />
              <span>
                <span className="block font-semibold tabular-nums">{slot.time}</span>
                <span className="block text-sm">{slot.free > 0 ? t("placesLeft", { count: slot.free }) : t("slotFull")}</span>
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
