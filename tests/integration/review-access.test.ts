import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AccessDeniedError, type CurrentUser } from "@/lib/kernel/access";
import { listApplicationTimeline } from "@/lib/applications/data/audit-timeline";
import { getApplicationForReview } from "@/lib/review/data/review-application";
import { assignApplication, listAssignableStaff } from "@/lib/review/data/review-assignment";
import { completeApplication } from "@/lib/review/data/review-complete";
import { approveDocuments, requestChanges, startReview } from "@/lib/review/data/review-decisions";
import { decideDocument } from "@/lib/review/data/review-documents";
import { addStaffNote } from "@/lib/review/data/review-notes";
import { extendDeadline, receiveOriginals, rejectApplication } from "@/lib/review/data/review-processing";
import { listStaffQueue } from "@/lib/review/data/staff-queue";
import { countStaffQueue } from "@/lib/review/data/staff-queue-counts";
import { addHoliday, listHolidayYears, removeHoliday, saveMrpRate } from "@/lib/admin/data/admin-reference";
import { changeStaffRole, inviteStaff, listStaffAccounts, setStaffActive } from "@/lib/admin/data/admin-staff";
import { DEFAULT_FILTERS } from "@/lib/review/queue-params";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

function reviewCalls(actor: CurrentUser, ids: { applicationId: string; documentId: string }): [string, () => Promise<unknown>][] {
  const step = { applicationId: ids.applicationId, expectedVersion: 0 };
  return [
    ["listStaffQueue", () => listStaffQueue(actor, { ...DEFAULT_FILTERS, cursor: null })],
    ["countStaffQueue", () => countStaffQueue(actor)],
    ["getApplicationForReview", () => getApplicationForReview(actor, ids.applicationId)],
    ["listApplicationTimeline", () => listApplicationTimeline(actor, ids.applicationId)],
    ["listAssignableStaff", () => listAssignableStaff(actor)],
    ["assignApplication", () => assignApplication(actor, { ...step, assigneeId: actor.id })],
    ["addStaffNote", () => addStaffNote(actor, { applicationId: ids.applicationId, body: "note" })],
    ["decideDocument", () => decideDocument(actor, { ...step, documentId: ids.documentId, decision: "APPROVE" })],
    ["startReview", () => startReview(actor, step)],
    ["requestChanges", () => requestChanges(actor, step)],
    ["approveDocuments", () => approveDocuments(actor, step)],
    ["receiveOriginals", () => receiveOriginals(actor, step)],
    ["extendDeadline", () => extendDeadline(actor, { ...step, reason: "r" })],
    ["completeApplication", () => completeApplication(actor, step)],
    ["rejectApplication", () => rejectApplication(actor, { ...step, reason: "r" })],
  ];
}

function adminCalls(actor: CurrentUser, userId: string): [string, () => Promise<unknown>][] {
  return [
    ["saveMrpRate", () => saveMrpRate(actor, { year: 2030, valueTiyn: 500_000 })],
    ["addHoliday", () => addHoliday(actor, { date: "2030-01-01", name: "New Year", kind: "HOLIDAY" })],
    ["removeHoliday", () => removeHoliday(actor, "2026-05-07")],
    ["listHolidayYears", () => listHolidayYears(actor, 2026)],
    ["listStaffAccounts", () => listStaffAccounts(actor)],
    ["inviteStaff", () => inviteStaff(actor, { name: "X", email: "x@example.com", role: "ADMIN" })],
    ["changeStaffRole", () => changeStaffRole(actor, { userId, role: "ADMIN" })],
    ["setStaffActive", () => setStaffActive(actor, { userId, isActive: false })],
  ];
}

describe("who may use the review and admin functions", () => {
  it("refuses every review function to an applicant, even of the application's own company, and changes nothing", async () => {
    const { application, applicant, documents } = await createSubmittedApplication(prisma);
    for (const [name, call] of reviewCalls(applicant, { applicationId: application.id, documentId: documents[0].id })) {
      await expect(call(), name).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const after = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([after.status, after.version, after.assigneeId]).toEqual(["SUBMITTED", 0, null]);
    expect(await prisma.staffNote.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it("refuses every admin function to staff and applicants", async () => {
    const staff = await createUser(prisma, "STAFF");
    const colleague = await createUser(prisma, "STAFF");
    const { applicant } = await createSubmittedApplication(prisma);
    for (const actor of [staff, applicant]) {
      for (const [name, call] of adminCalls(actor, colleague.id))
        await expect(call(), `${actor.role} ${name}`).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await prisma.mrpRate.findUnique({ where: { year: 2030 } })).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).isActive).toBe(true);
  });

  it("never shows a draft to staff (404, not 403)", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma, { status: "DRAFT" });
    expect(await getApplicationForReview(staff, application.id)).toBeNull();
    expect(await getApplicationForReview(staff, "no-such-id")).toBeNull();
  });
});
