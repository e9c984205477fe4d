"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { addNoteAction } from "@/lib/review/actions";
import { NOTE_MAX, noteSchema, type NoteInput } from "@/lib/review/action-schemas";
import { Button } from "@/components/ui/button";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { TextareaField } from "./textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** An internal note: seen by staff only, never by the applicant. */
export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations();
  const form = useForm<NoteInput>({ resolver: zodResolver(noteSchema), defaultValues: { applicationId, body: "" } });
  const { onSubmit, problem, clearProblem } = useActionForm(form, addNoteAction, {
    onSuccess: () => form.reset({ applicationId, body: "" }),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <TextareaField
        id="note-body"
        label={t("review.notes.add")}
        hint={t("review.notes.hint")}
        maxLength={NOTE_MAX}
        error={errors.body?.message ? t(errors.body.message) : undefined}
        {...form.register("body")}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs variant="secondary" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("review.actions.working") : t("review.notes.save")}
      </Button>
    </form>
  );
}
