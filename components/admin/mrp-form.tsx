"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveMrpAction } from "@/lib/admin/actions";
import { mrpRateSchema, type MrpRateInput } from "@/lib/admin/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { useActionForm } from "@/components/ui/use-action-form";

/** Sets the MRP of a year: a new year is added, an existing one is changed. */
export function MrpForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations();
  const form = useForm<MrpRateInput, unknown, z.output<typeof mrpRateSchema>>({
    resolver: zodResolver(mrpRateSchema),
    defaultValues: { year: defaultYear, valueKzt: "" },
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, saveMrpAction, {
    onSuccess: () => form.reset({ year: defaultYear, valueKzt: "" }),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded border border-slate-300 bg-white p-4">
      <ErrorSummary
        title={t("validation.errorSummaryTitle")}
        errors={(["year", "valueKzt"] as const).flatMap((field) =>
          errors[field]?.message ? [{ field, message: t(errors[field].message) }] : [],
        )}
      />
      <h2 className="text-xl font-semibold">{t("admin.mrp.formTitle")}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="year" inputMode="numeric" label={t("admin.mrp.year")} error={err(errors.year?.message)} {...form.register("year")} />
        <TextField
          id="valueKzt"
          inputMode="numeric"
          label={t("admin.mrp.value")}
          hint={t("admin.mrp.valueHint")}
          error={err(errors.valueKzt?.message)}
          {...form.register("valueKzt")}
        />
      </div>
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("admin.mrp.save")}
      </Button>
    </form>
  );
}
