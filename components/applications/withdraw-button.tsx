"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawAction } from "@/lib/applications/actions";
import { useRouter } from "@/lib/i18n/navigation";

export function WithdrawButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function withdraw() {
    if (!window.confirm(t("applications.detail.withdrawConfirm"))) return;
    setBusy(true);
    const result = await withdrawAction(applicationId).catch(() => ({ ok: false, error: "applications.errors.submitFailed" }));
    setBusy(false);
    if (!result.ok) setError(result.error ?? "error.body");
    else router.refresh();
  }
  return (
    <div className="no-print space-y-2">
      <button type="button" onClick={withdraw} disabled={isBusy} className="font-semibold text-red-700 underline">{t("applications.detail.withdraw")}</button>
      {error && <p role="alert" className="text-sm font-semibold text-red-700">{t(error)}</p>}
    </div>
  );
}
