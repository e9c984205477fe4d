import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { IsoDate } from "@/lib/catalog";
import { CENTRE_TIME_ZONE, DATE_FNS_LOCALE } from "@/lib/kernel/time";
import type { Locale } from "@/lib/kernel/locales";

// Day and time labels for the booking pages, always in the centre's time zone: an applicant
// abroad still sees the time they must be at the door in Astana.

/** "Wednesday 2 December" / "среда, 2 декабря". */
export function formatSlotDay(date: IsoDate, locale: Locale): string {
  const pattern = locale === "en" ? "EEEE d MMMM" : "EEEE, d MMMM";
  return format(new TZDate(`${date}T00:00:00Z`, "UTC"), pattern, { locale: DATE_FNS_LOCALE[locale] });
}

/** "Wednesday 2 December 2026". */
export function formatSlotDate(instant: Date, locale: Locale): string {
  const pattern = locale === "en" ? "EEEE d MMMM yyyy" : "EEEE, d MMMM yyyy";
  return format(new TZDate(instant, CENTRE_TIME_ZONE), pattern, { locale: DATE_FNS_LOCALE[locale] });
}

/** "10:30", at the centre. */
export function formatSlotTime(instant: Date): string {
  return format(new TZDate(instant, CENTRE_TIME_ZONE), "HH:mm");
}
