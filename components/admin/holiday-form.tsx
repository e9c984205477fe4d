"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addHolidayAction } from "@/lib/admin/actions";
import { HOLIDAY_KINDS, holidaySchema, type HolidayInput } from "@/lib/admin/schemas";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { useActionForm } from "@/components/ui/use-action-form";

/** Adds a public holiday, a moved day off, or a weekend day worked by decree. */
export function HolidayForm({ year }: { year: number }) {
  const t = useTranslations();
  const empty = { date: `${year}-01-01`, name: "", kind: "HOLIDAY" as const };
  const form = useForm<HolidayInput, unknown, z.output<typeof holidaySchema>>({
    resolver: zodResolver(holidaySchema),
    defaultValues: empty,
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, addHolidayAction, {
    onSuccess: () => form.reset(empty),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <h2 className="text-xl font-semibold">{t("admin.holidays.formTitle")}</h2>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField id="date" type="date" label={t("admin.holidays.date")} error={err(errors.date?.message)} {...form.register("date")} />
        <TextField id="name" label={t("admin.holidays.name")} error={err(errors.name?.message)} {...form.register("name")} />
        <SelectField
          id="kind"
          label={t("admin.holidays.kind")}
          hint={t("admin.holidays.kindHint")}
          error={err(errors.kind?.message)}
          options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`admin.kinds.${k}`) }))}
          {...form.register("kind")}
        />
      </div>
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("admin.holidays.add")}
      </Button>
    </form>
  );
}
