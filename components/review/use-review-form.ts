"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ReviewActionResult } from "@/lib/review/action-result";

export type ActionProblem = { messageKey: string; conflict: boolean };

/**
 * Runs a review server action for a react-hook-form form: the server's field errors land on the
 * fields, a refused step becomes a message (with "reload" when someone else acted first). The
 * action revalidates the page itself, so a success needs no extra refresh.
 */
export function useReviewForm<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  action: (values: TOut) => Promise<ReviewActionResult>,
  onSuccess?: () => void,
) {
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    let result: ReviewActionResult;
    try {
      result = await action(values);
    } catch {
      setProblem({ messageKey: "error.body", conflict: false });
      return;
    }
    if (result.ok) {
      onSuccess?.();
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) form.setError(field as Path<TIn>, { type: "server", message });
    if (result.formError) setProblem({ messageKey: result.formError, conflict: Boolean(result.conflict) });
  });
  return { onSubmit, problem, clearProblem: () => setProblem(null) };
}
