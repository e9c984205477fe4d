"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm() {
  const t = useTranslations();
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
    shouldFocusError: false,
  });
  const { onSubmit, formError } = useActionForm(form, changePasswordAction);
  const { errors, isSubmitting } = form.formState;
  const err = (field: keyof ChangePasswordInput) => (errors[field]?.message ? t(errors[field]!.message as string) : undefined);
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(["currentPassword", "newPassword"] as const).flatMap((f) => (err(f) ? [{ field: f, message: err(f)! }] : [])),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <TextField
        id="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("account.currentPassword")}
        error={err("currentPassword")}
        {...form.register("currentPassword")}
      />
      <TextField
        id="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("account.newPassword")}
        hint={t("auth.register.passwordHint")}
        error={err("newPassword")}
        {...form.register("newPassword")}
      />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("account.changePassword")}
      </Button>
    </form>
  );
}
