"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmStep } from "@/components/ui/confirm-step";
import type { FormResult } from "@/lib/kernel/forms";

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
    new Promise<void>((resolve) =>
      startTransition(async () => {
        const result = await action({ appointmentId }).catch((): FormResult => ({ ok: false, formError: "booking.errors.UNKNOWN" }));
        setOutcome(
          result.ok ? { ok: true, text: t(successKey, { number }) } : { ok: false, text: t(result.formError ?? "booking.errors.UNKNOWN") },
        );
        router.refresh();
        resolve();
      }),
    );
  return (
    <div className="space-y-2">
      {isOpen && (
        <div className="flex flex-wrap gap-2">
          <ConfirmStep
            label={pending ? t("booking.staff.working") : t("booking.staff.checkIn")}
            busy={pending}
            describedBy={describedBy}
            confirm={{
              title: t("booking.staff.confirmCheckIn.title", { number }),
              body: t("booking.staff.confirmCheckIn.body"),
              confirmLabel: t("booking.staff.confirmCheckIn.yes"),
            }}
            onConfirm={() => run(checkIn, "booking.staff.checkedIn")}
          />
          <ConfirmStep
            label={t("booking.staff.noShow")}
            variant="secondary"
            busy={pending}
            describedBy={describedBy}
            confirm={{
              title: t("booking.staff.confirmNoShow.title", { number }),
              body: t("booking.staff.confirmNoShow.body"),
              confirmLabel: t("booking.staff.confirmNoShow.yes"),
            }}
            onConfirm={() => run(noShow, "booking.staff.markedNoShow")}
          />
        </div>
      )}
      <p role="status" className={outcome?.ok === false ? "font-semibold text-red-700" : "font-semibold text-green-900"}>
        {outcome && (outcome.ok ? "✓ " : "")}
        {outcome?.text}
      </p>
    </div>
  );
}
