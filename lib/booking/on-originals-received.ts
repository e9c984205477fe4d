import type { IsoDate } from "@/lib/catalog";
import type { Prisma } from "@/lib/db/generated/client";
import { computeDueDate } from "@/lib/calendar/due-date";

export type OriginalsReceived = { applicationId: string; serviceCode: string; receivedOn: IsoDate };

/** Extra Application columns to set when the originals are received, in the same transaction. */
export type OriginalsReceivedHook = (tx: Prisma.TransactionClient, event: OriginalsReceived) => Promise<{ dueDate?: Date }>;

/**
 * The processing step's part of check-in: the due date, counted in Kazakhstan working days from
 * `receivedOn` by the staff-review rules (lib/calendar/due-date.ts). Check-in itself starts
 * the processing clock (processingStartedOn); a caller that already knows the due date passes it
 * as CheckInOptions.dueDate instead.
 */
export const onOriginalsReceived: OriginalsReceivedHook = async (tx, event) => {
  const dueDate = await computeDueDate(tx, { applicationId: event.applicationId, receivedOn: event.receivedOn });
  return dueDate ? { dueDate } : {};
};
