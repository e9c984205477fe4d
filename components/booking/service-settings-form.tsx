"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormResult } from "@/lib/kernel/forms";
import { useActionForm } from "@/components/ui/use-action-form";

type Values = { needsAppointment: string[] };
type Props = {
  services: { serviceCode: string; title: string; needsAppointment: boolean }[];
  action: (values: Values) => Promise<FormResult>;
};

/** One checkbox per service; saving sets every service's switch at once. */
export function ServiceSettingsForm({ services, action }: Props) {
  const t = useTranslations();
  const form = useForm<Values>({
    defaultValues: { needsAppointment: services.filter((s) => s.needsAppointment).map((s) => s.serviceCode) },
  });
  const { onSubmit, formError, saved } = useActionForm(form, action, { refresh: true });
  const busy = form.formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={formError ? [{ message: t(formError) }] : []} />
      <fieldset>
        <legend className="sr-only">{t("booking.admin.servicesTitle")}</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {services.map((service) => (
            <li key={service.serviceCode}>
              <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded border border-slate-300 bg-white p-3">
                <input
                  type="checkbox"
                  value={service.serviceCode}
                  {...form.register("needsAppointment")}
                  className="mt-1 size-5 shrink-0"
                />
                <span>{service.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" needsJs disabled={busy} aria-busy={busy}>
          {t("booking.admin.servicesSave")}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {saved ? `✓ ${t("booking.admin.servicesSaved")}` : ""}
        </p>
      </div>
    </form>
  );
}
