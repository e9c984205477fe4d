import { describe, expect, it, onTestFinished } from "vitest";
import { prisma } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { cancelAppointment } from "@/lib/booking/cancel-appointment";
import { rescheduleAppointment } from "@/lib/booking/reschedule-appointment";
import { checkInAppointment, markNoShow } from "@/lib/booking/staff-check-in";
import { createApprovedApplication, createUser } from "../support/factories/booking";

// Tuesday 1 December 2026, 08:00 in Astana. Times below are UTC (Astana is UTC+5).
const NOW = new Date("2026-12-01T03:00:00Z");
const WED_10 = new Date("2026-12-02T05:00:00Z");
const THU_11 = new Date("2026-12-03T06:00:00Z");

const seats = async (startsAt: Date) => (await prisma.bookingSlot.findUnique({ where: { startsAt } }))?.booked ?? 0;
const statusOf = async (id: string) => (await prisma.application.findUniqueOrThrow({ where: { id } })).status;

describe("booking an appointment", () => {
  it("books a free slot and moves the application to APPOINTMENT_BOOKED, with an audit event", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const appointment = await bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW);
    expect(appointment).toMatchObject({ applicationId: application.id, startsAt: WED_10, status: "BOOKED" });
    expect(await statusOf(application.id)).toBe("APPOINTMENT_BOOKED");
    const audit = await prisma.auditEvent.findFirst({ where: { applicationId: application.id, action: "BOOK_APPOINTMENT" } });
    expect(audit).toMatchObject({ fromStatus: "DOCUMENTS_APPROVED", toStatus: "APPOINTMENT_BOOKED", actorId: applicant.id });
    const mail = await prisma.outbox.findFirstOrThrow({ where: { recipientId: applicant.id, kind: "APPOINTMENT_BOOKED" } });
    const { payload } = mail.payload as { payload: { applicationNumber: string; startsAt: string; ics: string } };
    expect(payload).toMatchObject({ applicationNumber: application.number, startsAt: WED_10.toISOString() });
    expect(payload.ics).toContain("DTSTART;TZID=Asia/Almaty:20261202T100000");
  });

  it.each([
    ["the lunch break", "2026-12-02T08:00:00Z"],
    ["after 16:30", "2026-12-02T11:30:00Z"],
    ["a time off the grid", "2026-12-02T05:10:00Z"],
    ["a Saturday", "2026-12-05T05:00:00Z"],
    ["Independence Day", "2026-12-16T05:00:00Z"],
    ["beyond the horizon of 20 working days", "2027-02-01T05:00:00Z"],
  ])("refuses %s", async (_, iso) => {
    const { applicant, application } = await createApprovedApplication(prisma);
    await expect(bookAppointment(applicant, { applicationId: application.id, startsAt: new Date(iso) }, NOW)).rejects.toMatchObject({
      code: "SLOT_UNAVAILABLE",
    });
    expect(await statusOf(application.id)).toBe("DOCUMENTS_APPROVED");
  });

  it("refuses a time less than two hours ahead, and takes one exactly two hours ahead (same-day booking allowed)", async () => {
    await prisma.bookingSettings.upsert({
      where: { id: 1 },
      create: { id: 1, minNoticeWorkingDays: 0 },
      update: { minNoticeWorkingDays: 0 },
    });
    onTestFinished(() => prisma.bookingSettings.update({ where: { id: 1 }, data: { minNoticeWorkingDays: 1 } }).then(() => undefined));
    const nineOClock = new Date("2026-12-01T04:00:00Z");
    const { applicant, application } = await createApprovedApplication(prisma);
    await expect(
      bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-01T05:00:00Z") }, nineOClock),
    ).rejects.toMatchObject({ code: "SLOT_UNAVAILABLE" });
    await bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-01T06:00:00Z") }, nineOClock);
  });

  it("refuses a time inside a blocked period", async () => {
    await prisma.blockedPeriod.create({
      data: { startsAt: new Date("2026-12-07T04:00:00Z"), endsAt: new Date("2026-12-07T07:00:00Z"), reason: "Staff training" },
    });
    const { applicant, application } = await createApprovedApplication(prisma);
    await expect(
      bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-07T05:00:00Z") }, NOW),
    ).rejects.toMatchObject({ code: "SLOT_UNAVAILABLE" });
  });

  it("refuses applications that are not approved yet, and services that need no appointment", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    await prisma.application.update({ where: { id: application.id }, data: { status: "IN_REVIEW" } });
    await expect(bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW)).rejects.toMatchObject({
      code: "NOT_BOOKABLE",
    });
    await prisma.serviceSetting.create({ data: { serviceCode: "ARRIVAL_NOTIFICATION", needsAppointment: false } });
    const arrival = await createApprovedApplication(prisma, { serviceCode: "ARRIVAL_NOTIFICATION" });
    await expect(
      bookAppointment(arrival.applicant, { applicationId: arrival.application.id, startsAt: WED_10 }, NOW),
    ).rejects.toMatchObject({ code: "NO_APPOINTMENT_NEEDED" });
  });
});

