import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listPeopleDashboard } from "@/lib/people/data/people-dashboard";
import { listPeople, removePerson, restorePerson } from "@/lib/people/data/people";
import { createExtensionDraft } from "@/lib/applications/data/extension-draft";
import { runPeopleDigest, weekOf } from "@/lib/notify/people-digest";
import { createApplicant, createPerson } from "../support/factories/applicant";
import { createSubmittedApplication } from "../support/factories/applications";

// Issue 17: the people dashboard's data, removal and archiving, the prefilled extension and the
// weekly digest, against the seeded 2026 holiday calendar.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function withVisa(personId: string, visaCategory: string, visaExpiresOn: string) {
  await prisma.person.update({ where: { id: personId }, data: { visaCategory, visaExpiresOn: day(visaExpiresOn) } });
}

describe("people dashboard", () => {
  it("puts the person whose extension window is open first, with the window's dates", async () => {
    const actor = await createApplicant();
    const later = await createPerson(actor, { fullName: "Aaron Later" });
    await withVisa(later.id, "C3", "2026-09-30");
    const open = await createPerson(actor, { fullName: "Zara Open" });
    await withVisa(open.id, "C3", "2026-04-10");
    const passport = await createPerson(actor, { fullName: "Mia Passport", passportExpiresOn: "2026-05-21" });
    const rows = await listPeopleDashboard(actor, {}, "2026-03-02");
    expect(rows.map((r) => r.fullName)).toEqual(["Zara Open", "Mia Passport", "Aaron Later"]);
    expect(rows[0].next).toMatchObject({ kind: "EXTENSION_WINDOW_OPEN", opensOn: "2026-02-23", closesOn: "2026-04-03" });
    expect(rows[1].next).toMatchObject({ kind: "PASSPORT_RENEW_BEFORE_FILING", daysLeft: 80 });
    expect((await listPeopleDashboard(actor, { urgency: "LATER" }, "2026-03-02")).map((r) => r.id)).toEqual([later.id]);
    expect((await listPeopleDashboard(actor, { q: "mia" }, "2026-03-02")).map((r) => r.id)).toEqual([passport.id]);
    // Another company's applicant sees none of them.
    expect(await listPeopleDashboard(await createApplicant(), {}, "2026-03-02")).toEqual([]);
  });

  it("deletes a person never filed for, archives one with submitted applications, refuses one with an open application", async () => {
    const { applicant, person: filed, application } = await createSubmittedApplication(prisma);
    await expect(removePerson(applicant, filed.id)).rejects.toMatchObject({ name: "PersonError", code: "HAS_OPEN_APPLICATION" });
    await prisma.application.update({ where: { id: application.id }, data: { status: "COMPLETED" } });
    expect(await removePerson(applicant, filed.id)).toBe("ARCHIVED");
    expect((await listPeople(applicant)).map((p) => p.id)).not.toContain(filed.id);
    expect((await listPeopleDashboard(applicant, { archived: true })).map((p) => p.id)).toEqual([filed.id]);
    await restorePerson(applicant, filed.id);
    await expect(restorePerson(applicant, filed.id)).rejects.toMatchObject({ name: "PersonError", code: "NOT_FOUND" });

    const fresh = await createPerson(applicant, { fullName: "Never Filed" });
    await expect(removePerson(await createApplicant(), fresh.id)).rejects.toMatchObject({ name: "PersonError", code: "NOT_FOUND" });
    expect(await removePerson(applicant, fresh.id)).toBe("DELETED");
    expect(await prisma.person.findUnique({ where: { id: fresh.id } })).toBeNull();
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: "Person", entityId: { in: [filed.id, fresh.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["ARCHIVE_PERSON", "RESTORE_PERSON", "DELETE_PERSON"]);
    expect(audit.every((e) => e.actorId === applicant.id)).toBe(true);
  });

  it("starts a prefilled extension for the person", async () => {
    const actor = await createApplicant();
    const person = await createPerson(actor, { fullName: "Zara Open" });
    await withVisa(person.id, "C3", "2026-04-10");
    const draftId = await createExtensionDraft(actor, person.id);
    const draft = await prisma.application.findUniqueOrThrow({ where: { id: draftId }, include: { people: true, documents: true } });
    expect(draft).toMatchObject({
      serviceCode: "VISA_EXTENSION_C3",
      status: "DRAFT",
      wizardStep: "details",
      answers: { visaExpiryDate: "2026-04-10", sameHostParty: true },
    });
    expect(draft.people).toEqual([expect.objectContaining({ personId: person.id, isPrincipal: true })]);
    expect(draft.documents.length).toBeGreaterThan(0);
    const noVisa = await createPerson(actor);
    await expect(createExtensionDraft(actor, noVisa.id)).rejects.toMatchObject({ name: "ApplicationError", code: "NOT_EXTENDABLE" });
    await expect(createExtensionDraft(await createApplicant(), person.id)).rejects.toMatchObject({
      name: "ApplicationError",
      code: "NOT_FOUND",
    });
  });

  it("sends the weekly digest to company administrators once a week, respecting their e-mail choice", async () => {
    const admin = await createApplicant("Digest Co");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(stored.companyRole).toBe("ADMIN");
    const member = await prisma.user.create({
      data: { email: `m-${admin.id}@example.kz`, name: "Member", role: "APPLICANT", passwordHash: "x", companyId: admin.companyId },
    });
    expect(member.companyRole).toBe("MEMBER");
    const person = await createPerson(admin, { fullName: "Zara Open" });
    await withVisa(person.id, "C3", "2026-04-10");
    const quiet = await createApplicant("Quiet Co");
    await createPerson(quiet);

    expect(weekOf("2026-03-04")).toBe("2026-03-02");
    await Promise.all([runPeopleDigest({ today: "2026-03-02" }), runPeopleDigest({ today: "2026-03-02" })]);
    await runPeopleDigest({ today: "2026-03-05" });
    const forAdmin = await prisma.notification.findMany({ where: { kind: "PEOPLE_DIGEST", userId: admin.id } });
    expect(forAdmin).toHaveLength(1);
    expect(forAdmin[0].payload).toMatchObject({ items: [{ personName: "Zara Open", kind: "EXTENSION_WINDOW_OPEN", dueOn: "2026-04-03" }] });
    expect(await prisma.notification.count({ where: { kind: "PEOPLE_DIGEST", userId: member.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { kind: "PEOPLE_DIGEST", userId: quiet.id } })).toBe(0);
    expect(await prisma.outbox.count({ where: { kind: "PEOPLE_DIGEST", recipientId: admin.id } })).toBe(1);

    // Next week, with the e-mail turned off: the in-portal notice only.
    await prisma.user.update({ where: { id: admin.id }, data: { emailOptOuts: ["PEOPLE_DIGEST"] } });
    await runPeopleDigest({ today: "2026-03-09" });
    expect(await prisma.notification.count({ where: { kind: "PEOPLE_DIGEST", userId: admin.id } })).toBe(2);
    expect(await prisma.outbox.count({ where: { kind: "PEOPLE_DIGEST", recipientId: admin.id } })).toBe(1);
  });
});
