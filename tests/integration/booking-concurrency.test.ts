import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { BookingError } from "@/lib/booking/errors";
import { isRetryable } from "@/lib/booking/retry";
import { createApprovedApplication } from "../support/factories/booking";

// Tuesday 1 December 2026, 08:00 in Astana; the slot is Wednesday 2 December, 10:00 (05:00 UTC).
const NOW = new Date("2026-12-01T03:00:00Z");
const SLOT = new Date("2026-12-02T05:00:00Z");

const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === "fulfilled" ? "OK" : result.reason instanceof BookingError ? result.reason.code : String(result.reason);

describe("booking capacity holds under concurrency", () => {
  it("lets exactly 3 of 50 simultaneous applicants into a slot of capacity 3", async () => {
    const applications = [];
    for (let i = 0; i < 50; i++) applications.push(await createApprovedApplication(prisma));
    const results = await Promise.allSettled(
      applications.map(({ applicant, application }) => bookAppointment(applicant, { applicationId: application.id, startsAt: SLOT }, NOW)),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === "OK")).toHaveLength(3);
    expect(codes.filter((c) => c === "SLOT_TAKEN")).toHaveLength(47);
    const slot = await prisma.bookingSlot.findUniqueOrThrow({ where: { startsAt: SLOT } });
    const active = await prisma.appointment.count({ where: { slotId: slot.id, status: "BOOKED" } });
    expect(slot.booked).toBe(3);
    expect(active).toBe(slot.booked);
    const booked = await prisma.application.count({
      where: { id: { in: applications.map((a) => a.application.id) }, status: "APPOINTMENT_BOOKED" },
    });
    expect(booked).toBe(3);
  });

  it("gives one application booking twice at once exactly one appointment", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const slot = new Date("2026-12-03T05:30:00Z");
    const [first, second] = await Promise.all([
      bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW),
      bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW),
    ]);
    expect(second.id).toBe(first.id);
    expect(await prisma.appointment.count({ where: { applicationId: application.id } })).toBe(1);
    expect((await prisma.bookingSlot.findUniqueOrThrow({ where: { startsAt: slot } })).booked).toBe(1);
  });

  it("answers 'booked' to all 20 simultaneous requests of one application for the slot it fills (issue 20)", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const slot = new Date("2026-12-03T06:00:00Z");
    // One desk: the application's own seat fills the slot, so the late requests' seat UPDATE
    // matches nothing; they must still see the appointment the first request made.
    await prisma.bookingSlot.create({ data: { startsAt: slot, capacity: 1 } });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => bookAppointment(applicant, { applicationId: application.id, startsAt: slot }, NOW)),
    );
    expect(results.map(codeOf)).toEqual(Array(20).fill("OK"));
    const ids = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.id : null)));
    expect(ids.size).toBe(1);
    expect(await prisma.appointment.count({ where: { applicationId: application.id } })).toBe(1);
    expect((await prisma.bookingSlot.findUniqueOrThrow({ where: { startsAt: slot } })).booked).toBe(1);
  });

  it("gives one application booking two different times at once one appointment and one refusal", async () => {
    const { applicant, application } = await createApprovedApplication(prisma);
    const results = await Promise.allSettled([
      bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-04T05:00:00Z") }, NOW),
      bookAppointment(applicant, { applicationId: application.id, startsAt: new Date("2026-12-04T06:00:00Z") }, NOW),
    ]);
    expect(results.map(codeOf).sort()).toEqual(["ALREADY_BOOKED", "OK"]);
    expect(await prisma.appointment.count({ where: { applicationId: application.id, status: "BOOKED" } })).toBe(1);
    const seats = await prisma.bookingSlot.aggregate({
      where: { startsAt: { gte: new Date("2026-12-04T00:00:00Z"), lt: new Date("2026-12-05T00:00:00Z") } },
      _sum: { booked: true },
    });
    expect(seats._sum.booked).toBe(1);
  });

  it("recognises a real PostgreSQL deadlock as worth a retry", async () => {
    const [a, b] = await Promise.all([createApprovedApplication(prisma), createApprovedApplication(prisma)]);
    let release!: () => void;
    const bothLocked = new Promise<void>((resolve) => (release = resolve));
    let locked = 0;
    const lockInOrder = (first: string, second: string) =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Application" SET "version" = "version" WHERE "id" = ${first}`;
        if (++locked === 2) release();
        await bothLocked;
        await tx.$executeRaw`UPDATE "Application" SET "version" = "version" WHERE "id" = ${second}`;
      });
    const results = await Promise.allSettled([
      lockInOrder(a.application.id, b.application.id),
      lockInOrder(b.application.id, a.application.id),
    ]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failures).toHaveLength(1);
    expect(isRetryable(failures[0].reason)).toBe(true);
  });
});
