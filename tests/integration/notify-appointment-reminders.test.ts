import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { runAppointmentReminders } from "@/lib/notify/appointment-reminders";
import { createApprovedApplication } from "../support/factories/booking";

async function bookedAt(startsAt: Date) {
  const { application, applicant } = await createApprovedApplication(prisma);
  const slot = await prisma.bookingSlot.upsert({
    where: { startsAt },
    create: { startsAt, capacity: 3, booked: 1 },
    update: { booked: { increment: 1 } },
  });
  await prisma.application.update({ where: { id: application.id }, data: { status: "APPOINTMENT_BOOKED" } });
  await prisma.appointment.create({ data: { applicationId: application.id, slotId: slot.id, startsAt } });
  return { application, applicant };
}

const reminders = (userId: string) => prisma.notification.count({ where: { userId, kind: "APPOINTMENT_REMINDER" } });

describe("appointment reminders", () => {
  it("remind once, on the working day before, however many jobs run at the same time", async () => {
    // Friday 2026-03-20: the next working day is Thursday 26 March (Nauryz days off 23-25 March).
    const friday = new Date("2026-03-20T04:00:00Z");
    const thursdayVisit = await bookedAt(new Date("2026-03-26T05:00:00Z")); // 10:00 Astana
    const laterVisit = await bookedAt(new Date("2026-03-27T05:00:00Z"));
    const runs = await Promise.all([
      runAppointmentReminders({ now: friday }),
      runAppointmentReminders({ now: friday }),
      runAppointmentReminders({ now: friday }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeGreaterThanOrEqual(1);
    expect(await reminders(thursdayVisit.applicant.id)).toBe(1);
    expect(await reminders(laterVisit.applicant.id)).toBe(0);
    await runAppointmentReminders({ now: friday });
    expect(await reminders(thursdayVisit.applicant.id)).toBe(1);
    expect(await prisma.outbox.count({ where: { kind: "APPOINTMENT_REMINDER", recipientId: thursdayVisit.applicant.id } })).toBe(1);
  });

  it("do not remind about cancelled appointments", async () => {
    const visit = await bookedAt(new Date("2026-04-02T06:00:00Z"));
    await prisma.appointment.updateMany({ where: { applicationId: visit.application.id }, data: { status: "CANCELLED" } });
    await runAppointmentReminders({ now: new Date("2026-04-01T04:00:00Z") });
    expect(await reminders(visit.applicant.id)).toBe(0);
  });
});
