import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { extendChangesDeadline, reopenApplication, setChangesDeadlineDays } from "@/lib/review/data/changes-deadline";
import { requestChanges } from "@/lib/review/data/review-decisions";
import { submitApplication } from "@/lib/applications/data/application-submit";
import { runChangesDeadlineJob } from "@/lib/review/changes-deadline-job";
import { WorkflowError } from "@/lib/workflow/errors";
import { createSubmittedApplication } from "../support/factories/applications";
import { createUser } from "../support/factories/booking";

// Issue 17: the deadline on a request for changes, its reminders, the lapse and reopening.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** An application in CHANGES_REQUESTED with the given deadline, written directly. */
async function awaitingChanges(dueOn: string) {
  const created = await createSubmittedApplication(prisma, { status: "CHANGES_REQUESTED" });
  await prisma.application.update({ where: { id: created.application.id }, data: { changesDueOn: day(dueOn) } });
  return created;
}

const kindsFor = (applicationId: string) =>
  prisma.notification.findMany({
    where: { payload: { path: ["applicationId"], equals: applicationId } },
    orderBy: { createdAt: "asc" },
    select: { kind: true, payload: true },
  });

describe("deadline on a request for changes", () => {
  it("is set when staff request changes: 30 calendar days, moved off a day off, and told to the applicant", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, documents } = await createSubmittedApplication(prisma, { status: "IN_REVIEW" });
    await prisma.applicationDocument.update({ where: { id: documents[0].id }, data: { status: "REJECTED", rejectReason: "UNREADABLE" } });
    // Thu 1 Oct 2026 (10:00 in Astana) + 30 days = Sat 31 Oct → Mon 2 Nov.
    await requestChanges(staff, { applicationId: application.id, expectedVersion: 0 }, new Date("2026-10-01T05:00:00Z"));
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(iso(stored.changesDueOn)).toBe("2026-11-02");
    const [notice] = await kindsFor(application.id);
    expect(notice).toMatchObject({ kind: "CHANGES_REQUESTED", payload: { dueOn: "2026-11-02" } });
  });

  it("follows the number of days an administrator sets", async () => {
    const [admin, staff] = [await createUser(prisma, "ADMIN"), await createUser(prisma, "STAFF")];
    await setChangesDeadlineDays(admin, 14);
    try {
      const { application, documents } = await createSubmittedApplication(prisma, { status: "IN_REVIEW" });
      await prisma.applicationDocument.update({ where: { id: documents[0].id }, data: { status: "REJECTED", rejectReason: "UNREADABLE" } });
      await requestChanges(staff, { applicationId: application.id, expectedVersion: 0 }, new Date("2026-10-05T05:00:00Z"));
      expect(iso((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).changesDueOn)).toBe("2026-10-19");
      expect(await prisma.auditEvent.count({ where: { action: "SET_CHANGES_DEADLINE_DAYS", actorId: admin.id } })).toBe(1);
    } finally {
      await setChangesDeadlineDays(admin, 30);
    }
    await expect(setChangesDeadlineDays(staff, 10)).rejects.toThrow();
  });

  it("sends the 7-day and 2-day reminders once each, however often the job runs", async () => {
    const { application } = await awaitingChanges("2030-03-20");
    for (const today of ["2030-03-12", "2030-03-13", "2030-03-13", "2030-03-15", "2030-03-18", "2030-03-18", "2030-03-19"]) {
      await Promise.all([runChangesDeadlineJob({ today }), runChangesDeadlineJob({ today })]);
    }
    const sent = (await kindsFor(application.id)).filter((n) => n.kind === "CHANGES_DEADLINE_REMINDER");
    expect(sent.map((n) => (n.payload as { daysLeft: number }).daysLeft)).toEqual([7, 2]);
  });

  it("lapses the application exactly once when the job runs on several instances at once", async () => {
    const { application, applicant } = await awaitingChanges("2030-04-01");
    await runChangesDeadlineJob({ today: "2030-04-01" });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("CHANGES_REQUESTED");

    const runs = await Promise.all(Array.from({ length: 6 }, () => runChangesDeadlineJob({ today: "2030-04-02" })));
    expect(runs.reduce((sum, r) => sum + r.lapsed, 0)).toBeGreaterThanOrEqual(1);
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("LAPSED");
    const audit = await prisma.auditEvent.findMany({ where: { applicationId: application.id, action: "LAPSE" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, fromStatus: "CHANGES_REQUESTED", toStatus: "LAPSED" });
    expect((await kindsFor(application.id)).filter((n) => n.kind === "APPLICATION_LAPSED")).toHaveLength(1);
    // The applicant can no longer resubmit a lapsed application.
    await submitApplication(applicant, application.id);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("LAPSED");
  });

  it("lets staff extend the deadline with a reason, which saves the application from lapsing", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application } = await awaitingChanges("2030-05-10");
    await expect(
      extendChangesDeadline(
        staff,
        { applicationId: application.id, expectedVersion: application.version, newDueOn: "2030-05-09", reason: "x" },
        new Date("2030-05-01T05:00:00Z"),
      ),
    ).rejects.toThrow(WorkflowError);
    await extendChangesDeadline(
      staff,
      { applicationId: application.id, expectedVersion: application.version, newDueOn: "2030-05-24", reason: "The embassy is slow" },
      new Date("2030-05-01T05:00:00Z"),
    );
    await runChangesDeadlineJob({ today: "2030-05-11" });
    const stored = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe("CHANGES_REQUESTED");
    expect(iso(stored.changesDueOn)).toBe("2030-05-24");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { applicationId: application.id, action: "EXTEND_CHANGES_DEADLINE" } });
    expect(event).toMatchObject({ actorId: staff.id, details: { from: "2030-05-10", to: "2030-05-24", reason: "The embassy is slow" } });
    expect((await kindsFor(application.id)).map((n) => n.kind)).toContain("CHANGES_DEADLINE_EXTENDED");
  });

  it("lets staff reopen a lapsed application with a fresh deadline; applicants cannot", async () => {
    const staff = await createUser(prisma, "STAFF");
    const { application, applicant } = await awaitingChanges("2030-06-03");
    await runChangesDeadlineJob({ today: "2030-06-04" });
    const lapsed = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    await expect(
      reopenApplication(applicant, { applicationId: application.id, expectedVersion: lapsed.version, reason: "please" }),
    ).rejects.toThrow();
    await reopenApplication(
      staff,
      { applicationId: application.id, expectedVersion: lapsed.version, reason: "New passport arrived" },
      new Date("2030-06-10T05:00:00Z"),
    );
    const reopened = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(reopened.status).toBe("CHANGES_REQUESTED");
    expect(iso(reopened.changesDueOn)).toBe("2030-07-10");
    expect((await kindsFor(application.id)).map((n) => n.kind)).toContain("APPLICATION_REOPENED");
  });
});
