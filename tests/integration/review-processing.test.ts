import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findFileForDownload } from "@/lib/applications/data/document-files";
import { completeApplication } from "@/lib/review/data/review-complete";
import { listPeopleDashboard } from "@/lib/people/data/people-dashboard";
import { computeDueDate } from "@/lib/calendar/due-date";
import { extendDeadline, receiveOriginals, rejectApplication } from "@/lib/review/data/review-processing";
import { WorkflowError } from "@/lib/workflow/errors";
import { createUser } from "../support/factories/booking";
import { createSubmittedApplication } from "../support/factories/applications";

// 10:00 in Astana on Wednesday 6 May 2026 (UTC+5).
const MAY_6_MORNING = new Date("2026-05-06T05:00:00Z");
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const fakePdf = () => ({
  storageKey: `test/${randomUUID()}`,
  mimeType: "application/pdf" as const,
  sizeBytes: 2048,
  sha256: randomBytes(32).toString("hex"),
});

describe("processing deadlines over the May 2026 holidays", () => {
  it("counts 5 working days after the day the originals were received, skipping 7 and 11 May", async () => {
    // Received Wed 6 May. Thu 7 May is Defender of the Fatherland Day, 9-10 May a weekend, Mon 11
    // May the day off for Victory Day. Working days after the 6th: Fri 8 (1), Tue 12 (2),
    // Wed 13 (3), Thu 14 (4), Fri 15 (5). The day of receipt itself is not counted
    // (lib/rules/working-days.ts: "start itself is not counted"), so the due date is 15 May.
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant } = await createSubmittedApplication(prisma, { status: "DOCUMENTS_APPROVED" });
    const { dueDate } = await receiveOriginals(staff, { applicationId: application.id, expectedVersion: 0 }, MAY_6_MORNING);
    expect(day(dueDate)).toBe("2026-05-15");
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([stored.status, day(stored.processingStartedOn), day(stored.dueDate)]).toEqual(["IN_PROCESSING", "2026-05-06", "2026-05-15"]);
    const told = await prisma.notification.findFirstOrThrow({ where: { userId: applicant.id, kind: "ORIGINALS_RECEIVED" } });
    expect(told.payload).toMatchObject({ dueDate: "2026-05-15" });
  });

  it("checks a booked appointment in through the booking code and sets the due date", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma, { status: "APPOINTMENT_BOOKED" });
    const startsAt = new Date("2026-05-06T04:30:00Z");
    const slot = await prisma.bookingSlot.create({ data: { startsAt, capacity: 3, booked: 1 } });
    const appointment = await prisma.appointment.create({ data: { applicationId: application.id, slotId: slot.id, startsAt } });
    await receiveOriginals(staff, { applicationId: application.id, expectedVersion: 0 }, MAY_6_MORNING);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([stored.status, day(stored.processingStartedOn), day(stored.dueDate)]).toEqual(["IN_PROCESSING", "2026-05-06", "2026-05-15"]);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("ATTENDED");
  });

  it("uses the Holiday table, so an admin's change moves the next due date", async () => {
    const { application } = await createSubmittedApplication(prisma, { serviceCode: "TRP", validityBand: null });
    await prisma.application.update({ where: { id: application.id }, data: { answers: { trpRole: "EXPERT" } } });
    // TRP: 1 working day. Received Fri 8 May: Mon 11 May is off, so Tue 12 May.
    expect(day(await computeDueDate(prisma, { applicationId: application.id, receivedOn: "2026-05-08" }))).toBe("2026-05-12");
    await prisma.holiday.create({ data: { date: new Date("2026-05-12T00:00:00Z"), name: "Test day off", kind: "DAY_OFF" } });
    expect(day(await computeDueDate(prisma, { applicationId: application.id, receivedOn: "2026-05-08" }))).toBe("2026-05-13");
    await prisma.holiday.delete({ where: { date: new Date("2026-05-12T00:00:00Z") } });
  });

  it("records the 30-calendar-day extension once, with its reason", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma, {
      status: "IN_PROCESSING",
      dueDate: new Date("2026-05-15T00:00:00Z"),
    });
    const extended = await extendDeadline(staff, {
      applicationId: application.id,
      expectedVersion: 0,
      reason: "Waiting for the migration service",
    });
    expect(extended.dueDate).toBe("2026-06-14");
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([day(stored.dueDate), stored.extensionReason, stored.version]).toEqual(["2026-06-14", "Waiting for the migration service", 1]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { applicationId: application.id, action: "EXTEND_DEADLINE" } });
    expect(event.details).toEqual({ reason: "Waiting for the migration service", fromDueDate: "2026-05-15", toDueDate: "2026-06-14" });
    const again = await extendDeadline(staff, { applicationId: application.id, expectedVersion: 1, reason: "Again" }).catch(
      (e: WorkflowError) => e,
    );
    expect((again as WorkflowError).details.messageKey).toBe("review.errors.alreadyExtended");
  });

  it("completes with a PDF result that the applicant's company, and only it, can download", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant } = await createSubmittedApplication(prisma, { status: "IN_PROCESSING" });
    const outsider = await createSubmittedApplication(prisma);
    const done = await completeApplication(
      staff,
      { applicationId: application.id, expectedVersion: 0 },
      { upload: fakePdf(), originalName: "invitation.pdf" },
    );
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([stored.status, stored.resultFileId]).toEqual(["COMPLETED", done.resultFileId]);
    expect(await findFileForDownload(applicant, done.resultFileId!)).toMatchObject({
      originalName: "invitation.pdf",
      mimeType: "application/pdf",
    });
    expect(await findFileForDownload(outsider.applicant, done.resultFileId!)).toBeNull();
  });

  it("refuses a result that is not a PDF and leaves no row behind", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await createSubmittedApplication(prisma, { status: "IN_PROCESSING" });
    const image = { ...fakePdf(), mimeType: "image/png" as const };
    const error = await completeApplication(
      staff,
      { applicationId: application.id, expectedVersion: 0 },
      { upload: image, originalName: "result.png" },
    ).catch((e: WorkflowError) => e);
    expect((error as WorkflowError).details.messageKey).toBe("review.errors.resultNotPdf");
    expect(await prisma.applicationDocument.count({ where: { applicationId: application.id, code: "RESULT" } })).toBe(0);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_PROCESSING");
  });

  it("rejects in processing with a reason the applicant is told", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant } = await createSubmittedApplication(prisma, { status: "IN_PROCESSING" });
    await rejectApplication(staff, { applicationId: application.id, expectedVersion: 0, reason: "The migration service refused the visa" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { applicationId: application.id, action: "REJECT" } });
    expect(event.details).toEqual({ reason: "The migration service refused the visa" });
    expect(await prisma.notification.count({ where: { userId: applicant.id, kind: "REJECTED" } })).toBe(1);
  });

  it("records the issued visa's expiry in the company's people register, where the dashboard counts down to the next extension", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant, person } = await createSubmittedApplication(prisma, { status: "IN_PROCESSING" });
    await completeApplication(
      staff,
      { applicationId: application.id, expectedVersion: 0, issuedExpiresOn: "2027-11-30" },
      null,
      MAY_6_MORNING,
    );
    const stored = await prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect([stored.visaCategory, day(stored.visaExpiresOn)]).toEqual(["C3", "2027-11-30"]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { applicationId: application.id, action: "COMPLETE" } });
    expect(event.details).toMatchObject({ issuedCategory: "C3", issuedExpiresOn: "2027-11-30" });
    const [row] = (await listPeopleDashboard(applicant, {}, "2026-05-06")).filter((p) => p.id === person.id);
    expect(row.visa).toMatchObject({ category: "C3", expiresOn: "2027-11-30", fromApplication: { id: application.id } });
    expect(row.next).toMatchObject({ kind: "EXTENSION_WINDOW_UPCOMING", expiresOn: "2027-11-30" });
  });

  it("refuses an expiry in the past, and one for a service that issues no visa, and completes nothing then", async () => {
    const staff = await createUser(prisma, "STAFF");
    const past = await createSubmittedApplication(prisma, { status: "IN_PROCESSING" });
    const error = await completeApplication(
      staff,
      { applicationId: past.application.id, expectedVersion: 0, issuedExpiresOn: "2026-05-06" },
      null,
      MAY_6_MORNING,
    ).catch((e: WorkflowError) => e);
    expect((error as WorkflowError).details.messageKey).toBe("review.errors.issuedExpiryPast");
    const invitation = await createSubmittedApplication(prisma, { status: "IN_PROCESSING", serviceCode: "WORK_VISA_INVITATION" });
    const refused = await completeApplication(
      staff,
      { applicationId: invitation.application.id, expectedVersion: 0, issuedExpiresOn: "2027-01-01" },
      null,
      MAY_6_MORNING,
    ).catch((e: WorkflowError) => e);
    expect((refused as WorkflowError).details.messageKey).toBe("review.errors.issuesNoVisa");
    for (const { application, person } of [past, invitation]) {
      expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("IN_PROCESSING");
      expect((await prisma.person.findUniqueOrThrow({ where: { id: person.id } })).visaExpiresOn).toBeNull();
    }
  });
});
