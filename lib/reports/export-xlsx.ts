import ExcelJS from "exceljs";
import { neutraliseCell } from "./neutralise";
import type { ReportTable } from "./report-tables";

// One sheet per table. Text is written as text cells (never formulas) and neutralised as in the
// CSV, so a company called "=HYPERLINK(…)" stays inert even when the sheet is saved as CSV again.

export async function reportXlsx(tables: ReportTable[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "AIFC Expat Centre portal";
  workbook.title = title;
  for (const table of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
    const header = sheet.addRow(table.columns.map(neutraliseCell));
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseCell(cell) : cell)));
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(table.columns[i]?.length ?? 8, ...table.rows.map((row) => String(row[i] ?? "").length));
      column.width = Math.min(60, Math.max(10, widest + 2));
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
