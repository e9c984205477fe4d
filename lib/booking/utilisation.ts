import type { IsoDate } from "@/lib/catalog";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { centreInstant } from "./centre-time";
import { generateSlotDays, type SlotInput } from "./slots";

export type DayUtilisation = { date: IsoDate; booked: number; capacity: number };

/**
 * Seats taken and offered per working day over the booking horizon, today's past slots
 * included. Seats held in a slot that is off the current grid (booked before the slot length
 * changed) still count, with their own capacity, so nothing booked disappears from the table.
 */
export function utilisationByDay(input: SlotInput): DayUtilisation[] {
  const today = isoDateInTimeZone(input.now);
  const days = generateSlotDays({
    ...input,
    now: centreInstant(today, 0),
    settings: { ...input.settings, minLeadMinutes: 0, minNoticeWorkingDays: 0 },
  });
  return days.map(({ date, slots }) => {
    const onGrid = new Set(slots.map((s) => s.startsAt.getTime()));
    const offGrid = (input.counts ?? []).filter((c) => isoDateInTimeZone(c.startsAt) === date && !onGrid.has(c.startsAt.getTime()));
    const all = [...slots, ...offGrid];
    return { date, booked: all.reduce((sum, s) => sum + s.booked, 0), capacity: all.reduce((sum, s) => sum + s.capacity, 0) };
  });
}
