import { createTranslator } from "next-intl";
import { CATALOG_MESSAGES, NOTIFICATIONS_MESSAGES, REVIEW_MESSAGES } from "@/lib/i18n/bundled-messages";
import type { Locale } from "@/lib/kernel/locales";

// Notifications are rendered outside a request (the worker has no next-intl request context),
// so it reads the bundled messages (lib/i18n/bundled-messages.ts) through through next-intl's plain translator.

const NOTIFICATIONS = NOTIFICATIONS_MESSAGES;
const CATALOG: Record<Locale, unknown> = CATALOG_MESSAGES;
const REVIEW: Record<Locale, unknown> = REVIEW_MESSAGES;

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
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
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
