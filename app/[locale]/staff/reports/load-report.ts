import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/data/users";
import { getReport } from "@/lib/data/reports";
import { isoDateInTimeZone } from "@/lib/rules/iso-date";
import { parseReportParams } from "@/lib/reports/report-params";
import { reportTables, type Translate } from "@/lib/reports/report-tables";
import { REPORT_SERVICE_CODES } from "@/lib/reports/service-options";
import type { Locale } from "@/lib/i18n/routing";

// Shared by the report page and its export route: the same parsing, figures and tables.

export async function loadReport(user: CurrentUser, query: Record<string, string | string[] | undefined>, locale: Locale) {
  const parsed = parseReportParams(query, isoDateInTimeZone(new Date()), REPORT_SERVICE_CODES);
  const [t, tCatalog] = await Promise.all([getTranslations({ locale, namespace: "reports" }), getTranslations({ locale, namespace: "catalog" })]);
  const serviceName = (code: string) => (tCatalog.has(`services.${code}.title`) ? tCatalog(`services.${code}.title` as never) : code);
  const translate: Translate = (key, values) => t(key as never, values as never);
  if (!parsed.ok) return { ok: false as const, error: parsed.error, t: translate, serviceName };
  const report = await getReport(user, parsed.params);
  return { ok: true as const, report, tables: reportTables(report, translate, serviceName), t: translate, serviceName };
}
