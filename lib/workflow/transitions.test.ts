import { describe, expect, it } from "vitest";
import { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import { availableActions, planTransition, TRANSITIONS, type TransitionAction } from "./transitions";

const statuses = Object.values(ApplicationStatus);
const roles = Object.values(Role);

// The whole table, written out independently of TRANSITIONS: [action, from, role] -> to.
const ALLOWED: [TransitionAction, string, string, string][] = [
  ["SUBMIT", "DRAFT", "APPLICANT", "SUBMITTED"],
  ["SUBMIT", "CHANGES_REQUESTED", "APPLICANT", "SUBMITTED"],
  ["START_REVIEW", "SUBMITTED", "STAFF", "IN_REVIEW"],
  ["START_REVIEW", "SUBMITTED", "ADMIN", "IN_REVIEW"],
  ["REQUEST_CHANGES", "IN_REVIEW", "STAFF", "CHANGES_REQUESTED"],
  ["REQUEST_CHANGES", "IN_REVIEW", "ADMIN", "CHANGES_REQUESTED"],
  ["REOPEN", "LAPSED", "STAFF", "CHANGES_REQUESTED"],
  ["REOPEN", "LAPSED", "ADMIN", "CHANGES_REQUESTED"],
  ["APPROVE_DOCUMENTS", "IN_REVIEW", "STAFF", "DOCUMENTS_APPROVED"],
  ["APPROVE_DOCUMENTS", "IN_REVIEW", "ADMIN", "DOCUMENTS_APPROVED"],
  ["BOOK_APPOINTMENT", "DOCUMENTS_APPROVED", "APPLICANT", "APPOINTMENT_BOOKED"],
  ["CANCEL_APPOINTMENT", "APPOINTMENT_BOOKED", "APPLICANT", "DOCUMENTS_APPROVED"],
  ["CANCEL_APPOINTMENT", "APPOINTMENT_BOOKED", "STAFF", "DOCUMENTS_APPROVED"],
  ["CANCEL_APPOINTMENT", "APPOINTMENT_BOOKED", "ADMIN", "DOCUMENTS_APPROVED"],
  ["MARK_NO_SHOW", "APPOINTMENT_BOOKED", "STAFF", "DOCUMENTS_APPROVED"],
  ["MARK_NO_SHOW", "APPOINTMENT_BOOKED", "ADMIN", "DOCUMENTS_APPROVED"],
  ["RECEIVE_ORIGINALS", "APPOINTMENT_BOOKED", "STAFF", "IN_PROCESSING"],
  ["RECEIVE_ORIGINALS", "APPOINTMENT_BOOKED", "ADMIN", "IN_PROCESSING"],
  ["RECEIVE_ORIGINALS", "DOCUMENTS_APPROVED", "STAFF", "IN_PROCESSING"],
  ["RECEIVE_ORIGINALS", "DOCUMENTS_APPROVED", "ADMIN", "IN_PROCESSING"],
  ["COMPLETE", "IN_PROCESSING", "STAFF", "COMPLETED"],
  ["COMPLETE", "IN_PROCESSING", "ADMIN", "COMPLETED"],
  ["REJECT", "IN_PROCESSING", "STAFF", "REJECTED"],
  ["REJECT", "IN_PROCESSING", "ADMIN", "REJECTED"],
  ...["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "DOCUMENTS_APPROVED", "APPOINTMENT_BOOKED"].map(
    (from) => ["WITHDRAW", from, "APPLICANT", "WITHDRAWN"] as [TransitionAction, string, string, string],
  ),
];

describe("application state machine", () => {
  const actions = Object.keys(TRANSITIONS) as TransitionAction[];
  const cases = actions.flatMap((action) => statuses.flatMap((status) => roles.map((role) => [action, status, role] as const)));

  it.each(cases)("%s from %s by %s", (action, status, role) => {
    const expected = ALLOWED.find(([a, f, r]) => a === action && f === status && r === role);
    const plan = planTransition(action, status, role);
    if (expected) {
      expect(plan).toEqual({ ok: true, from: status, to: expected[3] });
    } else {
      expect(plan.ok).toBe(false);
    }
  });

  it("never leaves a finished application", () => {
    for (const status of ["COMPLETED", "REJECTED", "WITHDRAWN"] as const) {
      for (const role of roles) expect(availableActions(status, role)).toEqual([]);
    }
  });

  it("lets only the deadline job lapse a request for changes", () => {
    expect(planTransition("LAPSE", "CHANGES_REQUESTED", "SYSTEM")).toEqual({ ok: true, from: "CHANGES_REQUESTED", to: "LAPSED" });
    for (const role of roles) expect(planTransition("LAPSE", "CHANGES_REQUESTED", role).ok).toBe(false);
    expect(planTransition("LAPSE", "IN_REVIEW", "SYSTEM").ok).toBe(false);
  });

  it("tells a role apart from a status problem", () => {
    expect(planTransition("APPROVE_DOCUMENTS", "IN_REVIEW", "APPLICANT")).toEqual({ ok: false, reason: "ROLE_NOT_ALLOWED" });
    expect(planTransition("APPROVE_DOCUMENTS", "SUBMITTED", "STAFF")).toEqual({ ok: false, reason: "NOT_ALLOWED_FROM_STATUS" });
  });
});

describe("the system actor (background jobs)", () => {
  it("may only release an unconfirmed appointment, and no person may", () => {
    expect(planTransition("RELEASE_UNCONFIRMED_APPOINTMENT", "APPOINTMENT_BOOKED", "SYSTEM")).toEqual({
      ok: true,
      from: "APPOINTMENT_BOOKED",
      to: "DOCUMENTS_APPROVED",
    });
    expect(availableActions("APPOINTMENT_BOOKED", "SYSTEM")).toEqual(["RELEASE_UNCONFIRMED_APPOINTMENT"]);
    for (const role of ["APPLICANT", "STAFF", "ADMIN"] as const) {
      expect(planTransition("RELEASE_UNCONFIRMED_APPOINTMENT", "APPOINTMENT_BOOKED", role)).toEqual({
        ok: false,
        reason: "ROLE_NOT_ALLOWED",
      });
    }
  });
});
