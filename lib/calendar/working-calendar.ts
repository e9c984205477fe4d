import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { CalendarEntry } from "@/lib/catalog";
import type { MrpRate } from "@/lib/rules/quote";

type Db = Prisma.TransactionClient | PrismaClient;

// Reference data everyone may read (it is published by decree): the holiday calendar as the
// pure rules take it, and the MRP table for quotes.
export async function loadWorkingCalendar(db: Db): Promise<CalendarEntry[]> {
  const rows = await db.holiday.findMany({ select: { date: true, kind: true }, orderBy: { date: "asc" } });
  return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), kind: row.kind }));
}

export async function loadMrpRates(db: Db): Promise<MrpRate[]> {
  return db.mrpRate.findMany({ select: { year: true, valueTiyn: true }, orderBy: { year: "asc" } });
}