describe("changing an appointment", () => {
  it("reschedules, freeing the old seat at once", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const first = await bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW);
    const before = await seats(WED_10);
    const moved = await rescheduleAppointment(applicant, { applicationId: application.id, startsAt: THU_11 }, NOW);
    expect(moved.startsAt).toEqual(THU_11);
    expect(await seats(WED_10)).toBe(before - 1);
    expect(await seats(THU_11)).toBe(1);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("CANCELLED");
    expect(await statusOf(application.id)).toBe("APPOINTMENT_BOOKED");
    expect(await rescheduleAppointment(applicant, { applicationId: application.id, startsAt: THU_11 }, NOW)).toMatchObject({
      id: moved.id,
    });
    expect(await prisma.outbox.count({ where: { recipientId: applicant.id, kind: "APPOINTMENT_RESCHEDULED" } })).toBe(1);
  });

  it("keeps the old time when the new slot is full", async () => {
    const full = new Date("2026-12-08T09:00:00Z");
    await prisma.bookingSlot.create({ data: { startsAt: full, capacity: 1, booked: 1 } });
    const { applicant, application } = await createApprovedApplication(prisma);
    const first = await bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-08T05:00:00Z") }, NOW);
    await expect(rescheduleAppointment(applicant, { applicationId: application.id, startsAt: full }, NOW)).rejects.toMatchObject({
      code: "SLOT_TAKEN",
    });
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("BOOKED");
    expect(await seats(first.startsAt)).toBe(1);
  });

  it("cancels before the cut-off, frees the seat and returns the application to DOCUMENTS_APPROVED", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const slot = new Date("2026-12-09T05:00:00Z");
    await bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW);
    await cancelAppointment(applicant, { applicationId: application.id }, NOW);
    expect(await seats(slot)).toBe(0);
    expect(await statusOf(application.id)).toBe("DOCUMENTS_APPROVED");
    const cancelMail = await prisma.outbox.findFirstOrThrow({ where: { recipientId: applicant.id, kind: "APPOINTMENT_CANCELLED" } });
    expect((cancelMail.payload as { payload: { ics: string } }).payload.ics).toContain("METHOD:CANCEL");
    // A second click answers with the same cancellation; booking again works.
    expect(await cancelAppointment(applicant, { applicationId: application.id }, NOW)).toMatchObject({ status: "CANCELLED" });
    await bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW);
    expect(await seats(slot)).toBe(1);
  });

  it("refuses to cancel or reschedule online less than 24 hours before", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const slot = new Date("2026-12-10T05:00:00Z");
    await bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW);
    const dayBefore = new Date("2026-12-09T06:00:00Z"); // 23 hours before
    await expect(cancelAppointment(applicant, { applicationId: application.id }, dayBefore)).rejects.toMatchObject({
      code: "CUTOFF_PASSED",
    });
    await expect(
      rescheduleAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-11T05:00:00Z") }, dayBefore),
    ).rejects.toMatchObject({ code: "CUTOFF_PASSED" });
    expect(await seats(slot)).toBe(1);
    const staff = await createUser(prisma, "STAFF");
    await cancelAppointment(staff, { applicationId: application.id }, dayBefore);
    expect(await seats(slot)).toBe(0);
  });
});

describe("another company's application", () => {
  it("cannot be booked, rescheduled or cancelled: it reads as not found", async () => {
    const a = await createApprovedApplication(prisma);
    const b = await createApprovedApplication(prisma);
    await expect(bookAppointment(b.applicant, { applicationId: a.application.id, startsAt: WED_10 }, NOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await bookAppointment(a.applicant, { applicationId: a.application.id, startsAt: THU_11 }, NOW);
    await expect(cancelAppointment(b.applicant, { applicationId: a.application.id }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rescheduleAppointment(b.applicant, { applicationId: a.application.id, startsAt: WED_10 }, NOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await statusOf(a.application.id)).toBe("APPOINTMENT_BOOKED");
  });
});

describe("the visit", () => {
  it("checks the applicant in: originals received, IN_PROCESSING, processing clock started, due in 5 working days", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const appointment = await bookAppointment(applicant, { applicationId: application.id, startsAt: WED_10 }, NOW);
    const staff = await createUser(prisma, "STAFF");
    const atVisit = new Date("2026-12-02T05:05:00Z");
    await expect(checkInAppointment(applicant, { appointmentId: appointment.id }, atVisit)).rejects.toThrow();
    expect(await checkInAppointment(staff, { appointmentId: appointment.id }, atVisit)).toMatchObject({ status: "ATTENDED" });
    const after = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.status).toBe("IN_PROCESSING");
    expect(after.processingStartedOn?.toISOString().slice(0, 10)).toBe("2026-12-02");
    expect(after.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-09");
    expect(await prisma.outbox.count({ where: { recipientId: applicant.id, kind: "ORIGINALS_RECEIVED" } })).toBe(1);
    expect(await checkInAppointment(staff, { appointmentId: appointment.id }, atVisit)).toMatchObject({ status: "ATTENDED" });
  });

  it("records a no-show only after the start, keeps the seat, and lets the applicant book again", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const slot = new Date("2026-12-14T05:00:00Z");
    const appointment = await bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW);
    const staff = await createUser(prisma, "STAFF");
    await expect(markNoShow(staff, { appointmentId: appointment.id }, new Date("2026-12-14T04:00:00Z"))).rejects.toMatchObject({
      code: "TOO_EARLY",
    });
    await markNoShow(staff, { appointmentId: appointment.id }, new Date("2026-12-14T05:40:00Z"));
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("NO_SHOW");
    expect(await statusOf(application.id)).toBe("DOCUMENTS_APPROVED");
    expect(await seats(slot)).toBe(1);
    await bookAppointment(
      applicant,
      { applicationId: application.id, startsAt: new Date("2026-12-15T05:00:00Z") },
      new Date("2026-12-14T06:00:00Z"),
    );
    expect(await statusOf(application.id)).toBe("APPOINTMENT_BOOKED");
  });
});
