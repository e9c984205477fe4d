import { useId } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatNumber } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";
import type { ReportTable } from "@/lib/reports/report-tables";

// One report table as the page shows it: the first column names the row, numbers right-aligned;
// on a phone it scrolls in its own box (ScrollRegion) instead of widening the page.

export function ReportTableView({ table, locale, totalRow = false }: { table: ReportTable; locale: Locale; totalRow?: boolean }) {
  // formatNumber, not toLocaleString: the locale table's decimal mark and grouping, the same in every runtime.
  const format = (cell: string | number | null) => (cell === null ? "—" : typeof cell === "number" ? formatNumber(cell, locale) : cell);
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="w-full border-collapse text-sm" data-testid={`report-table-${table.id}`}>
        <caption id={captionId} className="sr-only">
          {table.title}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-left">
            {table.columns.map((column, i) => (
              <th key={column} scope="col" className={`py-1 pr-3 ${i > 0 ? "text-right" : ""}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={`border-b border-slate-200 ${totalRow && r === table.rows.length - 1 ? "font-bold" : ""}`}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-1 pr-3 text-left font-normal">
                    {format(cell)}
                  </th>
                ) : (
                  <td key={i} className="py-1 pr-3 text-right">
                    {format(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
