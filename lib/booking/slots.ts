import type { CalendarEntry, IsoDate } from "@/lib/catalog";
import { addCalendarDays, isoDateInTimeZone } from "@/lib/rules/iso-date";
import { addWorkingDays, isWorkingDay } from "@/lib/rules/working-days";
import { CENTRE_SESSIONS, type Session } from "./centre";
import { centreInstant } from "./centre-time";
import type { BookingSettingsValues } from "./settings";

// Pure slot generation: no clock, no database. Everything it depends on is an argument, so the
// booking page, the booking transaction (which re-checks the chosen time) and the admin's
// utilisation table all agree on what a slot is.

export type TimeRange = { startsAt: Date; endsAt: Date };
/** A BookingSlot row: seats taken so far, and the capacity fixed when the row was created. */
export type SlotCount = { startsAt: Date; booked: number; capacity: number };
export type Slot = TimeRange & { capacity: number; booked: number; free: number };
export type SlotDay = { date: IsoDate; slots: Slot[] };

export type SlotRules = Pick<BookingSettingsValues, "slotMinutes" | "capacityPerSlot" | "horizonWorkingDays" | "minLeadMinutes"> &
  Partial<Pick<BookingSettingsValues, "minNoticeWorkingDays">>;

export type SlotInput = {
  now: Date;
  settings: SlotRules;
  /** Holidays, moved days off and moved working days (the Holiday table). */
  calendar: readonly CalendarEntry[];
  blocked?: readonly TimeRange[];
  counts?: readonly SlotCount[];
  sessions?: readonly Session[];
  /**
   * Days the documents may be handed in, when the service limits them (the extension window,
   * L495): no slot before `from` or after `until`. Days before `from` do not use up the horizon.
   */
  window?: { from: IsoDate; until: IsoDate } | null;
};

const overlaps = (a: TimeRange, b: TimeRange) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** Every slot of `date` on the grid (each session from its start, whole slots only), minus blocked ones. */
export function daySlots(date: IsoDate, input: Omit<SlotInput, "now">): Slot[] {
  const { slotMinutes, capacityPerSlot } = input.settings;
  const counts = new Map((input.counts ?? []).map((c) => [c.startsAt.getTime(), c]));
  const slots: Slot[] = [];
  for (const session of input.sessions ?? CENTRE_SESSIONS) {
    for (let minute = session.from; minute + slotMinutes <= session.to; minute += slotMinutes) {
      const range = { startsAt: centreInstant(date, minute), endsAt: centreInstant(date, minute + slotMinutes) };
      if ((input.blocked ?? []).some((b) => overlaps(range, b))) continue;
      const count = counts.get(range.startsAt.getTime());
      const capacity = count?.capacity ?? capacityPerSlot;
      const booked = count?.booked ?? 0;
      slots.push({ ...range, capacity, booked, free: Math.max(0, capacity - booked) });
    }
  }
  return slots;
}

/**
 * The next `horizonWorkingDays` working days from today at the centre (or from the
 * `minNoticeWorkingDays`-th working day after today), each with the slots that
 * start at least `minLeadMinutes` from now. A day whose every slot is already too soon (today,
 * late in the afternoon) does not count towards the horizon. Full slots stay in, with free = 0.
 */
export function generateSlotDays(input: SlotInput): SlotDay[] {
  const earliest = new Date(input.now.getTime() + input.settings.minLeadMinutes * 60_000);
  const days: SlotDay[] = [];
  // A day's notice (aifc.kz): with minNoticeWorkingDays = 1 the first bookable day is the next working day.
  const notice = input.settings.minNoticeWorkingDays ?? 0;
  let date = notice > 0 ? addWorkingDays(isoDateInTimeZone(input.now), notice, input.calendar) : isoDateInTimeZone(input.now);
  // A guard against a calendar that (wrongly) closes every day: never loop for ever.
  for (let scanned = 0; days.length < input.settings.horizonWorkingDays && scanned < 366 * 2; scanned++, date = addCalendarDays(date, 1)) {
    if (input.window && date > input.window.until) break;
    if (!isWorkingDay(date, input.calendar)) continue;
    if (input.window && date < input.window.from) continue;
    const grid = daySlots(date, { ...input, blocked: [] });
    if (grid.length === 0 || grid[grid.length - 1].startsAt < earliest) continue;
    days.push({ date, slots: daySlots(date, input).filter((slot) => slot.startsAt >= earliest) });
  }
  return days;
}

/** The slot starting exactly at `startsAt` if the calendar offers it now (seats not considered). */
export function findOfferedSlot(input: SlotInput, startsAt: Date): Slot | null {
  const date = isoDateInTimeZone(startsAt);
  const day = generateSlotDays({ ...input, counts: [] }).find((d) => d.date === date);
  return day?.slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime()) ?? null;
}
