"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/kernel/forms";

type Props = { id: string; describedBy: string; action: (input: { id: string }) => Promise<FormResult> };

export function RemoveBlockedPeriod({ id, describedBy, action }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      const result = await action({ id }).catch((): FormResult => ({ ok: false, formError: "booking.errors.UNKNOWN" }));
      setError(result.ok ? null : (result.formError ?? "booking.errors.UNKNOWN"));
      router.refresh();
    });
  return (
    <>
      <Button variant="secondary" onClick={remove} disabled={pending} aria-busy={pending} aria-describedby={describedBy}>
        {t("booking.admin.remove")}
      </Button>
      {error && (
        <p role="alert" className="font-semibold text-red-700">
          {t(error)}
        </p>
      )}
    </>
  );
}
