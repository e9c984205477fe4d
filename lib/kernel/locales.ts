// The one table of the portal's languages. Routing (lib/i18n/routing.ts), number and date
// formatting (lib/kernel/format.ts, lib/kernel/time.ts), the language switcher and the message
// checks (tests/unit/messages.test.ts) all derive from it: adding a language is an entry here plus
// its message files (docs/architecture.md, "Add a language"), and its date-fns locale in
// lib/kernel/time.ts: not here, because this table reaches the browser on every page (the language
// switcher) and three date-fns locales would come with it (issue 19).
export const LOCALE_TABLE = {
  en: {
    /** For Intl and <html lang>: British English writes the day before the month, like the guide. */
    intl: "en-GB",
    /** Each language is named in itself, so a reader finds their own whatever the page's language. */
    nativeName: "English",
    /** On a phone the header has room for short names; each is the start of the full one (WCAG 2.5.3). */
    shortName: "EN",
    /** The decimal mark of the national standard, not the runtime's ICU (lib/kernel/format.ts says why). */
    decimalMark: ".",
    direction: "ltr",
  },
  ru: { intl: "ru-RU", nativeName: "Русский", shortName: "РУС", decimalMark: ",", direction: "ltr" },
  kk: { intl: "kk-KZ", nativeName: "Қазақша", shortName: "ҚАЗ", decimalMark: ",", direction: "ltr" },
} as const satisfies Record<string, LocaleEntry>;

type LocaleEntry = {
  intl: string;
  nativeName: string;
  shortName: string;
  decimalMark: "." | ",";
  direction: "ltr" | "rtl";
};

export type Locale = keyof typeof LOCALE_TABLE;

/** The languages in the order the switcher shows them; the first is the default (no URL prefix). */
export const locales = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]];
export const defaultLocale: Locale = locales[0];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALE_TABLE, value);
}
