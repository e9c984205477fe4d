import type { ReactNode } from "react";

/** A titled section of the review page; `boxed` for the side panels. */
export function ReviewSection({ id, title, boxed = false, children }: { id: string; title: string; boxed?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`space-y-3 ${boxed ? "rounded border border-slate-300 bg-white p-4" : ""}`}>
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
