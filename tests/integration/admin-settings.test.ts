import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addHoliday, listHolidayYears, removeHoliday, saveMrpRate } from "@/lib/admin/data/admin-reference";
import { changeStaffRole, inviteStaff, listStaffAccounts, setStaffActive } from "@/lib/admin/data/admin-staff";
import { findSessionUser } from "@/lib/auth/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { holidaySchema } from "@/lib/admin/schemas";
import { createUser } from "../support/factories/booking";

describe("admin settings", () => {
  it("sets the MRP of a year and records the change", async () => {
    const admin = await createUser(prisma, "ADMIN");
    await saveMrpRate(admin, { year: 2027, valueTiyn: 450_000 });
    await saveMrpRate(admin, { year: 2027, valueTiyn: 460_000 });
    expect((await prisma.mrpRate.findUniqueOrThrow({ where: { year: 2027 } })).valueTiyn).toBe(460_000);
    const events = await prisma.auditEvent.findMany({ where: { entityType: "MrpRate", entityId: "2027" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.details)).toEqual([
      { from: null, to: 450_000 },
      { from: 450_000, to: 460_000 },
    ]);
  });

  it("adds and removes calendar entries, one per date", async () => {
    const admin = await createUser(prisma, "ADMIN");
    await addHoliday(admin, { date: "2027-01-01", name: "New Year", kind: "HOLIDAY" });
    await expect(addHoliday(admin, { date: "2027-01-01", name: "Again", kind: "DAY_OFF" })).rejects.toMatchObject({
      name: "AdminError",
      code: "DATE_TAKEN",
    });
    expect(await listHolidayYears(admin, 2026)).toEqual(expect.arrayContaining([2025, 2026, 2027]));
    await removeHoliday(admin, "2027-01-01");
    await expect(removeHoliday(admin, "2027-01-01")).rejects.toMatchObject({ name: "AdminError", code: "NOT_FOUND" });
    expect(await prisma.auditEvent.count({ where: { entityType: "Holiday", entityId: "2027-01-01" } })).toBe(2);
  });

  it("accepts a moved working day only on a weekend", () => {
    expect(holidaySchema.safeParse({ date: "2026-01-03", name: "Worked Saturday", kind: "WORKING_DAY" }).success).toBe(true);
    expect(holidaySchema.safeParse({ date: "2026-01-05", name: "Monday", kind: "WORKING_DAY" }).success).toBe(false);
    expect(holidaySchema.safeParse({ date: "2026-02-30", name: "No such day", kind: "HOLIDAY" }).success).toBe(false);
  });

  it("invites staff with a one-time temporary password that works", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const outcome = await inviteStaff(admin, { name: "New Reviewer", email: " New.Reviewer@Example.com ", role: "STAFF" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: outcome.userId } });
    expect([stored.email, stored.role, stored.isActive]).toEqual(["new.reviewer@example.com", "STAFF", true]);
    expect(stored.passwordHash).not.toContain(outcome.temporaryPassword);
    expect(await verifyPassword(stored.passwordHash, outcome.temporaryPassword)).toBe(true);
    await expect(inviteStaff(admin, { name: "Twice", email: "new.reviewer@example.com", role: "ADMIN" })).rejects.toMatchObject({
      name: "AdminError",
      code: "EMAIL_TAKEN",
    });
  });

  it("deactivating ends the sessions at once; an admin cannot lock themselves out; applicants are out of reach", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const staff = await createUser(prisma, "STAFF");
    const applicant = await createUser(prisma, "APPLICANT");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: staff.id } });
    await setStaffActive(admin, { userId: staff.id, isActive: false });
    expect(await findSessionUser(staff.id, before.sessionVersion)).toBeNull();
    await changeStaffRole(admin, { userId: staff.id, role: "ADMIN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("ADMIN");
    await expect(setStaffActive(admin, { userId: admin.id, isActive: false })).rejects.toMatchObject({ name: "AdminError", code: "SELF" });
    await expect(changeStaffRole(admin, { userId: admin.id, role: "STAFF" })).rejects.toMatchObject({ name: "AdminError", code: "SELF" });
    await expect(setStaffActive(admin, { userId: applicant.id, isActive: false })).rejects.toMatchObject({
      name: "AdminError",
      code: "NOT_FOUND",
    });
    expect((await listStaffAccounts(admin)).some((u) => u.id === applicant.id)).toBe(false);
  });
});
