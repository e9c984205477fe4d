import { DEFAULT_BOOKING_SETTINGS } from "@/lib/booking/settings";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { rescheduleAppointment } from "@/lib/booking/reschedule-appointment";
import { AccessDeniedError } from "@/lib/kernel/access";
import { getAppointmentCalendarEvent, getAppointmentPage } from "@/lib/booking/data/appointments";
import { getDaySchedule } from "@/lib/booking/data/appointments-schedule";
import {
  getBookingSettings,
  listServiceAppointmentSettings,
  updateBookingSettings,
  updateServiceAppointmentSettings,
} from "@/lib/booking/data/booking-settings";
import { addBlockedPeriod, listBlockedPeriods, removeBlockedPeriod } from "@/lib/booking/data/booking-settings-blocked";
import { getUtilisation } from "@/lib/booking/data/booking-settings-utilisation";
import { createApprovedApplication, createUser } from "../support/factories/booking";

const NOW = new Date("2026-12-01T03:00:00Z"); // Tuesday 08:00 in Astana
const WED_10 = new Date("2026-12-02T05:00:00Z");

describe("what the applicant's appointment page reads", () => {
  it("offers free times and the originals for the company's own application only", async () => {
    const a = await createApprovedApplication(prisma);
    const b = await createApprovedApplication(prisma);
    expect(await getAppointmentPage(b.applicant, a.application.id, NOW)).toBeNull();
    const page = await getAppointmentPage(a.applicant, a.application.id, NOW);
    expect(page?.days).toHaveLength(20);
    // A day's notice: Tuesday 08:00 opens Wednesday first.
    expect(page?.days[0].slots[0]).toMatchObject({ startsAt: new Date("2026-12-02T05:00:00Z"), free: 3 });
    expect(page?.originals.map((o) => o.code)).toContain("PASSPORT_ORIGINAL");
    expect(page?.active).toBeNull();
  });

  it("serves the .ics event to the company and to staff, one event across reschedules", async () => {
    const a = await createApprovedApplication(prisma);
    const b = await createApprovedApplication(prisma);
    const first = await bookAppointment(a.applicant, { applicationId: a.application.id, startsAt: WED_10 }, NOW);
    expect(await getAppointmentCalendarEvent(b.applicant, first.id)).toBeNull();
    expect(await getAppointmentCalendarEvent(await createUser(prisma, "STAFF"), first.id)).toMatchObject({ sequence: 0 });
    const moved = await rescheduleAppointment(
      a.applicant,
      { applicationId: a.application.id, startsAt: new Date("2026-12-03T09:00:00Z") },
      NOW,
    );
    expect(await getAppointmentCalendarEvent(a.applicant, first.id)).toBeNull();
    expect(await getAppointmentCalendarEvent(a.applicant, moved.id)).toMatchObject({
      applicationNumber: a.application.number,
      startsAt: moved.startsAt,
      endsAt: new Date("2026-12-03T09:30:00Z"),
      sequence: 1,
    });
  });
});

describe("the staff day schedule", () => {
  it("lists the day's appointments by time with company, person and originals; applicants may not read it", async () => {
    const { applicant, application, company, person } = await createApprovedApplication(prisma, { personName: "ANNA SCHMIDT" });
    await bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-04T10:00:00Z") }, NOW);
    const staff = await createUser(prisma, "STAFF");
    const schedule = await getDaySchedule(staff, "2026-12-04");
    const slot = schedule.slots.find((s) => s.startsAt.getTime() === new Date("2026-12-04T10:00:00Z").getTime());
    expect(slot?.appointments).toEqual([
      expect.objectContaining({
        applicationNumber: application.number,
        companyName: company.name,
        personName: person.fullName,
        status: "BOOKED",
        serviceCode: "WORK_VISA",
      }),
    ]);
    expect(slot?.appointments[0].originals.length).toBeGreaterThan(0);
    expect((await getDaySchedule(staff, "2026-12-05")).slots).toEqual([]);
    await expect(getDaySchedule(applicant, "2026-12-04")).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("the admin's calendar settings", () => {
  it("are for admins only", async () => {
    const staff = await createUser(prisma, "STAFF");
    await expect(getBookingSettings(staff)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateBookingSettings(staff, { ...DEFAULT_BOOKING_SETTINGS, capacityPerSlot: 9 })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(addBlockedPeriod(staff, { startsAt: WED_10, endsAt: WED_10, reason: "x" })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("apply a new capacity to future slots at once, never below the seats they hold", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const busy = await prisma.bookingSlot.create({ data: { startsAt: new Date("2099-01-05T05:00:00Z"), capacity: 3, booked: 3 } });
    const quiet = await prisma.bookingSlot.create({ data: { startsAt: new Date("2099-01-05T05:30:00Z"), capacity: 3, booked: 0 } });
    const settings = { ...DEFAULT_BOOKING_SETTINGS, capacityPerSlot: 2 };
    await updateBookingSettings(admin, settings);
    expect(await getBookingSettings(admin)).toEqual(settings);
    expect((await prisma.bookingSlot.findUniqueOrThrow({ where: { id: busy.id } })).capacity).toBe(3);
    expect((await prisma.bookingSlot.findUniqueOrThrow({ where: { id: quiet.id } })).capacity).toBe(2);
    await updateBookingSettings(admin, { ...settings, capacityPerSlot: 3 });
  });

  it("block times, count the appointments already inside, and unblock them", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const { applicant, application } = await createApprovedApplication(prisma);
    await bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-07T05:00:00Z") }, NOW);
    const { id } = await addBlockedPeriod(admin, {
      startsAt: new Date("2026-12-07T04:00:00Z"),
      endsAt: new Date("2026-12-07T08:00:00Z"),
      reason: "Staff training",
    });
    const listed = (await listBlockedPeriods(admin, NOW)).find((p) => p.id === id);
    expect(listed).toMatchObject({ reason: "Staff training", bookedAppointments: 1 });
    const utilisation = await getUtilisation(admin, NOW);
    expect(utilisation.find((d) => d.date === "2026-12-07")).toMatchObject({ booked: 1, capacity: 3 * 5 + 3 });
    await removeBlockedPeriod(admin, id);
    await expect(removeBlockedPeriod(admin, id)).rejects.toMatchObject({ name: "BookingError", code: "NOT_FOUND" });
  });

  it("switch services between needing an appointment and not", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const all = (await listServiceAppointmentSettings(admin)).map((s) => s.serviceCode);
    expect(all).toHaveLength(16);
    await updateServiceAppointmentSettings(
      admin,
      all.filter((code) => code !== "ARRIVAL_NOTIFICATION"),
    );
    const after = await listServiceAppointmentSettings(admin);
    expect(after.find((s) => s.serviceCode === "ARRIVAL_NOTIFICATION")?.needsAppointment).toBe(false);
    expect(after.find((s) => s.serviceCode === "WORK_VISA")?.needsAppointment).toBe(true);
  });
});
