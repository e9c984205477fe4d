"use server";

import type { z } from "zod";
import { requireArea } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/kernel/access";
import { runFormAction } from "@/lib/kernel/actions";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { centreInstant } from "@/lib/booking/centre-time";
import { isBookingError } from "@/lib/booking/errors";
import { blockedPeriodRefSchema, blockedPeriodSchema, bookingSettingsSchema, serviceSettingsSchema } from "@/lib/booking/schemas";
import { isServiceCode } from "@/lib/catalog";
import { addBlockedPeriod, removeBlockedPeriod } from "@/lib/booking/data/booking-settings-blocked";
import { updateBookingSettings, updateServiceAppointmentSettings } from "@/lib/booking/data/booking-settings";

// Each action runs through runFormAction: re-authenticated as an admin, re-validated with the
// form's own schema; lib/booking/data checks the role again. A BookingError answers with its
// message (booking.errors.<CODE>); any other fault is logged and answered with a generic message.

function refused(error: unknown): FormResult {
  if (isBookingError(error)) return { ok: false, formError: `booking.errors.${error.code}` };
  console.error("Calendar settings step failed", error);
  return { ok: false, formError: "booking.errors.UNKNOWN" };
}

const fieldErrors = (error: z.ZodError): FormResult => ({ ok: false, fieldErrors: fieldErrorsOf(error) });

function calendarAction<S extends z.ZodType>(
  schema: S,
  input: unknown,
  invalid: (error: z.ZodError) => FormResult,
  run: (user: CurrentUser, data: z.output<S>) => Promise<unknown>,
): Promise<FormResult> {
  return runFormAction({ actor: () => requireArea("admin"), schema, input, run, invalid, refused });
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export async function updateSettingsAction(input: unknown): Promise<FormResult> {
  return calendarAction(bookingSettingsSchema, input, fieldErrors, updateBookingSettings);
}

/** The form speaks Astana wall-clock time; stored periods are instants. */
export async function addBlockedPeriodAction(input: unknown): Promise<FormResult> {
  return calendarAction(blockedPeriodSchema, input, fieldErrors, (user, { fromDate, fromTime, toDate, toTime, reason }) =>
    addBlockedPeriod(user, {
      startsAt: centreInstant(fromDate, minutesOf(fromTime)),
      endsAt: centreInstant(toDate, minutesOf(toTime)),
      reason,
    }),
  );
}

export async function removeBlockedPeriodAction(input: unknown): Promise<FormResult> {
  return calendarAction(
    blockedPeriodRefSchema,
    input,
    () => ({ ok: false, formError: "booking.errors.NOT_FOUND" }),
    (user, { id }) => removeBlockedPeriod(user, id),
  );
}

export async function updateServicesAction(input: unknown): Promise<FormResult> {
  return calendarAction(
    serviceSettingsSchema.refine(({ needsAppointment }) => needsAppointment.every(isServiceCode)),
    input,
    () => ({ ok: false, formError: "booking.errors.UNKNOWN" }),
    (user, { needsAppointment }) => updateServiceAppointmentSettings(user, needsAppointment),
  );
}
