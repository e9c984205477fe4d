// The service catalog: pure data and types (no Next, React or Prisma). Start with types.ts
// (the shape of a service) and registry.ts (lookups). Rule functions are in lib/rules.
export * from "./types";
export * from "./registry";
export * from "./documents";
export { NOTE_IDS, note, type NoteId, type NoteRef } from "./notes";
export type { CatalogKey } from "./message-keys";
export { EXTENSION_WINDOW } from "./extension";
export { CIS_COUNTRIES, COUNTRY_GROUPS, EAEU_COUNTRIES, KAZAKHSTAN, TRP_STAY_THRESHOLD_DAYS, groupsOf } from "./countries";
export { KZ_CALENDAR_2025, KZ_CALENDAR_2026, KZ_HOLIDAYS_SEED, type HolidaySeed } from "./holidays-kz";
export { MRP_RATES_SEED } from "./mrp";
export { catalogMessageKeys, questionMessageKeys } from "./message-refs";
