"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { decideDocumentAction } from "@/lib/review/actions";
import {
  documentDecisionSchema,
  REJECT_REASONS,
  REVIEWER_COMMENT_MAX,
  type DocumentDecision,
  type DocumentDecisionInput,
} from "@/lib/review/reject-reasons";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import { TextareaField } from "./textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  applicationId: string;
  documentId: string;
  documentName: string;
  version: number;
  current: { status: string; reason: string | null; comment: string | null };
  canApprove: boolean;
  /** Called after the decision is saved (the workspace moves on to the next document). */
  onDecided?: (decision: "APPROVE" | "REJECT") => void;
};

/** Approve a document, or reject it with a reason from the short list (in the applicant's language) and a comment. */
export function DocumentDecisionForm({ applicationId, documentId, documentName, version, current, canApprove, onDecided }: Props) {
  const t = useTranslations();
  // The stored reason and comment belong to the decision on the CURRENT files only. A replaced
  // document (UPLOADED again) starts blank: the old rejection text must not ride along with an approval.
  const isDecided = current.status === "APPROVED" || current.status === "REJECTED";
  const form = useForm<DocumentDecisionInput, unknown, DocumentDecision>({
    resolver: zodResolver(documentDecisionSchema),
    defaultValues: {
      applicationId,
      documentId,
      expectedVersion: version,
      decision: current.status === "REJECTED" || !canApprove ? "REJECT" : "APPROVE",
      reason: isDecided && current.status === "REJECTED" ? ((current.reason as DocumentDecisionInput["reason"]) ?? undefined) : undefined,
      comment: isDecided ? (current.comment ?? "") : "",
    },
  });
  const { onSubmit, problem, clearProblem } = useActionForm(form, decideDocumentAction, {
    onSuccess: () => onDecided?.(form.getValues("decision") as "APPROVE" | "REJECT"),
    followRedirect: false,
  });
  const { errors, isSubmitting } = form.formState;
  const isReject = useWatch({ control: form.control, name: "decision" }) === "REJECT";
  const id = (field: string) => `${field}-${documentId}`;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-300 bg-slate-50 p-4">
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("review.document.decisionLegend", { name: documentName })}</legend>
        <div className="flex flex-wrap gap-4">
          {canApprove && (
            <label className="flex items-center gap-2">
              <input type="radio" value="APPROVE" className="h-5 w-5" {...form.register("decision")} />
              {t("review.document.approve")}
            </label>
          )}
          <label className="flex items-center gap-2">
            <input type="radio" value="REJECT" className="h-5 w-5" {...form.register("decision")} />
            {t("review.document.reject")}
          </label>
        </div>
      </fieldset>
      {isReject && (
        <SelectField
          id={id("reason")}
          label={t("review.document.reason")}
          hint={t("review.document.reasonHint")}
          placeholder={t("review.document.chooseReason")}
          options={REJECT_REASONS.map((r) => ({ value: r, label: t(`review.reasons.${r}`) }))}
          error={err(errors.reason?.message)}
          {...form.register("reason", { setValueAs: (v) => v || undefined })}
        />
      )}
      <TextareaField
        id={id("comment")}
        label={isReject ? t("review.document.commentForApplicant") : t("review.document.commentOptional")}
        hint={t("review.document.commentHint")}
        maxLength={REVIEWER_COMMENT_MAX}
        error={err(errors.comment?.message)}
        {...form.register("comment")}
      />
      <ActionProblemMessage problem={problem} onDismiss={clearProblem} />
      <Button type="submit" needsJs disabled={isSubmitting} aria-busy={isSubmitting} variant={isReject ? "danger" : "primary"}>
        {isSubmitting ? t("review.actions.working") : isReject ? t("review.document.saveReject") : t("review.document.saveApprove")}
      </Button>
    </form>
  );
}
