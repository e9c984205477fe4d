import type { Prisma } from "@/lib/db/generated/client";
import type { CurrentUser } from "@/lib/kernel/access";
import { WorkflowError } from "./errors";
import { planTransition, type TransitionAction } from "./transitions";

type Tx = Prisma.TransactionClient;

/** A background job acting without a person; audited with no actor and the job's name. */
export type SystemActor = { role: "SYSTEM"; job: string };

export function systemActor(job: string): SystemActor {
  return { role: "SYSTEM", job };
}

export type TransitionRequest = {
  applicationId: string;
  actor: CurrentUser | SystemActor;
  action: TransitionAction;
  /** The version the user saw; a different current version means someone else acted first. */
  expectedVersion?: number;
  reason?: string;
  details?: Record<string, unknown>;
  /** Other columns the same step sets (number, snapshot, due date…). */
  data?: Prisma.ApplicationUpdateManyMutationInput;
};

/**
 * The only writer of Application.status. Checks role, ownership and current status, writes the
 * new status with optimistic concurrency (version column) and appends an audit event, all in the
 * caller's transaction.
 */
export async function transitionApplication(tx: Tx, request: TransitionRequest) {
  const { actor, applicationId } = request;
  const current = await tx.application.findFirst({
    where: { id: applicationId, ...(actor.role === "APPLICANT" ? { companyId: actor.companyId ?? "-" } : { status: { not: "DRAFT" } }) },
    select: { id: true, status: true, version: true },
  });
  if (!current) throw new WorkflowError("NOT_FOUND", "Application not found");
  if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
    throw new WorkflowError("CONFLICT", "The application was changed by someone else");
  }
  const plan = planTransition(request.action, current.status, actor.role);
  if (!plan.ok) throw new WorkflowError(plan.reason, `${request.action} is not allowed from ${current.status} for ${actor.role}`);
  const now = new Date();
  const updated = await tx.application.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...request.data, status: plan.to, version: { increment: 1 }, statusChangedAt: now },
  });
  if (updated.count !== 1) throw new WorkflowError("CONFLICT", "The application was changed by someone else");
  await tx.auditEvent.create({
    data: {
      actorId: actor.role === "SYSTEM" ? null : actor.id,
      action: request.action,
      entityType: "Application",
      entityId: current.id,
      applicationId: current.id,
      fromStatus: plan.from,
      toStatus: plan.to,
      details: {
        ...(request.reason ? { reason: request.reason } : {}),
        ...(actor.role === "SYSTEM" ? { system: actor.job } : {}),
        ...request.details,
      } as Prisma.InputJsonValue,
      createdAt: now,
    },
  });
  return { id: current.id, from: plan.from, to: plan.to, version: current.version + 1 };
}
