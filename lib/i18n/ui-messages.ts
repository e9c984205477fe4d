import type { Locale } from "@/lib/kernel/locales";
import uiEn from "@/messages/en.json";
import uiKk from "@/messages/kk.json";
import uiRu from "@/messages/ru.json";

// The shared texts (messages/<locale>.json) for code that has no next-intl provider: the server's
// own answers. (The root error page, a client component on every page, loads only its language's
// file on demand instead: lib/i18n/global-error-texts.ts.) A language added to the locale table fails the type check here until its
// file is imported.
export const UI_MESSAGES = { en: uiEn, ru: uiRu, kk: uiKk } satisfies Record<Locale, unknown>;
