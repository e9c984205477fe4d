import { z } from "zod";
import { isIsoDate } from "@/lib/rules/iso-date";

// The booking forms' schemas, shared by the client (zodResolver) and the server actions, which
// parse again. Messages are keys under "booking" (or the shared "validation").

const id = z.string().trim().min(1).max(64);

export const chooseSlotSchema = z.object({
  applicationId: id,
  startsAt: z.iso.datetime({ error: "booking.errors.chooseTime" }),
});
export type ChooseSlotInput = z.infer<typeof chooseSlotSchema>;

export const applicationRefSchema = z.object({ applicationId: id });
export const appointmentRefSchema = z.object({ appointmentId: id });
export const blockedPeriodRefSchema = z.object({ id });

const whole = (min: number, max: number, key: string) => z.number({ error: key }).int(key).min(min, key).max(max, key);

export const bookingSettingsSchema = z
  .object({
    slotMinutes: whole(10, 120, "booking.admin.validation.slotMinutes").refine((n) => n % 5 === 0, "booking.admin.validation.slotMinutes"),
    capacityPerSlot: whole(1, 50, "booking.admin.validation.capacityPerSlot"),
    horizonWorkingDays: whole(1, 60, "booking.admin.validation.horizonWorkingDays"),
    minLeadMinutes: whole(0, 7 * 24 * 60, "booking.admin.validation.minLeadMinutes"),
    changeCutoffHours: whole(0, 14 * 24, "booking.admin.validation.changeCutoffHours"),
    minNoticeWorkingDays: whole(0, 20, "booking.admin.validation.minNoticeWorkingDays"),
    reminderHoursBefore: whole(1, 14 * 24, "booking.admin.validation.reminderHoursBefore"),
    confirmByHoursBefore: whole(0, 14 * 24, "booking.admin.validation.confirmByHoursBefore"),
    bookingRequiresPayment: z.boolean(),
  })
  .refine((v) => v.confirmByHoursBefore < v.reminderHoursBefore, {
    path: ["confirmByHoursBefore"],
    message: "booking.admin.validation.confirmByHoursBefore",
  });
export type BookingSettingsInput = z.infer<typeof bookingSettingsSchema>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const date = z.string().refine(isIsoDate, "booking.admin.validation.date");
const time = z.string().regex(TIME, "booking.admin.validation.time");

/** A blocked period in the centre's local time (Astana); the server turns it into instants. */
export const blockedPeriodSchema = z
  .object({
    fromDate: date,
    fromTime: time,
    toDate: date,
    toTime: time,
    reason: z.string().trim().min(1, "booking.admin.validation.reasonRequired").max(200, "validation.tooLong"),
  })
  .refine((v) => `${v.fromDate}T${v.fromTime}` < `${v.toDate}T${v.toTime}`, {
    path: ["toTime"],
    message: "booking.admin.validation.toAfterFrom",
  });
export type BlockedPeriodFormInput = z.infer<typeof blockedPeriodSchema>;

export const serviceSettingsSchema = z.object({ needsAppointment: z.array(z.string().max(64)).max(100) });
