import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countApplicationsByStatusForStaff, countCompanyApplicationsByStatus } from "@/lib/applications/data/application-counts";
import { listHolidays, listMrpRates } from "@/lib/admin/data/reference-data";
import { AccessDeniedError } from "@/lib/kernel/access";
import { findSessionUser } from "@/lib/auth/data/users";
import { isDatabaseAnswering } from "@/lib/health/data/health";
import { DEMO_ACCOUNTS } from "@/lib/db/demo-accounts";

async function demoUser(role: "APPLICANT" | "STAFF" | "ADMIN") {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  const row = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await findSessionUser(row.id, row.sessionVersion))!;
}

describe("lib/data enforces roles itself", () => {
  it("refuses staff queue counts to an applicant", async () => {
    await expect(countApplicationsByStatusForStaff(await demoUser("APPLICANT"))).rejects.toBeInstanceOf(AccessDeniedError);
  });
  it("refuses company dashboards to staff", async () => {
    await expect(countCompanyApplicationsByStatus(await demoUser("STAFF"))).rejects.toBeInstanceOf(AccessDeniedError);
  });
  it("refuses admin reference data to staff", async () => {
    await expect(listMrpRates(await demoUser("STAFF"))).rejects.toBeInstanceOf(AccessDeniedError);
  });
  it("gives admins the seeded MRP and the 2026 holiday calendar", async () => {
    const admin = await demoUser("ADMIN");
    expect((await listMrpRates(admin)).map((r) => [r.year, r.valueTiyn])).toEqual([
      [2026, 432_500],
      [2025, 393_200],
    ]);
    const holidays = await listHolidays(admin, 2026);
    expect(holidays.map((h) => h.date.toISOString().slice(0, 10))).toContain("2026-03-25");
    expect(holidays.every((h) => h.date.getUTCFullYear() === 2026)).toBe(true);
  });
  it("reports the database as answering", async () => {
    expect(await isDatabaseAnswering()).toBe(true);
  });
});
