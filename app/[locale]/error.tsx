"use client";

import { useErrorTexts } from "@/components/layout/error-texts";

// Never a stack trace: the user sees what happened and can retry; the details stay in the server log.
// retry() (Next 16.2+) fetches the page from the server again: after a database outage that is
// what brings the content back; reset() only re-renders what the browser already has.
export default function ErrorPage({ retry, reset }: { error: Error & { digest?: string }; retry?: () => void; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <section className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={() => (retry ?? reset)()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </section>
  );
}
