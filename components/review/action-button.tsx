"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ReviewActionResult } from "@/lib/review/action-result";
import { Button } from "@/components/ui/button";
import { ConfirmStep, type ConfirmText } from "@/components/ui/confirm-step";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import type { ActionProblem } from "@/components/ui/use-action-form";

type Props = {
  /** A server action with its input bound on the server (ids and the version the page showed). */
  action: () => Promise<ReviewActionResult>;
  label: string;
  /** Read out after the label only (e.g. which row's "Remove" this is). */
  srSuffix?: string;
  hint?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Irreversible steps ask first and say what will happen (components/ui/confirm-step). */
  confirm?: ConfirmText;
  /** Called after the step succeeded (e.g. to offer an undo). */
  onDone?: () => void;
};

/** One button that takes one workflow step; the answer (or the refusal) appears beside it. */
export function ActionButton({ action, label, srSuffix, hint, variant = "primary", confirm, onDone }: Props) {
  const t = useTranslations();
  const [isPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const run = () =>
    new Promise<void>((resolve) =>
      startTransition(async () => {
        setProblem(null);
        try {
          const result = await action();
          if (!result.ok) setProblem({ messageKey: result.formError ?? "error.body", conflict: Boolean(result.conflict) });
          else onDone?.();
        } catch {
          setProblem({ messageKey: "error.body", conflict: false });
        }
        resolve();
      }),
    );
  const content = (
    <>
      {isPending ? t("review.actions.working") : label}
      {srSuffix && <span className="sr-only"> {srSuffix}</span>}
    </>
  );
  return (
    <div className="space-y-2">
      {confirm ? (
        <ConfirmStep label={content} confirm={confirm} onConfirm={run} busy={isPending} variant={variant} className="w-full sm:w-auto" />
      ) : (
        <Button type="button" variant={variant} onClick={run} disabled={isPending} aria-busy={isPending} className="w-full sm:w-auto">
          {content}
        </Button>
      )}
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <ActionProblemMessage problem={problem} onDismiss={() => setProblem(null)} />
    </div>
  );
}
