"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormResult } from "@/lib/kernel/forms";
import { blockedPeriodSchema, type BlockedPeriodFormInput } from "@/lib/booking/schemas";
import { summaryOf } from "./form-errors";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = ["fromDate", "fromTime", "toDate", "toTime", "reason"] as const;

type Props = { defaultDate: string; action: (values: BlockedPeriodFormInput) => Promise<FormResult> };

/** Dates and times are the centre's (Astana): what the admin reads on the office clock. */
export function BlockedPeriodForm({ defaultDate, action }: Props) {
  const t = useTranslations();
  const defaults = { fromDate: defaultDate, fromTime: "10:00", toDate: defaultDate, toTime: "16:30", reason: "" };
  const form = useForm<BlockedPeriodFormInput>({
    resolver: zodResolver(blockedPeriodSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { onSubmit, formError, saved } = useActionForm(form, action, { onSuccess: () => form.reset(defaults), refresh: true });
  const { errors, isSubmitting } = form.formState;
  const error = (field: (typeof FIELDS)[number]) => (errors[field]?.message ? t(errors[field].message) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summaryOf(t, FIELDS, errors, formError)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="fromDate" type="date" label={t("booking.admin.fromDate")} error={error("fromDate")} {...form.register("fromDate")} />
        <TextField id="fromTime" type="time" label={t("booking.admin.fromTime")} error={error("fromTime")} {...form.register("fromTime")} />
        <TextField id="toDate" type="date" label={t("booking.admin.toDate")} error={error("toDate")} {...form.register("toDate")} />
        <TextField id="toTime" type="time" label={t("booking.admin.toTime")} error={error("toTime")} {...form.register("toTime")} />
      </div>
      <TextField
        id="reason"
        maxLength={200}
        label={t("booking.admin.reason")}
        hint={t("booking.admin.reasonHint")}
        error={error("reason")}
        {...form.register("reason")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
          {t("booking.admin.add")}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {saved ? `✓ ${t("booking.admin.added")}` : ""}
        </p>
      </div>
    </form>
  );
}
