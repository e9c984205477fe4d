import { getTranslations } from "next-intl/server";
import type { ApplicationStatus } from "@/lib/db/generated/enums";

const BEFORE_APPROVAL: readonly ApplicationStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

/** Why there is nothing to book, in words, with the status the applicant sees elsewhere. */
export async function BookingUnavailable({ status, needsAppointment }: { status: ApplicationStatus; needsAppointment: boolean }) {
  const [t, tStatus] = await Promise.all([getTranslations("booking.unavailable"), getTranslations("status")]);
  const reason =
    status === "DOCUMENTS_APPROVED" && !needsAppointment
      ? t("noAppointmentNeeded")
      : BEFORE_APPROVAL.includes(status)
        ? t("notApproved")
        : t("closed");
  return (
    <section aria-labelledby="unavailable-title" className="space-y-2 rounded border border-slate-300 bg-white p-6">
      <h2 id="unavailable-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("status", { status: tStatus(status) })}</p>
      <p>{reason}</p>
    </section>
  );
}
