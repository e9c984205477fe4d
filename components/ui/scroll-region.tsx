import type { ReactNode } from "react";

// A box that scrolls sideways (a wide table on a phone) instead of widening the page. A box that
// scrolls must be reachable by keyboard (WCAG 2.1.1, axe's scrollable-region-focusable): it is a
// tab stop, so a keyboard user can focus it and scroll it with the arrow keys, with the portal's
// focus ring (app/globals.css); and a region named by what it holds (a table's caption or a
// section's heading), so a screen reader says what that tab stop is.
export function ScrollRegion({
  labelledBy,
  className = "relative overflow-x-auto",
  children,
}: {
  /** The id of the element that names the content: a <caption>, or the section's heading. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
