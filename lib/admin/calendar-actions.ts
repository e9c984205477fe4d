"use server";

import { requireArea } from "@/lib/auth/current-user";
import { fieldErrorsOf, type FormResult } from "@/lib/kernel/forms";
import { centreInstant } from "@/lib/booking/centre-time";
import { blockedPeriodRefSchema, blockedPeriodSchema, bookingSettingsSchema, serviceSettingsSchema } from "@/lib/booking/schemas";
import { isServiceCode } from "@/lib/catalog";
import { addBlockedPeriod, removeBlockedPeriod } from "@/lib/booking/data/booking-settings-blocked";
import { updateBookingSettings, updateServiceAppointmentSettings } from "@/lib/booking/data/booking-settings";

// Each action re-authenticates as an admin and re-validates with the form's own schema;
// lib/data checks the role again. Faults are logged and answered with a generic message.

async function guarded(step: () => Promise<FormResult>): Promise<FormResult> {
  try {
    return await step();
  } catch (error) {
    console.error("Calendar settings step failed", error);
    return { ok: false, formError: "booking.errors.UNKNOWN" };
  }
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export async function updateSettingsAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("admin");
  const parsed = bookingSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return guarded(async () => {
    await updateBookingSettings(user, parsed.data);
    return { ok: true };
  });
}

/** The form speaks Astana wall-clock time; stored periods are instants. */
export async function addBlockedPeriodAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("admin");
  const parsed = blockedPeriodSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { fromDate, fromTime, toDate, toTime, reason } = parsed.data;
  return guarded(async () => {
    await addBlockedPeriod(user, {
      startsAt: centreInstant(fromDate, minutesOf(fromTime)),
      endsAt: centreInstant(toDate, minutesOf(toTime)),
      reason,
    });
    return { ok: true };
  });
}

export async function removeBlockedPeriodAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("admin");
  const parsed = blockedPeriodRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: "booking.errors.NOT_FOUND" };
  return guarded(async () =>
    (await removeBlockedPeriod(user, parsed.data.id)) ? { ok: true } : { ok: false, formError: "booking.errors.NOT_FOUND" },
  );
}

export async function updateServicesAction(input: unknown): Promise<FormResult> {
  const user = await requireArea("admin");
  const parsed = serviceSettingsSchema.safeParse(input);
  if (!parsed.success || !parsed.data.needsAppointment.every(isServiceCode)) return { ok: false, formError: "booking.errors.UNKNOWN" };
  return guarded(async () => {
    await updateServiceAppointmentSettings(user, parsed.data.needsAppointment);
    return { ok: true };
  });
}
