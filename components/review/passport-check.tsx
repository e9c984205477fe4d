import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/kernel/access";
import { getPassportCheck, type PassportCheckScan } from "@/lib/review/data/passport-check";
import { formatCalendarDate } from "@/lib/kernel/format";
import type { Locale } from "@/lib/kernel/locales";

// Self-contained (issue 18): the MRZ of each passport scan beside the person's register entry,
// every mismatch and failed check digit marked in words, not colour alone. Takes ids and fetches
// its own data, so the review workspace can place it wherever the scan is shown.

const isIsoDate = (value: string | null) => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

async function ScanComparison({ scan, locale }: { scan: PassportCheckScan; locale: Locale }) {
  const t = await getTranslations("passport.check");
  const show = (value: string | null) =>
    value === null || value === "" ? "—" : isIsoDate(value) ? formatCalendarDate(new Date(`${value}T00:00:00Z`), locale) : value;
  const mismatches = scan.rows.filter((row) => row.outcome === "mismatch").length;
  const uncertain = scan.rows.filter((row) => row.outcome === "uncertain").length;
  const failedChecks = scan.rows.filter((row) => row.checkFailed).length + (scan.mrz && !scan.mrz.checks.composite ? 1 : 0);
  return (
    <div className="space-y-2" data-testid="passport-check-scan">
      <p className="font-semibold">{scan.fileName}</p>
      {scan.status === "PENDING" && <p className="text-slate-700">{t("pending")}</p>}
      {scan.status === "NOT_READABLE" && <p className="text-slate-700">{t("notReadable")}</p>}
      {scan.status === "READ" && scan.mrz && (
        <>
          <p
            className={
              mismatches || failedChecks ? "font-semibold text-red-800" : uncertain ? "font-semibold text-amber-900" : "text-green-800"
            }
            role="status"
          >
            {mismatches || failedChecks ? t("summaryProblems", { mismatches, failedChecks }) : uncertain ? null : t("summaryOk")}
            {uncertain > 0 && (
              <>
                {mismatches || failedChecks ? " · " : ""}
                {t("summaryUncertain", { count: uncertain })}
              </>
            )}
            {" · "}
            {t("confidence", { value: scan.confidence ?? 0 })}
            {scan.person && <> · {t("comparedWith", { name: scan.person.fullName })}</>}
          </p>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("caption", { file: scan.fileName })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("field")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("mrz")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("register")}
                </th>
                <th scope="col" className="py-1">
                  {t("result")}
                </th>
              </tr>
            </thead>
            <tbody>
              {scan.rows.map((row) => (
                <tr
                  key={row.field}
                  className={`border-b border-slate-200 ${row.outcome === "mismatch" || row.checkFailed ? "bg-red-50" : row.outcome === "uncertain" ? "bg-amber-50" : ""}`}
                  data-outcome={row.outcome}
                >
                  <th scope="row" className="py-1 pr-3 text-left font-semibold">
                    {t(`fields.${row.field}`)}
                  </th>
                  <td className="py-1 pr-3 font-mono">{show(row.mrz)}</td>
                  <td className="py-1 pr-3">{show(row.register)}</td>
                  <td className="py-1">
                    <span
                      className={
                        row.outcome === "mismatch"
                          ? "font-semibold text-red-800"
                          : row.outcome === "match"
                            ? "text-green-800"
                            : row.outcome === "uncertain"
                              ? "font-semibold text-amber-900"
                              : "text-slate-700"
                      }
                    >
                      {row.outcome === "mismatch"
                        ? `✗ ${t("mismatch")}`
                        : row.outcome === "match"
                          ? `✓ ${t("match")}`
                          : row.outcome === "uncertain"
                            ? `? ${t("uncertain")}`
                            : t("notRecorded")}
                    </span>
                    {row.checkFailed && <span className="ml-2 font-semibold text-red-800">⚠ {t("checkFailed")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!scan.mrz.checks.composite && <p className="font-semibold text-red-800">⚠ {t("compositeFailed")}</p>}
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700 underline">{t("showLines")}</summary>
            <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono">{scan.mrz.lines.join("\n")}</pre>
          </details>
        </>
      )}
    </div>
  );
}

export async function PassportCheck({ user, applicationId, locale }: { user: CurrentUser; applicationId: string; locale: Locale }) {
  const [t, scans] = await Promise.all([getTranslations("passport.check"), getPassportCheck(user, applicationId)]);
  if (scans.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="space-y-6">
      {scans.map((scan) => (
        <ScanComparison key={scan.scanId} scan={scan} locale={locale} />
      ))}
      <p className="text-sm text-slate-700">{t("disclaimer")}</p>
    </div>
  );
}
