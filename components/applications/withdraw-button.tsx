"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawAction } from "@/lib/applications/actions";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { ConfirmStep } from "@/components/ui/confirm-step";

export function WithdrawButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function withdraw() {
    setBusy(true);
    const result = await withdrawAction(applicationId).catch(() => ({ ok: false as const, formError: "applications.errors.submitFailed" }));
    setBusy(false);
    if (!result.ok) setError(result.formError ?? "error.body");
    else router.refresh();
  }
  return (
    <div className="no-print space-y-2">
      {/* Withdrawing ends the centre's work on the request: it asks first, in the page, not in a browser dialog. */}
      <ConfirmStep
        label={t("applications.detail.withdraw")}
        variant="danger"
        busy={isBusy}
        confirm={{
          title: t("applications.detail.withdrawConfirm.title"),
          body: t("applications.detail.withdrawConfirm.body"),
          confirmLabel: t("applications.detail.withdrawConfirm.yes"),
        }}
        onConfirm={withdraw}
      />
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {t(error)}
        </p>
      )}
    </div>
  );
}
