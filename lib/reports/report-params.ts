import { z } from "zod";
import { addCalendarDays, isIsoDate } from "@/lib/rules/iso-date";

// The report's query (?from=YYYY-MM-DD&to=YYYY-MM-DD&service=CODE). Pure: the page and the export
// route parse the same way, and a bad value is a clean 400 or an error message, never a 500.

export const MAX_REPORT_DAYS = 731;

export type ReportParams = { from: string; to: string; service: string | null };

export type ReportParamsResult =
  { ok: true; params: ReportParams } | { ok: false; error: "INVALID_DATE" | "FROM_AFTER_TO" | "RANGE_TOO_LONG" | "UNKNOWN_SERVICE" };

const date = z.string().refine((value) => isIsoDate(value));
const schema = z.object({
  from: date.optional(),
  to: date.optional(),
  service: z.string().max(60).optional(),
});

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === "" ? undefined : v;
}

/** Without dates: the last 12 months up to today (Astana). */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addCalendarDays(today, -364), to: today };
}

export function parseReportParams(
  raw: Record<string, string | string[] | undefined>,
  today: string,
  serviceCodes: readonly string[],
): ReportParamsResult {
  const parsed = schema.safeParse({ from: first(raw.from), to: first(raw.to), service: first(raw.service) });
  if (!parsed.success) return { ok: false, error: "INVALID_DATE" };
  const period = defaultPeriod(today);
  const from = parsed.data.from ?? (parsed.data.to ? addCalendarDays(parsed.data.to, -364) : period.from);
  const to =
    parsed.data.to ??
    (parsed.data.from ? (addCalendarDays(parsed.data.from, 364) < today ? addCalendarDays(parsed.data.from, 364) : today) : period.to);
  if (from > to) return { ok: false, error: "FROM_AFTER_TO" };
  if (daysBetween(from, to) >= MAX_REPORT_DAYS) return { ok: false, error: "RANGE_TOO_LONG" };
  const service = parsed.data.service && parsed.data.service !== "all" ? parsed.data.service : null;
  if (service && !serviceCodes.includes(service)) return { ok: false, error: "UNKNOWN_SERVICE" };
  return { ok: true, params: { from, to, service } };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
