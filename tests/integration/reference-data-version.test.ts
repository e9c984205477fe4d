import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addHoliday, removeHoliday, saveMrpRate } from "@/lib/admin/data/admin-reference";
import { readReferenceDataVersion } from "@/lib/admin/data/reference-data-version";
import { createUser } from "../support/factories/booking";

// The number the production server's page cache compares (decision 022): raised by the triggers
// of migration *_reference_data_version with every change of what public pages show, in the same
// transaction, and by nothing else.
describe("the reference-data version", () => {
  it("rises with every MRP and holiday change an administrator makes", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const start = await readReferenceDataVersion();
    await saveMrpRate(admin, { year: 2031, valueTiyn: 500_000 });
    const afterMrp = await readReferenceDataVersion();
    expect(afterMrp).toBeGreaterThan(start);
    await addHoliday(admin, { date: "2031-01-02", name: "Day off", kind: "DAY_OFF" });
    const afterAdd = await readReferenceDataVersion();
    expect(afterAdd).toBeGreaterThan(afterMrp);
    await removeHoliday(admin, "2031-01-02");
    expect(await readReferenceDataVersion()).toBeGreaterThan(afterAdd);
  });

  it("rises with a service setting, and not with unrelated writes or a rolled-back change", async () => {
    const before = await readReferenceDataVersion();
    await prisma.serviceSetting.upsert({
      where: { serviceCode: "WORK_VISA" },
      create: { serviceCode: "WORK_VISA", needsAppointment: false },
      update: { needsAppointment: false },
    });
    const afterSetting = await readReferenceDataVersion();
    expect(afterSetting).toBeGreaterThan(before);
    await createUser(prisma, "STAFF");
    await prisma
      .$transaction(async (tx) => {
        await tx.mrpRate.upsert({ where: { year: 2032 }, create: { year: 2032, valueTiyn: 1 }, update: { valueTiyn: 1 } });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await readReferenceDataVersion()).toBe(afterSetting);
  });
});
