import type { Locale } from "@/lib/kernel/locales";
import type en from "@/messages/en.json";

export type GlobalErrorTexts = (typeof en)["error"]["unavailable"] & { brand: string };

type MessageFile = { default: typeof en };

function pick({ default: messages }: MessageFile): GlobalErrorTexts {
  return { ...messages.error.unavailable, brand: messages.nav.brand };
}

// The page app/global-error.tsx shows when even the root layout fails has no next-intl provider,
// so it reads the message files itself. Every page loads that component, so importing the files
// statically put every language's shared texts (~12 kB gzip) into every page's script (issue 19).
// One import() with the language in the path instead: the bundler makes a chunk per file, fetched
// only when the error page is shown, and only for the language in the address; a language added to
// the locale table needs nothing here.
const load = (locale: Locale): Promise<MessageFile> => import(`../../messages/${locale}.json`);

const loaded = new Map<Locale, Promise<GlobalErrorTexts>>();

/** The same promise for a language every time, as React's use() needs across re-renders. */
export function globalErrorTexts(locale: Locale): Promise<GlobalErrorTexts> {
  let texts = loaded.get(locale);
  if (!texts) {
    texts = load(locale).then(pick);
    loaded.set(locale, texts);
  }
  return texts;
}
