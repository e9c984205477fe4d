import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listCompanyApplications, listLastCompanyActors } from "@/lib/applications/data/application-queries";
import { createSubmittedApplication } from "@/tests/support/factories/applications";

// Issue 19: the dashboard's list is one SQL statement; it must say exactly what Prisma's nested
// read (six statements) said: principal person, rejected documents, filer, dates, status filter.
function nestedRead(companyId: string, status?: "SUBMITTED" | "CHANGES_REQUESTED") {
  return prisma.application.findMany({
    where: { companyId, ...(status ? { status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      number: true,
      serviceCode: true,
      status: true,
      submittedAt: true,
      dueDate: true,
      updatedAt: true,
      wizardStep: true,
      changesDueOn: true,
      createdBy: { select: { name: true } },
      people: { where: { isPrincipal: true }, select: { person: { select: { fullName: true } } } },
      documents: { where: { status: "REJECTED" }, select: { id: true } },
      invoice: { select: { status: true } },
    },
  });
}

describe("listCompanyApplications", () => {
  it("returns what the nested read returned, in one statement, for the company only", async () => {
    const first = await createSubmittedApplication(prisma, { dueDate: new Date("2026-06-15T00:00:00Z") });
    const owner = { company: first.company, applicant: first.applicant };
    const second = await createSubmittedApplication(prisma, { ...owner, status: "CHANGES_REQUESTED" });
    await prisma.application.update({ where: { id: second.application.id }, data: { changesDueOn: new Date("2026-06-20T00:00:00Z") } });
    await prisma.applicationDocument.update({ where: { id: second.documents[0].id }, data: { status: "REJECTED" } });
    await prisma.applicationDocument.update({ where: { id: second.documents[1].id }, data: { status: "REJECTED" } });
    await prisma.invoice.create({
      data: {
        number: "INV-2026-LIST19",
        applicationId: first.application.id,
        serviceFeeTiyn: 100,
        stateDutyTiyn: 0,
        totalTiyn: 100,
        filedOn: new Date("2026-06-01"),
        status: "PAID",
      },
    });
    // Two members acted on the second application; the newest counts. A staff member's event does not.
    const colleague = await prisma.user.create({
      data: {
        email: `colleague-${second.application.id}@example.kz`,
        name: "Colleague",
        role: "APPLICANT",
        passwordHash: "x",
        companyId: owner.company.id,
      },
    });
    const staff = await prisma.user.create({
      data: { email: `staff-${second.application.id}@example.kz`, name: "Staff", role: "STAFF", passwordHash: "x" },
    });
    const event = (actorId: string) => ({
      applicationId: second.application.id,
      actorId,
      action: "APPLICATION_UPDATED",
      entityType: "Application",
      entityId: second.application.id,
    });
    await prisma.auditEvent.createMany({ data: [event(owner.applicant.id), event(colleague.id), event(staff.id)] });
    // A draft without people, and another company's application that must not show.
    await prisma.application.create({
      data: {
        companyId: owner.company.id,
        serviceCode: "IIN",
        status: "DRAFT",
        createdById: owner.applicant.id,
        answers: {},
        wizardStep: "people",
      },
    });
    await createSubmittedApplication(prisma);

    let statements = 0;
    (prisma as unknown as { $on(event: "query", cb: () => void): void }).$on("query", () => statements++);
    const listed = await listCompanyApplications(owner.applicant);
    expect(statements).toBe(1);
    const expected = await nestedRead(owner.company.id);
    const actors = await listLastCompanyActors(
      owner.applicant,
      expected.map((a) => a.id),
    );
    expect(listed).toEqual(expected.map((a) => ({ ...a, lastActor: actors.get(a.id) ?? null })));
    expect(listed).toHaveLength(3);
    expect(listed.find((a) => a.id === second.application.id)!.documents).toHaveLength(2);
    expect(listed.find((a) => a.status === "DRAFT")!.people).toEqual([]);
    expect(listed.find((a) => a.id === first.application.id)!.invoice).toEqual({ status: "PAID" });
    // The trail stamps events itself (same time here): the newest by id that a company member made.
    expect(listed.find((a) => a.id === second.application.id)!.lastActor?.name).toBe("Colleague");

    expect((await listCompanyApplications(owner.applicant, { status: "CHANGES_REQUESTED" })).map((a) => a.id)).toEqual(
      (await nestedRead(owner.company.id, "CHANGES_REQUESTED")).map((a) => a.id),
    );
  });
});
