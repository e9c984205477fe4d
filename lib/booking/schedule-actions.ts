"use server";

import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/kernel/access";
import { runFormAction } from "@/lib/kernel/actions";
import type { FormResult } from "@/lib/kernel/forms";
import { bookingErrorMessageKey } from "@/lib/booking/error-messages";
import { appointmentRefSchema } from "@/lib/booking/schemas";
import { checkInAppointment, markNoShow } from "@/lib/booking/staff-check-in";

// Public endpoints like any server action: re-authenticated, re-validated (runFormAction);
// lib/booking checks the role again and the appointment's state inside its transaction.

function refused(error: unknown): FormResult {
  const key = bookingErrorMessageKey(error);
  if (!key) console.error("Schedule step failed", error);
  return { ok: false, formError: key ?? "booking.errors.UNKNOWN" };
}

function run(input: unknown, step: (user: CurrentUser, appointmentId: string) => Promise<unknown>): Promise<FormResult> {
  return runFormAction({
    actor: () => requireArea("staff"),
    schema: appointmentRefSchema,
    input,
    run: (user, { appointmentId }) => step(user, appointmentId),
    invalid: (): FormResult => ({ ok: false, formError: "booking.errors.NOT_FOUND" }),
    refused,
  });
}

/** Originals received: the application goes to processing. */
export async function checkInAction(input: unknown): Promise<FormResult> {
  return run(input, (user, appointmentId) => checkInAppointment(user, { appointmentId }));
}

export async function noShowAction(input: unknown): Promise<FormResult> {
  return run(input, (user, appointmentId) => markNoShow(user, { appointmentId }));
}
