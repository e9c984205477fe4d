import { getTranslations } from "next-intl/server";

/** Tells a company's users why they cannot submit yet (pending) or at all (refused, with the reason). */
export async function CompanyVerificationBanner({ status, note }: { status: "PENDING" | "VERIFIED" | "REFUSED"; note: string | null }) {
  if (status === "VERIFIED") return null;
  const t = await getTranslations("portal.verification");
  return status === "PENDING" ? (
    <section role="status" data-testid="company-pending" className="mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="font-semibold">{t("pendingTitle")}</h2>
      <p>{t("pendingBody")}</p>
    </section>
  ) : (
    <section role="alert" data-testid="company-refused" className="mb-6 rounded border-l-4 border-red-700 bg-red-50 p-4">
      <h2 className="font-semibold">{t("refusedTitle")}</h2>
      <p>{t("refusedBody")}</p>
      {note && (
        <p className="mt-2">
          <span className="font-semibold">{t("reason")}</span> {note}
        </p>
      )}
    </section>
  );
}
