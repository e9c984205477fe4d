"use client";

import { useTranslations } from "next-intl";
import { deleteDraftAction } from "@/lib/applications/actions";

export function DeleteDraftButton({ applicationId }: { applicationId: string }) {
  const t = useTranslations("applications.wizard");
  return (
    <form
      action={deleteDraftAction.bind(null, applicationId)}
      onSubmit={(event) => {
        if (!window.confirm(t("deleteConfirm"))) event.preventDefault();
      }}
      className="border-t border-slate-200 pt-4"
    >
      <button type="submit" className="font-semibold text-red-700 underline">{t("deleteDraft")}</button>
    </form>
  );
}
