import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/kernel/access";
import { getReport, LATE_LIST_LIMIT, LATE_LIST_ON_PAGE } from "@/lib/reports/data/reports";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { parseReportParams } from "@/lib/reports/report-params";
import { reportTables, type Translate } from "@/lib/reports/report-tables";
import { REPORT_SERVICE_CODES } from "@/lib/reports/service-options";
import type { Locale } from "@/lib/kernel/locales";

// Shared by the report page and its export route: the same parsing, figures and tables; the page
// lists the first late applications, an export all of them (up to LATE_LIST_LIMIT).

export async function loadReport(
  user: CurrentUser,
  query: Record<string, string | string[] | undefined>,
  locale: Locale,
  purpose: "page" | "export",
) {
  const parsed = parseReportParams(query, isoDateInTimeZone(new Date()), REPORT_SERVICE_CODES);
  const [t, tCatalog] = await Promise.all([
    getTranslations({ locale, namespace: "reports" }),
    getTranslations({ locale, namespace: "catalog" }),
  ]);
  const serviceName = (code: string) => (tCatalog.has(`services.${code}.title`) ? tCatalog(`services.${code}.title` as never) : code);
  const translate: Translate = (key, values) => t(key as never, values as never);
  if (!parsed.ok) return { ok: false as const, error: parsed.error, t: translate, serviceName };
  const report = await getReport(user, parsed.params, { lateLimit: purpose === "page" ? LATE_LIST_ON_PAGE : LATE_LIST_LIMIT });
  return { ok: true as const, report, tables: reportTables(report, translate, serviceName), t: translate, serviceName };
}
