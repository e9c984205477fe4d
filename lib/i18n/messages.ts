import type { Locale } from "./routing";

// The service catalog's texts live in their own files (messages/catalog/*.json) so that the
// catalog can grow without touching the UI messages; they are mounted under "catalog".
export async function loadMessages(locale: Locale) {
  const [ui, catalog] = await Promise.all([
    import(`../../messages/${locale}.json`).then((m) => m.default),
    import(`../../messages/catalog/${locale}.json`).then((m) => m.default).catch(() => ({})),
  ]);
  return { ...ui, catalog };
}
