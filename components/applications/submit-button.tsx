"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { submitAction } from "@/lib/applications/actions";
import type { SubmissionProblem } from "@/lib/applications/submission-checks";
import { Button } from "@/components/ui/button";
import { SubmissionProblems } from "./submission-problems";

/** Disabled while a submit is on its way; the server makes a second one harmless anyway. */
export function SubmitButton({
  applicationId,
  label,
  confirmPassportBand = false,
}: {
  applicationId: string;
  label: string;
  confirmPassportBand?: boolean;
}) {
  const t = useTranslations();
  const [isSubmitting, setSubmitting] = useState(false);
  // 6.P6: a passport ending before the validity band paid for must be confirmed, not refused.
  const [bandConfirmed, setBandConfirmed] = useState(false);
  const [problems, setProblems] = useState<SubmissionProblem[]>([]);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (isSubmitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const outcome = await submitAction(applicationId, { acknowledgePassportBand: bandConfirmed });
      if (!outcome.ok) {
        // The server's one table (lib/applications/errors.ts) chose the message; problems are listed instead.
        if (outcome.problems) setProblems(outcome.problems);
        else setError(outcome.formError ?? "applications.errors.draftNotFound");
      }
    } catch (e) {
      if ((e as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw e;
      setError("applications.errors.submitFailed");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="space-y-4">
      <SubmissionProblems problems={problems} applicationId={applicationId} />
      {error && (
        <p role="alert" className="font-semibold text-red-700">
          {t(error)}
        </p>
      )}
      {confirmPassportBand && (
        <label className="flex max-w-3xl items-start gap-3">
          <input
            type="checkbox"
            checked={bandConfirmed}
            onChange={(e) => setBandConfirmed(e.target.checked)}
            className="mt-1 h-5 w-5"
            data-testid="confirm-passport-band"
          />
          <span>{t("applications.check.confirmPassportBand")}</span>
        </label>
      )}
      <Button type="button" onClick={submit} disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? t("applications.check.submitting") : label}
      </Button>
    </div>
  );
}
