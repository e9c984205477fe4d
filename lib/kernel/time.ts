import { enGB, kk, ru, type Locale as DateFnsLocale } from "date-fns/locale";
import type { Locale } from "@/lib/kernel/locales";

/** The Expat Centre's zone (Astana; Kazakhstan has one zone, UTC+5, since March 2024). */
export const CENTRE_TIME_ZONE = "Asia/Almaty";

/**
 * date-fns's locale for each of the portal's languages (lib/kernel/locales.ts). Kept out of the
 * locale table so that the pages whose client code only names the languages do not download three
 * date-fns locales (issue 19); a new language fails to typecheck here until it has one.
 */
export const DATE_FNS_LOCALE = { en: enGB, ru, kk } as const satisfies Record<Locale, DateFnsLocale>;
