import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { type Locale, LOCALE_TABLE } from "@/lib/kernel/locales";
import { CENTRE_TIME_ZONE, DATE_FNS_LOCALE } from "./time";

// The one formatting module for numbers and dates, used by server and client components alike.
// Numbers are NOT formatted with Intl.NumberFormat: Node ships full ICU while browsers ship
// trimmed locale data (Chromium printed "2 162.50" for kk where Node printed "2 162,50"), and any
// difference between the server's HTML and the browser's re-render is a hydration error (#418).
// The separators below are the guide's and the national standard's, the same everywhere.

const GROUP = "\u00a0";

/** "1 069 750", "2 162,50", "2,5": digits grouped by threes with a no-break space, the locale's decimal mark. */
export function formatNumber(value: number, locale: Locale, fractionDigits: { min?: number; max?: number } = {}): string {
  const max = fractionDigits.max ?? 2;
  const min = fractionDigits.min ?? 0;
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(max);
  let [whole, fraction = ""] = fixed.split(".");
  while (fraction.length > min && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  return `${negative ? "-" : ""}${whole}${fraction ? LOCALE_TABLE[locale].decimalMark + fraction : ""}`;
}

/** "470 000 KZT", grouped as the guide prints amounts; tiyn shown only when there are any. */
export function formatKzt(tiyn: number, locale: Locale): string {
  const hasTiyn = tiyn % 100 !== 0;
  return `${formatNumber(tiyn / 100, locale, hasTiyn ? { min: 2, max: 2 } : { max: 0 })}\u00a0KZT`;
}

/** A count of MRP stored in tenths: "30", "2,5" (ru/kk), "2.5" (en). */
export function formatMrp(mrpTenths: number, locale: Locale): string {
  return formatNumber(mrpTenths / 10, locale, { max: 1 });
}

/** A calendar date (stored as midnight UTC: a due date, a holiday, a birth date) in the reader's language, with no time-zone shift. */
export function formatCalendarDate(date: Date, locale: Locale): string {
  return format(new TZDate(date, "UTC"), "d MMMM yyyy", { locale: DATE_FNS_LOCALE[locale] });
}

/** A 'YYYY-MM-DD' string as a date in words ("15 January 2027"); anything else is returned unchanged. */
export function formatIsoDate(iso: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale) : iso;
}

/**
 * The date of an instant (submitted, issued, paid, uploaded) as it was in Astana. An application
 * submitted at 04:04 Astana time on 2 December was submitted on 2 December, even though it was
 * still 1 December in UTC.
 */
export function formatCentreDate(instant: Date, locale: Locale): string {
  return format(new TZDate(instant, CENTRE_TIME_ZONE), "d MMMM yyyy", { locale: DATE_FNS_LOCALE[locale] });
}

/** An instant shown in the centre's time zone (Astana). */
export function formatCentreDateTime(instant: Date, locale: Locale): string {
  return format(new TZDate(instant, CENTRE_TIME_ZONE), "d MMMM yyyy, HH:mm", { locale: DATE_FNS_LOCALE[locale] });
}
