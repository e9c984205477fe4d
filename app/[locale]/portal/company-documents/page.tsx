import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { listCompanyVault, type VaultVersionView } from "@/lib/payments/data/company-vault";
import { formatCalendarDate, formatCentreDate } from "@/lib/kernel/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/kernel/locales";
import { maxUploadBytes } from "@/lib/uploads/receive-upload";
import { setVaultValidityAction } from "@/lib/payments/vault-actions";
import { UploadSlot } from "@/components/applications/upload-slot";
import { buttonClass } from "@/components/ui/button-class";

export async function generateMetadata({ params }: PageProps<"/[locale]/portal/company-documents">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "vault" });
  return { title: t("title") };
}

const VALIDITY_STYLE = {
  NONE: "",
  VALID: "text-green-800",
  EXPIRING: "font-semibold text-amber-800",
  EXPIRED: "font-semibold text-red-700",
} as const;

export default async function CompanyDocumentsPage({ params }: PageProps<"/[locale]/portal/company-documents">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireArea("portal");
  const [t, tc, tr, slots] = await Promise.all([
    getTranslations("vault"),
    getTranslations("catalog"),
    getTranslations("review"),
    listCompanyVault(user),
  ]);
  const date = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`), locale);
  const reason = (code: string | null) => (code && tr.has(`reasons.${code}`) ? tr(`reasons.${code}`) : code);
  const usage = (v: VaultVersionView) => (
    <>
      {v.usedIn.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("usedIn")}{" "}
          {v.usedIn.map((a, i) => (
            <span key={a.applicationId}>
              {i > 0 && ", "}
              <Link href={`/portal/applications/${a.applicationId}`} className="underline">
                {a.number ?? t("draft")}
              </Link>
            </span>
          ))}
        </p>
      )}
      {v.rejectedIn.map((r) => (
        <p key={r.applicationId} role="alert" className="text-sm font-semibold text-red-700" data-testid="vault-rejected">
          {t("rejectedIn", { number: r.number ?? "" })}
          {r.reason ? ` — ${reason(r.reason)}` : ""}
          {r.comment ? ` (${r.comment})` : ""}
        </p>
      ))}
    </>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      <ol className="space-y-6">
        {slots.map((slot) => {
          const label = `${tc(`documents.${slot.code}`)}${slot.language === "ANY" ? "" : ` — ${t(`language.${slot.language}`)}`}`;
          return (
            <li
              key={`${slot.code}-${slot.language}`}
              className="space-y-3 rounded border border-slate-300 bg-white p-4"
              data-testid={`vault-${slot.code}-${slot.language}`}
            >
              <h2 className="text-xl font-semibold">{label}</h2>
              {slot.current ? (
                <div className="space-y-2">
                  <p className="text-sm">
                    {t("current", { date: formatCentreDate(slot.current.createdAt, locale), name: slot.current.uploadedBy })}
                  </p>
                  {slot.validity !== "NONE" && slot.current.validUntil && (
                    <p className={`text-sm ${VALIDITY_STYLE[slot.validity]}`} role={slot.validity === "VALID" ? undefined : "alert"}>
                      {t(`validity.${slot.validity}`, { date: date(slot.current.validUntil) })}
                    </p>
                  )}
                  <form action={setVaultValidityAction} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="versionId" value={slot.current.id} />
                    <label className="text-sm">
                      <span className="block font-medium">{t("validUntil")}</span>
                      <span className="block text-slate-600">{t("validUntilHint")}</span>
                      <input
                        type="date"
                        name="validUntil"
                        defaultValue={slot.current.validUntil ?? ""}
                        className="mt-1 rounded border border-slate-500 px-2 py-1"
                      />
                    </label>
                    <button type="submit" className={buttonClass("secondary")}>
                      {t("saveValidity")}
                    </button>
                  </form>
                  {usage(slot.current)}
                </div>
              ) : (
                <p className="text-sm text-slate-700">{t("empty")}</p>
              )}
              <UploadSlot
                applicationId=""
                code={`${slot.code}-${slot.language}`}
                uploadUrl={`/api/vault/${slot.code}/${slot.language}`}
                single
                label={label}
                files={
                  slot.current
                    ? [{ id: slot.current.id, originalName: slot.current.originalName, sizeBytes: slot.current.sizeBytes, mimeType: "" }]
                    : []
                }
                canEdit
                maxBytes={maxUploadBytes()}
              />
              {slot.history.length > 0 && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">{t("history", { count: slot.history.length })}</summary>
                  <ul className="mt-2 space-y-2">
                    {slot.history.map((v) => (
                      <li key={v.id} className="text-sm">
                        <a href={`/api/files/${v.id}`} className="underline">
                          {v.originalName}
                        </a>{" "}
                        {t("replacedOn", { date: formatCentreDate(v.replacedAt ?? v.createdAt, locale) })}
                        {usage(v)}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
