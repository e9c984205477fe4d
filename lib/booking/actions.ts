"use server";

import { getLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { cancelAppointment } from "@/lib/booking/cancel-appointment";
import { confirmAppointment } from "@/lib/booking/confirm-appointment";
import { bookingErrorMessageKey } from "@/lib/booking/error-messages";
import { rescheduleAppointment } from "@/lib/booking/reschedule-appointment";
import { applicationRefSchema, chooseSlotSchema } from "@/lib/booking/schemas";
import { redirect } from "@/lib/i18n/navigation";

// Server actions are public endpoints: each re-authenticates, re-validates and lets lib/booking
// re-authorize. Expected refusals come back as message keys; a fault is logged and answered
// with a generic message, never a stack trace.

type Done = "booked" | "rescheduled" | "cancelled" | "confirmed";

async function run(applicationId: string, done: Done, step: () => Promise<unknown>): Promise<FormResult> {
  try {
    await step();
  } catch (error) {
    const key = bookingErrorMessageKey(error);
    if (!key) console.error("Booking step failed", error);
    return { ok: false, formError: key ?? "booking.errors.UNKNOWN" };
  }
  // Outside the try: Next's redirect works by throwing.
  return redirect({ href: { pathname: `/portal/applications/${applicationId}/appointment`, query: { done } }, locale: await getLocale() });
}

export async function bookSlotAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = chooseSlotSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { applicationId, startsAt } = parsed.data;
  return run(applicationId, "booked", () => bookAppointment(user, { applicationId, startsAt: new Date(startsAt) }));
}

export async function rescheduleSlotAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = chooseSlotSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { applicationId, startsAt } = parsed.data;
  return run(applicationId, "rescheduled", () => rescheduleAppointment(user, { applicationId, startsAt: new Date(startsAt) }));
}

export async function cancelAppointmentAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("portal");
  const parsed = applicationRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "booking.errors.NOT_FOUND" };
  const { applicationId } = parsed.data;
  return run(applicationId, "cancelled", () => cancelAppointment(user, { applicationId }));
}

/** The applicant confirms they will come (before the confirm-by deadline). */
export async function confirmAppointmentAction(formData: FormData): Promise<void> {
  const user = await requireArea("portal");
  const parsed = applicationRefSchema.safeParse({ applicationId: formData.get("applicationId") });
  if (!parsed.success) return;
  const { applicationId } = parsed.data;
  const result = await run(applicationId, "confirmed", () => confirmAppointment(user, { applicationId }));
  if (!result.ok) {
    redirect({ href: { pathname: `/portal/applications/${applicationId}/appointment`, query: { error: result.formError ?? "booking.errors.UNKNOWN" } }, locale: await getLocale() });
  }
}
