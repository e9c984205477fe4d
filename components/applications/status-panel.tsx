import { getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/lib/db/generated/enums";

/** The status in words and what happens next for the applicant (architecture: "how it should feel"). */
export async function StatusPanel({
  status,
  rejectedCount,
  message = "DEFAULT",
  deadline,
}: {
  status: ApplicationStatus;
  rejectedCount: number;
  message?: "DEFAULT" | "PAY_FIRST" | "PAYMENT_BEING_CHECKED";
  deadline?: string | null;
}) {
  const t = await getTranslations("applications.statusPanel");
  const tStatus = await getTranslations("status");
  return (
    <div className="rounded border-l-8 border-brand-700 bg-white p-4" data-testid="status-panel">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("label")}</p>
      <p className="text-xl font-bold" data-testid="application-status">
        {tStatus(status)}
      </p>
      <p className="mt-1 text-slate-800">
        {message === "DEFAULT" ? t(`next.${status}`, { count: rejectedCount }) : t(`payment.${message}`)}
      </p>
      {/* Issue 17: the last day to answer a request for changes, already formatted by the page. */}
      {deadline && (
        <p className="mt-1 font-semibold" data-testid="changes-deadline">
          {deadline}
        </p>
      )}
    </div>
  );
}
