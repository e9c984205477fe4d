import { prisma } from "@/lib/db/client";
import { transitionApplication } from "@/lib/workflow/transition-application";
import { WorkflowError, type WorkflowErrorCode } from "@/lib/workflow/errors";
import { ApplicationError, type ApplicationErrorCode } from "@/lib/applications/errors";
import type { CurrentUser } from "@/lib/kernel/access";

const WITHDRAW_REFUSALS: Partial<Record<WorkflowErrorCode, ApplicationErrorCode>> = {
  NOT_FOUND: "WITHDRAW_NOT_FOUND",
  CONFLICT: "WITHDRAW_CONFLICT",
};

/**
 * Withdraws an application not yet in processing; a booked visit is cancelled and its seat freed.
 * The workflow's refusal is told in the applicant's words: ApplicationError WITHDRAW_NOT_FOUND,
 * WITHDRAW_CONFLICT or NOT_WITHDRAWABLE.
 */
export async function withdrawApplication(actor: CurrentUser, id: string, reason?: string): Promise<void> {
  try {
    await prisma.$transaction(async (tx) => {
      await transitionApplication(tx, { applicationId: id, actor, action: "WITHDRAW", reason });
      const active = await tx.appointment.findFirst({ where: { applicationId: id, status: "BOOKED" }, select: { id: true, slotId: true } });
      if (active) {
        await tx.appointment.update({ where: { id: active.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
        await tx.bookingSlot.update({ where: { id: active.slotId }, data: { booked: { decrement: 1 } } });
      }
    });
  } catch (error) {
    if (error instanceof WorkflowError) throw new ApplicationError(WITHDRAW_REFUSALS[error.code] ?? "NOT_WITHDRAWABLE");
    throw error;
  }
}
