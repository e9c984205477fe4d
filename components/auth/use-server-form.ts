"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { FormResult } from "@/lib/kernel/forms";

/**
 * Runs a server action for a react-hook-form form and puts the server's field errors onto
 * the fields, so that server-only rules (a taken e-mail, say) read like client ones.
 */
export function useServerForm<T extends FieldValues>(form: UseFormReturn<T>, action: (values: T) => Promise<FormResult>) {
  const [formError, setFormError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: FormResult;
    try {
      result = await action(values);
    } catch (error) {
      // A successful sign-in answers with a redirect, which Next handles by throwing.
      if ((error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw error;
      setFormError("error.body");
      return;
    }
    if (result.ok) return;
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<T>, { type: "server", message });
    }
    if (result.formError) setFormError(result.formError);
  });
  return { onSubmit, formError };
}
