import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { enGB, kk, ru } from "date-fns/locale";
import type { Locale } from "@/lib/i18n/routing";

export const CENTRE_TIME_ZONE = "Asia/Almaty";
const DATE_FNS_LOCALE = { en: enGB, ru, kk } as const;
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

/** "470 000 KZT", grouped as the guide prints amounts; tiyn shown only when there are any. */
export function formatKzt(tiyn: number, locale: Locale): string {
  const hasTiyn = tiyn % 100 !== 0;
  const parts = new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: hasTiyn ? 2 : 0,
    maximumFractionDigits: 2,
  }).formatToParts(tiyn / 100);
  return `${parts.map((p) => (p.type === "group" ? "\u00a0" : p.value)).join("")}\u00a0KZT`;
}

/** A calendar date (stored as midnight UTC) in the reader's language, with no time-zone shift. */
export function formatCalendarDate(date: Date, locale: Locale): string {
  return format(new TZDate(date, "UTC"), "d MMMM yyyy", { locale: DATE_FNS_LOCALE[locale] });
}

/** An instant shown in the centre's time zone (Astana). */
export function formatCentreDateTime(instant: Date, locale: Locale): string {
  return format(new TZDate(instant, CENTRE_TIME_ZONE), "d MMMM yyyy, HH:mm", { locale: DATE_FNS_LOCALE[locale] });
}
