import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_COMPANY } from "@/lib/db/demo-accounts";
import { runVisaExpiryReminders } from "@/lib/notify/visa-expiry-reminders";

// The daily job against the seeded 2026 holiday calendar. Each test uses its own person (unique
// data), so the tests do not depend on each other's order.

async function company() {
  return prisma.company.findFirstOrThrow({ where: { bin: DEMO_COMPANY.bin }, select: { id: true } });
}

async function createPerson(fullName: string, visaExpiresOn: string) {
  const { id: companyId } = await company();
  return prisma.person.create({
    data: {
      companyId,
      fullName,
      citizenship: "GB",
      dateOfBirth: new Date("1985-02-01T00:00:00Z"),
      passportNumber: `P${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      passportIssuedOn: new Date("2020-01-01T00:00:00Z"),
      passportExpiresOn: new Date("2030-01-01T00:00:00Z"),
      visaCategory: "C3",
      visaExpiresOn: new Date(`${visaExpiresOn}T00:00:00Z`),
    },
  });
}

function notificationsAbout(personId: string) {
  return prisma.notification.findMany({
    where: { payload: { path: ["personId"], equals: personId } },
    select: { kind: true, userId: true, payload: true },
  });
}

const applicantEmail = DEMO_ACCOUNTS.find((a) => a.role === "APPLICANT")!.email;

describe("visa-expiry reminders", () => {
  it("remind the company's applicants once when the window opens, once when it is closing and once when it closed", async () => {
    const person = await createPerson("Alice Expiring", "2026-04-10");
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: applicantEmail }, select: { id: true } });

    await runVisaExpiryReminders({ today: "2026-02-20" });
    expect(await notificationsAbout(person.id)).toHaveLength(0);

    await runVisaExpiryReminders({ today: "2026-02-23" });
    await runVisaExpiryReminders({ today: "2026-02-23" });
    await runVisaExpiryReminders({ today: "2026-02-24" });
    let sent = await notificationsAbout(person.id);
    expect(sent.map((n) => n.kind)).toEqual(["VISA_EXTENSION_WINDOW_OPENS"]);
    expect(sent[0].userId).toBe(applicant.id);
    expect(sent[0].payload).toMatchObject({
      personName: "Alice Expiring",
      visaExpiresOn: "2026-04-10",
      windowOpensOn: "2026-02-23",
      windowClosesOn: "2026-04-03",
    });
    expect(await prisma.outbox.count({ where: { kind: "VISA_EXTENSION_WINDOW_OPENS", recipientId: applicant.id } })).toBeGreaterThan(0);

    await runVisaExpiryReminders({ today: "2026-03-17" });
    await runVisaExpiryReminders({ today: "2026-04-04" });
    await runVisaExpiryReminders({ today: "2026-04-06" });
    sent = await notificationsAbout(person.id);
    expect(sent.map((n) => n.kind).sort()).toEqual([
      "VISA_EXTENSION_WINDOW_CLOSED",
      "VISA_EXTENSION_WINDOW_CLOSING_SOON",
      "VISA_EXTENSION_WINDOW_OPENS",
    ]);
  });

  it("send only one reminder when two instances run the job at the same moment", async () => {
    const person = await createPerson("Bob Concurrent", "2026-04-10");
    await Promise.all([runVisaExpiryReminders({ today: "2026-03-02" }), runVisaExpiryReminders({ today: "2026-03-02" })]);
    expect(await notificationsAbout(person.id)).toHaveLength(1);
  });

  it("start a new series when the visa gets a new expiry date", async () => {
    const person = await createPerson("Carol Renewed", "2026-04-10");
    await runVisaExpiryReminders({ today: "2026-02-23" });
    await prisma.person.update({ where: { id: person.id }, data: { visaExpiresOn: new Date("2026-05-15T00:00:00Z") } });
    // The new window opens 30 working days before 15 May.
    await runVisaExpiryReminders({ today: "2026-04-01" });
    const sent = await notificationsAbout(person.id);
    expect(sent.map((n) => (n.payload as { visaExpiresOn: string }).visaExpiresOn).sort()).toEqual(["2026-04-10", "2026-05-15"]);
  });

  it("say nothing more once an extension has been filed for the person", async () => {
    const person = await createPerson("Dan Extending", "2026-04-10");
    const { id: companyId } = await company();
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: applicantEmail }, select: { id: true } });
    await runVisaExpiryReminders({ today: "2026-02-23" });
    await prisma.application.create({
      data: {
        companyId,
        serviceCode: "VISA_EXTENSION_C3",
        status: "SUBMITTED",
        submittedAt: new Date("2026-02-25T06:00:00Z"),
        createdById: applicant.id,
        people: { create: { personId: person.id, isPrincipal: true } },
      },
    });
    await runVisaExpiryReminders({ today: "2026-03-17" });
    await runVisaExpiryReminders({ today: "2026-04-04" });
    expect((await notificationsAbout(person.id)).map((n) => n.kind)).toEqual(["VISA_EXTENSION_WINDOW_OPENS"]);
  });
});
