import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * Takes `seats` places (one per person in the application) of the slot starting at `startsAt`,
 * or returns null when fewer are left.
 * The row is created on first use with the capacity in force; the conditional UPDATE is the
 * capacity check itself: PostgreSQL re-evaluates `booked < capacity` on the locked, latest row
 * version under READ COMMITTED, so concurrent bookers queue on the row and the late ones match
 * nothing (docs/decisions/004-booking-capacity.md). The CHECK constraint backs it up.
 */
export async function takeSeat(tx: Tx, startsAt: Date, capacity: number, seats = 1): Promise<string | null> {
  // ON CONFLICT DO NOTHING: two first bookers of a slot do not fail on the unique index.
  await tx.bookingSlot.createMany({ data: [{ startsAt, capacity }], skipDuplicates: true });
  const slot = await tx.bookingSlot.findUniqueOrThrow({ where: { startsAt }, select: { id: true } });
  const taken =
    await tx.$executeRaw`UPDATE "BookingSlot" SET "booked" = "booked" + ${seats}::int WHERE "id" = ${slot.id} AND "booked" + ${seats}::int <= "capacity"`;
  return taken === 1 ? slot.id : null;
}

/** Gives the places back at once (cancel, reschedule, release), so the next people can book them. */
export async function releaseSeat(tx: Tx, slotId: string, seats = 1): Promise<void> {
  await tx.$executeRaw`UPDATE "BookingSlot" SET "booked" = GREATEST("booked" - ${seats}::int, 0) WHERE "id" = ${slotId}`;
}

/**
 * Places an application needs at the appointment: every person included in it (the principal
 * and each family member in its ApplicationPerson rows), at least one. aifc.kz: "each member of
 * a family or group needs their own appointment".
 */
export async function seatsForApplication(tx: Tx, applicationId: string): Promise<number> {
  return Math.max(1, await tx.applicationPerson.count({ where: { applicationId } }));
}
