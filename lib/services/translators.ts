import { createTranslator } from "next-intl";
import { CATALOG_MESSAGES, SERVICES_MESSAGES } from "@/lib/i18n/bundled-messages";
import { locales, type Locale } from "@/lib/kernel/locales";

// Route handlers have no next-intl request context (and tests call them directly), so the JSON
// API translates with the plain translator over the bundled message files.

const MESSAGES = Object.fromEntries(locales.map((l) => [l, { catalog: CATALOG_MESSAGES[l], services: SERVICES_MESSAGES[l] }])) as Record<
  Locale,
  { catalog: unknown; services: unknown }
>;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Translator for one namespace; a missing key throws rather than leaking the key to a client. */
export function apiTranslator(locale: Locale, namespace: "catalog" | "services"): Translate {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as Record<string, Record<string, string>>,
    // The messages are untyped JSON here, so next-intl cannot check the namespace literal.
    namespace: namespace as never,
    onError: (error) => {
      throw error;
    },
  });
  return (key, values) => (t as unknown as Translate)(key, values);
}
