"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/kernel/forms";

/** A refused step as the page shows it (components/ui/action-problem.tsx): a message key, and whether to offer a reload. */
export type ActionProblem = { messageKey: string; conflict: boolean };

type Options = {
  onSuccess?: () => void;
  /** Reload the page's server data after a success (for actions that do not revalidate the page themselves). */
  refresh?: boolean;
  /**
   * Let a redirect the action throws through to Next (a successful sign-in answers with one). The
   * review and admin forms answer a thrown redirect with the generic message instead, as before.
   */
  followRedirect?: boolean;
};

/**
 * The one client hook of every form: runs the server action for a react-hook-form form, puts the
 * server's field errors onto the fields (so server-only rules, a taken e-mail say, read like client
 * ones), and turns a refused step into a message, with "reload" when someone else acted first.
 */
export function useActionForm<TIn extends FieldValues, TOut = TIn>(
  form: UseFormReturn<TIn, unknown, TOut>,
  action: (values: TOut) => Promise<ActionResult>,
  options: Options = {},
) {
  const router = useRouter();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    let result: ActionResult;
    try {
      result = await action(values);
    } catch (error) {
      if (options.followRedirect !== false && (error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw error;
      setProblem({ messageKey: "error.body", conflict: false });
      return;
    }
    if (result.ok) {
      setSaved(true);
      options.onSuccess?.();
      if (options.refresh) router.refresh();
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) form.setError(field as Path<TIn>, { type: "server", message });
    if (result.formError) setProblem({ messageKey: result.formError, conflict: Boolean(result.conflict) });
  });
  return { onSubmit, problem, formError: problem?.messageKey ?? null, saved, clearProblem: () => setProblem(null) };
}
