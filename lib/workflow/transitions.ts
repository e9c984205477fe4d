import type { ApplicationStatus, Role } from "@/lib/db/generated/enums";

/** A person's role, or SYSTEM for background jobs (never a user's role: no one can sign in as it). */
export type ActorRole = Role | "SYSTEM";

// The application lifecycle (docs/architecture.md). The one table that says who may move an
// application from where to where; lib/workflow/transition-application.ts is its only writer.
export const TRANSITIONS = {
  SUBMIT: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", roles: ["APPLICANT"] },
  START_REVIEW: { from: ["SUBMITTED"], to: "IN_REVIEW", roles: ["STAFF", "ADMIN"] },
  REQUEST_CHANGES: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", roles: ["STAFF", "ADMIN"] },
  // Issue 17: the deadline job lapses a request for changes left unanswered past its deadline;
  // staff may reopen it with a new deadline.
  LAPSE: { from: ["CHANGES_REQUESTED"], to: "LAPSED", roles: ["SYSTEM"] },
  REOPEN: { from: ["LAPSED"], to: "CHANGES_REQUESTED", roles: ["STAFF", "ADMIN"] },
  APPROVE_DOCUMENTS: { from: ["IN_REVIEW"], to: "DOCUMENTS_APPROVED", roles: ["STAFF", "ADMIN"] },
  BOOK_APPOINTMENT: { from: ["DOCUMENTS_APPROVED"], to: "APPOINTMENT_BOOKED", roles: ["APPLICANT"] },
  CANCEL_APPOINTMENT: { from: ["APPOINTMENT_BOOKED"], to: "DOCUMENTS_APPROVED", roles: ["APPLICANT", "STAFF", "ADMIN"] },
  MARK_NO_SHOW: { from: ["APPOINTMENT_BOOKED"], to: "DOCUMENTS_APPROVED", roles: ["STAFF", "ADMIN"] },
  // Issue 8: the release job (no person) frees an appointment not confirmed in time.
  RELEASE_UNCONFIRMED_APPOINTMENT: { from: ["APPOINTMENT_BOOKED"], to: "DOCUMENTS_APPROVED", roles: ["SYSTEM"] },
  // From DOCUMENTS_APPROVED too: services an admin set as "no appointment needed".
  RECEIVE_ORIGINALS: { from: ["APPOINTMENT_BOOKED", "DOCUMENTS_APPROVED"], to: "IN_PROCESSING", roles: ["STAFF", "ADMIN"] },
  COMPLETE: { from: ["IN_PROCESSING"], to: "COMPLETED", roles: ["STAFF", "ADMIN"] },
  REJECT: { from: ["IN_PROCESSING"], to: "REJECTED", roles: ["STAFF", "ADMIN"] },
  WITHDRAW: {
    from: ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED"],
    to: "WITHDRAWN",
    roles: ["APPLICANT"],
  },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus; roles: readonly ActorRole[] }>;

export type TransitionAction = keyof typeof TRANSITIONS;

export type TransitionPlan =
  { ok: true; from: ApplicationStatus; to: ApplicationStatus } | { ok: false; reason: "ROLE_NOT_ALLOWED" | "NOT_ALLOWED_FROM_STATUS" };

/** Pure: may `role` perform `action` on an application in `status`, and where does it lead. */
export function planTransition(action: TransitionAction, status: ApplicationStatus, role: ActorRole): TransitionPlan {
  const rule = TRANSITIONS[action];
  if (!(rule.roles as readonly ActorRole[]).includes(role)) return { ok: false, reason: "ROLE_NOT_ALLOWED" };
  if (!(rule.from as readonly ApplicationStatus[]).includes(status)) return { ok: false, reason: "NOT_ALLOWED_FROM_STATUS" };
  return { ok: true, from: status, to: rule.to };
}

/** The actions `role` could take on an application in `status` (for showing the right buttons). */
export function availableActions(status: ApplicationStatus, role: ActorRole): TransitionAction[] {
  return (Object.keys(TRANSITIONS) as TransitionAction[]).filter((action) => planTransition(action, status, role).ok);
}

/** Statuses in which the application is still open (not finished, withdrawn or a draft). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  "SUBMITTED",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "DOCUMENTS_APPROVED",
  "APPOINTMENT_BOOKED",
  "IN_PROCESSING",
];
