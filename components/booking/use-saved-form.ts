"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useServerForm } from "@/components/auth/use-server-form";
import type { FormResult } from "@/lib/kernel/forms";

/** useServerForm plus "saved": after a successful save the page's data is reloaded from the server. */
export function useSavedForm<T extends FieldValues>(form: UseFormReturn<T>, action: (values: T) => Promise<FormResult>, onSaved?: () => void) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { onSubmit, formError } = useServerForm(form, async (values) => {
    setSaved(false);
    const result = await action(values);
    if (result.ok) {
      setSaved(true);
      onSaved?.();
      router.refresh();
    }
    return result;
  });
  return { onSubmit, formError, saved };
}
