import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import catalogEn from "@/messages/catalog/en.json";
import catalogKk from "@/messages/catalog/kk.json";
import catalogRu from "@/messages/catalog/ru.json";
import servicesEn from "@/messages/services/en.json";
import servicesKk from "@/messages/services/kk.json";
import servicesRu from "@/messages/services/ru.json";

// Route handlers have no next-intl request context (and tests call them directly), so the JSON
// API translates with the plain translator over the imported message files.

const MESSAGES: Record<Locale, { catalog: unknown; services: unknown }> = {
  en: { catalog: catalogEn, services: servicesEn },
  ru: { catalog: catalogRu, services: servicesRu },
  kk: { catalog: catalogKk, services: servicesKk },
};

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
