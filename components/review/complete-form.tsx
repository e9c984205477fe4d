"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { completeAction } from "@/lib/review/actions";
import { useRouter } from "@/lib/i18n/navigation-hooks";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { TextField } from "@/components/ui/text-field";
import { ActionProblemMessage } from "@/components/ui/action-problem";
import type { ActionProblem } from "@/components/ui/use-action-form";
import { sendFile } from "@/components/ui/send-file";

/**
 * "Completed", optionally with the result (a PDF) for the applicant to download and, for services
 * that issue a visa or permit (`issuedName` set), the new document's expiry for the people register.
 */
export function CompleteForm({
  applicationId,
  version,
  maxBytes,
  issuedName,
}: {
  applicationId: string;
  version: number;
  maxBytes: number;
  issuedName: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  // Read from the field when sending, not kept in state: a date typed before the page finished
  // loading (hydration) stays in the field but never reached a state's onChange, and was sent empty.
  const expiryInput = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const maxMb = Math.round(maxBytes / 1024 / 1024);

  async function submit(event?: React.FormEvent) {
    event?.preventDefault();
    setProblem(null);
    const file = input.current?.files?.[0];
    const issuedExpiresOn = expiryInput.current?.value ?? "";
    if (file && file.size > maxBytes) return setProblem({ messageKey: "review.upload.TOO_LARGE", conflict: false });
    setBusy(true);
    try {
      if (!file) {
        const result = await completeAction({ applicationId, expectedVersion: version, issuedExpiresOn });
        if (!result.ok) setProblem({ messageKey: result.formError ?? "error.body", conflict: Boolean(result.conflict) });
        return;
      }
      setPercent(0);
      const result = await sendFile<{ error?: string; conflict?: boolean }>(
        `/staff/applications/${encodeURIComponent(applicationId)}/result`,
        file,
        {
          headers: { "X-Expected-Version": String(version), ...(issuedExpiresOn ? { "X-Issued-Expires-On": issuedExpiresOn } : {}) },
          networkError: "review.upload.NETWORK",
          onProgress: setPercent,
        },
      );
      if (result.status === 201) router.refresh();
      else setProblem({ messageKey: result.body.error ?? "error.body", conflict: Boolean(result.body.conflict) });
    } finally {
      setBusy(false);
      setPercent(null);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="result-file" className="block font-semibold">
          {t("review.processing.resultLabel")}
        </label>
        <p id="result-file-hint" className="text-sm text-slate-600">
          {t("review.processing.resultHint", { max: maxMb })}
        </p>
        <input
          ref={input}
          id="result-file"
          type="file"
          accept=".pdf,application/pdf"
          aria-describedby="result-file-hint"
          className="block w-full text-base"
        />
      </div>
      {issuedName && (
        <TextField
          id="issued-expires-on"
          type="date"
          ref={expiryInput}
          label={t("review.processing.issuedExpiryLabel", { category: issuedName })}
          hint={t("review.processing.issuedExpiryHint")}
        />
      )}
      {percent !== null && (
        <div>
          <progress max={100} value={percent} className="w-full" aria-label={t("review.processing.uploading")} />
          <p className="text-sm" aria-live="polite">
            {t("review.processing.uploadProgress", { percent })}
          </p>
        </div>
      )}
      <ActionProblemMessage problem={problem} onDismiss={() => setProblem(null)} />
      <ConfirmStep
        label={busy ? t("review.actions.working") : t("review.processing.complete")}
        busy={busy}
        confirm={{
          title: t("review.processing.confirmComplete.title"),
          body: t("review.processing.confirmComplete.body"),
          confirmLabel: t("review.processing.confirmComplete.yes"),
        }}
        onConfirm={() => submit()}
      />
    </form>
  );
}
