"use server";

import { getLocale } from "next-intl/server";
import { requireArea } from "@/lib/auth/current-user";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/kernel/access";
import { runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { cancelAppointment } from "@/lib/booking/cancel-appointment";
import { confirmAppointment } from "@/lib/booking/confirm-appointment";
import { bookingErrorMessageKey } from "@/lib/booking/error-messages";
import { rescheduleAppointment } from "@/lib/booking/reschedule-appointment";
import { applicationRefSchema, chooseSlotSchema } from "@/lib/booking/schemas";
import { redirect } from "@/lib/i18n/navigation";

// Server actions are public endpoints: each re-authenticates, re-validates and lets lib/booking
// re-authorize (runFormAction, lib/kernel/actions.ts). Expected refusals come back as message keys;
// a fault is logged and answered with a generic message, never a stack trace.

type Done = "booked" | "rescheduled" | "cancelled" | "confirmed";

/** An expected refusal as its message key; a fault is logged and answered with a generic message. */
function refused(error: unknown): FormResult {
  const key = bookingErrorMessageKey(error);
  if (!key) console.error("Booking step failed", error);
  return { ok: false, formError: key ?? "booking.errors.UNKNOWN" };
}

async function run<S extends z.ZodType<{ applicationId: string }>>(
  input: unknown,
  schema: S,
  invalid: (error: z.ZodError) => FormResult,
  done: Done,
  step: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
): Promise<FormResult> {
  const parsed = schema.safeParse(input);
  const result = await runFormAction({ actor: () => requireArea("portal"), schema, input, run: step, invalid, refused });
  if (!result.ok || !parsed.success) return result;
  // Outside the runner's try: Next's redirect works by throwing.
  return redirect({
    href: { pathname: `/portal/applications/${parsed.data.applicationId}/appointment`, query: { done } },
    locale: await getLocale(),
  });
}

const fieldErrors = (error: z.ZodError): FormResult => ({ ok: false, fieldErrors: fieldErrorsOf(error) });

export async function bookSlotAction(input: unknown): Promise<FormResult> {
  return run(input, chooseSlotSchema, fieldErrors, "booked", (user, { applicationId, startsAt }) =>
    bookAppointment(user, { applicationId, startsAt: new Date(startsAt) }),
  );
}

export async function rescheduleSlotAction(input: unknown): Promise<FormResult> {
  return run(input, chooseSlotSchema, fieldErrors, "rescheduled", (user, { applicationId, startsAt }) =>
    rescheduleAppointment(user, { applicationId, startsAt: new Date(startsAt) }),
  );
}

export async function cancelAppointmentAction(input: unknown): Promise<FormResult> {
  return run(
    input,
    applicationRefSchema,
    () => ({ ok: false, formError: "booking.errors.NOT_FOUND" }),
    "cancelled",
    (user, { applicationId }) => cancelAppointment(user, { applicationId }),
  );
}

/** The applicant confirms they will come (before the confirm-by deadline). */
export async function confirmAppointmentAction(formData: FormData): Promise<void> {
  const input = { applicationId: formData.get("applicationId") };
  const parsed = applicationRefSchema.safeParse(input);
  const result = await run(
    input,
    applicationRefSchema,
    () => ({ ok: false }),
    "confirmed",
    (user, { applicationId }) => confirmAppointment(user, { applicationId }),
  );
  // A malformed form answers nothing, as before; a refused confirmation comes back to the page with its message.
  if (!result.ok && parsed.success) {
    redirect({
      href: {
        pathname: `/portal/applications/${parsed.data.applicationId}/appointment`,
        query: { error: result.formError ?? "booking.errors.UNKNOWN" },
      },
      locale: await getLocale(),
    });
  }
}
