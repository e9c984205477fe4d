import { prisma } from "@/lib/db/client";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError } from "@/lib/workflow/errors";
import type { CurrentUser } from "@/lib/kernel/access";

export type WithdrawOutcome = { ok: true } | { ok: false; error: "NOT_FOUND" | "NOT_ALLOWED" | "CONFLICT" };

/** Withdraws an application not yet in processing; a booked visit is cancelled and its seat freed. */
export async function withdrawApplication(actor: CurrentUser, id: string, reason?: string): Promise<WithdrawOutcome> {
  try {
    await prisma.$transaction(async (tx) => {
      await transitionApplication(tx, { applicationId: id, actor, action: "WITHDRAW", reason });
      const active = await tx.appointment.findFirst({ where: { applicationId: id, status: "BOOKED" }, select: { id: true, slotId: true } });
      if (active) {
        await tx.appointment.update({ where: { id: active.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
        await tx.bookingSlot.update({ where: { id: active.slotId }, data: { booked: { decrement: 1 } } });
      }
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof WorkflowError) {
      return { ok: false, error: error.code === "NOT_FOUND" ? "NOT_FOUND" : error.code === "CONFLICT" ? "CONFLICT" : "NOT_ALLOWED" };
    }
    throw error;
  }
}
