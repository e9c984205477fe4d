import type { HolidayKind } from "./generated/enums";

// MRP (monthly calculation index) in tiyn. 2025: the guide (0.5 MRP = 1,966 KZT; 30 MRP = 117,960 KZT).
// 2026: the 2026 budget law (docs: shared/domain/services.md, appendix B). Editable by admins.
export const MRP_RATES = [
  { year: 2025, valueTiyn: 393_200 },
  { year: 2026, valueTiyn: 432_500 },
];

type CalendarDay = { date: string; name: string; kind: HolidayKind };

// Kazakhstan's public holidays and the days off moved by decree. 2026 as published for the
// 2026 production calendar (services.md appendix B); 2025 from the 2025 calendar. Religious
// holidays do not move; others falling on a weekend give the next working day off.
export const KZ_CALENDAR_2025_2026: CalendarDay[] = [
  { date: "2025-01-01", name: "New Year", kind: "HOLIDAY" },
  { date: "2025-01-02", name: "New Year", kind: "HOLIDAY" },
  { date: "2025-01-07", name: "Orthodox Christmas", kind: "HOLIDAY" },
  { date: "2025-03-10", name: "International Women's Day (moved from 8 March)", kind: "DAY_OFF" },
  { date: "2025-03-21", name: "Nauryz meiramy", kind: "HOLIDAY" },
  { date: "2025-03-24", name: "Nauryz meiramy (moved from 22 March)", kind: "DAY_OFF" },
  { date: "2025-03-25", name: "Nauryz meiramy (moved from 23 March)", kind: "DAY_OFF" },
  { date: "2025-05-01", name: "Kazakhstan People's Unity Day", kind: "HOLIDAY" },
  { date: "2025-05-07", name: "Defender of the Fatherland Day", kind: "HOLIDAY" },
  { date: "2025-05-09", name: "Victory Day", kind: "HOLIDAY" },
  { date: "2025-06-06", name: "Kurban Ait", kind: "HOLIDAY" },
  { date: "2025-07-07", name: "Capital Day (moved from 6 July)", kind: "DAY_OFF" },
  { date: "2025-09-01", name: "Constitution Day (moved from 30 August)", kind: "DAY_OFF" },
  { date: "2025-10-27", name: "Republic Day (moved from 25 October)", kind: "DAY_OFF" },
  { date: "2025-12-16", name: "Independence Day", kind: "HOLIDAY" },
  { date: "2026-01-01", name: "New Year", kind: "HOLIDAY" },
  { date: "2026-01-02", name: "New Year", kind: "HOLIDAY" },
  { date: "2026-01-07", name: "Orthodox Christmas", kind: "HOLIDAY" },
  { date: "2026-03-09", name: "International Women's Day (moved from 8 March)", kind: "DAY_OFF" },
  { date: "2026-03-23", name: "Nauryz meiramy", kind: "HOLIDAY" },
  { date: "2026-03-24", name: "Nauryz meiramy (moved from 21 March)", kind: "DAY_OFF" },
  { date: "2026-03-25", name: "Nauryz meiramy (moved from 22 March)", kind: "DAY_OFF" },
  { date: "2026-05-01", name: "Kazakhstan People's Unity Day", kind: "HOLIDAY" },
  { date: "2026-05-07", name: "Defender of the Fatherland Day", kind: "HOLIDAY" },
  { date: "2026-05-11", name: "Victory Day (moved from 9 May)", kind: "DAY_OFF" },
  { date: "2026-05-27", name: "Kurban Ait", kind: "HOLIDAY" },
  { date: "2026-07-06", name: "Capital Day", kind: "HOLIDAY" },
  { date: "2026-08-31", name: "Constitution Day (moved from 30 August)", kind: "DAY_OFF" },
  { date: "2026-10-26", name: "Republic Day (moved from 25 October)", kind: "DAY_OFF" },
  { date: "2026-12-16", name: "Independence Day", kind: "HOLIDAY" },
];
