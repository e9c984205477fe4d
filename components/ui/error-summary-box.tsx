"use client";

import { useEffect, useRef } from "react";

export type ErrorSummaryProps = { title: string; errors: { field?: string; message: string }[] };

type BoxProps = ErrorSummaryProps & {
  /** "Error:" in the page's language, put before the page title while the summary shows. */
  titlePrefix: string;
};

/**
 * Listed at the top of a form after a failed submit, focused so screen readers announce it.
 * While it shows, the page title starts with "Error:" (GOV.UK), so the tab and a screen
 * reader's first words say the page has a problem. Without next-intl: a server page (the
 * finder) passes the prefix and stays free of its client runtime (issue 19); forms use ErrorSummary.
 */
export function ErrorSummaryBox({ title, errors, titlePrefix }: BoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  const prefix = `${titlePrefix} `;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [errors, hasErrors]);
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors, prefix]);
  if (!hasErrors) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded border-4 border-red-700 bg-white p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((error) => (
          <li key={`${error.field ?? "form"}-${error.message}`}>
            {error.field ? (
              <a href={`#${error.field}`} className="font-semibold text-red-700 underline">
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-red-700">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
