"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/kernel/forms";

type CancelAppointmentProps = {
  applicationId: string;
  when: string;
  action: (input: { applicationId: string }) => Promise<FormResult>;
};

/** "Cancel" asks once more in words before anything happens; the answer keeps focus in place. */
export function CancelAppointment({ applicationId, when, action }: CancelAppointmentProps) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const confirm = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await action({ applicationId });
        if (!result.ok) setError(result.formError ?? "booking.errors.UNKNOWN");
      } catch (thrown) {
        // Success answers with a redirect, which Next delivers by throwing.
        if ((thrown as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")) throw thrown;
        setError("booking.errors.UNKNOWN");
      }
    });
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("booking.confirmation.cancel")}
      </Button>
    );
  }
  return (
    <div
      ref={question}
      tabIndex={-1}
      role="group"
      aria-labelledby="cancel-question"
      className="space-y-3 rounded border-2 border-slate-400 bg-white p-4"
    >
      <p id="cancel-question" className="font-semibold">
        {t("booking.confirmation.cancelQuestion", { when })}
      </p>
      {error && (
        <p role="alert" className="font-semibold text-red-700">
          {t(error)}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="danger" onClick={confirm} disabled={pending} aria-busy={pending}>
          {pending ? t("booking.confirmation.cancelling") : t("booking.confirmation.cancelConfirm")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          {t("booking.confirmation.cancelKeep")}
        </Button>
      </div>
    </div>
  );
}
