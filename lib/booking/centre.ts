import { BOOKING_MESSAGES } from "@/lib/i18n/bundled-messages";
import type { Locale } from "@/lib/kernel/locales";

// The Expat Centre's opening hours and address, from the guide (services.md 1.4, L632-L648).
// The hours are minutes after midnight in the centre's time zone (CENTRE_TIME_ZONE, lib/kernel/time.ts).

/** Printed in calendar files as is: a postal address is not translated. */
export const CENTRE_ADDRESS = "55/18 Mangilik El Avenue, Pavilion C3.3, Astana, 010017, Kazakhstan";

/**
 * The address as each language's readers write it (guide L646-648: "Мәңгілік ел даңғылы 55/18,
 * С3.3 павильоны, Астана, 010017"): the booking messages' confirmation.addressValue, one spelling
 * per language (English: CENTRE_ADDRESS).
 */
export function centreAddress(locale: Locale): string {
  return BOOKING_MESSAGES[locale].confirmation.addressValue;
}

export type Session = { from: number; to: number };

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/** 10:00–16:30 with the 13:00–14:00 lunch break: two sessions, slots never cross a boundary. */
export const CENTRE_SESSIONS: readonly Session[] = [
  { from: at(10), to: at(13) },
  { from: at(14), to: at(16, 30) },
];
