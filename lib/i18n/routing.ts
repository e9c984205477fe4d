import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/kernel/locales";

export { isLocale, locales, type Locale } from "@/lib/kernel/locales";

// English lives at the bare path (/portal), the others under a prefix (/ru/portal, /kk/portal).
// Detection from Accept-Language is off: the language is what the URL says, so links are shareable.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  // Nothing reads the locale cookie when detection is off; setting it on every page would also
  // keep every page out of the production server's page cache (a response with Set-Cookie is
  // never stored; decision 022).
  localeCookie: false,
});
