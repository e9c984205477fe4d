import { type Locale, locales } from "@/lib/kernel/locales";
import { MESSAGE_FILES } from "./generated/message-files";

// The message files that server code outside a next-intl request reads synchronously (the worker's
// e-mails, route handlers, calendar files). The bundler must see a static import of each file it may
// load, so the imports are generated from the locale table (scripts/lib/generate-locale-modules.ts):
// a language added to the table is here after the next `npm run dev`, build or test. Pages load
// their messages through lib/i18n/messages.ts instead.

type Files = (typeof MESSAGE_FILES)["en"];

/** One namespace's texts in every language, typed as English's (tests/unit/messages.test.ts checks the others have every key). */
function perLocale<N extends keyof Files>(namespace: N): Record<Locale, Files[N]> {
  return Object.fromEntries(locales.map((locale) => [locale, MESSAGE_FILES[locale][namespace]])) as Record<Locale, Files[N]>;
}

export { UI_MESSAGES } from "./ui-messages";
export const BOOKING_MESSAGES = perLocale("booking");
export const CATALOG_MESSAGES = perLocale("catalog");
export const NOTIFICATIONS_MESSAGES = perLocale("notifications");
export const REVIEW_MESSAGES = perLocale("review");
export const SERVICES_MESSAGES = perLocale("services");
