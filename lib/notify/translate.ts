import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import notificationsEn from "@/messages/notifications/en.json";
import notificationsRu from "@/messages/notifications/ru.json";
import notificationsKk from "@/messages/notifications/kk.json";
import catalogEn from "@/messages/catalog/en.json";
import catalogRu from "@/messages/catalog/ru.json";
import catalogKk from "@/messages/catalog/kk.json";
import reviewEn from "@/messages/review/en.json";
import reviewRu from "@/messages/review/ru.json";
import reviewKk from "@/messages/review/kk.json";

// Notifications are rendered outside a request (the worker has no next-intl request context),
// so the messages are imported here and used through next-intl's plain translator.

const NOTIFICATIONS = { en: notificationsEn, ru: notificationsRu, kk: notificationsKk };
const CATALOG: Record<Locale, unknown> = { en: catalogEn, ru: catalogRu, kk: catalogKk };
const REVIEW: Record<Locale, unknown> = { en: reviewEn, ru: reviewRu, kk: reviewKk };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Translator for the "notifications" namespace; a missing key throws instead of printing the key. */
export function notificationsTranslator(locale: Locale): Translate {
  const t = createTranslator({
    locale,
    messages: { notifications: NOTIFICATIONS[locale] },
    namespace: "notifications",
    onError: (error) => {
      throw error;
    },
  });
  return (key, values) => (t as unknown as Translate)(key, values);
}

function lookup(messages: unknown, key: string): string | null {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === "string" ? value : null;
}

/** A service's title from the catalog messages; the code itself until the catalog has a text. */
export function serviceTitle(code: string, locale: Locale): string {
  return lookup(CATALOG[locale], `services.${code}.title`) ?? code;
}

/** A document's name from the catalog messages (documents.<CODE>), or its code. */
export function documentName(code: string, locale: Locale): string {
  return lookup(CATALOG[locale], `documents.${code}`) ?? code;
}

/** A staff review's common reason (review messages, reasons.<CODE>), or its code. */
export function reviewReason(code: string, locale: Locale): string {
  return lookup(REVIEW[locale], `reasons.${code}`) ?? code;
}
