import { neutraliseCell } from "./neutralise";
import type { Cell, ReportTable } from "./report-tables";

// RFC 4180 CSV, one section per table (title line, header, rows, blank line), UTF-8 with a BOM so
// that Excel opens Cyrillic and Kazakh text correctly.

function field(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(tables: ReportTable[]): string {
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(field(table.title), table.columns.map(field).join(","), ...table.rows.map((row) => row.map(field).join(",")), "");
  }
  return `\uFEFF${lines.join("\r\n")}`;
}
