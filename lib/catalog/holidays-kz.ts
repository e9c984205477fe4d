import type { CalendarEntry } from "./types";

// Kazakhstan's days off for working-day arithmetic, seed data for the Holiday table (admins
// edit it: the government can move days by decree at any time). Not from the guide.
// Rules: a public holiday on a weekend moves to the next working day (DAY_OFF); the religious
// holidays (Orthodox Christmas, first day of Kurban Ait) do not move. Weekend holidays are
// listed too (as HOLIDAY) so that calendars can name them; they change no arithmetic.

export interface HolidaySeed extends CalendarEntry {
  /** English name, stored in Holiday.name. */
  name: string;
}

// 2025: the public 2025 production calendar, plus the Ministry of Labour's order moving the day
// off of Sunday 5 January to Friday 3 January (news reports, November 2024). Uncertain: one
// report says Sunday 5 January was then a working day; it is recorded as WORKING_DAY.
export const KZ_CALENDAR_2025: readonly HolidaySeed[] = [
  { date: "2025-01-01", kind: "HOLIDAY", name: "New Year" },
  { date: "2025-01-02", kind: "HOLIDAY", name: "New Year" },
  { date: "2025-01-03", kind: "DAY_OFF", name: "Day off moved from Sunday 5 January" },
  { date: "2025-01-05", kind: "WORKING_DAY", name: "Working day for Friday 3 January" },
  { date: "2025-01-07", kind: "HOLIDAY", name: "Orthodox Christmas" },
  { date: "2025-03-08", kind: "HOLIDAY", name: "International Women's Day" },
  { date: "2025-03-10", kind: "DAY_OFF", name: "Day off for International Women's Day" },
  { date: "2025-03-21", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2025-03-22", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2025-03-23", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2025-03-24", kind: "DAY_OFF", name: "Day off for Nauryz meirami" },
  { date: "2025-03-25", kind: "DAY_OFF", name: "Day off for Nauryz meirami" },
  { date: "2025-05-01", kind: "HOLIDAY", name: "Unity Day of the People of Kazakhstan" },
  { date: "2025-05-07", kind: "HOLIDAY", name: "Defender of the Fatherland Day" },
  { date: "2025-05-09", kind: "HOLIDAY", name: "Victory Day" },
  { date: "2025-06-06", kind: "HOLIDAY", name: "Kurban Ait (first day)" },
  { date: "2025-07-06", kind: "HOLIDAY", name: "Capital City Day" },
  { date: "2025-07-07", kind: "DAY_OFF", name: "Day off for Capital City Day" },
  { date: "2025-08-30", kind: "HOLIDAY", name: "Constitution Day" },
  { date: "2025-09-01", kind: "DAY_OFF", name: "Day off for Constitution Day" },
  { date: "2025-10-25", kind: "HOLIDAY", name: "Republic Day" },
  { date: "2025-10-27", kind: "DAY_OFF", name: "Day off for Republic Day" },
  { date: "2025-12-16", kind: "HOLIDAY", name: "Independence Day" },
];

// 2026: services.md appendix B (2026 production calendar as reported Nov 2025 - Jan 2026).
// No moved working day was reported for 2026.
export const KZ_CALENDAR_2026: readonly HolidaySeed[] = [
  { date: "2026-01-01", kind: "HOLIDAY", name: "New Year" },
  { date: "2026-01-02", kind: "HOLIDAY", name: "New Year" },
  { date: "2026-01-07", kind: "HOLIDAY", name: "Orthodox Christmas" },
  { date: "2026-03-08", kind: "HOLIDAY", name: "International Women's Day" },
  { date: "2026-03-09", kind: "DAY_OFF", name: "Day off for International Women's Day" },
  { date: "2026-03-21", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2026-03-22", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2026-03-23", kind: "HOLIDAY", name: "Nauryz meirami" },
  { date: "2026-03-24", kind: "DAY_OFF", name: "Day off for Nauryz meirami" },
  { date: "2026-03-25", kind: "DAY_OFF", name: "Day off for Nauryz meirami" },
  { date: "2026-05-01", kind: "HOLIDAY", name: "Unity Day of the People of Kazakhstan" },
  { date: "2026-05-07", kind: "HOLIDAY", name: "Defender of the Fatherland Day" },
  { date: "2026-05-09", kind: "HOLIDAY", name: "Victory Day" },
  { date: "2026-05-11", kind: "DAY_OFF", name: "Day off for Victory Day" },
  { date: "2026-05-27", kind: "HOLIDAY", name: "Kurban Ait (first day)" },
  { date: "2026-07-06", kind: "HOLIDAY", name: "Capital City Day" },
  { date: "2026-08-30", kind: "HOLIDAY", name: "Constitution Day" },
  { date: "2026-08-31", kind: "DAY_OFF", name: "Day off for Constitution Day" },
  { date: "2026-10-25", kind: "HOLIDAY", name: "Republic Day" },
  { date: "2026-10-26", kind: "DAY_OFF", name: "Day off for Republic Day" },
  { date: "2026-12-16", kind: "HOLIDAY", name: "Independence Day" },
];

/** Both years, for the database seed. */
export const KZ_HOLIDAYS_SEED: readonly HolidaySeed[] = [...KZ_CALENDAR_2025, ...KZ_CALENDAR_2026];
