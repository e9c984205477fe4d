"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { registerAction } from "@/lib/auth/actions";
import { registerSchema, type RegisterInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = ["name", "email", "password", "companyName", "bin"] as const;

export function RegisterForm() {
  const t = useTranslations();
  const form = useForm<RegisterInput>({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: "", email: "", password: "", companyName: "", bin: "" },
    shouldFocusError: false,
  });
  // The server answers the same for a new and a taken address; the e-mail tells the rest.
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { onSubmit, formError } = useActionForm(form, async (values) => {
    const result = await registerAction(values);
    if (result.ok) setSentTo(values.email.trim());
    return result;
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = (field: (typeof FIELDS)[number]) => (errors[field]?.message ? t(errors[field].message) : undefined);
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...FIELDS.flatMap((field) => (errors[field]?.message ? [{ field, message: t(errors[field].message) }] : [])),
  ];
  if (sentTo) {
    return (
      <section
        role="status"
        aria-live="polite"
        data-testid="registration-sent"
        className="space-y-3 rounded border-l-4 border-green-700 bg-green-50 p-4"
      >
        <h2 className="text-xl font-semibold">{t("auth.register.checkEmailTitle")}</h2>
        <p>{t("auth.register.checkEmail", { email: sentTo })}</p>
        <p className="text-sm text-slate-700">{t("auth.register.checkEmailNext")}</p>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <TextField id="name" autoComplete="name" label={t("auth.register.name")} error={errorText("name")} {...form.register("name")} />
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        label={t("auth.register.email")}
        hint={t("auth.register.emailHint")}
        error={errorText("email")}
        {...form.register("email")}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="new-password"
        label={t("auth.register.password")}
        hint={t("auth.register.passwordHint")}
        error={errorText("password")}
        {...form.register("password")}
      />
      <TextField
        id="companyName"
        autoComplete="organization"
        label={t("auth.register.companyName")}
        error={errorText("companyName")}
        {...form.register("companyName")}
      />
      <TextField
        id="bin"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        label={t("auth.register.bin")}
        hint={t("auth.register.binHint")}
        error={errorText("bin")}
        className="max-w-xs"
        {...form.register("bin")}
      />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("auth.register.submitting") : t("auth.register.submit")}
      </Button>
    </form>
  );
}
