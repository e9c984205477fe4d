import type { Locale } from "@/lib/kernel/locales";
import bookingEn from "@/messages/booking/en.json";
import bookingKk from "@/messages/booking/kk.json";
import bookingRu from "@/messages/booking/ru.json";
import catalogEn from "@/messages/catalog/en.json";
import catalogKk from "@/messages/catalog/kk.json";
import catalogRu from "@/messages/catalog/ru.json";
import notificationsEn from "@/messages/notifications/en.json";
import notificationsKk from "@/messages/notifications/kk.json";
import notificationsRu from "@/messages/notifications/ru.json";
import reviewEn from "@/messages/review/en.json";
import reviewKk from "@/messages/review/kk.json";
import reviewRu from "@/messages/review/ru.json";
import servicesEn from "@/messages/services/en.json";
import servicesKk from "@/messages/services/kk.json";
import servicesRu from "@/messages/services/ru.json";

// The message files that server code outside a next-intl request reads synchronously (the worker's
// e-mails, route handlers, calendar files), imported in this one place: the bundler must see each
// file it may load. A language added to the locale table fails the type check here until its files
// are listed (docs/architecture.md, "Add a language"). Pages load their messages through
// lib/i18n/messages.ts instead.

export { UI_MESSAGES } from "./ui-messages";
export const BOOKING_MESSAGES = { en: bookingEn, ru: bookingRu, kk: bookingKk } satisfies Record<Locale, unknown>;
export const CATALOG_MESSAGES = { en: catalogEn, ru: catalogRu, kk: catalogKk } satisfies Record<Locale, unknown>;
export const NOTIFICATIONS_MESSAGES = { en: notificationsEn, ru: notificationsRu, kk: notificationsKk } satisfies Record<Locale, unknown>;
export const REVIEW_MESSAGES = { en: reviewEn, ru: reviewRu, kk: reviewKk } satisfies Record<Locale, unknown>;
export const SERVICES_MESSAGES = { en: servicesEn, ru: servicesRu, kk: servicesKk } satisfies Record<Locale, unknown>;
