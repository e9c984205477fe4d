"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lookUpStatusAction } from "@/lib/status/actions";
import { checkStatusLookup, type StatusLookupValues } from "@/lib/status/status-lookup-check";
import type { StatusAnswer } from "@/lib/status/status-schema";
import { Button } from "@/components/ui/button";
import { checkResolver } from "@/components/ui/check-resolver";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { StatusAnswerView } from "./status-answer";

/** Issue 17: reference + passport number → status, next step, due date; nothing else. */
export function StatusCheckForm({ locale }: { locale: string }) {
  const t = useTranslations();
  const [answer, setAnswer] = useState<StatusAnswer | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // Checked in the browser without zod (checkStatusLookup); the action parses with statusLookupSchema.
  const form = useForm<StatusLookupValues>({
    resolver: checkResolver(checkStatusLookup),
    defaultValues: { reference: "", passportNumber: "" },
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setAnswer(null);
    try {
      const result = await lookUpStatusAction(values);
      if (result.ok) return setAnswer(result.answer);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
        form.setError(field as "reference", { type: "server", message });
      if (result.formError) setFormError(result.formError);
    } catch {
      setFormError("error.body");
    }
  });
  const { errors, isSubmitting } = form.formState;
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(["reference", "passportNumber"] as const).flatMap((field) =>
      errors[field]?.message ? [{ field, message: t(errors[field].message) }] : [],
    ),
  ];
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-6">
        <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
        <TextField
          id="reference"
          autoComplete="off"
          spellCheck={false}
          label={t("workspace.status.reference")}
          hint={t("workspace.status.referenceHint")}
          error={errors.reference?.message && t(errors.reference.message)}
          {...form.register("reference")}
        />
        <TextField
          id="passportNumber"
          autoComplete="off"
          spellCheck={false}
          label={t("workspace.status.passport")}
          hint={t("workspace.status.passportHint")}
          error={errors.passportNumber?.message && t(errors.passportNumber.message)}
          {...form.register("passportNumber")}
        />
        <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? t("workspace.status.checking") : t("workspace.status.check")}
        </Button>
      </form>
      <div aria-live="polite">{answer && <StatusAnswerView answer={answer} locale={locale} />}</div>
    </div>
  );
}
