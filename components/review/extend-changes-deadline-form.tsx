"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { extendChangesDeadlineAction } from "@/lib/review/actions";
import { extendChangesDeadlineSchema, REASON_MAX, type ExtendChangesDeadlineInput } from "@/lib/review/action-schemas";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { TextareaField } from "./textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { applicationId: string; version: number; minDate: string; suggested: string };

/** Issue 17: a later deadline for the applicant's answer, with a reason the applicant reads. */
export function ExtendChangesDeadlineForm({ applicationId, version, minDate, suggested }: Props) {
  const t = useTranslations("review.changesDeadline");
  const tAll = useTranslations();
  const defaults = { applicationId, expectedVersion: version, reason: "", newDueOn: suggested };
  const form = useForm<z.input<typeof extendChangesDeadlineSchema>, unknown, ExtendChangesDeadlineInput>({
    resolver: zodResolver(extendChangesDeadlineSchema),
    defaultValues: defaults,
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, extendChangesDeadlineAction, {
    onSuccess: () => form.reset(defaults),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <TextField
        id="changes-deadline-date"
        type="date"
        min={minDate}
        label={t("newDate")}
        error={errors.newDueOn?.message ? tAll(errors.newDueOn.message) : undefined}
        {...form.register("newDueOn")}
      />
      <TextareaField
        id="changes-deadline-reason"
        label={t("reason")}
        hint={t("reasonHint")}
        maxLength={REASON_MAX}
        error={errors.reason?.message ? tAll(errors.reason.message) : undefined}
        {...form.register("reason")}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs variant="secondary" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? tAll("review.actions.working") : t("extend")}
      </Button>
    </form>
  );
}
