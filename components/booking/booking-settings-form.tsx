"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { FormResult } from "@/lib/kernel/forms";
import { bookingSettingsSchema, type BookingSettingsInput } from "@/lib/booking/schemas";
import { summaryOf } from "./form-errors";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = [
  "slotMinutes",
  "capacityPerSlot",
  "horizonWorkingDays",
  "minLeadMinutes",
  "changeCutoffHours",
  "minNoticeWorkingDays",
  "reminderHoursBefore",
  "confirmByHoursBefore",
] as const;

type Props = { values: BookingSettingsInput; action: (values: BookingSettingsInput) => Promise<FormResult> };

export function BookingSettingsForm({ values, action }: Props) {
  const t = useTranslations();
  const form = useForm<BookingSettingsInput>({
    resolver: zodResolver(bookingSettingsSchema),
    defaultValues: values,
    shouldFocusError: false,
  });
  const { onSubmit, formError, saved } = useActionForm(form, action, { refresh: true });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summaryOf(t, FIELDS, errors, formError)} />
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={field}
          type="number"
          inputMode="numeric"
          className="max-w-xs"
          label={t(`booking.admin.${field}`)}
          hint={t(`booking.admin.${field}Hint`)}
          error={errors[field]?.message ? t(errors[field].message) : undefined}
          {...form.register(field, { valueAsNumber: true })}
        />
      ))}
      <div className="flex items-start gap-3">
        <input
          id="bookingRequiresPayment"
          type="checkbox"
          className="mt-1 size-5"
          aria-describedby="bookingRequiresPayment-hint"
          {...form.register("bookingRequiresPayment")}
        />
        <label htmlFor="bookingRequiresPayment" className="font-medium">
          {t("booking.admin.bookingRequiresPayment")}
          <span id="bookingRequiresPayment-hint" className="block font-normal text-slate-600">
            {t("booking.admin.bookingRequiresPaymentHint")}
          </span>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? t("booking.admin.saving") : t("booking.admin.save")}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {saved ? `✓ ${t("booking.admin.saved")}` : ""}
        </p>
      </div>
    </form>
  );
}
