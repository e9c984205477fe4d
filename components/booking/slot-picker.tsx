"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { FormResult } from "@/lib/kernel/forms";
import { chooseSlotSchema, type ChooseSlotInput } from "@/lib/booking/schemas";
import { DayChoice, TimeChoice } from "./slot-choice";

export type PickerSlot = { startsAt: string; time: string; free: number };
export type PickerDay = { date: string; label: string; slots: PickerSlot[] };

type SlotPickerProps = {
  applicationId: string;
  mode: "book" | "reschedule";
  days: PickerDay[];
  slotMinutes: number;
  action: (input: ChooseSlotInput) => Promise<FormResult>;
};

// Refusals after which the offered times have changed: reload them from the server.
const STALE = ["booking.errors.SLOT_TAKEN", "booking.errors.SLOT_UNAVAILABLE"];

/** Two radio groups (day, then time): keyboard and screen-reader friendly, no colour-only state. */
export function SlotPicker({ applicationId, mode, days, slotMinutes, action }: SlotPickerProps) {
  const t = useTranslations();
  const router = useRouter();
  const freeCount = (day: PickerDay) => day.slots.filter((s) => s.free > 0).length;
  const [date, setDate] = useState(() => days.find((d) => freeCount(d) > 0)?.date ?? days[0]?.date);
  const form = useForm<ChooseSlotInput>({
    resolver: zodResolver(chooseSlotSchema),
    defaultValues: { applicationId, startsAt: "" },
    shouldFocusError: false,
  });
  const { onSubmit, formError } = useActionForm(form, async (values) => {
    const result = await action(values);
    if (!result.ok && result.formError && STALE.includes(result.formError)) {
      form.setValue("startsAt", "");
      router.refresh();
    }
    return result;
  });
  const day = days.find((d) => d.date === date);
  const fieldError = form.formState.errors.startsAt?.message;
  const summary = [
    ...(formError ? [{ message: t(formError) }] : []),
    ...(fieldError ? [{ field: "startsAt", message: t(fieldError) }] : []),
  ];
  const busy = form.formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <ErrorSummary title={t("validation.errorSummaryTitle")} errors={summary} />
      <input type="hidden" {...form.register("applicationId")} />
      <DayChoice
        days={days}
        selected={date}
        freeCount={freeCount}
        onSelect={(next) => {
          setDate(next);
          form.setValue("startsAt", "");
        }}
      />
      {day && (
        <TimeChoice
          day={day}
          slotMinutes={slotMinutes}
          error={fieldError ? t(fieldError) : undefined}
          register={form.register("startsAt")}
        />
      )}
      <Button type="submit" needsJs disabled={busy} aria-busy={busy}>
        {busy ? t("booking.picker.submitting") : t(mode === "book" ? "booking.picker.submit" : "booking.picker.submitReschedule")}
      </Button>
    </form>
  );
}
