"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { signInAction } from "@/lib/auth/actions";
import { checkSignIn, type SignInValues } from "@/lib/auth/sign-in-check";
import { Button } from "@/components/ui/button";
import { checkResolver } from "@/components/ui/check-resolver";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  // Checked in the browser without zod (checkSignIn); the action parses with signInSchema.
  const form = useForm<SignInValues>({
    resolver: checkResolver(checkSignIn),
    defaultValues: { email: "", password: "", callbackUrl },
    shouldFocusError: false,
  });
  const { onSubmit, formError } = useActionForm(form, signInAction);
  const { errors, isSubmitting } = form.formState;
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(["email", "password"] as const).flatMap((field) => (errors[field]?.message ? [{ field, message: t(errors[field].message) }] : [])),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <TextField
        id="email"
        type="email"
        autoComplete="username"
        label={t("auth.signIn.email")}
        error={errors.email?.message && t(errors.email.message)}
        {...form.register("email")}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="current-password"
        label={t("auth.signIn.password")}
        error={errors.password?.message && t(errors.password.message)}
        {...form.register("password")}
      />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
    </form>
  );
}
