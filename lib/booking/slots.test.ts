import { describe, expect, it } from "vitest";
import { KZ_CALENDAR_2025, KZ_CALENDAR_2026 } from "@/lib/catalog";
import { centreInstant, centreMinuteOf } from "./centre-time";
import { DEFAULT_BOOKING_SETTINGS } from "./settings";
import { daySlots, findOfferedSlot, generateSlotDays, type SlotInput } from "./slots";
import { utilisationByDay } from "./utilisation";

const calendar = [...KZ_CALENDAR_2025, ...KZ_CALENDAR_2026];
// Most cases describe the same-day rules (minimum lead time); the day's notice has its own test.
const settings = { ...DEFAULT_BOOKING_SETTINGS, minNoticeWorkingDays: 0 };
/** An instant given as Astana wall-clock time ("2026-06-01 08:00"). */
const astana = (text: string) => new Date(`${text.replace(" ", "T")}:00+05:00`);
const times = (slots: { startsAt: Date }[]) =>
  slots.map((s) => {
    const minute = centreMinuteOf(s.startsAt);
    return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  });
const input = (now: string, extra: Partial<SlotInput> = {}): SlotInput => ({ now: astana(now), settings, calendar, ...extra });

describe("the centre's time zone", () => {
  it("is UTC+5 in the runtime's tz data (Kazakhstan moved to one zone in March 2024)", () => {
    expect(centreInstant("2026-06-01", 10 * 60).toISOString()).toBe("2026-06-01T05:00:00.000Z");
    expect(centreInstant("2026-01-15", 16 * 60 + 30).toISOString()).toBe("2026-01-15T11:30:00.000Z");
    const offset = new Intl.DateTimeFormat("en", { timeZone: "Asia/Almaty", timeZoneName: "longOffset" }).format(
      new Date("2026-06-01T05:00:00Z"),
    );
    expect(offset).toContain("GMT+05:00");
  });
});

describe("slots of one day", () => {
  it("runs 10:00–16:30 in 30-minute slots, never in the 13:00–14:00 lunch break", () => {
    expect(times(daySlots("2026-06-01", { settings, calendar }))).toEqual([
      "10:00",
      "10:30",
      "11:00",
      "11:30",
      "12:00",
      "12:30",
      "14:00",
      "14:30",
      "15:00",
      "15:30",
      "16:00",
    ]);
  });

  it.each([
    [45, ["10:00", "10:45", "11:30", "12:15", "14:00", "14:45", "15:30"]],
    [60, ["10:00", "11:00", "12:00", "14:00", "15:00"]],
    [
      20,
      [
        "10:00",
        "10:20",
        "10:40",
        "11:00",
        "11:20",
        "11:40",
        "12:00",
        "12:20",
        "12:40",
        "14:00",
        "14:20",
        "14:40",
        "15:00",
        "15:20",
        "15:40",
        "16:00",
      ],
    ],
  ])("fits whole %i-minute slots into each session", (slotMinutes, expected) => {
    const slots = daySlots("2026-06-01", { settings: { ...settings, slotMinutes }, calendar });
    expect(times(slots)).toEqual(expected);
    for (const slot of slots) expect(centreMinuteOf(slot.endsAt) <= 13 * 60 || centreMinuteOf(slot.startsAt) >= 14 * 60).toBe(true);
  });

  it("drops slots that overlap a blocked period and keeps the ones touching it", () => {
    const blocked = [{ startsAt: astana("2026-06-01 11:15"), endsAt: astana("2026-06-01 12:00") }];
    expect(times(daySlots("2026-06-01", { settings, calendar, blocked })).slice(0, 5)).toEqual([
      "10:00",
      "10:30",
      "12:00",
      "12:30",
      "14:00",
    ]);
  });

  it("counts free places against each slot's own capacity", () => {
    const counts = [
      { startsAt: astana("2026-06-01 10:00"), booked: 2, capacity: 3 },
      { startsAt: astana("2026-06-01 10:30"), booked: 3, capacity: 3 },
      { startsAt: astana("2026-06-01 11:00"), booked: 1, capacity: 5 },
    ];
    const [ten, halfPast, eleven, noon] = daySlots("2026-06-01", { settings, calendar, counts });
    expect([ten.free, halfPast.free, eleven.free, noon.free]).toEqual([1, 0, 4, 3]);
    expect(eleven.capacity).toBe(5);
  });
});

