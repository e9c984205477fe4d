"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { FormResult } from "@/lib/auth/schemas";

type Action = (input: { appointmentId: string }) => Promise<FormResult>;
type StaffAppointmentActionsProps = {
  appointmentId: string;
  number: string;
  isOpen: boolean;
  /** The id of the element naming this appointment, so each button says which one it acts on. */
  describedBy: string;
  checkIn: Action;
  noShow: Action;
};

/** Check-in and no-show for one appointment; the outcome is announced, then the day reloads. */
export function StaffAppointmentActions({ appointmentId, number, isOpen, describedBy, checkIn, noShow }: StaffAppointmentActionsProps) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (action: Action, successKey: "booking.staff.checkedIn" | "booking.staff.markedNoShow") =>
    startTransition(async () => {
      const result = await action({ appointmentId }).catch((): FormResult => ({ ok: false, formError: "booking.errors.UNKNOWN" }));
      setOutcome(result.ok ? { ok: true, text: t(successKey, { number }) } : { ok: false, text: t(result.formError ?? "booking.errors.UNKNOWN") });
      router.refresh();
    });
  return (
    <div className="space-y-2">
      {isOpen && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => run(checkIn, "booking.staff.checkedIn")} disabled={pending} aria-busy={pending} aria-describedby={describedBy}>
            {pending ? t("booking.staff.working") : t("booking.staff.checkIn")}
          </Button>
          <Button variant="secondary" onClick={() => run(noShow, "booking.staff.markedNoShow")} disabled={pending} aria-describedby={describedBy}>
            {t("booking.staff.noShow")}
          </Button>
        </div>
      )}
      <p role="status" className={outcome?.ok === false ? "font-semibold text-red-700" : "font-semibold text-green-900"}>
        {outcome && (outcome.ok ? "✓ " : "")}
        {outcome?.text}
      </p>
    </div>
  );
}
