import { LOCALE_TABLE, locales, type Locale } from "@/lib/kernel/locales";

/** The Expat Centre's zone (Astana; Kazakhstan has one zone, UTC+5, since March 2024). */
export const CENTRE_TIME_ZONE = "Asia/Almaty";

/** date-fns's locale for each of the portal's languages, from the locale table. */
export const DATE_FNS_LOCALE = Object.fromEntries(locales.map((l) => [l, LOCALE_TABLE[l].dateFns])) as { [L in Locale]: (typeof LOCALE_TABLE)[L]["dateFns"] };
