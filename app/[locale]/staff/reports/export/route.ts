import { getCurrentUser } from "@/lib/auth/current-user";
import { canEnter } from "@/lib/kernel/roles";
import { isLocale } from "@/lib/kernel/locales";
import { reportCsv } from "@/lib/reports/export-csv";
import { reportXlsx } from "@/lib/reports/export-xlsx";
import { loadReport } from "../load-report";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET …/staff/reports/export?format=csv|xlsx&from=&to=&service= — the report as a file. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/staff/reports/export">) {
  const { locale } = await params;
  if (!isLocale(locale)) return plain(404, "Not found");
  const user = await getCurrentUser();
  if (!user) return plain(401, "Sign in first");
  if (!canEnter("staff", user.role)) return plain(403, "Forbidden");
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") return plain(400, "format must be csv or xlsx");
  const loaded = await loadReport(user, Object.fromEntries(url.searchParams), locale, "export");
  if (!loaded.ok) return plain(400, loaded.t(`errors.${loaded.error}`));
  const name = `expat-centre-report-${loaded.report.from}-${loaded.report.to}${loaded.report.service ? `-${loaded.report.service}` : ""}`;
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(reportCsv(loaded.tables), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
    });
  }
  const body = await reportXlsx(loaded.tables, loaded.t("title"));
  return new Response(new Uint8Array(body), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}
