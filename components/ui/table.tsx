import { useId, type ComponentProps, type ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

// The portal's data tables, one look and one accessible shape: a caption (read by screen readers
// even when not shown), column headers with scope="col", the first cell of a row a row header, and
// a scroll container so that a wide table scrolls on a phone instead of widening the page (it is
// `relative` so that screen-reader-only texts, positioned absolutely, stay inside it too), reachable
// by keyboard and named by the caption (ScrollRegion).
// Pages keep their rows: what differs between tables is the content of the cells, not the frame.

const CELL = "border-b border-slate-200 px-3 py-2 text-left align-top";
const ALIGN = { start: "", end: " text-right tabular-nums" } as const;

export type Column = {
  label: ReactNode;
  /** "end" for amounts and counts: right-aligned, digits of equal width. */
  align?: keyof typeof ALIGN;
  /** A column of row actions has a header for screen readers only. */
  labelHidden?: boolean;
};

export function Table({
  caption,
  captionHidden = true,
  columns,
  children,
  className = "w-full bg-white",
  scrollClassName = "relative overflow-x-auto",
  footer,
  testId,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column[];
  /** The rows: <tr> elements built from RowHeader and Cell. */
  children: ReactNode;
  /** Rows of totals, in a <tfoot>. */
  footer?: ReactNode;
  className?: string;
  /** The scroll container's classes, e.g. to hide the table on small screens where a list replaces it. */
  scrollClassName?: string;
  testId?: string;
}) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className={scrollClassName}>
      <table className={className} data-testid={testId}>
        <caption id={captionId} className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`${CELL}${ALIGN[column.align ?? "start"]}`}>
                {column.labelHidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </ScrollRegion>
  );
}

/** The cell that names its row (a date, a person, a year): a row header for screen readers. */
export function RowHeader({ children, className = "font-medium", id }: { children: ReactNode; className?: string; id?: string }) {
  return (
    <th scope="row" id={id} className={`${CELL} ${className}`}>
      {children}
    </th>
  );
}

export function Cell({ align = "start", className = "", ...cell }: Omit<ComponentProps<"td">, "align"> & { align?: keyof typeof ALIGN }) {
  return <td {...cell} className={`${CELL}${ALIGN[align]}${className ? ` ${className}` : ""}`} />;
}
