/** The Expat Centre's zone (Astana; Kazakhstan has one zone, UTC+5, since March 2024). */
export const CENTRE_TIME_ZONE = "Asia/Almaty";

/**
 * date-fns's locale for each of the portal's languages, imported from the names in the locale table
 * (lib/kernel/locales.ts) by generated code: only the code that formats dates loads them (issue 19).
 */
export { DATE_FNS_LOCALE } from "./generated/date-fns-locales";
