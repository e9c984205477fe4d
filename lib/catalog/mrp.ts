// Monthly calculation index (MRP / АЕК / МРП) per year, seed data for the MrpRate table that
// admins edit. 2025 is derived from the guide itself (0.5 MRP = 1 966 KZT, 30 MRP = 117 960 KZT,
// services.md 5); 2026 is from the 2026 budget law (services.md appendix B).
export const MRP_RATES_SEED = [
  { year: 2025, valueTiyn: 393_200 },
  { year: 2026, valueTiyn: 432_500 },
] as const satisfies readonly { year: number; valueTiyn: number }[];
