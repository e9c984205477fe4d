"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import type { ActionProblem } from "@/components/ui/use-action-form";

/** Why a step was refused, announced and focused; a conflict offers to reload the page. */
export function ActionProblemMessage({ problem, onDismiss }: { problem: ActionProblem | null; onDismiss: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm">
      <p className="font-semibold text-red-800">{t(problem.messageKey)}</p>
      {problem.conflict && (
        <button
          type="button"
          className="mt-2 font-semibold text-brand-700 underline"
          onClick={() => {
            onDismiss();
            router.refresh();
          }}
        >
          {t("review.actions.reload")}
        </button>
      )}
    </div>
  );
}
