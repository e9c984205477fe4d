"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { acceptInvitationAction } from "@/lib/company/actions";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/company/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** The invitee chooses their name and password; the e-mail is the one the invitation went to. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations();
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema(email)),
    defaultValues: { name: "", password: "" },
    shouldFocusError: false,
  });
  const { onSubmit, formError } = useActionForm(form, (values) => acceptInvitationAction(token, values));
  const { errors, isSubmitting } = form.formState;
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(["name", "password"] as const).flatMap((field) => (errors[field]?.message ? [{ field, message: t(errors[field].message) }] : [])),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-6">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <TextField id="email" type="email" label={t("workspace.invitation.email")} value={email} readOnly autoComplete="username" />
      <TextField
        id="name"
        autoComplete="name"
        label={t("workspace.invitation.name")}
        error={errors.name?.message && t(errors.name.message)}
        {...form.register("name")}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="new-password"
        label={t("workspace.invitation.password")}
        hint={t("workspace.invitation.passwordHint")}
        error={errors.password?.message && t(errors.password.message)}
        {...form.register("password")}
      />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("workspace.invitation.accept")}
      </Button>
    </form>
  );
}
