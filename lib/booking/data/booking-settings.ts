import { prisma } from "@/lib/db/client";
import { serviceCodes } from "@/lib/catalog";
import { loadBookingSettings } from "@/lib/booking/calendar-data";
import type { BookingSettingsValues } from "@/lib/booking/settings";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

export async function getBookingSettings(actor: CurrentUser): Promise<BookingSettingsValues> {
  assertRole(actor, ["ADMIN"]);
  return loadBookingSettings(prisma);
}

/** Whether booking waits for a confirmed payment: applicants are told to pay first, not to book. */
export async function bookingRequiresPayment(actor: CurrentUser): Promise<boolean> {
  assertRole(actor, ["APPLICANT", "STAFF", "ADMIN"]);
  return (await loadBookingSettings(prisma)).bookingRequiresPayment;
}

/**
 * Saves the calendar settings. A new capacity also applies to future slots already in use
 * (never below the seats they hold: the CHECK constraint forbids booked > capacity), so raising
 * it opens places at once and lowering it stops new bookings without cancelling anyone.
 */
export async function updateBookingSettings(actor: CurrentUser, values: BookingSettingsValues, now: Date = new Date()): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  await prisma.$transaction(async (tx) => {
    await tx.bookingSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
    await tx.$executeRaw`UPDATE "BookingSlot" SET "capacity" = GREATEST(${values.capacityPerSlot}::int, "booked") WHERE "startsAt" > ${now}`;
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "UPDATE_BOOKING_SETTINGS", entityType: "BookingSettings", entityId: "1", details: values },
    });
  });
}

/** Every service with its "needs an appointment" switch (no row: yes). */
export async function listServiceAppointmentSettings(actor: CurrentUser) {
  assertRole(actor, ["ADMIN"]);
  const rows = await prisma.serviceSetting.findMany({ select: { serviceCode: true, needsAppointment: true } });
  const byCode = new Map(rows.map((r) => [r.serviceCode, r.needsAppointment]));
  return serviceCodes.map((serviceCode) => ({ serviceCode, needsAppointment: byCode.get(serviceCode) ?? true }));
}

/** Sets the switch of every service at once: the codes listed need an appointment, the others not. */
export async function updateServiceAppointmentSettings(actor: CurrentUser, codesNeedingAppointment: readonly string[]): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  const needing = new Set(codesNeedingAppointment);
  await prisma.$transaction(async (tx) => {
    for (const serviceCode of serviceCodes) {
      const needsAppointment = needing.has(serviceCode);
      await tx.serviceSetting.upsert({ where: { serviceCode }, create: { serviceCode, needsAppointment }, update: { needsAppointment } });
    }
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "UPDATE_SERVICE_APPOINTMENTS",
        entityType: "ServiceSetting",
        entityId: "*",
        details: { needsAppointment: [...needing] },
      },
    });
  });
}
