"use client";

import { useEffect, useRef } from "react";

type ErrorSummaryProps = { title: string; errors: { field?: string; message: string }[] };

/** Listed at the top of a form after a failed submit, focused so screen readers announce it. */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 bg-white p-4">
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
