"use client";

import { createContext, use, type ReactNode } from "react";

/** What app/[locale]/error.tsx says, in the page's language. */
export type ErrorTexts = { title: string; body: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The root layout hands the error boundary its three texts through this context rather than
 * through next-intl's client provider, which would bring next-intl's runtime (~12 kB gzip) to
 * every page (issue 19). The boundary renders inside the layout, so it always finds them.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = use(ErrorTextsContext);
  if (!texts) throw new Error("useErrorTexts outside ErrorTextsProvider (the [locale] layout provides it)");
  return texts;
}
