import { prisma } from "@/lib/db/client";
import type { HolidayKind } from "@/lib/db/generated/enums";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";
import { AdminError } from "@/lib/admin/errors";

// MRP values and the holiday calendar, edited by administrators. New quotes read them; submitted
// applications keep their tariff snapshot, and due dates already set do not move. Each change
// is written to the audit log with its before and after.

const storedDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function saveMrpRate(actor: CurrentUser, input: { year: number; valueTiyn: number }) {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const before = await tx.mrpRate.findUnique({ where: { year: input.year }, select: { valueTiyn: true } });
    if (before?.valueTiyn === input.valueTiyn) return;
    await tx.mrpRate.upsert({ where: { year: input.year }, create: input, update: { valueTiyn: input.valueTiyn } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "SET_MRP",
        entityType: "MrpRate",
        entityId: String(input.year),
        details: { from: before?.valueTiyn ?? null, to: input.valueTiyn },
      },
    });
  });
}

/** One entry per date: a date already in the calendar must be removed first (no silent overwrite: AdminError DATE_TAKEN). */
export async function addHoliday(actor: CurrentUser, input: { date: string; name: string; kind: HolidayKind }): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const inserted = await tx.holiday.createMany({
      data: [{ date: storedDate(input.date), name: input.name, kind: input.kind }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) throw new AdminError("DATE_TAKEN");
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "ADD_HOLIDAY",
        entityType: "Holiday",
        entityId: input.date,
        details: { name: input.name, kind: input.kind },
      },
    });
  });
}

/** Refused with AdminError NOT_FOUND when the calendar has no entry for the date. */
export async function removeHoliday(actor: CurrentUser, date: string): Promise<void> {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.holiday.findUnique({ where: { date: storedDate(date) } });
    if (!existing) throw new AdminError("NOT_FOUND");
    await tx.holiday.delete({ where: { date: existing.date } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "REMOVE_HOLIDAY",
        entityType: "Holiday",
        entityId: date,
        details: { name: existing.name, kind: existing.kind },
      },
    });
  });
}

/** The years the calendar has entries for, plus the current and next year, for the year switcher. */
export async function listHolidayYears(actor: CurrentUser, currentYear: number): Promise<number[]> {
  assertRole(actor, ["ADMIN"]);
  const rows = await prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS "year" FROM "Holiday"`;
  return [...new Set([...rows.map((r) => r.year), currentYear, currentYear + 1])].sort((a, b) => a - b);
}
