"use client";

import { useEffect, useRef } from "react";

/** A confirmation after a redirect, focused so screen readers announce it (GOV.UK success banner). */
export function SuccessBanner({ title, children }: { title: string; children?: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-labelledby="success-banner-title"
      className="rounded border-4 border-green-800 bg-white p-4"
    >
      <h2 id="success-banner-title" className="text-lg font-bold text-green-900">
        <span aria-hidden="true">✓ </span>
        {title}
      </h2>
      {children}
    </div>
  );
}
