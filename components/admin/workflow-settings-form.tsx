"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveWorkflowSettingsAction } from "@/lib/admin/workflow-actions";
import { workflowSettingsSchema, type WorkflowSettingsInput } from "@/lib/admin/workflow-settings-schema";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { useActionForm } from "@/components/ui/use-action-form";

/** Issue 17: how many calendar days applicants get to answer a request for changes. */
export function WorkflowSettingsForm({ days }: { days: number }) {
  const t = useTranslations();
  const [saved, setSaved] = useState(false);
  const form = useForm<WorkflowSettingsInput, unknown, z.output<typeof workflowSettingsSchema>>({
    resolver: zodResolver(workflowSettingsSchema),
    defaultValues: { changesDeadlineDays: days },
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, saveWorkflowSettingsAction, {
    onSuccess: () => setSaved(true),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded border border-slate-300 bg-white p-4">
      <h2 className="text-xl font-semibold">{t("admin.workflow.title")}</h2>
      <TextField
        id="changesDeadlineDays"
        inputMode="numeric"
        label={t("admin.workflow.days")}
        hint={t("admin.workflow.daysHint")}
        error={errors.changesDeadlineDays?.message ? t(errors.changesDeadlineDays.message) : undefined}
        {...form.register("changesDeadlineDays", { onChange: () => setSaved(false) })}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      {saved && (
        <p role="status" className="font-semibold text-green-800">
          {t("admin.workflow.saved")}
        </p>
      )}
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("admin.workflow.save")}
      </Button>
    </form>
  );
}
