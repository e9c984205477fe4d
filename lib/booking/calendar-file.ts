import { addMinutes } from "date-fns";
import { createTranslator } from "next-intl";
import { CENTRE_TIME_ZONE } from "@/lib/kernel/time";
import { isLocale, type Locale } from "@/lib/kernel/locales";
import { BOOKING_MESSAGES } from "@/lib/i18n/bundled-messages";
import { CENTRE_ADDRESS } from "./centre";
import { buildIcs } from "./ics";

// The appointment's .ics in the reader's language, for the download route and for e-mails sent by
// the outbox worker: both run outside a page request, so they read the bundled booking messages.

export type AppointmentCalendarInput = {
  locale: string;
  applicationId: string;
  applicationNumber: string | null;
  startsAt: Date;
  slotMinutes: number;
  /** How many appointments this application had before this one: reschedules update one event. */
  sequence: number;
  cancelled?: boolean;
  now?: Date;
};

export function appointmentCalendarFile(input: AppointmentCalendarInput): string {
  const locale: Locale = isLocale(input.locale) ? input.locale : "en";
  const t = createTranslator({ locale, messages: { booking: BOOKING_MESSAGES[locale] }, namespace: "booking.ics" });
  const number = input.applicationNumber ?? "—";
  return buildIcs({
    uid: `appointment-${input.applicationId}@expat-centre.aifc.kz`,
    sequence: input.sequence,
    startsAt: input.startsAt,
    endsAt: addMinutes(input.startsAt, input.slotMinutes),
    summary: t("summary", { number }),
    description: t("description", { number }),
    location: CENTRE_ADDRESS,
    timeZone: CENTRE_TIME_ZONE,
    stampedAt: input.now ?? new Date(),
    cancelled: input.cancelled,
  });
}
