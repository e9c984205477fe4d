"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { deleteDraftAction } from "@/lib/applications/actions";
import { ConfirmStep } from "@/components/ui/confirm-step";

export function DeleteDraftButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations("applications.wizard");
  const [isBusy, setBusy] = useState(false);
  return (
    <div className="border-t border-slate-200 pt-4">
      {/* Deleting a draft removes its uploads too and cannot be undone: it asks first, in the page. */}
      <ConfirmStep
        label={t("deleteDraft")}
        variant="danger"
        busy={isBusy}
        confirm={{ title: t("deleteConfirm.title"), body: t("deleteConfirm.body"), confirmLabel: t("deleteConfirm.yes") }}
        onConfirm={async () => {
          setBusy(true);
          // The action ends with a redirect to the dashboard; the button stays busy until then.
          await deleteDraftAction(applicationId).finally(() => setBusy(false));
        }}
      />
    </div>
  );
}
