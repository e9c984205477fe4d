import { formatSlotDay, formatSlotTime } from "@/lib/booking/format-slot";
import type { SlotDay } from "@/lib/booking/slots";
import type { Locale } from "@/lib/kernel/locales";
import type { PickerDay } from "./slot-picker";

/** Slot days as the picker shows them: labels made on the server, in the centre's time zone. */
export function toPickerDays(days: SlotDay[], locale: Locale): PickerDay[] {
  return days.map((day) => ({
    date: day.date,
    label: formatSlotDay(day.date, locale),
    slots: day.slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), time: formatSlotTime(slot.startsAt), free: slot.free })),
  }));
}
