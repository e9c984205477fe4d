import type { ReactNode } from "react";

/** A page's title and the sentence under it that says what the page is for. */
export function PageHeader({ title, lead }: { title: ReactNode; lead: ReactNode }) {
  return (
    <header>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{lead}</p>
    </header>
  );
}
