import type * as dateFnsLocales from "date-fns/locale";

// The one table of the portal's languages. Routing (lib/i18n/routing.ts), number and date
// formatting (lib/kernel/format.ts, lib/kernel/time.ts), the language switcher, the message files
// the server reads, the error page and the message checks (tests/unit/messages.test.ts) all derive
// from it: adding a language is an entry here plus its message files (docs/architecture.md, "Add a
// language"). The date-fns locale is named, not imported: this table reaches the browser on every
// page, and scripts/lib/generate-locale-modules.ts turns the names into imports for the code that
// formats dates (docs/decisions/023-one-locale-table.md).
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
    /** The export of date-fns/locale for month names: British English, as `intl`. */
    dateFns: "enGB",
  },
  ru: { intl: "ru-RU", nativeName: "Русский", shortName: "РУС", decimalMark: ",", direction: "ltr", dateFns: "ru" },
  kk: { intl: "kk-KZ", nativeName: "Қазақша", shortName: "ҚАЗ", decimalMark: ",", direction: "ltr", dateFns: "kk" },
} as const satisfies Record<string, LocaleEntry>;

type LocaleEntry = {
  intl: string;
  nativeName: string;
  shortName: string;
  decimalMark: "." | ",";
  direction: "ltr" | "rtl";
  dateFns: keyof typeof dateFnsLocales;
};

export type Locale = keyof typeof LOCALE_TABLE;

/** The languages in the order the switcher shows them; the first is the default (no URL prefix). */
export const locales = Object.keys(LOCALE_TABLE) as [Locale, ...Locale[]];
export const defaultLocale: Locale = locales[0];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALE_TABLE, value);
}
