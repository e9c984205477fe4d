import { prisma } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { BookingError } from "@/lib/booking/errors";

export type BlockedPeriodInput = { startsAt: Date; endsAt: Date; reason: string };

/** Blocked periods that have not ended yet, soonest first, with the appointments they overlap. */
export async function listBlockedPeriods(actor: CurrentUser, now: Date = new Date()) {
  assertRole(actor, ["ADMIN"]);
  const periods = await prisma.blockedPeriod.findMany({ where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" } });
  return Promise.all(
    periods.map(async (period) => ({
      ...period,
      // Blocking a time does not cancel anyone already booked there: staff call them instead.
      bookedAppointments: await prisma.appointment.count({
        where: { status: "BOOKED", startsAt: { gte: period.startsAt, lt: period.endsAt } },
      }),
    })),
  );
}

export async function addBlockedPeriod(actor: CurrentUser, input: BlockedPeriodInput): Promise<{ id: string }> {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const period = await tx.blockedPeriod.create({ data: input, select: { id: true } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "ADD_BLOCKED_PERIOD",
        entityType: "BlockedPeriod",
        entityId: period.id,
        details: { ...input, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
      },
    });
    return period;
  });
}

/** Removes a blocked period; false when there is no such period (already removed). */
/** Refused with BookingError NOT_FOUND when there is no such period (removed already). */
export async function removeBlockedPeriod(actor: CurrentUser, id: string): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const removed = await tx.blockedPeriod.deleteMany({ where: { id } });
    if (removed.count === 0) throw new BookingError("NOT_FOUND");
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "REMOVE_BLOCKED_PERIOD", entityType: "BlockedPeriod", entityId: id } });
  });
}
