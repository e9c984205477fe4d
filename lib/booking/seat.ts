import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/**
 * Takes one seat of the slot starting at `startsAt`, or returns null when it is full.
 * The row is created on first use with the capacity in force; the conditional UPDATE is the
 * capacity check itself: PostgreSQL re-evaluates `booked < capacity` on the locked, latest row
 * version under READ COMMITTED, so concurrent bookers queue on the row and the late ones match
 * nothing (docs/decisions/004-booking-capacity.md). The CHECK constraint backs it up.
 */
export async function takeSeat(tx: Tx, startsAt: Date, capacity: number): Promise<string | null> {
  // ON CONFLICT DO NOTHING: two first bookers of a slot do not fail on the unique index.
  await tx.bookingSlot.createMany({ data: [{ startsAt, capacity }], skipDuplicates: true });
  const slot = await tx.bookingSlot.findUniqueOrThrow({ where: { startsAt }, select: { id: true } });
  const taken = await tx.$executeRaw`UPDATE "BookingSlot" SET "booked" = "booked" + 1 WHERE "id" = ${slot.id} AND "booked" < "capacity"`;
  return taken === 1 ? slot.id : null;
}

/** Gives a seat back at once (cancel, reschedule), so the next person can book it. */
export async function releaseSeat(tx: Tx, slotId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "BookingSlot" SET "booked" = "booked" - 1 WHERE "id" = ${slotId} AND "booked" > 0`;
}
