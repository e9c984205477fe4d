"use server";

import { requireArea } from "@/lib/auth/current-user";
import type { FormResult } from "@/lib/kernel/forms";
import { bookingErrorMessageKey } from "@/lib/booking/error-messages";
import { appointmentRefSchema } from "@/lib/booking/schemas";
import { checkInAppointment, markNoShow } from "@/lib/booking/staff-check-in";

// Public endpoints like any server action: re-authenticated, re-validated; lib/booking checks
// the role again and the appointment's state inside its transaction.

async function run(input: unknown, step: (appointmentId: string) => Promise<unknown>): Promise<FormResult> {
  const parsed = appointmentRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "booking.errors.NOT_FOUND" };
  try {
    await step(parsed.data.appointmentId);
    return { ok: true };
  } catch (error) {
    const key = bookingErrorMessageKey(error);
    if (!key) console.error("Schedule step failed", error);
    return { ok: false, formError: key ?? "booking.errors.UNKNOWN" };
  }
}

/** Originals received: the application goes to processing. */
export async function checkInAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("staff");
  return run(input, (appointmentId) => checkInAppointment(user, { appointmentId }));
}

export async function noShowAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("staff");
  return run(input, (appointmentId) => markNoShow(user, { appointmentId }));
}
