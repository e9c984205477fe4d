"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { reasonedStepSchema, REASON_MAX, type ReasonedStep } from "@/lib/review/action-schemas";
import type { ReviewActionResult } from "@/lib/review/action-result";
import { Button } from "@/components/ui/button";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { TextareaField } from "./textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  applicationId: string;
  version: number;
  action: (input: ReasonedStep) => Promise<ReviewActionResult>;
  /** Message keys under "review". */
  labelKey: string;
  hintKey: string;
  submitKey: string;
  variant?: "primary" | "secondary" | "danger";
  idPrefix: string;
};

/** A step that needs a reason the applicant will read: the 30-day extension, the final rejection. */
export function ReasonedStepForm({ applicationId, version, action, labelKey, hintKey, submitKey, variant = "secondary", idPrefix }: Props) {
  const t = useTranslations("review");
  const tAll = useTranslations();
  const form = useForm<z.input<typeof reasonedStepSchema>, unknown, ReasonedStep>({
    resolver: zodResolver(reasonedStepSchema),
    defaultValues: { applicationId, expectedVersion: version, reason: "" },
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, action, {
    onSuccess: () => form.reset({ applicationId, expectedVersion: version, reason: "" }),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <TextareaField
        id={`${idPrefix}-reason`}
        label={t(labelKey)}
        hint={t(hintKey)}
        maxLength={REASON_MAX}
        error={errors.reason?.message ? tAll(errors.reason.message) : undefined}
        {...form.register("reason")}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs variant={variant} disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("actions.working") : t(submitKey)}
      </Button>
    </form>
  );
}
