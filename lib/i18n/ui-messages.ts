import { type Locale, locales } from "@/lib/kernel/locales";
import { MESSAGE_FILES } from "./generated/message-files";

// The shared texts (messages/<locale>.json) for code that has no next-intl provider: the server's
// own answers. (The root error page, a client component on every page, loads only its language's
// file on demand instead: lib/i18n/global-error-texts.ts.)
export const UI_MESSAGES = Object.fromEntries(locales.map((locale) => [locale, MESSAGE_FILES[locale].ui])) as Record<
  Locale,
  (typeof MESSAGE_FILES)["en"]["ui"]
>;
