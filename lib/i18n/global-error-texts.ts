import type { Locale } from "@/lib/kernel/locales";
import type en from "@/messages/en.json";

export type GlobalErrorTexts = (typeof en)["error"]["unavailable"] & { brand: string };

type MessageFile = { default: typeof en };

function pick({ default: messages }: MessageFile): GlobalErrorTexts {
  return { ...messages.error.unavailable, brand: messages.nav.brand };
}

// The page app/global-error.tsx shows when even the root layout fails has no next-intl provider,
// so it reads the message files itself. Every page loads that component, so importing the three
// files statically put all three languages' shared texts (~12 kB gzip) into every page's script
// (issue 19). One import() per language instead: a chunk of its own, fetched only when the error
// page is shown, and only for the language in the address.
const LOADERS: Record<Locale, () => Promise<MessageFile>> = {
  en: () => import("@/messages/en.json"),
  ru: () => import("@/messages/ru.json"),
  kk: () => import("@/messages/kk.json"),
};

const loaded = new Map<Locale, Promise<GlobalErrorTexts>>();

/** The same promise for a language every time, as React's use() needs across re-renders. */
export function globalErrorTexts(locale: Locale): Promise<GlobalErrorTexts> {
  let texts = loaded.get(locale);
  if (!texts) {
    texts = LOADERS[locale]().then(pick);
    loaded.set(locale, texts);
  }
  return texts;
}