describe("the next working days", () => {
  it("offers 20 working days starting today", () => {
    const days = generateSlotDays(input("2026-06-01 08:00"));
    expect(days).toHaveLength(20);
    expect(days[0].date).toBe("2026-06-01");
    expect(days.at(-1)?.date).toBe("2026-06-26");
    expect(days.every((d) => ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()))).toBe(true);
  });

  it("skips Nauryz (21–23 March) and its moved days off (24, 25 March 2026)", () => {
    const dates = generateSlotDays(input("2026-03-19 08:00"))
      .slice(0, 4)
      .map((d) => d.date);
    expect(dates).toEqual(["2026-03-19", "2026-03-20", "2026-03-26", "2026-03-27"]);
  });

  it("skips 7 May (Defender of the Fatherland Day) and 11 May 2026 (moved from Victory Day)", () => {
    const dates = generateSlotDays(input("2026-05-06 08:00"))
      .slice(0, 4)
      .map((d) => d.date);
    expect(dates).toEqual(["2026-05-06", "2026-05-08", "2026-05-12", "2026-05-13"]);
  });

  it("skips 8 and 9 March 2026 and the New Year days, and opens on a weekend day worked by decree", () => {
    expect(
      generateSlotDays(input("2026-03-06 08:00"))
        .slice(0, 2)
        .map((d) => d.date),
    ).toEqual(["2026-03-06", "2026-03-10"]);
    expect(
      generateSlotDays(input("2025-12-31 08:00"))
        .slice(0, 3)
        .map((d) => d.date),
    ).toEqual(["2025-12-31", "2026-01-05", "2026-01-06"]);
    // 2025: Friday 3 January was a day off and Sunday 5 January a working day instead.
    expect(
      generateSlotDays(input("2025-01-02 08:00"))
        .slice(0, 3)
        .map((d) => d.date),
    ).toEqual(["2025-01-05", "2025-01-06", "2025-01-08"]);
  });

  it("keeps slots today at least two hours ahead", () => {
    const [today] = generateSlotDays(input("2026-06-01 08:30"));
    expect(times(today.slots)[0]).toBe("10:30");
    const [lateMorning] = generateSlotDays(input("2026-06-01 11:00"));
    expect(times(lateMorning.slots)[0]).toBe("14:00");
  });

  it("does not count today once every slot is too soon", () => {
    const days = generateSlotDays(input("2026-06-01 15:00"));
    expect(days[0].date).toBe("2026-06-02");
    expect(days).toHaveLength(20);
  });

  it("shows a blocked day as a day without slots", () => {
    const blocked = [{ startsAt: astana("2026-06-02 00:00"), endsAt: astana("2026-06-03 00:00") }];
    const days = generateSlotDays(input("2026-06-01 08:00", { blocked }));
    expect(days[1]).toEqual({ date: "2026-06-02", slots: [] });
    expect(days).toHaveLength(20);
  });
});

describe("checking a chosen time", () => {
  const now = "2026-06-01 08:00";
  it("accepts a time on the grid within the horizon", () => {
    expect(findOfferedSlot(input(now), astana("2026-06-03 14:30"))).not.toBeNull();
  });
  it.each([
    ["the lunch break", "2026-06-03 13:00"],
    ["off the grid", "2026-06-03 14:10"],
    ["the closing time", "2026-06-03 16:30"],
    ["a Sunday", "2026-06-07 10:00"],
    ["a past time", "2026-05-29 10:00"],
    ["beyond 20 working days", "2026-06-29 10:00"],
  ])("refuses %s", (_, time) => {
    expect(findOfferedSlot(input(now), astana(time))).toBeNull();
  });
  it("ignores seat counts: a full slot is still a slot, the database decides", () => {
    const counts = [{ startsAt: astana("2026-06-03 10:00"), booked: 3, capacity: 3 }];
    expect(findOfferedSlot(input(now, { counts }), astana("2026-06-03 10:00"))).not.toBeNull();
  });
});

describe("utilisation per day", () => {
  it("adds up seats over the whole day, today's past slots and off-grid bookings included", () => {
    const counts = [
      { startsAt: astana("2026-06-01 10:00"), booked: 3, capacity: 3 },
      { startsAt: astana("2026-06-01 10:15"), booked: 1, capacity: 2 }, // booked when slots were 15 minutes
      { startsAt: astana("2026-06-02 14:00"), booked: 1, capacity: 3 },
    ];
    const [monday, tuesday, wednesday] = utilisationByDay(input("2026-06-01 15:00", { counts }));
    expect(monday).toEqual({ date: "2026-06-01", booked: 4, capacity: 11 * 3 + 2 });
    expect(tuesday).toEqual({ date: "2026-06-02", booked: 1, capacity: 33 });
    expect(wednesday.booked).toBe(0);
  });
});

describe("a day's notice (minNoticeWorkingDays)", () => {
  it("opens booking from the next working day, skipping weekends and holidays", () => {
    const withNotice = { ...DEFAULT_BOOKING_SETTINGS };
    // Friday 20 March 2026, 08:00: the next working day is Thursday 26 March (weekend, Nauryz and its moved days off).
    const days = generateSlotDays({ now: astana("2026-03-20 08:00"), settings: withNotice, calendar });
    expect(days[0].date).toBe("2026-03-26");
    expect(days[0].slots[0].startsAt).toEqual(astana("2026-03-26 10:00"));
    const sameDay = generateSlotDays({ now: astana("2026-06-02 08:00"), settings: { ...withNotice, minNoticeWorkingDays: 0 }, calendar });
    expect(sameDay[0].date).toBe("2026-06-02");
  });
});
