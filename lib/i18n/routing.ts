import { defineRouting } from "next-intl/routing";

export const locales = ["en", "ru", "kk"] as const;
export type Locale = (typeof locales)[number];

// English lives at the bare path (/portal), the others under a prefix (/ru/portal, /kk/portal).
// Detection from Accept-Language is off: the language is what the URL says, so links are shareable.
export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
