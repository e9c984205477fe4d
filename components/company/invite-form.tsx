"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { FormResult } from "@/lib/kernel/forms";
import { inviteMemberAction } from "@/lib/company/actions";
import { COMPANY_ROLES, inviteMemberSchema, type InviteMemberInput } from "@/lib/company/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";

/** An administrator invites a colleague by e-mail; the link is sent through the outbox. */
export function InviteForm() {
  const t = useTranslations();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteMemberInput, unknown, z.output<typeof inviteMemberSchema>>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "MEMBER" },
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    const result: FormResult = await inviteMemberAction(values).catch(() => ({ ok: false, formError: "error.body" }));
    if (result.ok) {
      setSentTo(values.email);
      form.reset({ email: "", role: values.role });
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) form.setError(field as "email", { type: "server", message });
    if (result.formError) setFormError(result.formError);
  });
  const { errors, isSubmitting } = form.formState;
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(errors.email?.message ? [{ field: "invite-email", message: t(errors.email.message) }] : []),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded border border-slate-300 bg-white p-4">
      <h2 className="text-xl font-semibold">{t("workspace.team.inviteTitle")}</h2>
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <TextField
        id="invite-email"
        type="email"
        autoComplete="off"
        label={t("workspace.team.email")}
        hint={t("workspace.team.emailHint")}
        error={errors.email?.message && t(errors.email.message)}
        {...form.register("email")}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("workspace.team.role")}</legend>
        {COMPANY_ROLES.map((role) => (
          <label key={role} className="flex items-start gap-2">
            <input type="radio" value={role} className="mt-1 h-5 w-5" {...form.register("role")} />
            <span>
              <span className="font-medium">{t(`workspace.team.roles.${role}`)}</span>
              <span className="block text-sm text-slate-600">{t(`workspace.team.roleHints.${role}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {sentTo && (
        <p role="status" className="font-semibold text-green-800">
          {t("workspace.team.invited", { email: sentTo })}
        </p>
      )}
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
        {t("workspace.team.invite")}
      </Button>
    </form>
  );
}
