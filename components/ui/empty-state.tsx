import type { ReactNode } from "react";

const PADDING = { sm: "p-4", md: "p-6", lg: "p-8" } as const;

/** "Nothing here yet": a dashed box with one sentence, the same on every list page. */
export function EmptyState({
  children,
  size = "md",
  centred = true,
}: {
  children: ReactNode;
  size?: keyof typeof PADDING;
  centred?: boolean;
}) {
  return (
    <p className={`rounded border border-dashed border-slate-400 bg-white ${PADDING[size]}${centred ? " text-center" : ""}`}>{children}</p>
  );
}
