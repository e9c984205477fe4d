import { enGB, kk, ru } from "date-fns/locale";

/** The Expat Centre's zone (Astana; Kazakhstan has one zone, UTC+5, since March 2024). */
export const CENTRE_TIME_ZONE = "Asia/Almaty";

/** date-fns's locale for each of the portal's languages (British English: day before month). */
export const DATE_FNS_LOCALE = { en: enGB, ru, kk } as const;
