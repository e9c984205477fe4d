import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEMO_COMPANY } from "@/lib/db/demo-accounts";
import { seedDemoPeople } from "@/lib/seed/demo-people";
import { listPeopleDashboard } from "@/lib/people/data/people-dashboard";
import { findSessionUser } from "@/lib/auth/data/users";

// `npm run dev` gives the demo company a few people, so the people dashboard shows each kind of
// deadline on a new machine. 10:00 in Astana on Monday 2 March 2026.
const NOW = new Date("2026-03-02T05:00:00Z");

describe("demo people", () => {
  it("are created once, and the dashboard puts the open extension window first", async () => {
    await seedDemoPeople(prisma, NOW);
    await seedDemoPeople(prisma, NOW);
    const company = await prisma.company.findFirstOrThrow({ where: { bin: DEMO_COMPANY.bin } });
    expect(await prisma.person.count({ where: { companyId: company.id } })).toBe(4);
    const applicant = await prisma.user.findFirstOrThrow({ where: { companyId: company.id } });
    const people = await listPeopleDashboard((await findSessionUser(applicant.id, applicant.sessionVersion))!, {}, "2026-03-02");
    expect(people[0]).toMatchObject({ fullName: "ANNA KOWALSKA", next: { kind: "EXTENSION_WINDOW_OPEN", urgency: "ACT_NOW" } });
    expect(people.find((p) => p.fullName === "JAMES O'CONNOR")?.next).toMatchObject({ kind: "PASSPORT_RENEW_BEFORE_FILING", daysLeft: 80 });
    expect(people.find((p) => p.fullName === "TOMASZ KOWALSKI")).toMatchObject({ principalId: people[0].id, relationship: "CHILD" });
  });
});
