import { prisma } from "@/lib/db/client";
import { assertRole, type CurrentUser } from "@/lib/kernel/access";

export async function listMrpRates(actor: CurrentUser) {
  assertRole(actor, ["ADMIN"]);
  return prisma.mrpRate.findMany({ orderBy: { year: "desc" } });
}

export async function listHolidays(actor: CurrentUser, year: number) {
  assertRole(actor, ["ADMIN"]);
  return prisma.holiday.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
  });
}
